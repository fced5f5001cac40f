import { describe, expect, it } from 'vitest';
import type { GazetteerEntry, LinkResult } from '../linking/types';
import { buildArticleModel } from '../state/article';
import { createAppStore } from '../state/store';
import { connectEmbedBridge, type EmbedLog } from './bridge';

// A tiny hand-made article: the bridge is tested apart from the linker, the data and the browser.
const text = 'Donetsk and Kyiv. Then Donetsk again.';
const entry = (id: string, name: string, group: NonNullable<GazetteerEntry['group']>): GazetteerEntry => ({
  id,
  name,
  kind: 'region',
  group,
  aliases: [],
  seat: false,
  bbox: [36, 46.8, 39, 49.2],
});
const entries = [entry('UA-14', 'Donetsk', 'claimed-2022'), entry('gn:703448', 'Kyiv', 'towns')];
const mention = (sentence: number, start: number, surface: string, featureId: string) => ({
  sentence,
  start,
  end: start + surface.length,
  surface,
  featureId,
  reading: 'literal' as const,
  rule: 'default',
});
const link = {
  sentences: [
    { index: 0, start: 0, end: 17 },
    { index: 1, start: 18, end: 37 },
  ],
  mentions: [
    mention(0, 0, 'Donetsk', 'UA-14'),
    mention(0, 12, 'Kyiv', 'gn:703448'),
    mention(1, 23, 'Donetsk', 'UA-14'),
  ],
} as unknown as LinkResult;

const HOST = 'https://news.example';

function setup(policy = { allowed: new Set([HOST]), target: HOST as string | null }) {
  const store = createAppStore({
    article: buildArticleModel(text, [{ start: 0, end: text.length }], link, entries),
  });
  let listener: ((e: MessageEvent) => void) | null = null;
  const posted: { message: unknown; origin: string }[] = [];
  const parent = { postMessage: (message: unknown, origin: string) => posted.push({ message, origin }) };
  const win = {
    addEventListener: (_: 'message', l: (e: MessageEvent) => void) => (listener = l),
    removeEventListener: () => (listener = null),
  };
  const log: EmbedLog = { accepted: 0, rejected: 0, reasons: {} };
  const stop = connectEmbedBridge({ store, win, parent, policy, log });
  const deliver = (data: unknown, origin = HOST, source: unknown = parent) =>
    listener?.({ data, origin, source } as MessageEvent);
  return { store, posted, log, deliver, stop, parent };
}

describe('embed bridge', () => {
  it('says ready to the allowed origin, with the state', () => {
    const { posted } = setup();
    expect(posted).toHaveLength(1);
    expect(posted[0]).toMatchObject({
      origin: HOST,
      message: { type: 'article-atlas:ready', version: 1, place: null, sentence: null },
    });
  });

  it('turns host messages into store actions and does not echo them', () => {
    const { store, deliver, log, posted } = setup();
    deliver({ type: 'article-atlas:select', version: 1, place: 'UA-14' });
    expect(store.getState().selectedId).toBe('UA-14');
    expect(store.getState().selectionOrigin).toBe('host');
    deliver({ type: 'article-atlas:set-layers', version: 1, layers: { soviet: true } });
    expect(store.getState().layers.soviet).toBe(true);
    deliver({ type: 'article-atlas:set-view', version: 1, view: { zoom: 6, lat: 48, lon: 37 } });
    expect(store.getState().viewRequest?.view).toEqual({ zoom: 6, lat: 48, lon: 37 });
    deliver({ type: 'article-atlas:select', version: 1, sentence: 1 });
    expect(store.getState().focus?.sentence).toBe(1);
    deliver({ type: 'article-atlas:clear', version: 1 });
    expect(store.getState().selectedId).toBeNull();
    expect(log).toEqual({ accepted: 5, rejected: 0, reasons: {} });
    expect(posted.map((p) => (p.message as { type: string }).type)).toEqual(['article-atlas:ready']);
  });

  it('reports the reader’s selections, with the place’s name, to the allowed origin only', () => {
    const { store, posted } = setup();
    store.getState().select('gn:703448', 'map');
    expect(posted.at(-1)).toMatchObject({
      origin: HOST,
      message: { type: 'article-atlas:select', place: 'gn:703448', name: 'Kyiv' },
    });
  });

  it('ignores other windows and other origins, and counts them', () => {
    const { store, deliver, log } = setup();
    const valid = { type: 'article-atlas:select', version: 1, place: 'UA-14' };
    deliver(valid, HOST, {});
    deliver(valid, 'https://evil.example');
    deliver(valid, 'null');
    expect(store.getState().selectedId).toBeNull();
    expect(log).toEqual({ accepted: 0, rejected: 3, reasons: { source: 1, origin: 2 } });
  });

  it('answers a bad version or an unknown place with an error, and changes nothing', () => {
    const { store, deliver, posted, log } = setup();
    const before = store.getState();
    deliver({ type: 'article-atlas:select', version: 2, place: 'UA-14' });
    deliver({ type: 'article-atlas:select', version: 1, place: 'UA-99' });
    deliver({ type: 'article-atlas:select', version: 1, sentence: 2 });
    expect(store.getState()).toBe(before);
    expect(posted.slice(1).map((p) => (p.message as { code: string }).code)).toEqual([
      'unsupported-version',
      'unknown-place',
      'unknown-sentence',
    ]);
    expect(log.rejected).toBe(3);
  });

  it('posts no state at all when the host’s origin is unknown', () => {
    const { store, posted } = setup({ allowed: new Set(), target: null });
    store.getState().select('UA-14', 'map');
    expect(posted).toEqual([]);
  });

  it('stops listening when disconnected', () => {
    const { store, deliver, stop } = setup();
    stop();
    deliver({ type: 'article-atlas:select', version: 1, place: 'UA-14' });
    expect(store.getState().selectedId).toBeNull();
  });
});
