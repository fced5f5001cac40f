import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { GazetteerEntry, LinkResult } from '../linking/types';
import { buildArticleModel } from '../state/article';
import { createAppStore } from '../state/store';
import { syncUrlWithStore } from './urlSync';

const text = 'Donetsk is named. Kherson too.';
const entry = (id: string, name: string): GazetteerEntry => ({
  id,
  name,
  kind: 'region',
  group: 'claimed-2022',
  aliases: [],
  seat: false,
  bbox: [36, 46.8, 39, 49.2],
});
const link = {
  sentences: [
    { index: 0, start: 0, end: 17 },
    { index: 1, start: 18, end: 30 },
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
      sentence: 1,
      start: 18,
      end: 25,
      surface: 'Kherson',
      featureId: 'UA-65',
      reading: 'literal',
      rule: 'default',
    },
  ],
} as unknown as LinkResult;
const article = buildArticleModel(text, [{ start: 0, end: text.length }], link, [
  entry('UA-14', 'Donetsk'),
  entry('UA-65', 'Kherson'),
]);

/** Just enough of a window: a location, a history that records what was written, and popstate. */
function fakeWindow() {
  const entries: string[] = ['/'];
  let index = 0;
  let onPop: (() => void) | null = null;
  const location = { pathname: '/', search: '', hash: '' };
  const go = (href: string) => {
    const u = new URL(href, 'http://x');
    Object.assign(location, { pathname: u.pathname, search: u.search, hash: u.hash });
  };
  const history = {
    state: null,
    pushState: vi.fn((_s: unknown, _t: string, href: string) => {
      entries.splice(index + 1, Infinity, href);
      index += 1;
      go(href);
    }),
    replaceState: vi.fn((_s: unknown, _t: string, href: string) => {
      entries[index] = href;
      go(href);
    }),
  };
  const win = {
    location,
    history,
    // Fake timers drive frames too: a frame every 16 ms.
    requestAnimationFrame: (cb: () => void) => setTimeout(cb, 16) as unknown as number,
    cancelAnimationFrame: (id: number) => clearTimeout(id),
    addEventListener: (_: string, l: () => void) => (onPop = l),
    removeEventListener: () => (onPop = null),
  };
  const back = () => {
    index -= 1;
    go(entries[index] ?? '/');
    onPop?.();
  };
  return { win: win as unknown as Window, history, location, back };
}

describe('URL sync', () => {
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => vi.useRealTimers());

  it('pushes an entry per selection, replaces for layers at once and for the camera after it rests', () => {
    const store = createAppStore({ article });
    const { win, history, location } = fakeWindow();
    syncUrlWithStore(store, win);

    store.getState().setCamera({ zoom: 5, lat: 48, lon: 37 });
    store.getState().setCamera({ zoom: 5.5, lat: 48, lon: 37 });
    expect(history.replaceState).not.toHaveBeenCalled();
    vi.advanceTimersByTime(400 + 17);
    expect(history.replaceState).toHaveBeenCalledTimes(1);
    expect(location.hash).toBe('#map=5.5/48/37');

    store.getState().select('UA-14', 'map');
    // Written after the next paint, not in the click's own task.
    expect(history.pushState).not.toHaveBeenCalled();
    vi.advanceTimersByTime(17);
    expect(history.pushState).toHaveBeenCalledTimes(1);
    expect(location.search).toBe('?place=UA-14');

    store.getState().setLayer('towns', false);
    vi.advanceTimersByTime(17);
    expect(history.replaceState).toHaveBeenCalledTimes(2);
    expect(location.search).toBe(
      '?place=UA-14&layers=claimed-2022,annexed-2014,named-regions,water,countries,context',
    );
  });

  it('Back restores the entry’s state into the store without writing the URL again', () => {
    const store = createAppStore({ article });
    const { win, history, back } = fakeWindow();
    syncUrlWithStore(store, win);
    store.getState().select('UA-14', 'text');
    store.getState().select('UA-65', 'text');
    // Two selections before a paint still make two entries, in order.
    vi.advanceTimersByTime(17);
    expect(history.pushState).toHaveBeenCalledTimes(2);
    expect(history.pushState.mock.calls.map((c) => c[2])).toEqual(['/?place=UA-14', '/?place=UA-65']);
    back();
    expect(store.getState().selectedId).toBe('UA-14');
    expect(store.getState().selectionOrigin).toBe('url');
    back();
    expect(store.getState().selectedId).toBeNull();
    expect(history.pushState).toHaveBeenCalledTimes(2);
    expect(history.replaceState).not.toHaveBeenCalled();
  });

  it('an article from a share link keeps its fragment in the address; Back to it asks for it again', () => {
    const shared = { ...article, id: 'AbC_12-xyz90', shared: '1.q-_Z9' };
    const store = createAppStore({ article: shared });
    const { win, location, back } = fakeWindow();
    const onArticle = vi.fn();
    syncUrlWithStore(store, win, onArticle);
    store.getState().select('UA-14', 'map');
    vi.advanceTimersByTime(17);
    expect(`${location.search}${location.hash}`).toBe('?place=UA-14#a=1.q-_Z9');
    // Kept: the same article, now with an id of this browser's own, and no fragment.
    store.getState().setArticle({ ...shared, stored: true }, { selectedId: 'UA-14' });
    vi.advanceTimersByTime(17);
    expect(`${location.search}${location.hash}`).toBe('?article=AbC_12-xyz90&place=UA-14');
    back();
    expect(onArticle).toHaveBeenCalledWith(
      { article: null, shared: '1.q-_Z9' },
      { search: '?place=UA-14', hash: '#a=1.q-_Z9' },
    );
  });

  it('stops when disconnected', () => {
    const store = createAppStore({ article });
    const { win, history } = fakeWindow();
    const stop = syncUrlWithStore(store, win);
    store.getState().select('UA-14', 'map');
    stop();
    store.getState().select('UA-65', 'map');
    vi.advanceTimersByTime(17);
    expect(history.pushState).not.toHaveBeenCalled();
  });
});
