import { describe, expect, it } from 'vitest';
import type { GazetteerEntry, LinkResult } from '../linking/types';
import { buildArticleModel } from './article';
import { defaultVisibility } from './layers';
import { decodeArticleFragment } from './fragment';
import {
  articleFragment,
  carriesArticle,
  embedSnippet,
  linkTo,
  shareStateOf,
  tooLongForChat,
  urlStateOf,
} from './share';
import { createAppStore } from './store';
import { decodeUrlState, encodeUrlState } from './url';

// A two-sentence article naming one region: enough to exercise the store's URL actions.
const text = 'Donetsk is named. Donetsk again.';
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
];
const m = (sentence: number, start: number) => ({
  sentence,
  start,
  end: start + 7,
  surface: 'Donetsk',
  featureId: 'UA-14',
  reading: 'literal',
  rule: 'default',
});
const link = {
  sentences: [
    { index: 0, start: 0, end: 17 },
    { index: 1, start: 18, end: 32 },
  ],
  mentions: [m(0, 0), m(1, 18)],
} as unknown as LinkResult;
const article = buildArticleModel(text, [{ start: 0, end: text.length }], link, entries);

describe('the store and links', () => {
  it('starts from a decoded link: selection, sentence, view, notice', () => {
    const store = createAppStore({
      article,
      selectedId: 'UA-14',
      sentence: 1,
      view: { zoom: 6, lat: 48, lon: 37 },
      notice: 'No place ‘X’ in this article',
    });
    const s = store.getState();
    expect(s.selectedId).toBe('UA-14');
    expect(s.selectionOrigin).toBe('url');
    expect(s.focus).toEqual({ sentence: 1, seq: 1 });
    expect(s.viewRequest).toEqual({ view: { zoom: 6, lat: 48, lon: 37 }, seq: 1 });
    expect(s.notice).toBe('No place ‘X’ in this article');
  });

  it('describes itself as a link, preferring the settled camera to the requested view', () => {
    const store = createAppStore({ article, view: { zoom: 6, lat: 48, lon: 37 } });
    expect(urlStateOf(store.getState()).view).toEqual({ zoom: 6, lat: 48, lon: 37 });
    store.getState().setCamera({ zoom: 5, lat: 47, lon: 36 });
    store.getState().select('UA-14', 'map');
    expect(urlStateOf(store.getState())).toEqual({
      article: null,
      view: { zoom: 5, lat: 47, lon: 36 },
      place: 'UA-14',
      sentence: null,
      layers: defaultVisibility(),
    });
  });

  it('applies a history entry whole, and a fresh view request each time', () => {
    const store = createAppStore({ article });
    const url = decodeUrlState('?place=UA-14&sentence=1&layers=towns', '#map=4/40/30', {
      hasPlace: (id) => article.places.has(id),
      sentenceCount: 2,
    }).state;
    store.getState().applyUrlState(url);
    store.getState().applyUrlState(url);
    const s = store.getState();
    expect(s.selectedId).toBe('UA-14');
    expect(s.selectionOrigin).toBe('url');
    expect(s.focus).toEqual({ sentence: 1, seq: 2 });
    expect(s.layers).toEqual({ ...url.layers });
    expect(s.viewRequest).toEqual({ view: { zoom: 4, lat: 40, lon: 30 }, seq: 2 });
    expect(encodeUrlState(urlStateOf(s))).toEqual({
      search: '?place=UA-14&sentence=1&layers=towns',
      hash: '#map=4/40/30',
    });
    store.getState().applyUrlState({ ...url, place: null, sentence: null, view: null });
    expect(store.getState().selectedId).toBeNull();
    expect(store.getState().focus).toBeNull();
    expect(store.getState().viewRequest?.seq).toBe(2);
  });

  it('makes links to either page, dropping anything in the base URL', () => {
    const state = {
      view: { zoom: 5, lat: 48.3, lon: 37.3 },
      place: 'UA-14',
      sentence: null,
      layers: defaultVisibility(),
      article: null,
    };
    expect(linkTo(state, 'https://maps.example/atlas/?old=1#x')).toBe(
      'https://maps.example/atlas/?place=UA-14#map=5/48.3/37.3',
    );
    expect(linkTo(state, 'https://maps.example/atlas/', 'embed.html')).toBe(
      'https://maps.example/atlas/embed.html?place=UA-14#map=5/48.3/37.3',
    );
  });

  it('writes an iframe snippet with escaped attributes, with or without the auto-height script', () => {
    const url = 'https://maps.example/embed.html?place=UA-14&layers=towns"><script>';
    const withScript = embedSnippet(url, 'https://maps.example/', true);
    expect(withScript).toContain(
      'src="https://maps.example/embed.html?place=UA-14&amp;layers=towns&quot;&gt;&lt;script&gt;"',
    );
    expect(withScript).toContain('height="560"');
    expect(withScript.split('\n')[1]).toBe(
      '<script src="https://maps.example/embed-host.js" async></script>',
    );
    expect(embedSnippet(url, 'https://maps.example/', false)).not.toContain('<script');
  });

  it('a reader’s own article travels in the fragment, not as an id only this browser knows', async () => {
    const own = buildArticleModel(text, [{ start: 0, end: text.length }], link, entries, {
      id: 'AbC_12-xyz90',
      meta: { title: 'Donetsk', source: 'Desk', date: '1 May' },
      stored: true,
    });
    expect(carriesArticle(article)).toBe(false);
    expect(carriesArticle(own)).toBe(true);
    const store = createAppStore({ article: own, view: { zoom: 6, lat: 48, lon: 37 }, selectedId: 'UA-14' });
    // The address bar names the saved article; the link to share carries it.
    expect(urlStateOf(store.getState()).article).toBe('AbC_12-xyz90');
    const fragment = await articleFragment(own);
    expect(await articleFragment(own)).toBe(fragment);
    const url = linkTo(shareStateOf(store.getState(), fragment), 'https://maps.example/atlas/');
    expect(url).toBe(`https://maps.example/atlas/?place=UA-14#map=6/48/37&a=${fragment}`);
    const back = decodeUrlState(new URL(url).search, new URL(url).hash, {
      hasPlace: (id) => own.places.has(id),
      sentenceCount: 2,
    }).state;
    expect(back.article).toBeNull();
    expect(await decodeArticleFragment(back.shared ?? '')).toEqual({ text, meta: own.meta });
    // The default article's link is unchanged.
    expect(shareStateOf(createAppStore({ article }).getState(), null)).not.toHaveProperty('shared');
  });

  it('an article opened from a link keeps its fragment in the address until it is kept', async () => {
    const fromLink = { ...article, id: 'AbC_12-xyz91', shared: '1.abc' };
    const s = createAppStore({ article: fromLink }).getState();
    expect(urlStateOf(s)).toMatchObject({ article: null, shared: '1.abc' });
    expect(await articleFragment(fromLink)).toBe('1.abc');
    expect(urlStateOf(createAppStore({ article: { ...fromLink, stored: true } }).getState())).toMatchObject({
      article: 'AbC_12-xyz91',
    });
  });

  it('says when a link is too long for chat tools', () => {
    expect(tooLongForChat(`https://m.example/#a=1.${'x'.repeat(7900)}`)).toBe(false);
    expect(tooLongForChat(`https://m.example/#a=1.${'x'.repeat(8000)}`)).toBe(true);
  });
});
