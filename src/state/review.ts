/**
 * The review slice: the editing mode, the edits with their undo/redo history, the mention being reviewed and the
 * candidate being previewed. A slice creator the app adds to its store; it reads nothing else of the store, so
 * it works in a store of its own too (tests, the review components' context).
 */
import { createContext, useContext } from 'react';
import { useStore } from 'zustand';
import type { StateCreator, StoreApi } from 'zustand/vanilla';
import type { CompiledGazetteer } from '../linking/gazetteer';
import type { Paragraph } from '../linking/types';
import type { DisplayBlock } from './article';
import { importAnnotations } from '../export/import';
import { applyCorrections, checkEdit, reviewProgress, type BaseLinks } from '../review/apply';
import { canUndoRedo, EMPTY_HISTORY, reviewReducer, type ReviewHistory } from '../review/history';
import type { ReviewAction, ReviewEdit, ReviewedLinks } from '../review/types';

/** What review works on: the article (its links before review) and the gazetteer to choose places from. */
export interface ReviewArticle {
  /** The article's id, for saving its edits (`default` for the landing article). */
  id: string;
  text: string;
  /** The article's blocks, each with its kind when known (a headline or subheading is drawn as a heading). */
  paragraphs: readonly (Paragraph & { kind?: DisplayBlock['kind'] })[];
  base: BaseLinks;
  gazetteer: CompiledGazetteer;
}

/** Where edits are kept between visits: localStorage, or a Map-backed stand-in in tests. */
export type ReviewStorage = Pick<Storage, 'getItem' | 'setItem' | 'removeItem'>;

export interface ReviewState {
  /** The article under review; null until the app hands one over. */
  reviewArticle: ReviewArticle | null;
  /** Editing mode: off for readers, and never on in the embed. */
  reviewMode: boolean;
  reviewHistory: ReviewHistory;
  /** The links after the edits (derived; kept in the store so every reader shares one computation). */
  reviewed: ReviewedLinks | null;
  /** The mention whose review popover is open, by its range. */
  reviewTarget: { start: number; end: number } | null;
  /** A candidate place the pointer or focus is on, for the map to show where it is. */
  reviewPreview: string | null;
  /** Why the last edit was refused, or what an import or a saved review could not use. */
  reviewMessage: string | null;

  setReviewArticle: (article: ReviewArticle | null) => void;
  setReviewMode: (on: boolean) => void;
  /** Makes an edit on a range of the text; false (and a message) when it cannot be made. */
  reviewEdit: (range: { start: number; end: number }, action: ReviewAction) => boolean;
  undoReview: () => void;
  redoReview: () => void;
  /** Replaces the edits (a saved review); history starts afresh. */
  loadReviewEdits: (edits: readonly ReviewEdit[]) => void;
  /**
   * Reads a W3C annotation file exported for this article: its links become the starting point of review (the
   * edits so far are dropped; undo does not go back past an import). False, with a message naming the annotation at
   * fault, when the file does not fit; then nothing changes.
   */
  importReview: (json: string) => boolean;
  openReview: (range: { start: number; end: number } | null) => void;
  previewPlace: (id: string | null) => void;
  dismissReviewMessage: () => void;
}

export interface ReviewOptions {
  /** True in the embed: the editing mode can never be switched on. */
  embed?: boolean;
  /** Where edits are saved at once, by article id; none: edits live as long as the page. */
  storage?: ReviewStorage | null;
  /** The clock for edit times (tests pass a fixed one). */
  now?: () => string;
}

const STORAGE_PREFIX = 'article-atlas:review:';

/**
 * Where the review of article `id` is saved in the slice's storage (a JSON string, read back by the slice).
 * @example localStorage.getItem(reviewStorageKey('default'))
 */
export function reviewStorageKey(id: string): string {
  return STORAGE_PREFIX + id;
}
/** A review is a few kilobytes; a saved value this large is not ours. */
const MAX_SAVED_CHARS = 2 * 1024 * 1024;
const ACTIONS = new Set(['confirm', 'change', 'not-a-place', 'add', 'apply-to-identical', 'reset']);

/**
 * The slice creator. Add it to a store: `createStore<AppState & ReviewState>()((...a) => ({ ...app(...a), ...createReviewSlice(options)(...a) }))`.
 * @example const store = createStore<ReviewState>()(createReviewSlice({ storage: localStorage })); store.getState().setReviewMode(true);
 */
export function createReviewSlice<T extends ReviewState>(
  options: ReviewOptions = {},
): StateCreator<T, [], [], ReviewState> {
  const now = options.now ?? (() => new Date().toISOString());
  const storage = options.storage ?? null;
  return (set, get) => {
    const setPartial = (partial: Partial<ReviewState>) => set(partial as Partial<T>);
    /** Recomputes the links and saves the edits: every change of history goes through here. */
    // The annotation file an article's review started from, kept so a reload starts from it again.
    let imported: string | null = null;
    const commit = (history: ReviewHistory, extra: Partial<ReviewState> = {}) => {
      const article = extra.reviewArticle ?? get().reviewArticle;
      const reviewed = article ? applyCorrections(article.text, article.base, history.edits) : null;
      if (article) save(storage, article.id, history.edits, imported);
      setPartial({ reviewHistory: history, reviewed, ...extra });
    };
    const fromFile = (article: ReviewArticle, json: string) => {
      const result = importAnnotations(json, article.text, {
        knownPlace: (id) => knows(article, id),
        sentences: article.base.sentences,
      });
      if (!result.ok) return result;
      const base: BaseLinks = { ...result.links };
      if (article.base.places) base.places = article.base.places;
      return { ok: true as const, article: { ...article, base } };
    };
    return {
      reviewArticle: null,
      reviewMode: false,
      reviewHistory: EMPTY_HISTORY,
      reviewed: null,
      reviewTarget: null,
      reviewPreview: null,
      reviewMessage: null,

      setReviewArticle: (given) => {
        const loaded = given ? load(storage, given.id) : { edits: [], message: null, imported: null };
        let article = given;
        let message = loaded.message;
        imported = null;
        if (given && loaded.imported !== null) {
          const result = fromFile(given, loaded.imported);
          if (result.ok) {
            article = result.article;
            imported = loaded.imported;
          } else {
            message = `The imported annotations saved with this article no longer fit it: ${result.error}`;
          }
        }
        setPartial({ reviewArticle: article, reviewTarget: null, reviewPreview: null });
        const history = reviewReducer(EMPTY_HISTORY, { type: 'load', edits: loaded.edits });
        const stale = article ? applyCorrections(article.text, article.base, history.edits).stale : [];
        message =
          message ??
          (stale.length > 0
            ? `${stale.length} saved ${stale.length === 1 ? 'edit no longer fits' : 'edits no longer fit'} this article and ${stale.length === 1 ? 'was' : 'were'} not applied.`
            : null);
        commit(history, { reviewMessage: message });
      },
      importReview: (json) => {
        const article = get().reviewArticle;
        if (!article || options.embed) return false;
        const result = fromFile(article, json);
        if (!result.ok) {
          setPartial({ reviewMessage: `Nothing was imported. ${result.error}` });
          return false;
        }
        imported = json;
        commit(EMPTY_HISTORY, { reviewArticle: result.article, reviewMessage: null, reviewTarget: null });
        return true;
      },
      setReviewMode: (on) => {
        if (on && options.embed) return;
        setPartial({ reviewMode: on, reviewTarget: on ? get().reviewTarget : null, reviewPreview: null });
      },
      reviewEdit: (range, action) => {
        const article = get().reviewArticle;
        const reviewed = get().reviewed;
        if (!article || !reviewed || !get().reviewMode) return false;
        const edit = {
          ...action,
          ...range,
          surface: article.text.slice(range.start, range.end),
          at: now(),
        };
        // Checked against the links as they are now, so a refusal speaks of what the person sees.
        const why = checkEdit(article.text, reviewed, edit, (id) => knows(article, id));
        if (why !== null) {
          setPartial({ reviewMessage: why });
          return false;
        }
        commit(reviewReducer(get().reviewHistory, { type: 'edit', edit }), { reviewMessage: null });
        return true;
      },
      undoReview: () => {
        const history = reviewReducer(get().reviewHistory, { type: 'undo' });
        if (history !== get().reviewHistory) commit(history, { reviewMessage: null });
      },
      redoReview: () => {
        const history = reviewReducer(get().reviewHistory, { type: 'redo' });
        if (history !== get().reviewHistory) commit(history, { reviewMessage: null });
      },
      loadReviewEdits: (edits) => commit(reviewReducer(get().reviewHistory, { type: 'load', edits })),
      openReview: (range) => setPartial({ reviewTarget: range, reviewPreview: null }),
      previewPlace: (id) => {
        if (get().reviewPreview !== id) setPartial({ reviewPreview: id });
      },
      dismissReviewMessage: () => setPartial({ reviewMessage: null }),
    };
  };
}

function knows(article: ReviewArticle, id: string): boolean {
  return article.gazetteer.byId.has(id) || (article.base.places ?? []).some((p) => p.id === id);
}

function save(
  storage: ReviewStorage | null,
  id: string,
  edits: readonly ReviewEdit[],
  imported: string | null,
): void {
  if (!storage) return;
  try {
    if (edits.length === 0 && imported === null) storage.removeItem(STORAGE_PREFIX + id);
    else storage.setItem(STORAGE_PREFIX + id, JSON.stringify({ version: 1, edits, imported }));
  } catch {
    // Storage full or refused (private mode): the review still works for this visit.
  }
}

/**
 * The edits saved for an article, keeping only well-formed ones; a message when something could not be used.
 * @example loadSavedEdits(localStorage, 'default').edits.length
 */
export function loadSavedEdits(storage: ReviewStorage | null, id: string): SavedReview {
  return load(storage, id);
}

/** A review as saved: the edits, and the annotation file it started from when it started from an import. */
export interface SavedReview {
  edits: ReviewEdit[];
  imported: string | null;
  message: string | null;
}

function load(storage: ReviewStorage | null, id: string): SavedReview {
  let raw: string | null;
  try {
    raw = storage?.getItem(STORAGE_PREFIX + id) ?? null;
  } catch {
    return { edits: [], imported: null, message: null };
  }
  if (raw === null) return { edits: [], imported: null, message: null };
  const unusable: SavedReview = {
    edits: [],
    imported: null,
    message: 'The saved review of this article could not be read; it was not applied.',
  };
  if (raw.length > MAX_SAVED_CHARS) return unusable;
  let parsed: unknown;
  try {
    parsed = JSON.parse(raw);
  } catch {
    return unusable;
  }
  const saved = parsed as { edits?: unknown; imported?: unknown } | null;
  const list = saved?.edits;
  if (!Array.isArray(list)) return unusable;
  const edits = list.filter(isEdit);
  return {
    edits,
    imported: typeof saved?.imported === 'string' ? saved.imported : null,
    message:
      edits.length === list.length ? null : `${list.length - edits.length} saved edits could not be read.`,
  };
}

function isEdit(v: unknown): v is ReviewEdit {
  if (typeof v !== 'object' || v === null) return false;
  const e = v as Record<string, unknown>;
  return (
    typeof e.type === 'string' &&
    ACTIONS.has(e.type) &&
    Number.isSafeInteger(e.start) &&
    Number.isSafeInteger(e.end) &&
    typeof e.surface === 'string' &&
    typeof e.at === 'string' &&
    ((e.type !== 'change' && e.type !== 'add') || typeof e.placeId === 'string')
  );
}

/**
 * "12 of 44 reviewed", and whether undo and redo can act: what the review bar shows.
 * @example selectReviewSummary(store.getState()) // { reviewed: 0, total: 44, undo: false, redo: false }
 */
export function selectReviewSummary(s: ReviewState): {
  reviewed: number;
  total: number;
  undo: boolean;
  redo: boolean;
} {
  const progress = s.reviewed ? reviewProgress(s.reviewed) : { reviewed: 0, total: 0 };
  return { ...progress, ...canUndoRedo(s.reviewHistory) };
}

/** The store the review components read: the app's store (it holds the slice) or one of its own. */
export const ReviewStoreContext = createContext<StoreApi<ReviewState> | null>(null);

/**
 * The review store of this view.
 * @example const store = useReviewStoreApi(); store.getState().undoReview();
 */
export function useReviewStoreApi(): StoreApi<ReviewState> {
  const store = useContext(ReviewStoreContext);
  if (!store) throw new Error('useReviewStoreApi: no <ReviewStoreContext.Provider> above this component');
  return store;
}

/**
 * Reads one value of the review slice; the component re-renders only when it changes.
 * @example const on = useReview((s) => s.reviewMode);
 */
export function useReview<T>(selector: (s: ReviewState) => T): T {
  return useStore(useReviewStoreApi(), selector);
}

// What the review components need from the pure folders, re-exported so ui/ imports state/ only.
export { candidateLabel, describePlace, mentionCandidates, searchGazetteer } from '../review/candidates';
export {
  placeNumbers,
  toCsv,
  toGeoJson,
  toLinkedPlaces,
  toMapSvg,
  toW3cAnnotations,
  MAX_IMPORT_BYTES,
} from '../export';
export type { ExportInput, ExportMeta } from '../export';
export type { Candidate, LinkStatus, ReviewedMention } from '../review/types';
