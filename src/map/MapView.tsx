import { useEffect, useRef } from 'react';
import { useAppStore, useAppStoreApi } from '../state/context';
import type { DataUrls } from './style/layers';
import type { LayerGroup } from '../linking/types';
import type { MapController, MapOptions } from './controller';
import { loadMapModule } from './load';
import { adoptEarlyMap } from './early';
import { MAP_DESCRIPTION_ID } from './description';
import { StaticMap } from './StaticMap';

/**
 * The map's container. The map is created once per mount in an effect and removed in its cleanup, so it
 * survives StrictMode's mount-unmount-mount; the instance lives in the controller, never in React state.
 * Without WebGL 2 it shows one line saying so and a static SVG picture drawn from the same data.
 */
const MAPLIBRE_OWNS_THIS = { __html: '' };

export function MapView({ urls, options }: { urls: DataUrls; options?: MapOptions }) {
  const container = useRef<HTMLDivElement>(null);
  const store = useAppStoreApi();
  const status = useAppStore((s) => s.mapStatus);
  const legend = useAppStore((s) => s.article.legend);
  const cooperative = options?.cooperative ?? false;

  useEffect(() => {
    const element = container.current;
    if (!element) return;
    // The map module arrives asynchronously; an unmount before it does must not leave a map behind.
    let unmounted = false;
    let controller: MapController | undefined;
    // The entry may have started this very map before React hydrated (early.ts); then it is ours from here on.
    const adopted = adoptEarlyMap(element, { cooperative });
    void adopted?.then((made) => {
      if (!made) return;
      if (unmounted) made.destroy();
      else controller = made;
    });
    loadMapModule().then(
      async (module) => {
        if (adopted && (await adopted)) return;
        if (!unmounted) controller = new module.MapController(element, store, urls, { cooperative });
      },
      () => {
        if (unmounted) return;
        element.dataset.mapState = 'error';
        store.getState().setMapStatus({
          state: 'error',
          message:
            'The map could not be loaded, so it is a static picture; the places list and passages work as usual.',
        });
      },
    );
    return () => {
      unmounted = true;
      controller?.destroy();
    };
  }, [store, urls, cooperative]);

  return (
    <section className="map-area" aria-label="Map">
      <p id={MAP_DESCRIPTION_ID} className="visually-hidden">
        {mapDescription(legend.map((l) => l.group))}
      </p>
      {/* MapLibre fills this element, possibly before React hydrates (early.ts): an empty inner HTML that React
          neither hydrates nor rewrites keeps React's hands off MapLibre's children. */}
      <div
        ref={container}
        className="map"
        data-testid="map"
        data-map-state="loading"
        // eslint-disable-next-line no-restricted-syntax -- a constant empty string, never data (see above)
        dangerouslySetInnerHTML={MAPLIBRE_OWNS_THIS}
      />
      {status.state === 'error' ? (
        <>
          <StaticMap urls={urls} />
          <p className="map-error" role="status">
            {status.message}
          </p>
        </>
      ) : (
        <p className="map-hint" aria-hidden="true">
          Arrow keys pan · + and − zoom · Tab leaves the map
        </p>
      )}
    </section>
  );
}

const GROUP_WORDS: Partial<Record<LayerGroup, string>> = {
  'claimed-2022': 'the four regions Russia claimed to annex in 2022 (solid outlines)',
  'annexed-2014': 'Crimea and Sevastopol, annexed in 2014 (dashed outlines, hatched)',
  'named-regions': 'the other regions the article names (dotted outlines)',
  towns: 'the towns and landmarks it names (dots)',
  water: 'the rivers and seas it names',
  countries: 'the countries it names',
  soviet: 'the former Soviet Union (when switched on)',
};

/** What the canvas shows, in words, for the article's legend groups. */
function mapDescription(groups: readonly LayerGroup[]): string {
  const parts = groups.flatMap((g) => GROUP_WORDS[g] ?? []);
  return `A map of the places the article names: ${parts.join('; ')}. Every place here is also in the places list beside the map.`;
}
