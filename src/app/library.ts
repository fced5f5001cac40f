/**
 * The user's own articles: mapping a new one (checked, linked in the worker, saved at once), opening a saved one
 * by id, and going back to the default article. Everything stays in this browser (IndexedDB, src/state/storage.ts).
 */
import { checkArticleText } from '../input';
import type { LinkResult } from '../linking/types';
import { articleModelOf, type ArticleMeta, type ArticleModel, type ArticleValue } from '../state/article';
import { reviewStorageKey } from '../state/review';
import { newArticleId, openStorage, type ArticleStorage } from '../state/storage';
import type { AppStore, StoreInit } from '../state/store';
import { decodeUrlState } from '../state/url';
import { DEFAULT_GAZETTEER, defaultArticleModel } from './boot';
import { linkInWorker, type LinkJob } from './linkInWorker';
import type { LinkStage } from './linkProtocol';

let opened: Promise<ArticleStorage | { unavailable: string }> | undefined;

/** The browser's storage for articles, opened once per page; `unavailable` says why it cannot keep them. */
export function articleStorage(): Promise<ArticleStorage | { unavailable: string }> {
  opened ??= openStorage();
  return opened;
}

/** Storage, or null when this browser will not keep articles. */
export async function storageOrNull(): Promise<ArticleStorage | null> {
  const s = await articleStorage();
  return 'unavailable' in s ? null : s;
}

/** How many distinct places the links name. */
export const placeCount = (links: LinkResult): number => new Set(links.mentions.map((m) => m.featureId)).size;

/** The model of a stored or freshly linked value: its own entries first, the default gazetteer for the rest. */
export function modelOf(value: ArticleValue): ArticleModel {
  return articleModelOf(value, DEFAULT_GAZETTEER.entries, true);
}

/** State a link asks for, checked against the article it names. */
function linkedState(
  model: ArticleModel,
  location: Pick<Location, 'search' | 'hash'>,
): Omit<StoreInit, 'article'> {
  const { state, notices } = decodeUrlState(location.search, location.hash, {
    hasPlace: (id) => model.places.has(id),
    sentenceCount: model.sentences.length,
  });
  return {
    selectedId: state.place,
    sentence: state.sentence,
    layers: state.layers,
    view: state.view,
    notice: notices.length ? notices.join(' · ') : null,
  };
}

/**
 * Shows the saved article `id` (from `?article=`), with what the rest of the link asks for. When it is not
 * there (deleted, another browser, storage refused) the default article stays, with a notice saying so.
 * @returns whether the article was opened
 */
export async function openStoredArticle(
  store: AppStore,
  id: string,
  location: Pick<Location, 'search' | 'hash'> = { search: '', hash: '' },
): Promise<boolean> {
  const storage = await articleStorage();
  if ('unavailable' in storage) {
    store.setState({
      notice: `${storage.unavailable}, so article ‘${id}’ cannot be opened here; showing the default article.`,
    });
    return false;
  }
  const record = await storage.getArticle(id);
  if (!record.ok) {
    const why = record.reason === 'missing' ? 'No saved article' : `Could not open the saved article`;
    const detail =
      record.reason === 'missing' ? ' in this browser (it may have been deleted)' : ` (${record.message})`;
    store.setState({ notice: `${why} ‘${id}’${detail}; showing the default article.` });
    return false;
  }
  restoreCorrections(id, record.value.corrections);
  const model = modelOf(record.value.article);
  store.getState().setArticle(model, linkedState(model, location));
  return true;
}

/**
 * The review saved with a stored article's record goes back to localStorage, where review reads it, when this
 * browser's localStorage has none (cleared, or refused meanwhile).
 */
function restoreCorrections(id: string, corrections: unknown): void {
  if (typeof corrections !== 'string') return;
  try {
    if (localStorage.getItem(reviewStorageKey(id)) === null)
      localStorage.setItem(reviewStorageKey(id), corrections);
  } catch {
    // No localStorage: the article opens with the linker's links.
  }
}

let savingCorrections: Promise<unknown> = Promise.resolve();

/**
 * Keeps a stored article's review (as saved in localStorage) with its record in IndexedDB too, one save at a time.
 * @example saveCorrections(article.id)
 */
export function saveCorrections(id: string): void {
  savingCorrections = savingCorrections.then(async () => {
    const storage = await storageOrNull();
    if (!storage) return;
    const record = await storage.getArticle(id);
    if (!record.ok) return;
    let corrections: string | null;
    try {
      corrections = localStorage.getItem(reviewStorageKey(id));
    } catch {
      return;
    }
    const { article, placeCount: count } = record.value;
    await storage.saveArticle({
      article,
      placeCount: count,
      ...(corrections === null ? {} : { corrections }),
    });
  });
}

/** Back to the landing article (Back to a URL without `article=`, or after deleting the article on screen). */
export function showDefaultArticle(store: AppStore, location?: Pick<Location, 'search' | 'hash'>): void {
  const model = defaultArticleModel();
  store.getState().setArticle(model, location ? linkedState(model, location) : {});
}

/** What mapping an article came to. */
export type MapOutcome =
  | { ok: true; model: ArticleModel; kept: boolean; notKeptReason?: string; linkMs: number }
  | { ok: false; message: string };

/**
 * Checks the text, links it in the worker, saves it at once and shows it. Returns the job so the caller can cancel;
 * a cancelled job changes nothing.
 */
export function mapArticle(
  text: string,
  meta: ArticleMeta,
  onStage: (stage: LinkStage) => void,
  store: AppStore,
): { job: LinkJob | null; outcome: Promise<MapOutcome> } {
  const checked = checkArticleText(text);
  if (!checked.ok) return { job: null, outcome: Promise.resolve({ ok: false, message: checked.message }) };
  const job = linkInWorker(checked.text, onStage);
  const outcome = job.result.then(async (done): Promise<MapOutcome> => {
    if (done.links.mentions.length === 0)
      return {
        ok: false,
        message:
          'No place found in this text: nothing to map. Check that it is the article you meant (names of towns, regions or countries, in English).',
      };
    const value: ArticleValue = {
      id: newArticleId(),
      text: checked.text,
      meta: { title: meta.title.trim(), source: meta.source.trim(), date: meta.date.trim() },
      paragraphs: done.paragraphs,
      links: done.links,
      places: done.places,
    };
    const model = modelOf(value);
    const storage = await articleStorage();
    let kept = false;
    let notKeptReason: string | undefined;
    if ('unavailable' in storage) notKeptReason = storage.unavailable;
    else {
      const saved = await storage.saveArticle({ article: value, placeCount: placeCount(value.links) });
      kept = saved.ok;
      if (!saved.ok) notKeptReason = saved.message;
      else void storage.clearDraft();
    }
    // For the benchmark (scripts/bench-open.ts): how long the worker's linker took for the article just opened.
    (globalThis as { atlasOpenProbe?: { linkMs: number } }).atlasOpenProbe = { linkMs: done.linkMs };
    store.getState().setArticle(model, {
      notice: kept
        ? null
        : `This article will not be kept in this browser: ${notKeptReason ?? 'storage refused'}.`,
    });
    return { ok: true, model, kept, ...(notKeptReason ? { notKeptReason } : {}), linkMs: done.linkMs };
  });
  return { job, outcome };
}
