import { useAppStore, useAppStoreApi } from '../state/context';

/** A one-line message about input we could not use (an unknown place, say). */
export function Notice() {
  const store = useAppStoreApi();
  const notice = useAppStore((s) => s.notice);
  if (!notice) return null;
  return (
    <p className="notice" role="status">
      {notice}{' '}
      <button type="button" onClick={() => store.getState().dismissNotice()}>
        Dismiss
      </button>
    </p>
  );
}
