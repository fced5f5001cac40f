import { useEffect, useState } from 'react';
import { useAppStore, useAppStoreApi } from '../state/context';
import { useOpenOnWideScreens } from './useOpenOnWideScreens';

/**
 * Layer toggles; each entry says what it shows and as of when. `compact` (the embed) starts folded, titles only.
 *
 * Drawn by the script only, never in the prerendered HTML: its toggles work only with the script that draws the map,
 * over which it lies (so it moves nothing when it appears). Without it the first view has about sixty elements and
 * 3 KB of HTML less to lay out before the article's text paints. What the prerendered page has instead is the
 * legend's slot: the map's camera reads it (see below).
 */
export function Legend({ compact = false }: { compact?: boolean }) {
  const store = useAppStoreApi();
  const layers = useAppStore((s) => s.layers);
  const legend = useAppStore((s) => s.article.legend);
  // Open on wide screens; on a phone the legend would cover most of the map, so it starts folded.
  const { open } = useOpenOnWideScreens(!compact);
  // After the first frame (a passive effect): drawn in a layout effect, it held up the map's start by about 3 %.
  const [shown, setShown] = useState(false);
  useEffect(() => setShown(true), []);
  // Until then, an empty box where the open legend will be (app.css), so that a map started before the script draws
  // the legend (src/map/early.ts) frames its first view clear of it all the same (`padding` in controller.ts).
  if (!shown) return compact ? null : <div className="legend-slot" aria-hidden="true" />;
  return (
    <details className={compact ? 'legend legend--compact' : 'legend'} open={open}>
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
