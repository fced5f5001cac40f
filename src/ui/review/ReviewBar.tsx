import { useEffect } from 'react';
import { useShallow } from 'zustand/react/shallow';
import { selectReviewSummary, useReview, useReviewStoreApi } from '../../state/review';

/** Keys typed into a field undo the field's own text, not the review. */
function isTextField(target: EventTarget | null): boolean {
  if (!(target instanceof HTMLElement)) return false;
  return (
    target.isContentEditable ||
    target.tagName === 'INPUT' ||
    target.tagName === 'TEXTAREA' ||
    target.tagName === 'SELECT'
  );
}

/**
 * The review's status line: "12 of 44 reviewed", Undo and Redo (also Ctrl+Z and Ctrl+Shift+Z or Ctrl+Y, ⌘ on a Mac)
 * and the reason an edit was refused. Renders nothing outside the editing mode.
 */
export function ReviewBar() {
  const store = useReviewStoreApi();
  const on = useReview((s) => s.reviewMode);
  const summary = useReview(useShallow(selectReviewSummary));
  const message = useReview((s) => s.reviewMessage);

  useEffect(() => {
    if (!on) return;
    const onKey = (event: KeyboardEvent) => {
      if (!(event.ctrlKey || event.metaKey) || event.altKey || isTextField(event.target)) return;
      const key = event.key.toLowerCase();
      if (key === 'z' && !event.shiftKey) store.getState().undoReview();
      else if ((key === 'z' && event.shiftKey) || key === 'y') store.getState().redoReview();
      else return;
      event.preventDefault();
    };
    document.addEventListener('keydown', onKey);
    return () => document.removeEventListener('keydown', onKey);
  }, [on, store]);

  if (!on) return null;
  return (
    <div className="review-bar" role="toolbar" aria-label="Review links">
      <p className="review-bar__progress" aria-live="polite">
        {summary.reviewed} of {summary.total} reviewed
      </p>
      <button
        type="button"
        disabled={!summary.undo}
        aria-keyshortcuts="Control+Z Meta+Z"
        onClick={() => store.getState().undoReview()}
      >
        Undo
      </button>
      <button
        type="button"
        disabled={!summary.redo}
        aria-keyshortcuts="Control+Shift+Z Meta+Shift+Z Control+Y"
        onClick={() => store.getState().redoReview()}
      >
        Redo
      </button>
      {message !== null && (
        <p className="review-bar__message" role="alert">
          {message}{' '}
          <button
            type="button"
            className="review-link-button"
            onClick={() => store.getState().dismissReviewMessage()}
          >
            Dismiss
          </button>
        </p>
      )}
    </div>
  );
}
