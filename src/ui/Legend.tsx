import { useAppStore, useAppStoreApi } from '../state/context';
import { useOpenOnWideScreens } from './useOpenOnWideScreens';

/** Layer toggles; each entry says what it shows and as of when. `compact` (the embed) starts folded, titles only. */
export function Legend({ compact = false }: { compact?: boolean }) {
  const store = useAppStoreApi();
  const layers = useAppStore((s) => s.layers);
  const legend = useAppStore((s) => s.article.legend);
  // Open on wide screens; on a phone the legend would cover most of the map, so it starts folded.
  const { open, settled } = useOpenOnWideScreens(!compact);
  return (
    <details
      className={compact ? 'legend legend--compact' : 'legend'}
      open={open}
      data-settled={settled || undefined}
    >
      <summary>Layers</summary>
      <ul>
        {legend.map((l) => (
          <li key={l.group}>
            <label>
              <input
                type="checkbox"
                checked={layers[l.group]}
                onChange={(e) => store.getState().setLayer(l.group, e.currentTarget.checked)}
              />
              <span className={`swatch swatch--${l.group}`} aria-hidden="true" />
              <span className="legend__text">
                <span className="legend__title">{l.title}</span>
                <span className="legend__desc">{l.description}</span>
              </span>
            </label>
          </li>
        ))}
      </ul>
    </details>
  );
}
