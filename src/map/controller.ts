import {
  AttributionControl,
  type Map as MapLibreMap,
  NavigationControl,
  setWorkerUrl,
  type MapMouseEvent,
} from 'maplibre-gl';
import workerUrl from 'maplibre-gl/dist/maplibre-gl-worker.mjs?worker&url';
// With the map's own chunk, so the stylesheet for the text does not wait for MapLibre's.
import './maplibre.css';
import type { LayerSpecification } from '@maplibre/maplibre-gl-style-spec';
import type { Feature, FeatureCollection } from 'geojson';
import type { GeoJSONSource } from 'maplibre-gl';
import { DEFAULT_ARTICLE_ID, type ArticleModel } from '../state/article';
import { articleFrame, articleLabels, articlePoints, shapeFiles, sourceOf } from './articleData';
import type { AppState, AppStore } from '../state/store';
import {
  buildLayers,
  creditsFor,
  buildStyle,
  DOT_SPACE_IMAGE_ID,
  DOT_SPACE_PX,
  INTERACTIVE_LAYERS,
  LABEL_LAYERS,
  SOURCE_IDS,
  type DataUrls,
} from './style/layers';
import { currentScheme, onSchemeChange, themeOf } from './scheme';
import type { Theme } from './style/theme';
import { HATCH_IMAGE_ID, hatchImage } from './style/hatch';
import { INITIAL_BOUNDS, legendReach } from './bounds';
import { hasWebGL2 } from './webgl';
import { MAP_DESCRIPTION_ID } from './description';
import { PaintFirstMap } from './paintFirst';
import { outlineFeatures } from './featureFiles';
import { DETAIL_MIN_ZOOM } from '../geo/detail';

// Without this the worker is never emitted by Vite and the map stays blank.
setWorkerUrl(workerUrl);

export { INITIAL_BOUNDS } from './bounds';

type StateKey = 'selected' | 'hover';

/** How the map behaves on a page of its own versus inside someone else's page. */
export interface MapOptions {
  /**
   * In an embed the page around the map must keep scrolling: the wheel zooms only with Ctrl/⌘ or after a mouse
   * click on the map (until the pointer leaves it), and on touch screens the map moves with two fingers only.
   */
  cooperative?: boolean;
}

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
  /** performance.now() at the end of the first map frame drawn after the latest selection change (NaN before). */
  selectionDrawnAt: () => number;
  /** True when the style, the data and the label placement are all done. */
  idle: () => boolean;
  /** The names MapLibre placed (those it dropped in a collision are absent), by layer (style/layers.ts LABEL_LAYERS). */
  labels: () => { name: string; layer: string }[];
  /** The data/geo/detail files whose features the map holds (src/map/detail.ts), in the order they arrived. */
  detailFiles: () => string[];
  /** The ids of the places whose data the map's sources hold (the article drawn, once handed to MapLibre). */
  drawnPlaces: () => string[];
  /** How many tiles MapLibre has (re)laid out since the map was last marked ready: nothing changed, none. */
  tilesSinceReady: () => number;
  /** Our outline layers' features drawn at a point (ids and layers), to tell the finer outlines from the base map. */
  outlinesAt: (
    lng: number,
    lat: number,
  ) => { id: string; layer: string; source: string; state: Record<string, unknown> }[];
}

type PaintName = Parameters<MapLibreMap['setPaintProperty']>[1];
type PaintValue = Parameters<MapLibreMap['setPaintProperty']>[2];

/** Whether the base files hold this article's towns and labels: only the default article, uncorrected, does. */
const baseFilesHold = (article: ArticleModel): boolean =>
  article.id === DEFAULT_ARTICLE_ID && !article.corrected;

/**
 * Owns one MapLibre map: creates it, keeps it in step with the store, removes it.
 * The only writer of sources, layers and feature-state; UI code talks to the store, never to the map.
 */
export class MapController {
  private readonly map: MapLibreMap | null = null;
  private readonly unsubscribe: () => void = () => {};
  private layers: LayerSpecification[] = [];
  private selectionDrawnAt = Number.NaN;
  private tilesSinceReady = 0;
  /** Frames MapLibre has drawn, and how many it had drawn at its latest 'idle' event (for the probe's `idle`). */
  private framesDrawn = 0;
  private idleAfterFrame = -1;
  private selectionPending = false;
  /** Pending map updates, applied after the browser has painted the UI's response to the same input. */
  private deferred: (() => void)[] = [];
  private deferTimer: ReturnType<typeof setTimeout> | undefined;
  private deferFrame = 0;
  private readonly reducedMotion = window.matchMedia('(prefers-reduced-motion: reduce)');
  private appliedViewSeq = 0;
  private readonly domListeners = new AbortController();
  /** The latest hit test: a click lands where the pointer last moved, so it need not query the map again. */
  private lastHit: { x: number; y: number; id: string | null } | null = null;
  private releaseTimer: ReturnType<typeof setTimeout> | undefined;
  /** The article whose places, labels and outlines the map's sources hold. */
  private drawnArticle: ArticleModel | null = null;
  /** Counts article switches, so the data of an article replaced meanwhile is dropped. */
  private articleSeq = 0;
  /** The article last handed to applyArticle, and whether the camera still has to frame it (another article). */
  private requestedArticle: ArticleModel | null = null;
  private framePending = false;
  /** Light or dark colours, chosen at creation and again whenever the system setting changes. */
  private theme: Theme = themeOf(currentScheme());
  private stopSchemeWatch: () => void = () => {};
  /** The credit line: the base map's sources, plus what the drawn article's outlines need (creditsFor). */
  private attribution = new AttributionControl({ compact: false });
  private credits = '';
  /** The finer outlines held by the `detail` source, by data/geo/detail file, in the order they arrived. */
  private detail = new Map<string, Feature[]>();
  private detailedIds: string[] = [];

  constructor(
    private readonly container: HTMLElement,
    private readonly store: AppStore,
    private readonly urls: DataUrls,
    options: MapOptions = {},
  ) {
    container.dataset.mapState = 'loading';
    container.dataset.mapTheme = currentScheme();
    const state = store.getState();
    this.layers = buildLayers(this.layerOptions(state));
    // The base files hold the default article's towns and labels; a map opening on another article starts without
    // them and gets that article's own (buildStyle's withBaseNames).
    const baseNames = baseFilesHold(state.article);
    // A link's view replaces the first view; it is the same request the store holds, applied once.
    const initial = state.viewRequest;
    if (initial) this.appliedViewSeq = initial.seq;
    // A link that names a place but no view (hand-written, or a newsroom's embed URL) opens framed on the place.
    const linked = !initial && state.selectedId ? state.article.places.get(state.selectedId) : undefined;
    // Another article opens framed on the places it names; the default article on its usual first view.
    const framed = state.article.id === DEFAULT_ARTICLE_ID ? null : articleFrame(state.article);
    try {
      // Asking first keeps MapLibre from logging its own console error before it throws.
      if (!hasWebGL2()) throw new Error('WebGL 2 is not available');
      // Never draws in the frame that paints the UI's answer to a click (see paintFirst.ts).
      this.map = new PaintFirstMap({
        container,
        style: buildStyle(urls, this.layerOptions(state), baseNames),
        ...(initial
          ? { center: [initial.view.lon, initial.view.lat] as [number, number], zoom: initial.view.zoom }
          : linked
            ? {
                bounds: linked.frame ?? linked.bbox,
                fitBoundsOptions: { padding: this.padding(48), maxZoom: 6 },
              }
            : {
                bounds: framed ?? INITIAL_BOUNDS,
                fitBoundsOptions: { padding: this.padding(20), maxZoom: 7 },
              }),
        cooperativeGestures: options.cooperative ?? false,
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
    map.addControl(this.attribution, 'bottom-right');
    const canvas = map.getCanvas();
    canvas.setAttribute(
      'aria-label',
      'Map of the places the article names. Use the arrow keys to pan and + or − to zoom.',
    );
    // MapView renders the description and the visible keyboard hint next to the container.
    canvas.setAttribute('aria-describedby', MAP_DESCRIPTION_ID);

    Object.defineProperty(container, 'atlasProbe', { value: this.probe(map), configurable: true });

    // Another article's towns, labels and outlines are fetched at once and handed to MapLibre as soon as its style
    // has made the sources, so their tiles are laid out along with the base map's first ones: 'load' (every tile
    // drawn) then covers them too. Waiting for 'load' first drew the whole map once without them, then again.
    const opening = state.article;
    const styleMade = new Promise<void>((resolve) => map.once('style.load', () => resolve()));
    const early = baseNames ? null : this.loadArticleData(opening, styleMade);

    map.once('load', () => {
      // The base files hold the default article's towns and labels; another article's come with its data, and so
      // does the default article's when the map started without them (another article was shown then).
      const article = store.getState().article;
      // The default article with corrections saved in this browser may name places the base files lack. An article
      // other than the one the map opened on (replaced meanwhile) is loaded now, and the opening one's data dropped.
      const prepared =
        baseNames && baseFilesHold(article)
          ? null
          : early && article === opening
            ? early
            : this.loadArticleData(article);
      const whenIdle = () =>
        map.once('idle', () => {
          // State chosen before the map was ready (a click in the text, a deep link, a toggle) is applied now.
          this.resync();
          this.tilesSinceReady = 0;
          container.dataset.mapState = 'ready';
          container.dataset.article = this.drawnArticle?.id ?? DEFAULT_ARTICLE_ID;
          store.getState().setMapStatus({ state: 'ready' });
          // Corrected while the map was loading (an edit in review): drawn now, the camera kept.
          const latest = store.getState().article;
          if (latest !== this.requestedArticle) {
            this.requestedArticle = latest;
            void this.applyArticle(store.getState());
          }
          this.applyViewRequest(store.getState());
          this.reportCamera();
          this.updateDetail();
        });
      this.requestedArticle = article;
      // Unless its data was handed over before 'load' (the opening article's, fetched early, whose tiles are drawn by
      // now): then this frame may already be the idle one, and waiting for the promise would miss it.
      if (prepared && this.drawnArticle !== article) void prepared.then(whenIdle);
      else {
        this.drawnArticle = article;
        whenIdle();
      }
    });
    // When the GPU drops the context MapLibre keeps a snapshot of the style and rebuilds it on restore; store changes
    // made meanwhile are not applied (onStoreChange waits for 'ready'), so the whole state is applied again after.
    map.on('webglcontextlost', () => {
      container.dataset.mapState = 'lost';
    });
    map.on('webglcontextrestored', () => {
      map.once('idle', () => {
        this.resync();
        container.dataset.mapState = 'ready';
      });
    });
    map.on('moveend', this.reportCamera);
    map.on('moveend', this.updateDetail);
    // A tile (re)laid out by MapLibre's worker (for the probe).
    map.on('sourcedata', (e) => {
      if (e.tile) this.tilesSinceReady++;
    });
    if (options.cooperative) {
      // A click on the map is the reader saying "I am using the map now"; leaving it hands gestures back to the page.
      const { signal } = this.domListeners;
      // MapLibre flashes its "use Ctrl + scroll" hint for 100 ms and crashes if the handler is disabled meanwhile,
      // so a click during the flash releases the map just after it.
      let flashUntil = 0;
      map.on('cooperativegestureprevented', () => (flashUntil = performance.now() + 120));
      const release = () => {
        const wait = flashUntil - performance.now();
        if (wait > 0) this.releaseTimer = setTimeout(release, wait);
        else map.cooperativeGestures.disable();
      };
      // Only a mouse or pen click releases the map: on a touch screen one finger always scrolls the page, two move the map.
      container.addEventListener('pointerdown', (e) => e.pointerType !== 'touch' && release(), { signal });
      container.addEventListener(
        'pointerleave',
        () => {
          clearTimeout(this.releaseTimer);
          map.cooperativeGestures.enable();
        },
        { signal },
      );
    }
    // The hatch is made here rather than fetched from a sprite; MapLibre asks for it whenever its style lacks it
    // (first load, and after a lost WebGL context is restored). A resolver, not the 'styleimagemissing' event:
    // MapLibre awaits the resolver before it answers the worker, so the first layout of Crimea already has its
    // pattern, where the event fires after the answer (a warning, and Crimea laid out again once the image exists).
    map.setMissingStyleImageResolver((id) => {
      if (id === HATCH_IMAGE_ID && !map.hasImage(HATCH_IMAGE_ID))
        map.addImage(HATCH_IMAGE_ID, hatchImage(this.theme.annexed), { pixelRatio: 2 });
      if (id === DOT_SPACE_IMAGE_ID && !map.hasImage(DOT_SPACE_IMAGE_ID)) {
        const data = new Uint8Array(DOT_SPACE_PX * DOT_SPACE_PX * 4);
        map.addImage(DOT_SPACE_IMAGE_ID, { width: DOT_SPACE_PX, height: DOT_SPACE_PX, data });
      }
    });
    // What is under a point changes only when the camera, the style or the data do.
    const forgetHit = () => (this.lastHit = null);
    map.on('move', forgetHit);
    map.on('styledata', forgetHit);
    map.on('sourcedata', forgetHit);
    map.on('click', this.onClick);
    map.on('render', this.onRender);
    // MapLibre says 'idle' after a frame that left nothing to do: tiles, fades and label placement all done.
    map.on('idle', () => (this.idleAfterFrame = this.framesDrawn));
    map.on('mousemove', this.onMouseMove);
    map.on('mouseout', this.onMouseOut);
    this.unsubscribe = store.subscribe(this.onStoreChange);
    this.stopSchemeWatch = onSchemeChange(this.onSchemeChange);
  }

  destroy(): void {
    this.unsubscribe();
    this.stopSchemeWatch();
    cancelAnimationFrame(this.deferFrame);
    clearTimeout(this.deferTimer);
    this.deferred = [];
    this.domListeners.abort();
    clearTimeout(this.releaseTimer);
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
        const state: unknown = map.getFeatureState({ source: sourceOf(place), id });
        return typeof state === 'object' && state !== null ? { ...state } : {};
      },
      layerVisibility: (layerId) => {
        const value: unknown = map.getLayoutProperty(layerId, 'visibility');
        return value === 'none' ? 'none' : 'visible';
      },
      center: () => map.getCenter().toArray(),
      zoom: () => map.getZoom(),
      moving: () => map.isMoving(),
      selectionDrawnAt: () => this.selectionDrawnAt,
      // Tiles loaded and a still camera are not enough: the labels are placed over the frames after that, and until
      // then the names MapLibre reports are those of the view before. No frame since MapLibre's last 'idle', and
      // no update of ours waiting, is.
      idle: () =>
        this.idleAfterFrame === this.framesDrawn &&
        this.deferred.length === 0 &&
        map.loaded() &&
        !map.isMoving() &&
        map.areTilesLoaded(),
      labels: () => {
        // Before the style is in, there are no label layers yet (and none to ask about): no names drawn.
        const layers = LABEL_LAYERS.filter((id) => map.getLayer(id));
        if (layers.length === 0) return [];
        return map
          .queryRenderedFeatures({ layers })
          .map((f) => ({ name: String(f.properties['name'] ?? ''), layer: f.layer.id }));
      },
      detailFiles: () => [...this.detail.keys()],
      tilesSinceReady: () => this.tilesSinceReady,
      drawnPlaces: () => [...(this.drawnArticle?.places.keys() ?? [])],
      outlinesAt: (lng, lat) =>
        map
          .queryRenderedFeatures(map.project([lng, lat]))
          .filter((f) => f.source === 'base' || f.source === 'outlines' || f.source === 'detail')
          .map((f) => ({
            id: String(f.properties['id'] ?? ''),
            layer: f.layer.id,
            source: f.source,
            state: { ...f.state },
          })),
    };
  }

  private layerOptions(state: AppState) {
    return {
      theme: this.theme,
      visibility: state.layers,
      linkedIds: [...state.article.places.keys()],
      groups: state.article.legend.map((l) => l.group),
      selectedId: state.selectedId,
      detailedIds: this.detailedIds,
    };
  }

  /**
   * From DETAIL_MIN_ZOOM up, fetches the finer outline files the view needs and this map does not hold (each fetched
   * once per page, src/map/detail.ts, a chunk loaded only then), puts them into the `detail` source, and once MapLibre holds
   * them lets the other sources leave those features out at those zooms. A file that fails is skipped: the base map
   * stays drawn there.
   */
  private readonly updateDetail = (): void => {
    const map = this.map;
    if (!map || map.getZoom() < DETAIL_MIN_ZOOM || this.container.dataset.mapState !== 'ready') return;
    const bounds = map.getBounds();
    const view: [number, number, number, number] = [
      bounds.getWest(),
      bounds.getSouth(),
      bounds.getEast(),
      bounds.getNorth(),
    ];
    const named = new Set(this.store.getState().article.places.keys());
    void import('./detail')
      .then(({ loadDetailFor }) => loadDetailFor(view, map.getZoom(), named, new Set(this.detail.keys())))
      .then(async (loaded) => {
        // Files an earlier move already brought while this one was on its way add nothing.
        const fresh = [...(loaded ?? [])].filter(([file]) => !this.detail.has(file));
        // Nothing new, or the map was removed meanwhile (destroy aborts the DOM listeners).
        if (fresh.length === 0 || this.domListeners.signal.aborted) return;
        for (const [file, features] of fresh) this.detail.set(file, features);
        const features = [...this.detail.values()].flat();
        await map.getSource<GeoJSONSource>('detail')?.setData({ type: 'FeatureCollection', features });
        if (this.domListeners.signal.aborted) return;
        // The finer features are in MapLibre's worker before the base map's leave them out: never a frame without both.
        this.detailedIds = features.map((f) => String(f.properties?.['id']));
        this.updateLayers(this.store.getState());
        // Feature-state is kept by source: the places' selection and hover apply to their finer outlines too.
        this.resyncDetailState();
      })
      .catch(() => {
        // The chunk itself failed to load (offline): the base map stays as it is.
      });
  };

  /** Selection and hover of the article's areas on the `detail` source, as on their own sources. */
  private resyncDetailState(): void {
    const map = this.map;
    if (!map) return;
    const state = this.store.getState();
    for (const [id, place] of state.article.places) {
      if (place.kind !== 'country' && place.kind !== 'region') continue;
      this.syncFeatureState('detail', id, {
        selected: id === state.selectedId,
        hover: id === state.hoveredId,
      });
    }
  }

  /**
   * Gives a feature the selected and hover states wanted, where they differ from what the map holds: the whole
   * state is applied again when the map becomes ready, a context comes back or a detail file arrives, and most of it
   * is already there.
   */
  private syncFeatureState(source: string, id: string, wanted: { selected: boolean; hover: boolean }): void {
    const map = this.map;
    if (!map) return;
    const current: unknown = map.getFeatureState({ source, id });
    const held = typeof current === 'object' && current !== null ? (current as Record<string, unknown>) : {};
    if (Boolean(held['selected']) !== wanted.selected || Boolean(held['hover']) !== wanted.hover)
      map.setFeatureState({ source, id }, wanted);
  }

  /**
   * The base files' towns and labels (the default article's), for every other article: read once per page and
   * shared with the facts box, the exports and the static map (featureFiles.ts); a failed read is tried again.
   */
  private baseFeatures(): Promise<{ places: Feature[]; labels: Feature[] }> {
    return Promise.all([outlineFeatures(this.urls.places), outlineFeatures(this.urls.labels)]).then(
      ([places, labels]) => ({ places, labels }),
    );
  }

  /**
   * Puts an article's towns, labels and outlines into the map's sources. Resolves once the data is handed to
   * MapLibre (or, when a newer article has replaced it meanwhile, without touching the map). `sourcesMade`: while the
   * style is still loading, when its sources exist (until then there is nothing to hand the data to).
   */
  private async loadArticleData(article: ArticleModel, sourcesMade?: Promise<void>): Promise<void> {
    const seq = ++this.articleSeq;
    const places = [...article.places.values()];
    const [base, outlines] = await Promise.all([
      this.baseFeatures().catch(() => ({ places: [], labels: [] })),
      outlinesOf(shapeFiles(places), new Set(article.places.keys())),
      sourcesMade,
    ]);
    const map = this.map;
    if (!map || seq !== this.articleSeq) return;
    const data: Record<'places' | 'labels' | 'outlines', FeatureCollection> = {
      places: articlePoints(base.places, places),
      labels: articleLabels(base.labels, places),
      outlines: outlines.collection,
    };
    for (const [id, collection] of Object.entries(data))
      void map.getSource<GeoJSONSource>(id)?.setData(collection);
    this.setCredits(map, creditsFor(outlines.collection.features));
    this.drawnArticle = article;
  }

  /** Replaces the credit line when the extra credits change (MapLibre has no way to change a control's text). */
  private setCredits(map: MapLibreMap, extra: string[]): void {
    const key = extra.join(' · ');
    if (key === this.credits) return;
    this.credits = key;
    map.removeControl(this.attribution);
    this.attribution = new AttributionControl({
      compact: false,
      ...(extra.length ? { customAttribution: extra } : {}),
    });
    map.addControl(this.attribution, 'bottom-right');
  }

  /** Another article: new data and filters, no feature-state left from the old one, the camera on its places. */
  private async applyArticle(state: AppState): Promise<void> {
    const map = this.map;
    if (!map) return;
    this.container.dataset.mapState = 'loading';
    for (const source of SOURCE_IDS) if (map.getSource(source)) map.removeFeatureState({ source });
    this.lastHit = null;
    const seq = this.articleSeq + 1;
    await this.loadArticleData(state.article);
    if (seq !== this.articleSeq) return;
    const current = this.store.getState();
    if (current.article !== state.article) {
      // Changed while its data loaded (another edit in review): the store changes were not seen meanwhile.
      this.requestedArticle = current.article;
      void this.applyArticle(current);
      return;
    }
    // A correction of the same article's links keeps the camera where the reader left it.
    if (this.framePending && (!current.viewRequest || current.viewRequest.seq <= this.appliedViewSeq)) {
      const box = articleFrame(current.article);
      if (box) map.fitBounds(box, { padding: this.padding(40), maxZoom: 7, duration: 0 });
    }
    this.framePending = false;
    map.once('idle', () => {
      if (seq !== this.articleSeq) return;
      this.resync();
      this.container.dataset.mapState = 'ready';
      this.container.dataset.article = current.article.id;
      this.applyViewRequest(this.store.getState());
      this.reportCamera();
      this.updateDetail();
    });
    map.triggerRepaint();
  }

  private readonly onStoreChange = (next: AppState, prev: AppState): void => {
    if (!this.map || this.container.dataset.mapState !== 'ready') return;
    if (next.article !== prev.article) {
      // Review replaces the article twice in one go (the linker's, then the corrected one): each is drawn once,
      // and the camera frames it if any of them was another article.
      if (next.article === this.requestedArticle) return;
      if (next.article.id !== this.requestedArticle?.id) this.framePending = true;
      this.requestedArticle = next.article;
      // Everything else (layers, selection, a link's view) is applied with the new article's data.
      this.afterPaint(() => void this.applyArticle(this.store.getState()));
      return;
    }
    // A map frame costs far more than the passages list; drawing it in the same frame would hold back the
    // UI's response to a click, so the map catches up one frame later.
    if (next.layers !== prev.layers) this.afterPaint(() => this.updateLayers(next));
    if (next.selectedId !== prev.selectedId || next.selectionOrigin !== prev.selectionOrigin) {
      // A link or Back/Forward carries its own view; only selections made in the text or by a host move the camera.
      const move = next.selectionOrigin !== 'map' && next.selectionOrigin !== 'url';
      this.afterPaint(() => {
        // The selected place's label moves to its own layer (a filter change), so it wins label collisions.
        if (next.selectedId !== prev.selectedId) this.updateLayers(this.store.getState());
        this.applySelection(prev.selectedId, next.selectedId, move);
        this.selectionPending = true;
      });
    }
    if (next.viewRequest !== prev.viewRequest) this.applyViewRequest(next);
    if (next.hoveredId !== prev.hoveredId) {
      this.afterPaint(() => {
        this.setState(prev.hoveredId, 'hover', false);
        this.setState(next.hoveredId, 'hover', true);
      });
    }
    // A candidate pointed at in review shows as hovered, when the article names it (others are not drawn).
    if (next.reviewPreview !== prev.reviewPreview) {
      this.afterPaint(() => {
        this.setState(prev.reviewPreview, 'hover', prev.reviewPreview === next.hoveredId);
        this.setState(next.reviewPreview, 'hover', true);
      });
    }
  };

  /** Runs fn in a task after the next paint, in order with other deferred updates. */
  private afterPaint(fn: () => void): void {
    this.deferred.push(fn);
    if (this.deferFrame || this.deferTimer) return;
    this.deferFrame = requestAnimationFrame(() => {
      this.deferFrame = 0;
      this.deferTimer = setTimeout(() => {
        this.deferTimer = undefined;
        const queue = this.deferred;
        this.deferred = [];
        for (const run of queue) run();
      }, 0);
    });
  }

  private readonly onRender = (): void => {
    this.framesDrawn++;
    if (!this.selectionPending) return;
    this.selectionPending = false;
    this.selectionDrawnAt = performance.now();
  };

  /** Repaints every layer (and the hatch) in the scheme's colours; sources, filters and camera stay as they are. */
  private readonly onSchemeChange = (): void => {
    const map = this.map;
    const theme = themeOf(currentScheme());
    if (!map || theme === this.theme) return;
    this.theme = theme;
    this.layers = buildLayers(this.layerOptions(this.store.getState()));
    for (const layer of this.layers) {
      // The layer specs are typed per layer kind; each property here comes from that same layer's own spec.
      const paint = Object.entries(layer.paint ?? {}) as [PaintName, PaintValue][];
      for (const [property, value] of paint) map.setPaintProperty(layer.id, property, value);
    }
    if (map.hasImage(HATCH_IMAGE_ID)) map.updateImage(HATCH_IMAGE_ID, hatchImage(theme.annexed));
    this.container.dataset.mapTheme = currentScheme();
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

  /** Applies the store's whole state to the map: every layer's filter and visibility, every place's feature-state. */
  private resync(): void {
    const map = this.map;
    if (!map) return;
    const state = this.store.getState();
    this.layers = buildLayers(this.layerOptions(state));
    // Only what differs from what the map holds. MapLibre has every tile of a layer's source laid out again after
    // any change to the layer it is told of, and it reads a layer built without a visibility as undefined, not
    // 'visible': asking for every layer's visibility again had all the map's tiles laid out anew just after it
    // became ready, a second of frames on a slow phone (npm run bench, throttled) for a map that looked the same.
    // setFilter compares by itself.
    for (const layer of this.layers) {
      if (!('source' in layer)) continue;
      map.setFilter(layer.id, layer.filter ?? null);
      const visibility = layer.layout?.visibility ?? 'visible';
      const drawn: unknown = map.getLayoutProperty(layer.id, 'visibility');
      if ((drawn ?? 'visible') !== visibility) map.setLayoutProperty(layer.id, 'visibility', visibility);
    }
    for (const [id, place] of state.article.places) {
      this.syncFeatureState(sourceOf(place), id, {
        selected: id === state.selectedId,
        hover: id === state.hoveredId,
      });
    }
    this.resyncDetailState();
  }

  private applySelection(prevId: string | null, nextId: string | null, moveCamera: boolean): void {
    this.setState(prevId, 'selected', false);
    this.setState(nextId, 'selected', true);
    if (nextId && moveCamera) this.showPlace(nextId);
  }

  private applyViewRequest(state: AppState): void {
    const request = state.viewRequest;
    if (!this.map || !request || request.seq <= this.appliedViewSeq) return;
    this.appliedViewSeq = request.seq;
    this.map.jumpTo({ center: [request.view.lon, request.view.lat], zoom: request.view.zoom });
  }

  private readonly reportCamera = (): void => {
    const map = this.map;
    if (!map || this.container.dataset.mapState !== 'ready') return;
    const center = map.getCenter();
    this.store.getState().setCamera({ zoom: map.getZoom(), lat: center.lat, lon: center.lng });
  };

  private setState(id: string | null, key: StateKey, value: boolean): void {
    if (!id || !this.map) return;
    const place = this.store.getState().article.places.get(id);
    if (!place) return;
    this.map.setFeatureState({ source: sourceOf(place), id }, { [key]: value });
    if (place.kind === 'country' || place.kind === 'region')
      this.map.setFeatureState({ source: 'detail', id }, { [key]: value });
  }

  private showPlace(id: string): void {
    const map = this.map;
    const place = this.store.getState().article.places.get(id);
    if (!map || !place) return;
    const [w, s, e, n] = place.frame ?? place.bbox;
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
    // The legend drawn, or before the script draws it, its slot (legendReach, bounds.ts).
    const covered = legendReach(this.container);
    if (covered > 0 && this.container.getBoundingClientRect().width - covered > 420)
      padding.left = covered + base;
    return padding;
  }

  /** The linked feature under the pointer, most specific layer first (a town over its region over its country). */
  private hitAt(event: MapMouseEvent): string | null {
    const map = this.map;
    if (!map) return null;
    const { x, y } = event.point;
    if (this.lastHit?.x === x && this.lastHit.y === y) return this.lastHit.id;
    const id = this.queryHit(map, event);
    this.lastHit = { x, y, id };
    return id;
  }

  private queryHit(map: MapLibreMap, event: MapMouseEvent): string | null {
    const layers = INTERACTIVE_LAYERS.filter((id) => map.getLayoutProperty(id, 'visibility') !== 'none');
    const hits = map.queryRenderedFeatures(event.point, { layers: [...layers] });
    // Only what the article names answers a click: a region drawn for its status alone is not one of them.
    const named = this.store.getState().article.places;
    for (const layer of INTERACTIVE_LAYERS) {
      // Two towns' dots can overlap at a low zoom: the one whose centre is nearest the pointer answers, not the one
      // drawn last, so a click on the middle of a dot always gets that dot's town.
      let best: { id: string; distance: number } | null = null;
      for (const hit of hits) {
        const id: unknown = hit.properties['id'];
        if (hit.layer.id !== layer || typeof id !== 'string' || !named.has(id)) continue;
        const distance =
          hit.geometry.type === 'Point' ? pixelDistance(map, hit.geometry.coordinates, event.point) : 0;
        if (!best || distance < best.distance) best = { id, distance };
      }
      if (best) return best.id;
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

/** The outlines an article's places need: the table of outline files is a chunk loaded only when there are some. */
async function outlinesOf(
  shapes: readonly string[],
  ids: ReadonlySet<string>,
): Promise<{ collection: FeatureCollection; failed: string[] }> {
  if (shapes.length === 0) return { collection: { type: 'FeatureCollection', features: [] }, failed: [] };
  const { loadOutlines } = await import('./shapes');
  return loadOutlines(shapes, ids);
}

/** How far, in screen pixels, a point feature's centre is from the pointer. */
function pixelDistance(map: MapLibreMap, coordinates: number[], point: { x: number; y: number }): number {
  const [lng = 0, lat = 0] = coordinates;
  const at = map.project([lng, lat]);
  return Math.hypot(at.x - point.x, at.y - point.y);
}

function describeMapError(error: unknown): string {
  const detail = error instanceof Error ? error.message : String(error);
  return /webgl/i.test(detail)
    ? 'No WebGL 2 in this browser, so the map is a static picture; the places list and passages work as usual.'
    : `The map could not start (${detail}), so it is a static picture; the places list and passages work as usual.`;
}
