import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { createStore } from 'zustand/vanilla';
import { compileGazetteer, linkArticle, paragraphs } from '../linking';
import type { Gazetteer } from '../linking/types';
import {
  createReviewSlice,
  selectReviewSummary,
  type ReviewArticle,
  type ReviewState,
  type ReviewStorage,
} from './review';

const dataFile = (name: string) => readFileSync(new URL(`../../data/${name}`, import.meta.url), 'utf8');
const text = dataFile('annexation-ceremony.txt');
const gazetteer = JSON.parse(dataFile('gazetteer.json')) as Gazetteer;
const article: ReviewArticle = {
  id: 'default',
  text,
  paragraphs: paragraphs(text),
  base: linkArticle(text, gazetteer),
  gazetteer: compileGazetteer(gazetteer),
};
const AT = '2026-11-29T20:00:00.000Z';

function memoryStorage(): ReviewStorage & { data: Map<string, string> } {
  const data = new Map<string, string>();
  return {
    data,
    getItem: (k) => data.get(k) ?? null,
    setItem: (k, v) => void data.set(k, v),
    removeItem: (k) => void data.delete(k),
  };
}

function makeStore(storage: ReviewStorage | null = null, embed = false) {
  const store = createStore<ReviewState>()(createReviewSlice({ storage, embed, now: () => AT }));
  store.getState().setReviewArticle(article);
  return store;
}

const range = (words: string) => {
  const start = text.indexOf(words);
  return { start, end: start + words.length };
};

describe('review slice', () => {
  it('starts off, with every link automatic', () => {
    const s = makeStore().getState();
    expect(s.reviewMode).toBe(false);
    expect(selectReviewSummary(s)).toEqual({ reviewed: 0, total: 44, undo: false, redo: false });
  });

  it('makes no edit while the editing mode is off', () => {
    const store = makeStore();
    expect(store.getState().reviewEdit(range('Kyiv'), { type: 'confirm' })).toBe(false);
    expect(store.getState().reviewHistory.edits).toEqual([]);
  });

  it('edits, counts, undoes and redoes', () => {
    const store = makeStore();
    store.getState().setReviewMode(true);
    expect(store.getState().reviewEdit(range('Kyiv'), { type: 'confirm' })).toBe(true);
    expect(store.getState().reviewEdit(range('Donetsk'), { type: 'change', placeId: 'UA-09' })).toBe(true);
    expect(selectReviewSummary(store.getState())).toEqual({
      reviewed: 2,
      total: 44,
      undo: true,
      redo: false,
    });
    expect(
      store.getState().reviewed?.mentions.find((m) => m.start === range('Donetsk').start)?.featureId,
    ).toBe('UA-09');
    store.getState().undoReview();
    expect(selectReviewSummary(store.getState())).toEqual({ reviewed: 1, total: 44, undo: true, redo: true });
    store.getState().redoReview();
    expect(store.getState().reviewHistory.edits.map((e) => e.type)).toEqual(['confirm', 'change']);
  });

  it('refuses a bad edit with a message and changes nothing else', () => {
    const store = makeStore();
    store.getState().setReviewMode(true);
    const before = store.getState().reviewed;
    expect(store.getState().reviewEdit(range('Kremlin spokesman'), { type: 'add', placeId: 'kremlin' })).toBe(
      false,
    );
    expect(store.getState().reviewMessage).toMatch(/overlaps the link ‘Kremlin’/);
    expect(store.getState().reviewEdit(range('Peskov'), { type: 'add', placeId: 'nowhere' })).toBe(false);
    expect(store.getState().reviewMessage).toBe('No place ‘nowhere’ in the gazetteer.');
    expect(store.getState().reviewed).toBe(before);
    expect(store.getState().reviewHistory.edits).toEqual([]);
  });

  it('never switches the editing mode on in the embed', () => {
    const store = makeStore(null, true);
    store.getState().setReviewMode(true);
    expect(store.getState().reviewMode).toBe(false);
  });

  it('saves every edit at once and restores it on the next visit', () => {
    const storage = memoryStorage();
    const first = makeStore(storage);
    first.getState().setReviewMode(true);
    first.getState().reviewEdit(range('France'), { type: 'not-a-place' });
    first.getState().reviewEdit(range('Dmitry Peskov'), { type: 'add', placeId: 'gn:524901' });
    const second = makeStore(storage);
    expect(second.getState().reviewed).toEqual(first.getState().reviewed);
    expect(second.getState().reviewMessage).toBeNull();
    // Undoing everything leaves nothing saved.
    first.getState().undoReview();
    first.getState().undoReview();
    expect(storage.data.size).toBe(0);
  });

  it.each([
    ['not JSON', '{', /could not be read/],
    ['another shape', '{"edits": 3}', /could not be read/],
    [
      'a bad edit among good ones',
      JSON.stringify({
        edits: [{ type: 'confirm', start: 713, end: 717, surface: 'Kyiv', at: AT }, { type: 'explode' }],
      }),
      /1 saved edits could not be read/,
    ],
    [
      'an edit on other words',
      JSON.stringify({ edits: [{ type: 'confirm', start: 713, end: 717, surface: 'Kiev', at: AT }] }),
      /1 saved edit no longer fits/,
    ],
  ])('says so when the saved review is %s, and applies only what it can', (_what, saved, message) => {
    const storage = memoryStorage();
    storage.setItem('article-atlas:review:default', saved);
    const s = makeStore(storage).getState();
    expect(s.reviewMessage).toMatch(message);
    expect(s.reviewed?.mentions).toHaveLength(44);
  });
});

describe('importing an annotation file into review', () => {
  it('starts review from the file, survives a reload, and refuses a file for another text whole', async () => {
    const { toW3cAnnotations } = await import('../export/w3c');
    const { applyCorrections } = await import('../review/apply');
    const byId = article.gazetteer.byId;
    const reviewed = applyCorrections(text, article.base, [
      { type: 'not-a-place', ...range('France'), surface: 'France', at: AT },
      { type: 'add', ...range('Dmitry Peskov'), surface: 'Dmitry Peskov', placeId: 'RU', at: AT },
    ]);
    const file = JSON.stringify(
      toW3cAnnotations({
        articleId: 'default',
        text,
        meta: { title: '', source: '', date: '' },
        links: reviewed,
        placeOf: (id) => byId.get(id),
        geometryOf: () => null,
      }),
    );
    const storage = memoryStorage();
    const store = makeStore(storage);
    store.getState().setReviewMode(true);
    store.getState().reviewEdit(range('Kyiv'), { type: 'confirm' });

    const broken = file.replace('"exact":"France"', '"exact":"Francs"');
    expect(store.getState().importReview(broken)).toBe(false);
    expect(store.getState().reviewMessage).toMatch(
      /^Nothing was imported\. Annotation \d+ .*‘Francs’ differs/,
    );
    expect(store.getState().reviewHistory.edits).toHaveLength(1);

    expect(store.getState().importReview(file)).toBe(true);
    expect(store.getState().reviewed?.mentions).toEqual(reviewed.mentions);
    expect(store.getState().reviewed?.rejected).toEqual(reviewed.rejected);
    expect(store.getState().reviewHistory.edits).toEqual([]);

    const reloaded = makeStore(storage);
    expect(reloaded.getState().reviewed?.mentions).toEqual(reviewed.mentions);
    expect(reloaded.getState().reviewMessage).toBeNull();
  });
});
