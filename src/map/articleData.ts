import type { Feature, FeatureCollection, Point } from 'geojson';
import type { GazetteerEntry } from '../linking/types';
import { greatCircleKm } from '../geo/sphere';
import type { SourceId } from './style/layers';

/**
 * What the map draws for one article, beyond the base map, from the article's gazetteer entries. Pure: the WebGL
 * map and the static SVG map both use it.
 *
 * The base files (data/places.geojson, data/labels.geojson) are built for the default article. Another article's
 * towns come from their gazetteer `point`, its areas' labels from `label` (else the middle of their box), and its
 * outlines from the files their `shape` names (src/map/shapes.ts).
 */

/**
 * The source that holds a place's feature, for feature-state and hit tests.
 * @example sourceOf({ id: 'UA-14', kind: 'region' } as GazetteerEntry) // 'base'
 */
export function sourceOf(place: Pick<GazetteerEntry, 'kind' | 'shape'>): SourceId {
  switch (place.kind) {
    case 'country':
    case 'union':
      return 'base';
    case 'city':
    case 'landmark':
      return 'places';
    case 'region':
      return place.shape ? 'outlines' : 'base';
    case 'sea':
    case 'river':
    case 'reservoir':
      return place.shape ? 'outlines' : 'labels';
  }
}

const idOf = (f: Feature): string => {
  const id: unknown = f.properties?.['id'];
  return typeof id === 'string' ? id : '';
};

const point = (coordinates: [number, number], properties: Record<string, unknown>): Feature<Point> => ({
  type: 'Feature',
  geometry: { type: 'Point', coordinates },
  properties,
});

/**
 * The article's towns and landmarks as points: the base file's where it has them, else the gazetteer's point.
 * Places with neither (an unlocated village) are not drawn; they are listed under "Not on the map".
 * @example articlePoints(base, places).features.map((f) => f.properties.id)
 */
export function articlePoints(base: readonly Feature[], places: Iterable<GazetteerEntry>): FeatureCollection {
  const inBase = new Map(base.map((f) => [idOf(f), f]));
  const features: Feature[] = [];
  for (const p of places) {
    if (p.kind !== 'city' && p.kind !== 'landmark') continue;
    const known = inBase.get(p.id);
    if (known) features.push(known);
    else if (p.point) features.push(point(p.point, { id: p.id, name: p.name, kind: p.kind }));
  }
  return { type: 'FeatureCollection', features };
}

const middle = ([w, s, e, n]: [number, number, number, number]): [number, number] => [
  (w + e) / 2,
  (s + n) / 2,
];

/**
 * Label points: the base file's seas and area labels, plus one for each named area (region, country, sea, river)
 * the base file has none for, at its `label` or the middle of its main territory.
 * @example articleLabels(base, places).features.filter((f) => f.properties.for === 'RU-BEL')
 */
export function articleLabels(base: readonly Feature[], places: Iterable<GazetteerEntry>): FeatureCollection {
  // A base label names its place in `for` (an area's label) or is the place itself (a sea: `id` "black-sea").
  const labelled = new Set<unknown>(base.map((f): unknown => f.properties?.['for'] ?? f.properties?.['id']));
  const features: Feature[] = [...base];
  for (const p of places) {
    if (p.kind === 'city' || p.kind === 'landmark' || p.kind === 'union' || labelled.has(p.id)) continue;
    if (p.unlocated) continue;
    const at = p.label ?? p.point ?? middle(p.frame ?? p.bbox);
    features.push(point(at, { id: `label:${p.id}`, for: p.id, kind: p.kind, name: p.name }));
  }
  return { type: 'FeatureCollection', features };
}

/**
 * Whether the map can show a place at all: a point, an outline in a shape file or in the base files, or a label
 * point. The reason is shown under "Not on the map" when it cannot.
 * @example whereDrawn({ kind: 'city' } as GazetteerEntry) // null: a town without a point
 */
export function whereDrawn(
  place: Pick<GazetteerEntry, 'id' | 'kind' | 'shape' | 'point' | 'unlocated'>,
  inBase: (id: string) => boolean,
): 'point' | 'outline' | 'label' | null {
  if (place.unlocated) return null;
  if (place.kind === 'city' || place.kind === 'landmark')
    return place.point || inBase(place.id) ? 'point' : null;
  if (place.shape) return 'outline';
  if (place.kind === 'sea' || place.kind === 'river' || place.kind === 'reservoir') return 'label';
  return inBase(place.id) ? 'outline' : null;
}

type Box = [number, number, number, number];

/** However tight the article's main cluster, places this close to its centre stay in the first frame. */
const MIN_REACH_KM = 500;
/** A place further from the centre than this many times the typical (median) distance is a far outlier. */
const OUTLIER_FACTOR = 3;

/** The value at which the running weight first reaches half the total (values need not be sorted). */
function weightedMedian(values: readonly { value: number; weight: number }[]): number {
  const sorted = [...values].sort((a, b) => a.value - b.value);
  const half = sorted.reduce((sum, v) => sum + v.weight, 0) / 2;
  let running = 0;
  for (const v of sorted) {
    running += v.weight;
    if (running >= half) return v.value;
  }
  return sorted.at(-1)?.value ?? 0;
}

const union = (boxes: readonly Box[]): Box | null =>
  boxes.reduce<Box | null>(
    (box, [w, s, e, n]) =>
      box
        ? [Math.min(box[0], w), Math.min(box[1], s), Math.max(box[2], e), Math.max(box[3], n)]
        : [w, s, e, n],
    null,
  );

/**
 * The places of the article's main cluster: those within reach of its centre (the median of the places' middles,
 * weighted by how often each is named). The reach is {@link OUTLIER_FACTOR} times the median distance, and at
 * least {@link MIN_REACH_KM}; a place's distance is to the nearest point of its box, so a region around the
 * cluster is part of it. Far places are left out only when the rest carry more than half of the mentions: two
 * places named as often as each other, far apart, are framed together.
 */
function mainCluster<T extends { box: Box; weight: number }>(places: readonly T[]): readonly T[] {
  if (places.length < 2) return places;
  const middle = ({ box: [w, s, e, n] }: T): [number, number] => [(w + e) / 2, (s + n) / 2];
  const centre: [number, number] = [
    weightedMedian(places.map((p) => ({ value: middle(p)[0], weight: p.weight }))),
    weightedMedian(places.map((p) => ({ value: middle(p)[1], weight: p.weight }))),
  ];
  const clamp = (v: number, lo: number, hi: number) => Math.min(hi, Math.max(lo, v));
  const distances = places.map(({ box: [w, s, e, n] }) =>
    greatCircleKm(centre, [clamp(centre[0], w, e), clamp(centre[1], s, n)]),
  );
  const typical = weightedMedian(places.map((p, i) => ({ value: distances[i] ?? 0, weight: p.weight })));
  const reach = Math.max(MIN_REACH_KM, OUTLIER_FACTOR * typical);
  const kept = places.filter((_, i) => (distances[i] ?? 0) <= reach);
  const total = places.reduce((sum, p) => sum + p.weight, 0);
  const keptWeight = kept.reduce((sum, p) => sum + p.weight, 0);
  return keptWeight * 2 > total ? kept : places;
}

/**
 * The box that frames the article's main cluster of located places, for the map's first view of an article.
 * Countries count (by their main territory, `frame`) only when the article names nothing smaller: an article on
 * Lyman that also says "Russia" opens on Lyman, not on Eurasia. Far outliers (Washington, named once in an article
 * about Lyman) are left out of the frame; they are still drawn and clickable. `mentions` weighs each place by how
 * many sentences name it (1 each when absent). Null when nothing is located.
 * @example articleBounds([lyman, donetsk, washington], (id) => article.sentencesByPlace.get(id)?.length ?? 1)
 */
export function articleBounds(
  places: Iterable<GazetteerEntry>,
  mentions: (id: string) => number = () => 1,
): Box | null {
  const located = [...places].filter((p) => !p.unlocated && p.kind !== 'union');
  const smaller = located.filter((p) => p.kind !== 'country');
  const framed = (smaller.length ? smaller : located).map((p) => ({
    box: p.frame ?? p.bbox,
    weight: Math.max(1, mentions(p.id)),
  }));
  return union(mainCluster(framed).map((p) => p.box));
}

/**
 * The first frame of an article, for the WebGL map and the static map alike: its main cluster of places, each
 * weighed by the sentences that name it.
 */
export function articleFrame(article: {
  places: ReadonlyMap<string, GazetteerEntry>;
  sentencesByPlace: ReadonlyMap<string, readonly unknown[]>;
}): Box | null {
  return articleBounds(article.places.values(), (id) => article.sentencesByPlace.get(id)?.length ?? 1);
}

/** The shape files an article's places need, each once. */
export function shapeFiles(places: Iterable<GazetteerEntry>): string[] {
  return [...new Set([...places].flatMap((p) => (p.shape ? [p.shape] : [])))].sort();
}
