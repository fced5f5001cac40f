import type { LayerGroup } from '../linking/types';
import { defaultVisibility, LAYERS, type LayerVisibility } from './layers';

/** A camera position in MapLibre's `#map=ZOOM/LAT/LON` terms. */
export interface View {
  zoom: number;
  lat: number;
  lon: number;
}

/** Everything a link says about what is on screen. `view: null` means "the default first view". */
export interface UrlState {
  /** A saved article of this browser (`?article=<id>`); null for the default article. */
  article: string | null;
  view: View | null;
  place: string | null;
  sentence: number | null;
  layers: LayerVisibility;
  /**
   * A share link's article (src/state/fragment.ts), carried in the hash as `a=` after `map=`: `#map=5/48/37&a=1.…`.
   * Absent for the default article and a saved one. Not checked here: decoding it is async and hostile-proof
   * (decodeArticleFragment); this codec only carries it.
   */
  shared?: string;
}

/** What the decoder must know about the article to tell a usable id from an unknown one. */
export interface UrlContext {
  hasPlace: (id: string) => boolean;
  sentenceCount: number;
}

/** The decoded state plus short messages for the reader about parts we could not use. */
export interface DecodedUrl {
  state: UrlState;
  notices: string[];
}

export const ZOOM_RANGE = [0, 22] as const;
const MAX_LAT = 85.0511;
// Ids are short ASCII tokens (UA-14, gn:703448, kremlin); anything else is not one of ours.
const PLACE_ID = /^[A-Za-z0-9:._-]{1,40}$/;
const GROUPS: readonly LayerGroup[] = LAYERS.map((l) => l.group);
// The ids src/state/storage.ts makes: 12 URL-safe characters.
const ARTICLE_ID = /^[A-Za-z0-9_-]{12}$/;
const NO_LAYERS = 'none';
/** The hash key of a share link's article. */
export const SHARED_KEY = 'a';

/**
 * The state a fresh view starts with.
 * @example defaultUrlState().place // null
 */
export function defaultUrlState(): UrlState {
  return { article: null, view: null, place: null, sentence: null, layers: defaultVisibility() };
}

/**
 * Rounds a view to what a link can carry: zoom to 2 decimals, coordinates to 5 (about a metre).
 * @example roundView({ zoom: 5.123, lat: 48.123456, lon: 37.1 }) // { zoom: 5.12, lat: 48.12346, lon: 37.1 }
 */
export function roundView(view: View): View {
  return { zoom: round(view.zoom, 2), lat: round(view.lat, 5), lon: round(view.lon, 5) };
}

function round(n: number, digits: number): number {
  const f = 10 ** digits;
  // `+ 0` turns -0 into 0, so a rounded view always prints the same way.
  return Math.round(n * f) / f + 0;
}

/**
 * True for a view a link may carry: finite numbers within MapLibre's ranges.
 * @example isValidView({ zoom: 5, lat: 48, lon: 37 }) // true
 */
export function isValidView(v: View): boolean {
  return (
    Number.isFinite(v.zoom) &&
    Number.isFinite(v.lat) &&
    Number.isFinite(v.lon) &&
    v.zoom >= ZOOM_RANGE[0] &&
    v.zoom <= ZOOM_RANGE[1] &&
    Math.abs(v.lat) <= MAX_LAT &&
    Math.abs(v.lon) <= 180
  );
}

/**
 * The query string (with `?`, or empty) and hash (with `#`, or empty) for a state. Parts at their default are left out.
 * @example encodeUrlState({ ...defaultUrlState(), place: 'UA-14', view: { zoom: 5, lat: 48.3, lon: 37.3 } }) // { search: '?place=UA-14', hash: '#map=5/48.3/37.3' }
 */
export function encodeUrlState(state: UrlState): { search: string; hash: string } {
  const params: string[] = [];
  if (state.article !== null) params.push(`article=${encodeURIComponent(state.article)}`);
  if (state.place !== null) params.push(`place=${encodeURIComponent(state.place)}`);
  if (state.sentence !== null) params.push(`sentence=${state.sentence}`);
  const defaults = defaultVisibility();
  if (GROUPS.some((g) => state.layers[g] !== defaults[g])) {
    const on = GROUPS.filter((g) => state.layers[g]);
    params.push(`layers=${on.length ? on.join(',') : NO_LAYERS}`);
  }
  const v = state.view && roundView(state.view);
  // The camera first, the article last: a reader (or MapLibre's own hash) that knows only `map=` still reads it,
  // and the long part never hides the short one when a tool shows a link cut at its end.
  const hashParts: string[] = [];
  if (v) hashParts.push(`map=${v.zoom}/${v.lat}/${v.lon}`);
  // base64url and the version's dot need no escaping in a fragment.
  if (state.shared !== undefined && state.shared !== '') hashParts.push(`${SHARED_KEY}=${state.shared}`);
  return {
    search: params.length ? `?${params.join('&')}` : '',
    hash: hashParts.length ? `#${hashParts.join('&')}` : '',
  };
}

/**
 * Reads a state from a location's query string and hash. Forgiving: each part that is missing, malformed,
 * unknown or given twice falls back to its default; never throws.
 * @example decodeUrlState('?place=UA-99', '', { hasPlace: () => false, sentenceCount: 1 }).notices // ['No place ‘UA-99’ in this article']
 */
export function decodeUrlState(search: string, hash: string, ctx: UrlContext): DecodedUrl {
  const state = defaultUrlState();
  const notices: string[] = [];
  const query = safeParams(search);
  const hashParams = safeParams(hash.startsWith('#') ? hash.slice(1) : hash);

  const article = single(query, 'article');
  if (article !== null) {
    if (ARTICLE_ID.test(article)) state.article = article;
    else notices.push(`No saved article ‘${shorten(article)}’ in this browser; showing the default article`);
  }

  const place = single(query, 'place');
  if (place !== null) {
    if (PLACE_ID.test(place) && ctx.hasPlace(place)) state.place = place;
    else notices.push(`No place ‘${shorten(place)}’ in this article`);
  }

  const sentence = single(query, 'sentence');
  if (sentence !== null && /^\d{1,6}$/.test(sentence)) {
    const n = Number(sentence);
    if (n < ctx.sentenceCount) state.sentence = n;
  }

  const layers = single(query, 'layers');
  if (layers !== null) state.layers = decodeLayers(layers) ?? state.layers;

  const map = single(hashParams, 'map');
  if (map !== null) state.view = decodeView(map);

  const shared = single(hashParams, SHARED_KEY);
  if (shared !== null && shared !== '') state.shared = shared;

  return { state, notices };
}

function decodeLayers(value: string): LayerVisibility | null {
  if (value === NO_LAYERS) return Object.fromEntries(GROUPS.map((g) => [g, false])) as LayerVisibility;
  const tokens = value.split(',');
  const known = tokens.filter((t): t is LayerGroup => (GROUPS as readonly string[]).includes(t));
  // One unknown name means the list was not written by us (or was damaged): keep the defaults whole.
  if (known.length === 0 || known.length !== tokens.length || new Set(known).size !== known.length)
    return null;
  return Object.fromEntries(GROUPS.map((g) => [g, known.includes(g)])) as LayerVisibility;
}

const NUMBER = /^-?(?:\d{1,3}(?:\.\d{1,12})?)$/;

function decodeView(value: string): View | null {
  const parts = value.split('/');
  // MapLibre writes ZOOM/LAT/LON and, when rotated or pitched, /BEARING/PITCH; we keep no rotation.
  if (parts.length < 3 || parts.length > 5 || !parts.every((p) => NUMBER.test(p))) return null;
  const [zoom, lat, lon] = parts.map(Number) as [number, number, number];
  const view = { zoom, lat, lon };
  return isValidView(view) ? view : null;
}

/** URLSearchParams, but a value given twice (or a part that will not parse) counts as absent. */
function safeParams(raw: string): Map<string, string | null> {
  const out = new Map<string, string | null>();
  let params: URLSearchParams;
  try {
    params = new URLSearchParams(raw);
  } catch {
    return out;
  }
  for (const [key, value] of params) out.set(key, out.has(key) ? null : value);
  return out;
}

function single(params: Map<string, string | null>, key: string): string | null {
  return params.get(key) ?? null;
}

function shorten(s: string): string {
  // Drop control characters (C0 and C1) so a notice cannot carry invisible text.
  const clean = [...s].filter((c) => !/\p{Cc}/u.test(c)).join('');
  return clean.length > 24 ? `${clean.slice(0, 24)}…` : clean;
}

/**
 * The colour scheme a link forces (`?theme=light` or `?theme=dark`, for an embed that must match its host page), or
 * null to follow the reader's system setting. Any other value, or the parameter given twice, is ignored.
 * @example decodeTheme('?theme=dark') // 'dark'
 */
export function decodeTheme(search: string): 'light' | 'dark' | null {
  const theme = single(safeParams(search), 'theme');
  return theme === 'light' || theme === 'dark' ? theme : null;
}
