import type { Feature, FeatureCollection, Point } from 'geojson';
import type { GazetteerEntry } from '../linking/types';
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
 * @example sourceOf({ id: 'UA-14', kind: 'region' } as GazetteerEntry) // 'regions'
 */
export function sourceOf(place: Pick<GazetteerEntry, 'kind' | 'shape'>): SourceId {
  switch (place.kind) {
    case 'country':
      return 'countries';
    case 'union':
      return 'soviet';
    case 'city':
    case 'landmark':
      return 'places';
    case 'region':
      return place.shape ? 'outlines' : 'regions';
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
  const labelled = new Set<unknown>(base.map((f): unknown => f.properties?.['for']));
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

/**
 * The box that frames the located places the article names, for the map's first view of an article. Countries
 * count (by their main territory, `frame`) only when the article names nothing smaller: an article on Lyman that
 * also says "Russia" opens on Lyman, not on Eurasia. Null when nothing is located.
 * @example articleBounds([lyman, donetsk]) // [36.5, 46.8, 39, 49.2]
 */
export function articleBounds(places: Iterable<GazetteerEntry>): [number, number, number, number] | null {
  const located = [...places].filter((p) => !p.unlocated && p.kind !== 'union');
  const smaller = located.filter((p) => p.kind !== 'country');
  let box: [number, number, number, number] | null = null;
  for (const p of smaller.length ? smaller : located) {
    const [w, s, e, n] = p.frame ?? p.bbox;
    box = box
      ? [Math.min(box[0], w), Math.min(box[1], s), Math.max(box[2], e), Math.max(box[3], n)]
      : [w, s, e, n];
  }
  return box;
}

/** The shape files an article's places need, each once. */
export function shapeFiles(places: Iterable<GazetteerEntry>): string[] {
  return [...new Set([...places].flatMap((p) => (p.shape ? [p.shape] : [])))].sort();
}
