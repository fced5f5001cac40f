import type { LayerGroup } from '../linking/types';
import { LAYERS } from '../state/layers';
import { isValidView, type View } from '../state/url';

/** The one version this frame speaks. A host sending another gets an `article-atlas:error` back. */
export const PROTOCOL_VERSION = 1;
export const NAMESPACE = 'article-atlas:';

/** Messages a host page may send to the frame. */
export type HostMessage =
  | { type: 'article-atlas:select'; version: 1; place: string }
  | { type: 'article-atlas:select'; version: 1; sentence: number }
  | { type: 'article-atlas:clear'; version: 1 }
  | { type: 'article-atlas:set-layers'; version: 1; layers: Partial<Record<LayerGroup, boolean>> }
  | { type: 'article-atlas:set-view'; version: 1; view: View };

/** The state the frame reports: what the reader is looking at. */
export interface FrameState {
  place: string | null;
  /** The place's display name, so a host can show it without its own gazetteer. */
  name: string | null;
  sentence: number | null;
  layers: Record<LayerGroup, boolean>;
}

/** Messages the frame sends to its host. Only `height` may go to any origin; the rest go to the allowed one. */
export type FrameMessage =
  | ({ type: 'article-atlas:ready'; version: 1 } & FrameState)
  | ({ type: 'article-atlas:select'; version: 1 } & FrameState)
  | { type: 'article-atlas:height'; version: 1; height: number }
  | {
      type: 'article-atlas:error';
      version: 1;
      code: ErrorCode;
      message: string;
      supportedVersions: number[];
    };

export type ErrorCode = 'unsupported-version' | 'unknown-type' | 'unknown-place' | 'unknown-sentence';

/** Why a message was not acted on; each is a counter in the embed's debug log. */
export type RejectReason =
  | 'source'
  | 'origin'
  | 'not-an-object'
  | 'foreign'
  | 'pollution'
  | 'too-large'
  | 'bad-version'
  | 'unsupported-version'
  | 'unknown-type'
  | 'bad-fields';

export type ParseResult =
  | { ok: true; message: HostMessage }
  | { ok: false; reason: RejectReason; reply?: { code: ErrorCode; message: string } };

const HOST_TYPES = ['select', 'clear', 'set-layers', 'set-view'].map((t) => NAMESPACE + t);
const GROUPS: readonly string[] = LAYERS.map((l) => l.group);
const POLLUTING = new Set(['__proto__', 'constructor', 'prototype']);
const PLACE_ID = /^[A-Za-z0-9:._-]{1,40}$/;
const LIMITS = { keys: 24, depth: 3, string: 64 };

/**
 * Checks anything a `message` event carries against the protocol. Pure: never throws, never mutates.
 * @example parseHostMessage({ type: 'article-atlas:select', version: 1, place: 'UA-14' }).ok // true
 */
export function parseHostMessage(data: unknown): ParseResult {
  if (!isPlainObject(data)) return { ok: false, reason: 'not-an-object' };
  const shape = inspect(data);
  if (shape !== 'ok') return { ok: false, reason: shape };
  const { type, version } = data;
  // Other scripts use postMessage too (extensions, analytics); only our namespace is ours to answer.
  if (typeof type !== 'string' || !type.startsWith(NAMESPACE)) return { ok: false, reason: 'foreign' };
  if (typeof version !== 'number' || !Number.isInteger(version)) return { ok: false, reason: 'bad-version' };
  if (version !== PROTOCOL_VERSION) {
    return {
      ok: false,
      reason: 'unsupported-version',
      reply: {
        code: 'unsupported-version',
        message: `This frame speaks version ${PROTOCOL_VERSION} of the protocol, not ${version}.`,
      },
    };
  }
  if (!HOST_TYPES.includes(type)) {
    return {
      ok: false,
      reason: 'unknown-type',
      reply: { code: 'unknown-type', message: `Unknown message type ‘${type.slice(0, LIMITS.string)}’.` },
    };
  }
  const message = readFields(type, data);
  return message ? { ok: true, message } : { ok: false, reason: 'bad-fields' };
}

function readFields(type: string, data: Record<string, unknown>): HostMessage | null {
  const keys = Object.keys(data).sort().join(',');
  switch (type) {
    case 'article-atlas:select':
      if (keys === 'place,type,version' && typeof data.place === 'string' && PLACE_ID.test(data.place))
        return { type, version: 1, place: data.place };
      if (keys === 'sentence,type,version' && isIndex(data.sentence))
        return { type, version: 1, sentence: data.sentence };
      return null;
    case 'article-atlas:clear':
      return keys === 'type,version' ? { type, version: 1 } : null;
    case 'article-atlas:set-layers': {
      if (keys !== 'layers,type,version' || !isPlainObject(data.layers)) return null;
      const entries = Object.entries(data.layers);
      if (entries.length === 0 || !entries.every(([g, v]) => GROUPS.includes(g) && typeof v === 'boolean'))
        return null;
      return {
        type,
        version: 1,
        layers: Object.fromEntries(entries),
      };
    }
    case 'article-atlas:set-view': {
      if (keys !== 'type,version,view' || !isPlainObject(data.view)) return null;
      const v = data.view;
      if (Object.keys(v).sort().join(',') !== 'lat,lon,zoom') return null;
      const { zoom, lat, lon } = v;
      if (typeof zoom !== 'number' || typeof lat !== 'number' || typeof lon !== 'number') return null;
      const view = { zoom, lat, lon };
      return isValidView(view) ? { type, version: 1, view } : null;
    }
    default:
      return null;
  }
}

function isIndex(n: unknown): n is number {
  return typeof n === 'number' && Number.isInteger(n) && n >= 0 && n < 100_000;
}

/** Only objects made by `{}` or JSON (or structured clone of them): no arrays, class instances or exotic prototypes. */
function isPlainObject(v: unknown): v is Record<string, unknown> {
  if (typeof v !== 'object' || v === null || Array.isArray(v)) return false;
  const proto: unknown = Object.getPrototypeOf(v);
  return proto === Object.prototype || proto === null;
}

/**
 * Walks the message once, bounded: rejects prototype-pollution keys at any depth and anything larger than a
 * real message could be, before any field is read.
 */
function inspect(root: Record<string, unknown>): 'ok' | 'pollution' | 'too-large' {
  let keys = 0;
  const walk = (v: unknown, depth: number): 'ok' | 'pollution' | 'too-large' => {
    if (typeof v === 'string') return v.length > LIMITS.string ? 'too-large' : 'ok';
    if (typeof v !== 'object' || v === null) return 'ok';
    if (depth > LIMITS.depth) return 'too-large';
    // Own keys only, including non-enumerable and symbol ones: a crafted object may hide a key from Object.keys.
    const own = Reflect.ownKeys(v);
    keys += own.length;
    if (keys > LIMITS.keys) return 'too-large';
    for (const k of own) {
      if (typeof k !== 'string') return 'too-large';
      if (POLLUTING.has(k)) return 'pollution';
      const r = walk((v as Record<string, unknown>)[k], depth + 1);
      if (r !== 'ok') return r;
    }
    return 'ok';
  };
  return walk(root, 0);
}
