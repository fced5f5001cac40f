import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { Gazetteer } from '../linking/types';
import { parseGazetteer } from '../state/data';
import { toW3cAnnotations, type ReviewStorage } from '../state/review';
import type { AppStore } from '../state/store';
import { createStoreFromLocation, defaultArticleModel, rendersAsPrerendered } from './boot';
import { connectReview } from './review';

const world = parseGazetteer(
  JSON.parse(readFileSync(new URL('../../data/gazetteer-world.json', import.meta.url), 'utf8')),
);
const loadWorld = (): Promise<Gazetteer> => Promise.resolve(world);

function memoryStorage(): ReviewStorage {
  const data = new Map<string, string>();
  return {
    getItem: (k) => data.get(k) ?? null,
    setItem: (k, v) => void data.set(k, v),
    removeItem: (k) => void data.delete(k),
  };
}

/** The app's store with review connected, as main.tsx makes it. */
function appStore(storage: ReviewStorage): AppStore {
  const store = createStoreFromLocation({ search: '', hash: '' }, { storage });
  connectReview(store, { world: loadWorld });
  return store;
}

/** Resolves once the store's review gazetteer knows `id` (the world gazetteer has loaded). */
function whenKnown(store: AppStore, id: string): Promise<void> {
  return new Promise((resolve) => {
    const check = () => {
      if (store.getState().reviewArticle?.gazetteer.byId.has(id)) {
        stop();
        resolve();
      }
    };
    const stop = store.subscribe(check);
    check();
  });
}

const text = defaultArticleModel().text;
/** "five in Donetsk": the region for the linker; a person says the city. */
const DONETSK = text.indexOf('Donetsk', text.indexOf('five in'));
const CITY = 'gn:709717';
const CAPITAL = text.indexOf('Russian capital');

describe('review wired into the app store', () => {
  it('shows the linker’s model until an edit, then a model built from the corrected links', async () => {
    const store = appStore(memoryStorage());
    expect(store.getState().article).toBe(defaultArticleModel());
    expect(store.getState().reviewArticle?.id).toBe('default');

    store.getState().select('UA-14', 'list');
    store.getState().setReviewMode(true);
    await whenKnown(store, CITY);
    const done = store
      .getState()
      .reviewEdit({ start: DONETSK, end: DONETSK + 'Donetsk'.length }, { type: 'change', placeId: CITY });
    expect(done).toBe(true);
    const article = store.getState().article;
    expect(article.corrected).toBe(true);
    expect(article.mentions.find((m) => m.start === DONETSK)?.featureId).toBe(CITY);
    expect(article.places.has(CITY)).toBe(true);
    expect(article.sentencesByPlace.get(CITY)).toHaveLength(1);
    // The same article with other links: the selection stays.
    expect(store.getState().selectedId).toBe('UA-14');
    expect(rendersAsPrerendered(store.getState())).toBe(false);

    store.getState().undoReview();
    expect(store.getState().article).toBe(defaultArticleModel());
  });

  it('a new page with the same storage shows the corrected links, a place only the world has included', async () => {
    const storage = memoryStorage();
    const first = appStore(storage);
    first.getState().setReviewMode(true);
    await whenKnown(first, CITY);
    first.getState().reviewEdit({ start: DONETSK, end: DONETSK + 7 }, { type: 'change', placeId: CITY });
    first
      .getState()
      .reviewEdit(
        { start: CAPITAL, end: CAPITAL + 'Russian capital'.length },
        { type: 'add', placeId: 'gn:524901' },
      );
    expect(first.getState().article.mentions.some((m) => m.start === CAPITAL)).toBe(true);

    const second = appStore(storage);
    // Not in editing mode: the saved edit naming a world place loads the world gazetteer by itself.
    await whenKnown(second, CITY);
    const article = second.getState().article;
    expect(article.mentions.find((m) => m.start === DONETSK)?.featureId).toBe(CITY);
    expect(article.mentions.find((m) => m.start === CAPITAL)?.featureId).toBe('gn:524901');
    expect(second.getState().reviewHistory.edits).toHaveLength(2);
  });

  it('an annotation file chosen before the world gazetteer has loaded is read once it has', async () => {
    const first = appStore(memoryStorage());
    first.getState().setReviewMode(true);
    await whenKnown(first, CITY);
    first.getState().reviewEdit({ start: DONETSK, end: DONETSK + 7 }, { type: 'change', placeId: CITY });
    const s = first.getState();
    if (!s.reviewed || !s.reviewArticle) throw new Error('no review');
    const gazetteer = s.reviewArticle.gazetteer;
    const json = JSON.stringify(
      toW3cAnnotations({
        articleId: 'default',
        text,
        meta: s.article.meta,
        links: s.reviewed,
        placeOf: (id) => gazetteer.byId.get(id),
        geometryOf: () => null,
      }),
    );

    let release: () => void = () => undefined;
    const gate = new Promise<void>((resolve) => (release = resolve));
    const second = createStoreFromLocation({ search: '', hash: '' }, { storage: memoryStorage() });
    connectReview(second, { world: () => gate.then(loadWorld) });
    second.getState().setReviewMode(true);
    expect(second.getState().importReview(json)).toBe(false);
    expect(second.getState().reviewMessage).toMatch(/once the world gazetteer has loaded/);
    release();
    await whenKnown(second, CITY);
    await new Promise<void>((resolve) => {
      const check = () => second.getState().article.places.has(CITY) && resolve();
      second.subscribe(check);
      check();
    });
    expect(second.getState().reviewMessage).toBe('Imported the annotations.');
    expect(second.getState().reviewed?.mentions.find((m) => m.start === DONETSK)?.status).toBe('changed');
  });

  it('reviews the article in the blocks the reader sees: the dateline apart, each with its kind', () => {
    const store = appStore(memoryStorage());
    const model = defaultArticleModel();
    const blocks = store.getState().reviewArticle?.paragraphs ?? [];
    const plain = (list: readonly { start: number; end: number; kind?: string }[]) =>
      list.map(({ start, end, kind }) => ({ start, end, kind }));
    expect(plain(blocks)).toEqual(plain(model.blocks));
    expect(blocks.map((b) => b.index)).toEqual(model.blocks.map((_, i) => i));
    expect(text.slice(blocks[0]?.start, blocks[0]?.end)).toBe('MOSCOW');
    expect(blocks[0]?.kind).toBe('dateline');
  });

  it('a store made for the embed refuses the editing mode', () => {
    const store = createStoreFromLocation({ search: '', hash: '' }, { embed: true });
    connectReview(store);
    store.getState().setReviewMode(true);
    expect(store.getState().reviewMode).toBe(false);
  });
});
