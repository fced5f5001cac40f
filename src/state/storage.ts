/**
 * The user's articles, kept in this browser's IndexedDB and nowhere else. Every call resolves to a typed result
 * and never throws: storage can be refused (private windows, quota, a sandboxed frame, another tab holding an
 * older version) and the app must go on without it. What is read back is validated, because the database
 * outlives this code: a record written by an older version, or damaged, is reported rather than crashed on.
 */
import type { LinkResult } from '../linking/types';
import type { ArticleMeta, ArticleValue } from './article';

export const DATABASE_NAME = 'article-atlas';
const VERSION = 1;
// Full records (text and links, up to a few megabytes each) and their summaries apart, so that listing the
// saved articles never reads their texts.
const ARTICLES = 'articles';
const SUMMARIES = 'summaries';
const DRAFTS = 'drafts';
const DRAFT_KEY = 'current';
const TITLE_MAX = 300;

/** What is stored for one opened article. */
export interface ArticleRecord {
  id: string;
  /** Milliseconds since the epoch. */
  createdAt: number;
  updatedAt: number;
  article: ArticleValue;
  /** Number of distinct places the article names, for the list (counted by the caller from its links). */
  placeCount: number;
  /** Corrections made in review, stored as given (their shape belongs to src/review). */
  corrections?: unknown;
}

/** What "Your articles" lists. `problem` is set when the stored record could not be read (it can be deleted). */
export interface ArticleSummary {
  id: string;
  title: string;
  date: string;
  placeCount: number;
  updatedAt: number;
  problem?: string;
}

/** Text typed in the "Open an article" dialog but not yet mapped. */
export interface Draft {
  text: string;
  meta: ArticleMeta;
  updatedAt: number;
}

/** Why a storage call failed: `full` is the quota; `missing` an unknown id; `corrupt` a record we cannot read. */
export type StorageFailure = 'full' | 'missing' | 'corrupt' | 'invalid' | 'closed' | 'error';

export type StorageResult<T> =
  { ok: true; value: T } | { ok: false; reason: StorageFailure; message: string };

/** The article to save: the record without the timestamps, which the storage sets. */
export interface ArticleInput {
  article: ArticleValue;
  placeCount: number;
  corrections?: unknown;
}

export interface ArticleStorage {
  /** Saves (creates or replaces) an article under `article.id`; keeps `createdAt` of an earlier save. */
  saveArticle(input: ArticleInput): Promise<StorageResult<ArticleRecord>>;
  /** Summaries, most recently changed first. */
  listArticles(): Promise<StorageResult<ArticleSummary[]>>;
  getArticle(id: string): Promise<StorageResult<ArticleRecord>>;
  renameArticle(id: string, title: string): Promise<StorageResult<ArticleSummary>>;
  /** Removes the record itself (not a flag): nothing of it remains in the database. */
  deleteArticle(id: string): Promise<StorageResult<void>>;
  saveDraft(draft: Omit<Draft, 'updatedAt'>): Promise<StorageResult<Draft>>;
  getDraft(): Promise<StorageResult<Draft | null>>;
  clearDraft(): Promise<StorageResult<void>>;
  /** Closes the connection (tests, or before deleting the database). */
  close(): void;
}

/** Storage could not be opened: say `unavailable` in one line and go on without keeping articles. */
export interface StorageUnavailable {
  unavailable: string;
}

export interface StorageOptions {
  /** The IndexedDB to use; defaults to `globalThis.indexedDB`. Tests pass a fake one. */
  factory?: IDBFactory;
  name?: string;
  /** Clock for timestamps (tests). */
  now?: () => number;
  /** How long to wait for the database to open before giving up (a hung open must not hang the app). */
  timeoutMs?: number;
}

const NOT_KEPT = 'Your articles will not be kept in this browser';

/**
 * A short, URL-safe random id for `?article=<id>`: 12 characters of [A-Za-z0-9_-] (72 random bits).
 * @example /^[A-Za-z0-9_-]{12}$/.test(newArticleId()) // true
 */
export function newArticleId(): string {
  const alphabet = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_';
  const bytes = new Uint8Array(12);
  crypto.getRandomValues(bytes);
  let id = '';
  for (const b of bytes) id += alphabet.charAt(b & 63);
  return id;
}

/**
 * How many distinct places an article's links name (adjective readings included, as in the places list): the
 * `placeCount` to store with it.
 * @example countPlaces({ sentences: [], mentions: [{ featureId: 'UA-14' }, { featureId: 'UA-14' }] } as LinkResult) // 1
 */
export function countPlaces(links: LinkResult): number {
  return new Set(links.mentions.map((m) => m.featureId)).size;
}

/**
 * Is this a syntactically possible article id (from `newArticleId`)? For the URL codec, before any lookup.
 * @example isArticleId('default') // false
 */
export function isArticleId(id: string): boolean {
  return /^[A-Za-z0-9_-]{12}$/.test(id);
}

function errorName(error: unknown): string {
  return error instanceof Error || (typeof DOMException !== 'undefined' && error instanceof DOMException)
    ? error.name
    : typeof error === 'object' && error !== null && 'name' in error && typeof error.name === 'string'
      ? error.name
      : '';
}

function errorText(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

function failure(error: unknown): { ok: false; reason: StorageFailure; message: string } {
  const name = errorName(error);
  if (name === 'QuotaExceededError') {
    return {
      ok: false,
      reason: 'full',
      message:
        'This browser’s storage for the site is full: the article was not saved. Delete an article you no longer need.',
    };
  }
  if (name === 'InvalidStateError' || name === 'TransactionInactiveError') {
    return {
      ok: false,
      reason: 'closed',
      message: 'The saved articles were closed (another tab may have upgraded them). Reload the page.',
    };
  }
  if (name === 'DataCloneError') {
    return {
      ok: false,
      reason: 'invalid',
      message: 'The article could not be saved: it holds data that cannot be stored.',
    };
  }
  return {
    ok: false,
    reason: 'error',
    message: `The saved articles could not be read or written (${name || errorText(error)}).`,
  };
}

// ——— validation of what is read back ———

function isRecord(x: unknown): x is Record<string, unknown> {
  return typeof x === 'object' && x !== null && !Array.isArray(x);
}

function isCount(x: unknown): x is number {
  return typeof x === 'number' && Number.isInteger(x) && x >= 0;
}

function isRange(x: unknown, length: number): x is Record<string, unknown> & { start: number; end: number } {
  return isRecord(x) && isCount(x.start) && isCount(x.end) && x.start <= x.end && x.end <= length;
}

function checkMeta(x: unknown): string | undefined {
  if (!isRecord(x)) return 'its title, source and date are missing';
  for (const key of ['title', 'source', 'date'] as const) {
    if (typeof x[key] !== 'string') return `its ${key} is not text`;
  }
  return undefined;
}

/** Why a value is not an ArticleValue, or undefined when it is one. Checks offsets against the text. */
function checkArticle(x: unknown): string | undefined {
  if (!isRecord(x)) return 'it holds no article';
  if (typeof x.id !== 'string' || x.id === '') return 'it has no id';
  if (typeof x.text !== 'string') return 'its text is missing';
  const length = x.text.length;
  const meta = checkMeta(x.meta);
  if (meta) return meta;
  if (!Array.isArray(x.paragraphs) || !x.paragraphs.every((p: unknown) => isRange(p, length))) {
    return 'its paragraphs do not fit its text';
  }
  const links = x.links;
  if (!isRecord(links) || !Array.isArray(links.sentences) || !Array.isArray(links.mentions)) {
    return 'its links are missing';
  }
  if (!links.sentences.every((s: unknown) => isRange(s, length))) return 'its sentences do not fit its text';
  const sentenceCount = links.sentences.length;
  const mentionsFit = links.mentions.every(
    (m: unknown) =>
      isRange(m, length) &&
      typeof m.featureId === 'string' &&
      typeof m.surface === 'string' &&
      isCount(m.sentence) &&
      m.sentence < sentenceCount,
  );
  if (!mentionsFit) return 'its place mentions do not fit its text';
  if (links.places !== undefined && !Array.isArray(links.places)) return 'its extra places are not a list';
  return undefined;
}

function checkStoredRecord(x: unknown): string | undefined {
  if (!isRecord(x)) return 'it is not a saved article';
  if (typeof x.id !== 'string') return 'it has no id';
  if (typeof x.createdAt !== 'number' || typeof x.updatedAt !== 'number') return 'its dates are missing';
  if (!isCount(x.placeCount)) return 'its place count is missing';
  const article = checkArticle(x.article);
  if (article) return article;
  if ((x.article as { id: string }).id !== x.id) return 'its id does not match its article';
  return undefined;
}

function checkSummary(x: unknown): string | undefined {
  if (!isRecord(x)) return 'it is not a summary';
  if (typeof x.id !== 'string' || typeof x.title !== 'string' || typeof x.date !== 'string') {
    return 'its title or date is missing';
  }
  if (!isCount(x.placeCount) || typeof x.updatedAt !== 'number') return 'its place count or date is missing';
  return undefined;
}

function checkDraft(x: unknown): string | undefined {
  if (!isRecord(x)) return 'it is not a draft';
  if (typeof x.text !== 'string') return 'its text is missing';
  if (typeof x.updatedAt !== 'number') return 'its date is missing';
  return checkMeta(x.meta);
}

/** The title shown in the list: the article's own, else its first words. */
function displayTitle(article: ArticleValue): string {
  const own = article.meta.title.trim();
  if (own) return own;
  const start = article.text.trim().slice(0, 200).split(/\r?\n/)[0] ?? '';
  const words = start.split(/\s+/).slice(0, 10).join(' ');
  return words ? (words.length < start.length ? `${words}…` : words) : 'Untitled article';
}

function summaryOf(record: ArticleRecord): ArticleSummary {
  return {
    id: record.id,
    title: displayTitle(record.article),
    date: record.article.meta.date,
    placeCount: record.placeCount,
    updatedAt: record.updatedAt,
  };
}

// ——— IndexedDB plumbing: promises over requests and transactions ———

function requestValue<T>(request: IDBRequest<T>): Promise<T> {
  return new Promise((resolve, reject) => {
    request.onsuccess = () => resolve(request.result);
    request.onerror = () => reject(request.error ?? new Error('request failed'));
  });
}

/**
 * Runs `work` in one transaction and resolves when it has committed: a quota failure usually surfaces only at
 * commit, as the transaction's error, so waiting for the request alone would report a save that never happened.
 */
function inTransaction<T>(
  db: IDBDatabase,
  stores: string[],
  mode: IDBTransactionMode,
  work: (tx: IDBTransaction) => Promise<T>,
): Promise<T> {
  return new Promise<T>((resolve, reject) => {
    let tx: IDBTransaction;
    try {
      tx = db.transaction(stores, mode);
    } catch (error) {
      reject(error instanceof Error ? error : new Error(String(error)));
      return;
    }
    let result: { value: T } | undefined;
    let workError: unknown;
    tx.oncomplete = () => {
      if (result) resolve(result.value);
      else reject(workError instanceof Error ? workError : new Error('transaction ended without a result'));
    };
    // The transaction's own error (QuotaExceededError at commit) says more than the request's AbortError.
    tx.onabort = () => reject(tx.error ?? (workError instanceof Error ? workError : new Error('aborted')));
    work(tx).then(
      (value) => {
        result = { value };
      },
      (error: unknown) => {
        workError = error;
        try {
          tx.abort();
        } catch {
          // Already finished or aborting: onabort/oncomplete reports.
        }
      },
    );
  });
}

function openDatabase(
  factory: IDBFactory,
  name: string,
  timeoutMs: number,
): Promise<IDBDatabase | StorageUnavailable> {
  return new Promise((resolve) => {
    let settled = false;
    const settle = (value: IDBDatabase | StorageUnavailable): void => {
      if (settled) {
        if (!('unavailable' in value)) value.close(); // opened after we gave up: let it go
        return;
      }
      settled = true;
      clearTimeout(timer);
      resolve(value);
    };
    const timer = setTimeout(
      () => settle({ unavailable: `${NOT_KEPT}: the browser’s storage did not answer.` }),
      timeoutMs,
    );
    let request: IDBOpenDBRequest;
    try {
      request = factory.open(name, VERSION);
    } catch (error) {
      settle({
        unavailable: `${NOT_KEPT}: storage is refused here (${errorName(error) || errorText(error)}).`,
      });
      return;
    }
    request.onupgradeneeded = () => {
      const db = request.result;
      if (!db.objectStoreNames.contains(ARTICLES)) db.createObjectStore(ARTICLES, { keyPath: 'id' });
      if (!db.objectStoreNames.contains(SUMMARIES)) db.createObjectStore(SUMMARIES, { keyPath: 'id' });
      if (!db.objectStoreNames.contains(DRAFTS)) db.createObjectStore(DRAFTS);
    };
    request.onblocked = () =>
      settle({
        unavailable: `${NOT_KEPT} until the app’s other tabs are closed (they use an older version).`,
      });
    request.onerror = () => {
      const error = request.error;
      settle({
        unavailable:
          errorName(error) === 'QuotaExceededError'
            ? `${NOT_KEPT}: its storage is full.`
            : `${NOT_KEPT}: storage is refused (${errorName(error) || 'unknown error'}; a private window may do this).`,
      });
    };
    request.onsuccess = () => {
      const db = request.result;
      // Another tab upgrading the database: step aside; later calls report 'closed'.
      db.onversionchange = () => db.close();
      settle(db);
    };
  });
}

async function attempt<T>(work: () => Promise<StorageResult<T>>): Promise<StorageResult<T>> {
  try {
    return await work();
  } catch (error) {
    return failure(error);
  }
}

function validateInput(input: ArticleInput): string | undefined {
  if (!isRecord(input)) return 'there is no article to save';
  const problem = checkArticle(input.article);
  if (problem) return `the article is not valid: ${problem}`;
  if (input.article.id === 'default' || input.article.id.length > 64)
    return 'the article has no id of its own';
  if (!isCount(input.placeCount)) return 'its place count is not a number';
  return undefined;
}

/**
 * Opens the user's saved articles; resolves to `{ unavailable }` (a one-line reason) when the browser refuses.
 * @example const storage = await openStorage(); if ('unavailable' in storage) notice(storage.unavailable);
 */
export async function openStorage(
  options: StorageOptions = {},
): Promise<ArticleStorage | StorageUnavailable> {
  let factory: IDBFactory | undefined;
  try {
    factory = options.factory ?? (globalThis as { indexedDB?: IDBFactory }).indexedDB;
  } catch (error) {
    // Reading window.indexedDB itself throws SecurityError in some sandboxed frames.
    return { unavailable: `${NOT_KEPT}: storage is refused here (${errorName(error) || errorText(error)}).` };
  }
  if (!factory) return { unavailable: `${NOT_KEPT}: this browser has no IndexedDB.` };
  const opened = await openDatabase(factory, options.name ?? DATABASE_NAME, options.timeoutMs ?? 10_000);
  if ('unavailable' in opened) return opened;
  const db = opened;
  const now = options.now ?? (() => Date.now());

  const readRecord = async (tx: IDBTransaction, id: string): Promise<StorageResult<ArticleRecord>> => {
    const raw = await requestValue(tx.objectStore(ARTICLES).get(id) as IDBRequest<unknown>);
    if (raw === undefined)
      return {
        ok: false,
        reason: 'missing',
        message: 'This article is not saved in this browser (it may have been deleted).',
      };
    const problem = checkStoredRecord(raw);
    if (problem)
      return { ok: false, reason: 'corrupt', message: `This saved article cannot be read: ${problem}.` };
    return { ok: true, value: raw as ArticleRecord };
  };

  return {
    saveArticle: (input) =>
      attempt(async () => {
        const problem = validateInput(input);
        if (problem) return { ok: false, reason: 'invalid', message: `Not saved: ${problem}.` };
        return inTransaction(db, [ARTICLES, SUMMARIES], 'readwrite', async (tx) => {
          const id = input.article.id;
          const earlier = await requestValue(tx.objectStore(ARTICLES).get(id) as IDBRequest<unknown>);
          const time = now();
          const createdAt =
            isRecord(earlier) && typeof earlier.createdAt === 'number' ? earlier.createdAt : time;
          const record: ArticleRecord = {
            id,
            createdAt,
            updatedAt: time,
            article: input.article,
            placeCount: input.placeCount,
            ...(input.corrections === undefined ? {} : { corrections: input.corrections }),
          };
          tx.objectStore(ARTICLES).put(record);
          tx.objectStore(SUMMARIES).put(summaryOf(record));
          return { ok: true as const, value: record };
        });
      }),

    listArticles: () =>
      attempt(async () => {
        const rows = await inTransaction(db, [SUMMARIES], 'readonly', async (tx) => {
          const store = tx.objectStore(SUMMARIES);
          const [values, keys] = await Promise.all([
            requestValue(store.getAll() as IDBRequest<unknown[]>),
            requestValue(store.getAllKeys()),
          ]);
          return { values, keys };
        });
        const summaries: ArticleSummary[] = rows.values.map((value, k) => {
          const problem = checkSummary(value);
          if (!problem) {
            const s = value as ArticleSummary;
            return {
              id: s.id,
              title: s.title,
              date: s.date,
              placeCount: s.placeCount,
              updatedAt: s.updatedAt,
            };
          }
          const key = rows.keys[k];
          return {
            id: typeof key === 'string' ? key : JSON.stringify(key),
            title: 'Unreadable article',
            date: '',
            placeCount: 0,
            updatedAt: 0,
            problem: `This saved article cannot be read: ${problem}.`,
          };
        });
        summaries.sort((a, b) => b.updatedAt - a.updatedAt || a.id.localeCompare(b.id));
        return { ok: true, value: summaries };
      }),

    getArticle: (id) => attempt(() => inTransaction(db, [ARTICLES], 'readonly', (tx) => readRecord(tx, id))),

    renameArticle: (id, title) =>
      attempt(async () => {
        const clean = title.replace(/\s+/g, ' ').trim();
        if (clean === '') return { ok: false, reason: 'invalid', message: 'A title cannot be empty.' };
        if (clean.length > TITLE_MAX) {
          return {
            ok: false,
            reason: 'invalid',
            message: `A title can be at most ${TITLE_MAX} characters long.`,
          };
        }
        return inTransaction(db, [ARTICLES, SUMMARIES], 'readwrite', async (tx) => {
          const read = await readRecord(tx, id);
          if (!read.ok) return read;
          const record: ArticleRecord = {
            ...read.value,
            updatedAt: now(),
            article: { ...read.value.article, meta: { ...read.value.article.meta, title: clean } },
          };
          tx.objectStore(ARTICLES).put(record);
          const summary = summaryOf(record);
          tx.objectStore(SUMMARIES).put(summary);
          return { ok: true as const, value: summary };
        });
      }),

    deleteArticle: (id) =>
      attempt(() =>
        inTransaction(db, [ARTICLES, SUMMARIES], 'readwrite', async (tx) => {
          const articles = tx.objectStore(ARTICLES);
          const summaries = tx.objectStore(SUMMARIES);
          const [inArticles, inSummaries] = await Promise.all([
            requestValue(articles.count(id)),
            requestValue(summaries.count(id)),
          ]);
          if (inArticles === 0 && inSummaries === 0) {
            return {
              ok: false as const,
              reason: 'missing' as const,
              message: 'This article is not saved (it may already be deleted).',
            };
          }
          articles.delete(id);
          summaries.delete(id);
          return { ok: true as const, value: undefined };
        }),
      ),

    saveDraft: (draft) =>
      attempt(async () => {
        const value: Draft = {
          text: String(draft.text),
          meta: { title: draft.meta.title, source: draft.meta.source, date: draft.meta.date },
          updatedAt: now(),
        };
        const problem = checkDraft(value);
        if (problem) return { ok: false, reason: 'invalid', message: `Draft not kept: ${problem}.` };
        return inTransaction(db, [DRAFTS], 'readwrite', (tx) => {
          tx.objectStore(DRAFTS).put(value, DRAFT_KEY);
          return Promise.resolve({ ok: true as const, value });
        });
      }),

    getDraft: () =>
      attempt(async () => {
        const raw = await inTransaction(db, [DRAFTS], 'readonly', (tx) =>
          requestValue(tx.objectStore(DRAFTS).get(DRAFT_KEY) as IDBRequest<unknown>),
        );
        if (raw === undefined) return { ok: true, value: null };
        const problem = checkDraft(raw);
        if (problem)
          return { ok: false, reason: 'corrupt', message: `The kept draft cannot be read: ${problem}.` };
        return { ok: true, value: raw as Draft };
      }),

    clearDraft: () =>
      attempt(() =>
        inTransaction(db, [DRAFTS], 'readwrite', (tx) => {
          tx.objectStore(DRAFTS).delete(DRAFT_KEY);
          return Promise.resolve({ ok: true as const, value: undefined });
        }),
      ),

    close: () => db.close(),
  };
}
