import { createStore, type StoreApi } from 'zustand/vanilla';
import type { LayerGroup } from '../linking/types';
import type { ArticleModel } from './article';
import { defaultVisibility, legendGroup, type LayerVisibility } from './layers';
import { createReviewSlice, type ReviewOptions, type ReviewState } from './review';
import type { UrlState, View } from './url';

/** Where a selection came from: the map moves the camera only for selections made elsewhere. */
export type SelectionOrigin = 'map' | 'text' | 'passages' | 'list' | 'init' | 'url' | 'host';

export type MapStatus = { state: 'loading' } | { state: 'ready' } | { state: 'error'; message: string };

/** The app's state, with the review slice (src/state/review.ts: editing mode, edits, undo/redo). */
export interface AppState extends ReviewState {
  article: ArticleModel;
  selectedId: string | null;
  selectionOrigin: SelectionOrigin;
  hoveredId: string | null;
  /** The sentence the article panel should bring into view, with a counter so the same sentence can be asked twice. */
  focus: { sentence: number; seq: number } | null;
  layers: LayerVisibility;
  mapStatus: MapStatus;
  /** A short message for the reader, e.g. when asked for a place the article does not name. */
  notice: string | null;
  /** The camera where it last came to rest, as reported by the map (never written on every frame). */
  camera: View | null;
  /** A camera position asked for by a link, Back/Forward or an embedding page; the map applies each seq once. */
  viewRequest: { view: View; seq: number } | null;

  select: (id: string, origin: SelectionOrigin) => void;
  clearSelection: () => void;
  hover: (id: string | null) => void;
  focusSentence: (sentence: number) => void;
  setLayer: (group: LayerGroup, visible: boolean) => void;
  /**
   * Shows another article: its places, passages and legend replace the old ones, the selection and hover are
   * cleared and the layers return to their defaults; the map follows (its sources, filters and camera).
   * `init` may carry state read from a link to this article (ids already checked against it).
   */
  setArticle: (article: ArticleModel, init?: Omit<StoreInit, 'article'>) => void;
  /**
   * The same article with corrected links (an edit in review): places, passages and legend follow, while the
   * selection and hover stay when their place is still named and the layers, sentence and camera stay as they are.
   */
  setArticleLinks: (article: ArticleModel) => void;
  setMapStatus: (status: MapStatus) => void;
  dismissNotice: () => void;
  setCamera: (view: View) => void;
  requestView: (view: View) => void;
  /** Restores everything a link describes (Back/Forward): selection, sentence, layers and, if given, the view. */
  applyUrlState: (url: UrlState) => void;
}

export interface StoreInit {
  article: ArticleModel;
  layers?: Partial<LayerVisibility>;
  /** Initial state read from a link; ids and indices must already be checked against the article. */
  selectedId?: string | null;
  sentence?: number | null;
  view?: View | null;
  notice?: string | null;
}

export type AppStore = StoreApi<AppState>;

/**
 * A fresh store for one view (the app, one embed, one test). `review` configures the review slice (where edits
 * are saved; `embed: true` refuses the editing mode); by default edits are kept for the page only.
 * @example const store = createAppStore({ article }); store.getState().select('UA-14', 'list');
 */
export function createAppStore(init: StoreInit, review: ReviewOptions = {}): AppStore {
  return createStore<AppState>()((set, get, api) => ({
    ...createReviewSlice<AppState>(review)(set, get, api),
    article: init.article,
    selectedId: init.selectedId ?? null,
    selectionOrigin: init.selectedId ? 'url' : 'init',
    hoveredId: null,
    focus: init.sentence != null ? { sentence: init.sentence, seq: 1 } : null,
    layers: { ...defaultVisibility(), ...init.layers },
    mapStatus: { state: 'loading' },
    notice: init.notice ?? null,
    camera: null,
    viewRequest: init.view ? { view: init.view, seq: 1 } : null,

    select: (id, origin) => {
      const place = get().article.places.get(id);
      if (!place) {
        set({ notice: `No place ‘${id}’ in this article.` });
        return;
      }
      // A place chosen in the text must be visible on the map, even if its layer was switched off.
      const group = legendGroup(place);
      const layers = get().layers[group] ? get().layers : { ...get().layers, [group]: true };
      set({ selectedId: id, selectionOrigin: origin, layers, notice: null });
    },
    clearSelection: () => {
      if (get().selectedId !== null) set({ selectedId: null, selectionOrigin: 'init' });
    },
    hover: (id) => {
      const next = id !== null && get().article.places.has(id) ? id : null;
      if (get().hoveredId !== next) set({ hoveredId: next });
    },
    focusSentence: (sentence) => {
      if (sentence < 0 || sentence >= get().article.sentences.length) return;
      set({ focus: { sentence, seq: (get().focus?.seq ?? 0) + 1 } });
    },
    setLayer: (group, visible) => set({ layers: { ...get().layers, [group]: visible } }),
    setArticle: (article, next = {}) =>
      set({
        article,
        selectedId: next.selectedId ?? null,
        selectionOrigin: next.selectedId ? 'url' : 'init',
        hoveredId: null,
        focus: next.sentence != null ? { sentence: next.sentence, seq: (get().focus?.seq ?? 0) + 1 } : null,
        layers: { ...defaultVisibility(), ...next.layers },
        notice: next.notice ?? null,
        ...(next.view ? { viewRequest: { view: next.view, seq: (get().viewRequest?.seq ?? 0) + 1 } } : {}),
      }),
    setArticleLinks: (article) => {
      const s = get();
      set({
        article,
        selectedId: s.selectedId !== null && article.places.has(s.selectedId) ? s.selectedId : null,
        hoveredId: s.hoveredId !== null && article.places.has(s.hoveredId) ? s.hoveredId : null,
      });
    },
    setMapStatus: (mapStatus) => set({ mapStatus }),
    dismissNotice: () => set({ notice: null }),
    setCamera: (camera) => set({ camera }),
    requestView: (view) => set({ viewRequest: { view, seq: (get().viewRequest?.seq ?? 0) + 1 } }),
    applyUrlState: (url) => {
      const s = get();
      const selectedId = url.place !== null && s.article.places.has(url.place) ? url.place : null;
      const sentence =
        url.sentence !== null && url.sentence < s.article.sentences.length ? url.sentence : null;
      set({
        selectedId,
        selectionOrigin: selectedId ? 'url' : 'init',
        layers: url.layers,
        focus: sentence === null ? null : { sentence, seq: (s.focus?.seq ?? 0) + 1 },
        ...(url.view ? { viewRequest: { view: url.view, seq: (s.viewRequest?.seq ?? 0) + 1 } } : {}),
      });
    },
  }));
}
