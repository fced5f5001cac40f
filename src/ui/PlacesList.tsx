import { useMemo } from 'react';
import { legendGroup } from '../state/layers';
import { useAppStore, useAppStoreApi } from '../state/context';
import { firstPlaces, placeGroups } from '../state/places';
import { useHydrated } from './useHydrated';
import { useOpenOnWideScreens } from './useOpenOnWideScreens';

/**
 * How many places the first render lists, which is the HTML prerendered at build time: the list stands before the
 * article in the page, and a long one (71 places in a 1,500-word article: 18 KB of HTML) held the article's first
 * paragraph back from the first paint (the benchmark's published article). The rest follow in the render right after
 * hydration, before the browser paints again; the default article names 16 places, so its page is unchanged.
 */
export const PRERENDERED_PLACES = 24;

/**
 * Every place the article names, as buttons: the keyboard and screen-reader route to everything on the map.
 * Selecting an entry does what a click on the map does, and the camera eases to the place as for a name in the text.
 * `folded` starts it closed whatever the screen size (the embed).
 */
export function PlacesList({ folded = false }: { folded?: boolean }) {
  const store = useAppStoreApi();
  const article = useAppStore((s) => s.article);
  const selectedId = useAppStore((s) => s.selectedId);
  const groups = useMemo(() => placeGroups(article), [article]);
  const total = groups.reduce((n, g) => n + g.entries.length, 0);
  const hydrated = useHydrated();
  const shown = hydrated ? groups : firstPlaces(groups, PRERENDERED_PLACES);
  // Open beside a wide map; folded on a phone, where it would push the article a screen further down, and in
  // the embed (`folded`), whose frame has no room to spare.
  const { open, setOpen, settled } = useOpenOnWideScreens(!folded);
  return (
    <nav
      className="places"
      aria-labelledby="places-title"
      id="places"
      tabIndex={-1}
      data-settled={settled || undefined}
    >
      <h2 id="places-title">
        <button
          type="button"
          className="places__toggle"
          aria-expanded={open}
          aria-controls="places-groups"
          onClick={() => setOpen(!open)}
        >
          Places in this article ({total})
        </button>
      </h2>
      <div id="places-groups" hidden={!open}>
        {shown.map((g) => (
          <section key={g.group} className="places__group" aria-labelledby={`places-${g.group}`}>
            <h3 id={`places-${g.group}`}>{g.title}</h3>
            <ul>
              {g.entries.map(({ place, kindLabel, mentions }) => (
                <li key={place.id}>
                  <button
                    type="button"
                    className={`place place--${legendGroup(place)}`}
                    data-place={place.id}
                    aria-pressed={selectedId === place.id}
                    onClick={() => store.getState().select(place.id, 'list')}
                    onMouseEnter={() => store.getState().hover(place.id)}
                    onMouseLeave={() => store.getState().hover(null)}
                    onFocus={() => store.getState().hover(place.id)}
                    onBlur={() => store.getState().hover(null)}
                  >
                    <span className="place__name">{place.name}</span>{' '}
                    <span className="place__meta">
                      {kindLabel && `${kindLabel}, `}
                      {mentions} {mentions === 1 ? 'sentence' : 'sentences'}
                    </span>
                  </button>
                </li>
              ))}
            </ul>
          </section>
        ))}
      </div>
    </nav>
  );
}
