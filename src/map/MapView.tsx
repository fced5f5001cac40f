import { useEffect, useRef } from 'react';
import 'maplibre-gl/dist/maplibre-gl.css';
import { useAppStore, useAppStoreApi } from '../state/context';
import type { DataUrls } from './style/layers';
import { MapController, type MapOptions } from './controller';

/**
 * The map's container. The map is created once per mount in an effect and removed in its cleanup, so it
 * survives StrictMode's mount-unmount-mount; the instance lives in the controller, never in React state.
 */
export function MapView({ urls, options }: { urls: DataUrls; options?: MapOptions }) {
  const container = useRef<HTMLDivElement>(null);
  const store = useAppStoreApi();
  const status = useAppStore((s) => s.mapStatus);
  const cooperative = options?.cooperative ?? false;

  useEffect(() => {
    if (!container.current) return;
    const controller = new MapController(container.current, store, urls, { cooperative });
    return () => controller.destroy();
  }, [store, urls, cooperative]);

  return (
    <section className="map-area" aria-label="Map">
      <div ref={container} className="map" data-testid="map" />
      {status.state === 'error' && (
        <p className="map-error" role="status">
          {status.message}
        </p>
      )}
    </section>
  );
}
