import { useEffect, useRef } from 'react';
import 'maplibre-gl/dist/maplibre-gl.css';
import { useAppStore, useAppStoreApi } from '../state/context';
import type { DataUrls } from './style/layers';
import { MapController } from './controller';
import { MAP_DESCRIPTION_ID } from './description';
import { StaticMap } from './StaticMap';

/**
 * The map's container. The map is created once per mount in an effect and removed in its cleanup, so it
 * survives StrictMode's mount-unmount-mount; the instance lives in the controller, never in React state.
 * Without WebGL 2 it shows one line saying so and a static SVG picture drawn from the same data.
 */
export function MapView({ urls }: { urls: DataUrls }) {
  const container = useRef<HTMLDivElement>(null);
  const store = useAppStoreApi();
  const status = useAppStore((s) => s.mapStatus);

  useEffect(() => {
    if (!container.current) return;
    const controller = new MapController(container.current, store, urls);
    return () => controller.destroy();
  }, [store, urls]);

  return (
    <section className="map-area" aria-label="Map">
      <p id={MAP_DESCRIPTION_ID} className="visually-hidden">
        Ukraine with the four regions Russia claimed to annex in 2022 (solid outlines), Crimea, annexed in
        2014 (dashed outline), the other regions the article names (dotted outlines), and the towns and
        countries it names. Every place here is also in the places list beside the map.
      </p>
      <div ref={container} className="map" data-testid="map" />
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
