import { afterEach, describe, expect, it } from 'vitest';
import { IDBFactory } from 'fake-indexeddb';
import type { ArticleValue } from './article';
import {
  countPlaces,
  DATABASE_NAME,
  isArticleId,
  newArticleId,
  openStorage,
  type ArticleStorage,
  type StorageOptions,
} from './storage';

function article(id: string, title = 'Ukrainian troops enter Lyman'): ArticleValue {
  const text = 'KYIV\nUkrainian troops entered Lyman on Saturday.';
  const start = text.indexOf('Lyman');
  return {
    id,
    text,
    meta: { title, source: 'AP', date: '1 October 2022' },
    paragraphs: [{ index: 0, start: 0, end: text.length }],
    links: {
      sentences: [
        { index: 0, start: 0, end: 4 },
        { index: 1, start: 5, end: text.length },
      ],
      mentions: [
        {
          sentence: 1,
          start,
          end: start + 5,
          surface: 'Lyman',
          featureId: 'gn:702658',
          reading: 'literal',
          rule: 'not-seat',
          resolution: 'unique',
        },
      ],
    },
  };
}

const opened: ArticleStorage[] = [];

/** A fresh in-memory IndexedDB per test, injected: no test relies on a global. */
async function open(options: StorageOptions = {}): Promise<ArticleStorage> {
  let time = 1_000;
  const storage = await openStorage({ factory: new IDBFactory(), now: () => (time += 1_000), ...options });
  if ('unavailable' in storage) throw new Error(storage.unavailable);
  opened.push(storage);
  return storage;
}

afterEach(() => {
  for (const s of opened.splice(0)) s.close();
});

describe('newArticleId', () => {
  it('makes short, URL-safe, distinct ids', () => {
    const ids = new Set(Array.from({ length: 1000 }, () => newArticleId()));
    expect(ids.size).toBe(1000);
    for (const id of ids) {
      expect(isArticleId(id)).toBe(true);
      expect(encodeURIComponent(id)).toBe(id);
    }
    expect(isArticleId('default')).toBe(false);
    expect(isArticleId('abc/def?ghi=')).toBe(false);
  });
});

describe('countPlaces', () => {
  it('counts each place once', () => {
    const links = article(newArticleId()).links;
    const first = links.mentions[0];
    if (!first) throw new Error('fixture has a mention');
    expect(countPlaces(links)).toBe(1);
    expect(countPlaces({ ...links, mentions: [first, first, { ...first, featureId: 'UA-14' }] })).toBe(2);
    expect(countPlaces({ sentences: [], mentions: [] })).toBe(0);
  });
});

describe('openStorage', () => {
  it('says storage is unavailable when there is no IndexedDB', async () => {
    // Node has no global indexedDB (and no test installs one), so the default factory is missing.
    const result = await openStorage({ name: 'x' });
    expect(result).toEqual({
      unavailable: 'Your articles will not be kept in this browser: this browser has no IndexedDB.',
    });
  });

  it('says so when opening throws (a sandboxed frame) or fails (a private window)', async () => {
    const throwing = {
      open: () => {
        throw new DOMException('denied', 'SecurityError');
      },
    } as unknown as IDBFactory;
    expect(await openStorage({ factory: throwing })).toEqual({
      unavailable: 'Your articles will not be kept in this browser: storage is refused here (SecurityError).',
    });

    const failing = {
      open: () => {
        const request = { error: new DOMException('no', 'InvalidStateError') } as unknown as IDBOpenDBRequest;
        queueMicrotask(() => {
          request.onerror?.call(request, new Event('error'));
        });
        return request;
      },
    } as unknown as IDBFactory;
    const result = await openStorage({ factory: failing });
    expect('unavailable' in result && result.unavailable).toMatch(
      /storage is refused \(InvalidStateError; a private window/,
    );
  });

  it('gives up on an open that never answers', async () => {
    const silent = { open: () => ({}) as IDBOpenDBRequest } as unknown as IDBFactory;
    expect(await openStorage({ factory: silent, timeoutMs: 1 })).toEqual({
      unavailable: 'Your articles will not be kept in this browser: the browser’s storage did not answer.',
    });
  });

  it('says so when another tab holds an older version open', async () => {
    const blocking = {
      open: () => {
        const request = {} as IDBOpenDBRequest;
        queueMicrotask(() => {
          request.onblocked?.call(request, new Event('blocked') as IDBVersionChangeEvent);
        });
        return request;
      },
    } as unknown as IDBFactory;
    expect(await openStorage({ factory: blocking })).toEqual({
      unavailable:
        'Your articles will not be kept in this browser until the app’s other tabs are closed (they use an older version).',
    });
  });
});

describe('the article store', () => {
  it('saves an article and reads it back whole', async () => {
    const storage = await open();
    const id = newArticleId();
    const saved = await storage.saveArticle({
      article: article(id),
      placeCount: 1,
      corrections: { removed: ['x'] },
    });
    expect(saved).toMatchObject({
      ok: true,
      value: { id, createdAt: 2_000, updatedAt: 2_000, placeCount: 1 },
    });
    const read = await storage.getArticle(id);
    expect(read).toEqual({
      ok: true,
      value: {
        id,
        createdAt: 2_000,
        updatedAt: 2_000,
        placeCount: 1,
        article: article(id),
        corrections: { removed: ['x'] },
      },
    });
  });

  it('lists summaries newest first, keeps createdAt on a second save', async () => {
    const storage = await open();
    const [a, b] = [newArticleId(), newArticleId()];
    await storage.saveArticle({ article: article(a, 'First'), placeCount: 3 });
    await storage.saveArticle({ article: article(b, 'Second'), placeCount: 5 });
    let list = await storage.listArticles();
    expect(list.ok && list.value.map((s) => s.title)).toEqual(['Second', 'First']);
    expect(list.ok && list.value[0]).toEqual({
      id: b,
      title: 'Second',
      date: '1 October 2022',
      placeCount: 5,
      updatedAt: 3_000,
    });

    await storage.saveArticle({ article: article(a, 'First, relinked'), placeCount: 4 });
    list = await storage.listArticles();
    expect(list.ok && list.value.map((s) => [s.title, s.placeCount])).toEqual([
      ['First, relinked', 4],
      ['Second', 5],
    ]);
    const again = await storage.getArticle(a);
    expect(again.ok && [again.value.createdAt, again.value.updatedAt]).toEqual([2_000, 4_000]);
  });

  it('lists an untitled article by its first words', async () => {
    const storage = await open();
    const id = newArticleId();
    await storage.saveArticle({ article: article(id, ''), placeCount: 1 });
    const list = await storage.listArticles();
    expect(list.ok && list.value[0]?.title).toBe('KYIV');
  });

  it('keeps articles across connections (a reload)', async () => {
    const factory = new IDBFactory();
    const first = await open({ factory });
    const id = newArticleId();
    await first.saveArticle({ article: article(id), placeCount: 1 });
    first.close();
    const second = await open({ factory });
    expect((await second.getArticle(id)).ok).toBe(true);
  });

  it('renames: the record and the summary', async () => {
    const storage = await open();
    const id = newArticleId();
    await storage.saveArticle({ article: article(id), placeCount: 1 });
    expect(await storage.renameArticle(id, '  Lyman,\n retaken ')).toMatchObject({
      ok: true,
      value: { title: 'Lyman, retaken' },
    });
    const read = await storage.getArticle(id);
    expect(read.ok && read.value.article.meta.title).toBe('Lyman, retaken');
    expect(await storage.renameArticle(id, '   ')).toEqual({
      ok: false,
      reason: 'invalid',
      message: 'A title cannot be empty.',
    });
    expect(await storage.renameArticle(newArticleId(), 'x')).toMatchObject({ ok: false, reason: 'missing' });
  });

  it('deletes for real: nothing of the article is left in the database', async () => {
    const factory = new IDBFactory();
    const storage = await open({ factory });
    const id = newArticleId();
    await storage.saveArticle({ article: article(id), placeCount: 1 });
    expect(await storage.deleteArticle(id)).toEqual({ ok: true, value: undefined });
    expect(await storage.getArticle(id)).toMatchObject({ ok: false, reason: 'missing' });
    expect(await storage.listArticles()).toEqual({ ok: true, value: [] });
    expect(await storage.deleteArticle(id)).toMatchObject({ ok: false, reason: 'missing' });

    // Look underneath the API: every store is empty.
    const db = await new Promise<IDBDatabase>((resolve) => {
      const r = factory.open(DATABASE_NAME);
      r.onsuccess = () => resolve(r.result);
    });
    const counts = await Promise.all(
      Array.from(db.objectStoreNames).map(
        (name) =>
          new Promise<number>((resolve) => {
            const r = db.transaction(name).objectStore(name).count();
            r.onsuccess = () => resolve(r.result);
          }),
      ),
    );
    db.close();
    expect(counts).toEqual([0, 0, 0]);
  });

  it('refuses to save what is not an article', async () => {
    const storage = await open();
    const bad = { ...article(newArticleId()), paragraphs: [{ index: 0, start: 0, end: 10_000 }] };
    expect(await storage.saveArticle({ article: bad, placeCount: 1 })).toEqual({
      ok: false,
      reason: 'invalid',
      message: 'Not saved: the article is not valid: its paragraphs do not fit its text.',
    });
    const noSentence = article(newArticleId());
    noSentence.links.sentences = noSentence.links.sentences.slice(0, 1);
    expect(await storage.saveArticle({ article: noSentence, placeCount: 1 })).toMatchObject({
      reason: 'invalid',
      message: 'Not saved: the article is not valid: its place mentions do not fit its text.',
    });
    expect(await storage.saveArticle({ article: article('default'), placeCount: 1 })).toMatchObject({
      reason: 'invalid',
    });
    expect(await storage.saveArticle({ article: article(newArticleId()), placeCount: -1 })).toMatchObject({
      reason: 'invalid',
    });
    expect(await storage.listArticles()).toEqual({ ok: true, value: [] });
  });

  it('reports a corrupt record instead of crashing, and lets it be deleted', async () => {
    const factory = new IDBFactory();
    const storage = await open({ factory });
    const id = newArticleId();
    await storage.saveArticle({ article: article(id), placeCount: 1 });
    // Damage the stored record and its summary from outside, as an older version or a broken disk might.
    const db = await new Promise<IDBDatabase>((resolve) => {
      const r = factory.open(DATABASE_NAME);
      r.onsuccess = () => resolve(r.result);
    });
    await new Promise<void>((resolve) => {
      const tx = db.transaction(['articles', 'summaries'], 'readwrite');
      tx.objectStore('articles').put({ id, article: { text: 42 } });
      tx.objectStore('summaries').put({ id, title: null });
      tx.oncomplete = () => resolve();
    });
    db.close();

    expect(await storage.getArticle(id)).toEqual({
      ok: false,
      reason: 'corrupt',
      message: 'This saved article cannot be read: its dates are missing.',
    });
    const list = await storage.listArticles();
    expect(list).toEqual({
      ok: true,
      value: [
        {
          id,
          title: 'Unreadable article',
          date: '',
          placeCount: 0,
          updatedAt: 0,
          problem: 'This saved article cannot be read: its title or date is missing.',
        },
      ],
    });
    expect(await storage.deleteArticle(id)).toEqual({ ok: true, value: undefined });
    expect(await storage.listArticles()).toEqual({ ok: true, value: [] });
  });

  it('reports a full quota as reason "full" when the write throws', async () => {
    const factory = quotaFactory('throw');
    const storage = await open({ factory });
    const result = await storage.saveArticle({ article: article(newArticleId()), placeCount: 1 });
    expect(result).toMatchObject({ ok: false, reason: 'full' });
    expect(!result.ok && result.message).toMatch(/storage for the site is full: the article was not saved/);
    expect(await storage.listArticles()).toEqual({ ok: true, value: [] });
  });

  it('reports a full quota as reason "full" when the transaction aborts at commit, as browsers do', async () => {
    const factory = quotaFactory('abort');
    const storage = await open({ factory });
    expect(await storage.saveArticle({ article: article(newArticleId()), placeCount: 1 })).toMatchObject({
      ok: false,
      reason: 'full',
    });
    expect(
      await storage.saveDraft({ text: 'typed', meta: { title: '', source: '', date: '' } }),
    ).toMatchObject({
      ok: false,
      reason: 'full',
    });
    expect(await storage.listArticles()).toEqual({ ok: true, value: [] });
  });

  it('reports a closed connection instead of throwing', async () => {
    const storage = await open();
    storage.close();
    expect(await storage.listArticles()).toMatchObject({ ok: false, reason: 'closed' });
    expect(await storage.getDraft()).toMatchObject({ ok: false, reason: 'closed' });
  });
});

describe('the draft', () => {
  it('keeps one draft, replaces it, clears it', async () => {
    const storage = await open();
    expect(await storage.getDraft()).toEqual({ ok: true, value: null });
    await storage.saveDraft({ text: 'KYIV\nHalf-typed', meta: { title: 'Draft', source: '', date: '' } });
    const second = await storage.saveDraft({
      text: 'KYIV\nHalf-typed, more',
      meta: { title: 'Draft', source: 'AP', date: '' },
    });
    expect(second.ok).toBe(true);
    expect(await storage.getDraft()).toEqual({
      ok: true,
      value: {
        text: 'KYIV\nHalf-typed, more',
        meta: { title: 'Draft', source: 'AP', date: '' },
        updatedAt: 3_000,
      },
    });
    expect(await storage.clearDraft()).toEqual({ ok: true, value: undefined });
    expect(await storage.getDraft()).toEqual({ ok: true, value: null });
  });
});

/**
 * A real (fake-indexeddb) factory whose object stores fail writes with QuotaExceededError: either `put` throws
 * at once, or — as browsers mostly do — the write is accepted and the transaction aborts with the quota error.
 */
function quotaFactory(how: 'throw' | 'abort'): IDBFactory {
  const real = new IDBFactory();
  const quota = (): DOMException => new DOMException('The quota has been exceeded.', 'QuotaExceededError');
  const wrapStore = (store: IDBObjectStore, tx: IDBTransaction): IDBObjectStore =>
    new Proxy(store, {
      get(target, prop) {
        if (prop === 'put') {
          return (...args: Parameters<IDBObjectStore['put']>) => {
            if (how === 'throw') throw quota();
            const request = target.put(...args);
            tx.abort();
            return request;
          };
        }
        const value: unknown = Reflect.get(target, prop, target);
        return typeof value === 'function' ? (value as (...a: unknown[]) => unknown).bind(target) : value;
      },
    });
  const wrapTx = (tx: IDBTransaction): IDBTransaction => {
    const error = quota();
    let aborted = false;
    const proxy: IDBTransaction = new Proxy(tx, {
      get(target, prop) {
        if (prop === 'error') return aborted ? error : target.error;
        if (prop === 'objectStore') return (name: string) => wrapStore(target.objectStore(name), proxy);
        if (prop === 'abort') {
          return () => {
            aborted = true;
            target.abort();
          };
        }
        const value: unknown = Reflect.get(target, prop, target);
        return typeof value === 'function' ? (value as (...a: unknown[]) => unknown).bind(target) : value;
      },
      set(target, prop, value) {
        return Reflect.set(target, prop, value, target);
      },
    });
    return proxy;
  };
  const wrapDb = (db: IDBDatabase): IDBDatabase =>
    new Proxy(db, {
      get(target, prop) {
        if (prop === 'transaction') {
          return (...args: Parameters<IDBDatabase['transaction']>) => wrapTx(target.transaction(...args));
        }
        const value: unknown = Reflect.get(target, prop, target);
        return typeof value === 'function' ? (value as (...a: unknown[]) => unknown).bind(target) : value;
      },
      set(target, prop, value) {
        return Reflect.set(target, prop, value, target);
      },
    });
  const factory: IDBFactory = {
    open: (name: string, version?: number) => {
      const request = real.open(name, version);
      return new Proxy(request, {
        get(target, prop) {
          if (prop === 'result') return wrapDb(target.result);
          const value: unknown = Reflect.get(target, prop, target);
          return typeof value === 'function' ? (value as (...a: unknown[]) => unknown).bind(target) : value;
        },
        set(target, prop, value) {
          return Reflect.set(target, prop, value, target);
        },
      });
    },
    deleteDatabase: (name: string) => real.deleteDatabase(name),
    cmp: (a: unknown, b: unknown) => real.cmp(a, b),
    databases: () => real.databases(),
  };
  return factory;
}
