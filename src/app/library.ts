/**
 * The user's own articles: mapping a new one (checked, linked in the worker, saved at once), opening a saved one
 * by id, and going back to the default article. Everything stays in this browser (IndexedDB, src/state/storage.ts).
 */
// The check alone, not the reducers: this module is part of every page.
import { checkArticleText } from '../input/check';
import type { GazetteerEntry, LinkResult } from '../linking/types';
import { FragmentError, decodeArticleFragment } from '../state/fragment';
import { articleModelOf, type ArticleMeta, type ArticleModel, type ArticleValue } from '../state/article';
import { reviewStorageKey } from '../state/review';
import { applySharedLinks, entriesNamed, readCorrections } from '../state/sharedLinks';
import { worldGazetteer } from './world';
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

/** Removes the review of article `id` from localStorage (the article itself was deleted). */
export function forgetCorrections(id: string): void {
  try {
    localStorage.removeItem(reviewStorageKey(id));
  } catch {
    // No localStorage: nothing was kept there.
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

/** What linking an article's text came to: a value ready to show, or why there is none. */
export type LinkOutcome = { ok: true; value: ArticleValue; linkMs: number } | { ok: false; message: string };

const NO_PLACE =
  'No place found in this text: nothing to map. Check that it is the article you meant (names of towns, regions or countries, in English).';

/**
 * Checks the text and links it in the worker into an article value with a fresh id; nothing is saved or shown.
 * The one way an article that was not linked at build time becomes a value (mapArticle, openSharedArticle).
 */
export function linkArticleValue(
  text: string,
  meta: ArticleMeta,
  onStage: (stage: LinkStage) => void,
): { job: LinkJob | null; outcome: Promise<LinkOutcome> } {
  const checked = checkArticleText(text);
  if (!checked.ok) return { job: null, outcome: Promise.resolve({ ok: false, message: checked.message }) };
  const job = linkInWorker(checked.text, onStage);
  const outcome = job.result.then((done): LinkOutcome => {
    if (done.links.mentions.length === 0) return { ok: false, message: NO_PLACE };
    const value: ArticleValue = {
      id: newArticleId(),
      text: checked.text,
      meta: { title: meta.title.trim(), source: meta.source.trim(), date: meta.date.trim() },
      paragraphs: done.paragraphs,
      links: done.links,
      places: done.places,
    };
    return { ok: true, value, linkMs: done.linkMs };
  });
  return { job, outcome };
}

/** What mapping an article came to. */
export type MapOutcome =
  | { ok: true; model: ArticleModel; kept: boolean; notKeptReason?: string; linkMs: number }
  | { ok: false; message: string };

async function keep(value: ArticleValue): Promise<{ kept: true } | { kept: false; reason: string }> {
  const storage = await articleStorage();
  if ('unavailable' in storage) return { kept: false, reason: storage.unavailable };
  const saved = await storage.saveArticle({ article: value, placeCount: placeCount(value.links) });
  return saved.ok ? { kept: true } : { kept: false, reason: saved.message };
}

/**
 * Checks the text, links it in the worker, shows it and saves it at once. Returns the job so the caller can cancel;
 * a cancelled job changes nothing.
 */
export function mapArticle(
  text: string,
  meta: ArticleMeta,
  onStage: (stage: LinkStage) => void,
  store: AppStore,
): { job: LinkJob | null; outcome: Promise<MapOutcome> } {
  const { job, outcome: linked } = linkArticleValue(text, meta, onStage);
  const outcome = linked.then(async (done): Promise<MapOutcome> => {
    if (!done.ok) return done;
    const { value } = done;
    const model = modelOf(value);
    // For the benchmark (scripts/bench-open.ts): how long the worker's linker took for the article just opened.
    (globalThis as { atlasOpenProbe?: { linkMs: number } }).atlasOpenProbe = { linkMs: done.linkMs };
    // Shown first, then saved: the reader does not wait for storage. Until the save succeeds the draft (the text as
    // typed) stays, so a crash in between loses nothing; a refused save says so in the notice line.
    store.getState().setArticle(model);
    const saved = await keep(value);
    if (saved.kept) {
      const storage = await storageOrNull();
      if (storage) void storage.clearDraft();
    }
    const notKeptReason = saved.kept ? undefined : saved.reason;
    if (!saved.kept && store.getState().article.id === model.id)
      store.setState({
        notice: `This article will not be kept in this browser: ${notKeptReason ?? 'storage refused'}.`,
      });
    return {
      ok: true,
      model,
      kept: saved.kept,
      ...(notKeptReason ? { notKeptReason } : {}),
      linkMs: done.linkMs,
    };
  });
  return { job, outcome };
}

// The article a share link opened, as a value, until the reader keeps it (or opens another).
let fromLink: { model: ArticleModel; value: ArticleValue } | null = null;

/**
 * Shows the article a share link carries (`#…&a=<fragment>`), linked in the worker, with what the rest of the link
 * asks for. It is NOT kept in this browser: someone else's article is only stored when the reader asks
 * ({@link keepSharedArticle}); until then the address carries it, so a reload shows it again. A fragment that
 * cannot be read (damaged, hostile, another version) leaves the default article, with a notice saying why;
 * nothing of it is run or shown.
 * @returns whether the article was opened
 */
export async function openSharedArticle(
  store: AppStore,
  fragment: string,
  location: Pick<Location, 'search' | 'hash'>,
  onStage: (stage: LinkStage) => void = () => undefined,
): Promise<boolean> {
  const refuse = (why: string) => {
    showDefaultArticle(store);
    store.setState({ notice: `${why} Showing the default article.` });
    return false;
  };
  let shared;
  try {
    shared = await decodeArticleFragment(fragment);
  } catch (error) {
    if (error instanceof FragmentError) return refuse(error.message);
    throw error;
  }
  let done: LinkOutcome;
  try {
    done = await linkArticleValue(shared.text, shared.meta, onStage).outcome;
  } catch (error) {
    return refuse(`The link’s article could not be linked (${(error as Error).message}).`);
  }
  if (!done.ok) return refuse(`The link’s article cannot be mapped: ${done.message}`);
  const { value, note } =
    shared.corrections === undefined
      ? { value: done.value, note: null }
      : await withSharedCorrections(done.value, shared.corrections);
  const model: ArticleModel = { ...articleModelOf(value, DEFAULT_GAZETTEER.entries), shared: fragment };
  fromLink = { model, value };
  const init = linkedState(model, location);
  const notes = [init.notice, note].filter((n): n is string => !!n);
  store.getState().setArticle(model, { ...init, notice: notes.length ? notes.join(' · ') : null });
  return true;
}

/**
 * The linked value of a share link's article with the corrected links the link carries in place of the linker's
 * (sharedLinks.ts). Their places come from the default gazetteer and the linker's own, and from the world
 * gazetteer (loaded only then) when a link names a place neither has. Corrections that cannot be read leave the
 * linker's links, with a note saying so; links to places no gazetteer has are left out and counted.
 */
async function withSharedCorrections(
  value: ArticleValue,
  corrections: unknown,
): Promise<{ value: ArticleValue; note: string | null }> {
  const read = readCorrections(corrections, value.text.length);
  if (!read.ok)
    return {
      value,
      note: `The link’s corrected links could not be used (${read.reason}); the automatic links are shown.`,
    };
  const entries = new Map<string, GazetteerEntry>(
    [...DEFAULT_GAZETTEER.entries, ...(value.places ?? []), ...(value.links.places ?? [])].map((e) => [
      e.id,
      e,
    ]),
  );
  if (read.links.some(([, , id]) => !entries.has(id))) {
    try {
      for (const e of (await worldGazetteer(DEFAULT_GAZETTEER)).entries)
        if (!entries.has(e.id)) entries.set(e.id, e);
    } catch {
      // Without the world gazetteer, links to places only it has are left out, and counted below.
    }
  }
  const { links, unknown } = applySharedLinks(value.text, value.links, read.links, (id) => entries.has(id));
  const note = unknown
    ? `${unknown} of the link’s corrected links name places this version does not know; they are left out.`
    : null;
  return { value: { ...value, links, places: entriesNamed(links, entries), corrected: true }, note };
}

/**
 * Keeps the article on screen, opened from a share link, in "Your articles" (the reader asked to). The view stays;
 * the address becomes `?article=<id>`.
 */
export async function keepSharedArticle(
  store: AppStore,
): Promise<{ ok: true } | { ok: false; message: string }> {
  const s = store.getState();
  if (!fromLink || fromLink.model !== s.article)
    return { ok: false, message: 'This article did not come from a link.' };
  const saved = await keep(fromLink.value);
  if (!saved.kept) return { ok: false, message: `It cannot be kept in this browser: ${saved.reason}.` };
  const model = modelOf(fromLink.value);
  fromLink = null;
  store.getState().setArticle(model, {
    selectedId: s.selectedId,
    sentence: s.focus?.sentence ?? null,
    layers: s.layers,
    view: s.camera ?? s.viewRequest?.view ?? null,
  });
  return { ok: true };
}
