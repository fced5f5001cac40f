import { useEffect, useRef } from 'react';
import { useAppStore, useAppStoreApi } from '../state/context';
import type { DataUrls } from './style/layers';
import type { MapController } from './controller';
import { loadMapModule } from './load';

/**
 * The map's container. The map is created once per mount in an effect and removed in its cleanup, so it
 * survives StrictMode's mount-unmount-mount; the instance lives in the controller, never in React state.
 */
export function MapView({ urls }: { urls: DataUrls }) {
  const container = useRef<HTMLDivElement>(null);
  const store = useAppStoreApi();
  const status = useAppStore((s) => s.mapStatus);

  useEffect(() => {
    const element = container.current;
    if (!element) return;
    // The map module arrives asynchronously; an unmount before it does must not leave a map behind.
    let unmounted = false;
    let controller: MapController | undefined;
    loadMapModule().then(
      (module) => {
        if (!unmounted) controller = new module.MapController(element, store, urls);
      },
      () => {
        if (unmounted) return;
        element.dataset.mapState = 'error';
        store.getState().setMapStatus({
          state: 'error',
          message: 'The map could not be loaded. The article and its passages still work.',
        });
      },
    );
    return () => {
      unmounted = true;
      controller?.destroy();
    };
  }, [store, urls]);

  return (
    <section className="map-area" aria-label="Map">
      <div ref={container} className="map" data-testid="map" data-map-state="loading" />
      {status.state === 'error' && (
        <p className="map-error" role="status">
          {status.message}
        </p>
      )}
    </section>
  );
}
