import {
  AttributionControl,
  Map as MapLibreMap,
  NavigationControl,
  setWorkerUrl,
  type MapMouseEvent,
} from 'maplibre-gl';
import workerUrl from 'maplibre-gl/dist/maplibre-gl-worker.mjs?worker&url';
import type { LayerSpecification } from '@maplibre/maplibre-gl-style-spec';
import type { FeatureKind } from '../linking/types';
import type { AppState, AppStore } from '../state/store';
import { buildLayers, buildStyle, INTERACTIVE_LAYERS, type DataUrls } from './style/layers';
import { THEME } from './style/theme';

// Without this the worker is never emitted by Vite and the map stays blank.
setWorkerUrl(workerUrl);

/** The first view: Ukraine, Crimea and Moscow together. */
export const INITIAL_BOUNDS: [number, number, number, number] = [29.5, 43.9, 40.6, 56.0];

const SOURCE_OF_KIND: Record<FeatureKind, string> = {
  region: 'regions',
  country: 'countries',
  union: 'soviet',
  city: 'places',
  landmark: 'places',
  sea: 'labels',
  river: 'labels',
};

type StateKey = 'selected' | 'hover';

/**
 * A read-only view of the live map, hung on the container element for hosts' debugging and for the end-to-end
 * tests, which must check our own layers and feature-state rather than pixels.
 */
export interface MapProbe {
  project: (lng: number, lat: number) => [number, number];
  featureState: (id: string) => Record<string, unknown>;
  layerVisibility: (layerId: string) => string;
  center: () => [number, number];
  zoom: () => number;
  /** True while the camera is moving (an ease or a drag). */
  moving: () => boolean;
}

/**
 * Owns one MapLibre map: creates it, keeps it in step with the store, removes it.
 * The only writer of sources, layers and feature-state; UI code talks to the store, never to the map.
 */
export class MapController {
  private readonly map: MapLibreMap | null = null;
  private readonly unsubscribe: () => void = () => {};
  private layers: LayerSpecification[] = [];
  private readonly reducedMotion = window.matchMedia('(prefers-reduced-motion: reduce)');

  constructor(
    private readonly container: HTMLElement,
    private readonly store: AppStore,
    urls: DataUrls,
  ) {
    container.dataset.mapState = 'loading';
    const state = store.getState();
    this.layers = buildLayers(this.layerOptions(state));
    try {
      this.map = new MapLibreMap({
        container,
        style: buildStyle(urls, this.layerOptions(state)),
        bounds: INITIAL_BOUNDS,
        fitBoundsOptions: { padding: this.padding(20) },
        minZoom: 1,
        maxZoom: 9,
        attributionControl: false,
        dragRotate: false,
        pitchWithRotate: false,
        touchPitch: false,
      });
    } catch (error) {
      // MapLibre 6 throws when WebGL2 is missing; the article and passages must keep working without the map.
      container.dataset.mapState = 'error';
      store.getState().setMapStatus({ state: 'error', message: describeMapError(error) });
      return;
    }
    const map = this.map;
    map.touchZoomRotate.disableRotation();
    map.addControl(new NavigationControl({ showCompass: false }), 'top-right');
    map.addControl(new AttributionControl({ compact: false }), 'bottom-right');
    const canvas = map.getCanvas();
    canvas.setAttribute(
      'aria-label',
      'Map of the places the article names. Use the arrow keys to pan and + or − to zoom.',
    );

    Object.defineProperty(container, 'atlasProbe', { value: this.probe(map), configurable: true });

    map.once('load', () => {
      map.once('idle', () => {
        container.dataset.mapState = 'ready';
        store.getState().setMapStatus({ state: 'ready' });
        // State chosen before the map was ready (a click in the text, a deep link) is applied now.
        this.applySelection(null, store.getState().selectedId, false);
      });
    });
    map.on('click', this.onClick);
    map.on('mousemove', this.onMouseMove);
    map.on('mouseout', this.onMouseOut);
    this.unsubscribe = store.subscribe(this.onStoreChange);
  }

  destroy(): void {
    this.unsubscribe();
    this.map?.remove();
    delete (this.container as { atlasProbe?: MapProbe }).atlasProbe;
  }

  private probe(map: MapLibreMap): MapProbe {
    return {
      project: (lng, lat) => {
        const p = map.project([lng, lat]);
        return [p.x, p.y];
      },
      featureState: (id) => {
        const place = this.store.getState().article.places.get(id);
        if (!place) return {};
        const state: unknown = map.getFeatureState({ source: SOURCE_OF_KIND[place.kind], id });
        return typeof state === 'object' && state !== null ? { ...state } : {};
      },
      layerVisibility: (layerId) => {
        const value: unknown = map.getLayoutProperty(layerId, 'visibility');
        return value === 'none' ? 'none' : 'visible';
      },
      center: () => map.getCenter().toArray(),
      zoom: () => map.getZoom(),
      moving: () => map.isMoving(),
    };
  }

  private layerOptions(state: AppState) {
    return { theme: THEME, visibility: state.layers, linkedIds: [...state.article.places.keys()] };
  }

  private readonly onStoreChange = (next: AppState, prev: AppState): void => {
    if (!this.map || this.container.dataset.mapState !== 'ready') return;
    if (next.layers !== prev.layers) this.updateLayers(next);
    if (next.selectedId !== prev.selectedId || next.selectionOrigin !== prev.selectionOrigin) {
      this.applySelection(prev.selectedId, next.selectedId, next.selectionOrigin !== 'map');
    }
    if (next.hoveredId !== prev.hoveredId) {
      this.setState(prev.hoveredId, 'hover', false);
      this.setState(next.hoveredId, 'hover', true);
    }
  };

  private updateLayers(state: AppState): void {
    const map = this.map;
    if (!map) return;
    const next = buildLayers(this.layerOptions(state));
    const before = new Map(this.layers.map((l) => [l.id, l]));
    for (const layer of next) {
      const old = before.get(layer.id);
      if (!old || !('source' in layer) || !('source' in old)) continue;
      if (JSON.stringify(old.filter) !== JSON.stringify(layer.filter))
        map.setFilter(layer.id, layer.filter ?? null);
      const vis = layer.layout?.visibility ?? 'visible';
      if ((old.layout?.visibility ?? 'visible') !== vis) map.setLayoutProperty(layer.id, 'visibility', vis);
    }
    this.layers = next;
  }

  private applySelection(prevId: string | null, nextId: string | null, moveCamera: boolean): void {
    this.setState(prevId, 'selected', false);
    this.setState(nextId, 'selected', true);
    if (nextId && moveCamera) this.showPlace(nextId);
  }

  private setState(id: string | null, key: StateKey, value: boolean): void {
    if (!id || !this.map) return;
    const place = this.store.getState().article.places.get(id);
    if (!place) return;
    this.map.setFeatureState({ source: SOURCE_OF_KIND[place.kind], id }, { [key]: value });
  }

  private showPlace(id: string): void {
    const map = this.map;
    const place = this.store.getState().article.places.get(id);
    if (!map || !place) return;
    const [w, s, e, n] = place.bbox;
    const duration = this.reducedMotion.matches ? 0 : 700;
    if (e - w < 0.05 && n - s < 0.05) {
      map.easeTo({ center: [(w + e) / 2, (s + n) / 2], zoom: Math.max(map.getZoom(), 6), duration });
    } else {
      map.fitBounds([w, s, e, n], { padding: this.padding(48), maxZoom: 7, duration });
    }
  }

  /**
   * Camera padding that keeps what we frame clear of the open legend, which floats over the map's left edge
   * (only where the map is wide enough to spare the room).
   */
  private padding(base: number): { top: number; right: number; bottom: number; left: number } {
    // The attribution line sits over the bottom edge.
    const padding = { top: base, right: base, bottom: base + 24, left: base };
    const legend = this.container.closest('.map-column')?.querySelector('.legend[open]');
    if (!legend) return padding;
    const box = this.container.getBoundingClientRect();
    const covered = legend.getBoundingClientRect().right - box.left;
    if (covered > 0 && box.width - covered > 420) padding.left = covered + base;
    return padding;
  }

  /** The linked feature under the pointer, most specific layer first (a town over its region over its country). */
  private hitAt(event: MapMouseEvent): string | null {
    const map = this.map;
    if (!map) return null;
    const layers = INTERACTIVE_LAYERS.filter((id) => map.getLayoutProperty(id, 'visibility') !== 'none');
    const hits = map.queryRenderedFeatures(event.point, { layers: [...layers] });
    for (const layer of INTERACTIVE_LAYERS) {
      const hit = hits.find((f) => f.layer.id === layer);
      const id: unknown = hit?.properties['id'];
      if (typeof id === 'string') return id;
    }
    return null;
  }

  private readonly onClick = (event: MapMouseEvent): void => {
    const id = this.hitAt(event);
    if (id) this.store.getState().select(id, 'map');
    else this.store.getState().clearSelection();
  };

  private readonly onMouseMove = (event: MapMouseEvent): void => {
    const id = this.hitAt(event);
    if (this.map) this.map.getCanvas().style.cursor = id ? 'pointer' : '';
    this.store.getState().hover(id);
  };

  private readonly onMouseOut = (): void => {
    this.store.getState().hover(null);
  };
}

function describeMapError(error: unknown): string {
  const detail = error instanceof Error ? error.message : String(error);
  return /webgl/i.test(detail)
    ? 'This browser cannot draw the map (WebGL 2 is not available). The article and its places still work.'
    : `The map could not start (${detail}). The article and its places still work.`;
}
