import { describe, expect, it } from 'vitest';
import type { GazetteerEntry, LinkResult } from '../linking/types';
import { buildArticleModel, displayBlocks, mentionCountLabel } from './article';
import { createAppStore } from './store';

// A tiny hand-made article: the store is tested apart from the linker and the data.
const text = 'Donetsk and Kyiv. Then Donetsk again.';
const entries: GazetteerEntry[] = [
  {
    id: 'UA-14',
    name: 'Donetsk',
    kind: 'region',
    group: 'claimed-2022',
    aliases: [],
    seat: false,
    bbox: [36, 46.8, 39, 49.2],
  },
  {
    id: 'gn:703448',
    name: 'Kyiv',
    kind: 'city',
    group: 'towns',
    aliases: ['Kiev'],
    seat: true,
    bbox: [30.5, 50.4, 30.5, 50.4],
  },
  {
    id: 'SU',
    name: 'Soviet Union',
    kind: 'union',
    group: 'soviet',
    aliases: [],
    seat: false,
    bbox: [20, 35, 180, 80],
  },
];
const link: LinkResult = {
  sentences: [
    { index: 0, start: 0, end: 17 },
    { index: 1, start: 18, end: 37 },
  ],
  mentions: [
    {
      sentence: 0,
      start: 0,
      end: 7,
      surface: 'Donetsk',
      featureId: 'UA-14',
      reading: 'literal',
      rule: 'default',
    },
    {
      sentence: 0,
      start: 12,
      end: 16,
      surface: 'Kyiv',
      featureId: 'gn:703448',
      reading: 'literal',
      rule: 'default',
    },
    {
      sentence: 1,
      start: 23,
      end: 30,
      surface: 'Donetsk',
      featureId: 'UA-14',
      reading: 'literal',
      rule: 'default',
    },
  ],
};
const article = buildArticleModel(text, [{ start: 0, end: text.length }], link, entries);

describe('article model', () => {
  it('lists, for each named place, its sentences in order without repeats', () => {
    expect(article.sentencesByPlace.get('UA-14')).toEqual([0, 1]);
    expect(article.sentencesByPlace.get('gn:703448')).toEqual([0]);
    expect([...article.places.keys()].sort()).toEqual(['UA-14', 'gn:703448']);
  });

  it('words the count for one and for many', () => {
    expect(mentionCountLabel(1)).toBe('mentioned in 1 sentence');
    expect(mentionCountLabel(4)).toBe('mentioned in 4 sentences');
  });
});

describe('display blocks', () => {
  const kinds = (text: string, paras: { start: number; end: number }[]) =>
    displayBlocks(text, paras).map((b) => [b.kind, text.slice(b.start, b.end)]);

  it('puts a capitalised dateline line on its own', () => {
    const text = 'MOSCOW\nRussia said so.\n\nMore.';
    expect(
      kinds(text, [
        { start: 0, end: 22 },
        { start: 24, end: 29 },
      ]),
    ).toEqual([
      ['dateline', 'MOSCOW'],
      ['paragraph', 'Russia said so.'],
      ['paragraph', 'More.'],
    ]);
  });

  it('leaves an ordinary first line alone', () => {
    const text = 'Russia said so.\nMore.';
    expect(kinds(text, [{ start: 0, end: 21 }])).toEqual([['paragraph', text]]);
    expect(displayBlocks('', [])).toEqual([]);
    const agency = 'AP reports shelling.\nMore.';
    expect(kinds(agency, [{ start: 0, end: 26 }]).map((b) => b[0])).toEqual(['paragraph']);
  });

  it('marks a one-line capitalised first paragraph as the dateline', () => {
    const text = 'KYIV, Ukraine\n\nShelling.';
    expect(
      kinds(text, [
        { start: 0, end: 13 },
        { start: 15, end: 24 },
      ]).map((b) => b[0]),
    ).toEqual(['dateline', 'paragraph']);
  });
});

describe('store', () => {
  it('selects a named place and clears it', () => {
    const store = createAppStore({ article });
    store.getState().select('UA-14', 'map');
    expect(store.getState().selectedId).toBe('UA-14');
    expect(store.getState().selectionOrigin).toBe('map');
    store.getState().clearSelection();
    expect(store.getState().selectedId).toBeNull();
  });

  it('refuses an unknown place with a notice and changes nothing else', () => {
    const store = createAppStore({ article });
    store.getState().select('gn:703448', 'text');
    const before = store.getState();
    store.getState().select('UA-99', 'text');
    const after = store.getState();
    expect(after.selectedId).toBe('gn:703448');
    expect(after.layers).toBe(before.layers);
    expect(after.notice).toBe('No place ‘UA-99’ in this article.');
  });

  it('refuses a place the gazetteer knows but the article does not name', () => {
    const store = createAppStore({ article });
    store.getState().select('SU', 'list');
    expect(store.getState().selectedId).toBeNull();
    expect(store.getState().notice).toMatch(/SU/);
  });

  it('switches a hidden layer back on when its place is chosen', () => {
    const store = createAppStore({ article, layers: { towns: false } });
    store.getState().select('gn:703448', 'text');
    expect(store.getState().layers.towns).toBe(true);
  });

  it('hovers only named places and ignores repeats', () => {
    const store = createAppStore({ article });
    let changes = 0;
    store.subscribe(() => changes++);
    store.getState().hover('UA-14');
    store.getState().hover('UA-14');
    store.getState().hover('nowhere');
    expect(store.getState().hoveredId).toBeNull();
    expect(changes).toBe(2);
  });

  it('asks the article to scroll to a sentence each time, and ignores sentences that do not exist', () => {
    const store = createAppStore({ article });
    store.getState().focusSentence(1);
    const first = store.getState().focus;
    store.getState().focusSentence(1);
    expect(store.getState().focus?.seq).toBe((first?.seq ?? 0) + 1);
    store.getState().focusSentence(7);
    expect(store.getState().focus?.sentence).toBe(1);
  });

  it('shows corrected links of the same article without dropping the selection, layers or sentence', () => {
    const store = createAppStore({ article });
    store.getState().select('UA-14', 'text');
    store.getState().setLayer('water', false);
    store.getState().focusSentence(1);
    const { layers, focus } = store.getState();
    // Kyiv is no longer a place: a person said so in review.
    const corrected = buildArticleModel(
      text,
      [{ start: 0, end: text.length }],
      { ...link, mentions: link.mentions.filter((m) => m.featureId !== 'gn:703448') },
      entries,
    );
    store.getState().setArticleLinks(corrected);
    expect(store.getState().article).toBe(corrected);
    expect(store.getState().selectedId).toBe('UA-14');
    expect(store.getState().layers).toBe(layers);
    expect(store.getState().focus).toBe(focus);

    // A selected place the correction removes is no longer selected.
    store.getState().setArticleLinks(article);
    store.getState().select('gn:703448', 'text');
    store.getState().setArticleLinks(corrected);
    expect(store.getState().selectedId).toBeNull();
  });
});
