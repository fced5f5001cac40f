/**
 * Small, pure geometry helpers shared by the data pipeline and its tests.
 * Everything works on plain GeoJSON in WGS84 degrees; nothing here touches the DOM.
 */
import {
  area,
  bbox,
  bboxClip,
  booleanPointInPolygon,
  centroid,
  point,
  pointOnFeature,
  polygon,
  rewind,
} from '@turf/turf';
import type { Feature, Geometry, MultiPolygon, Polygon, Position } from 'geojson';

export type Polygonal = Polygon | MultiPolygon;

/** [west, south, east, north] in degrees. */
export type Bounds = [number, number, number, number];

export function roundTo(value: number, decimals: number): number {
  const factor = 10 ** decimals;
  const rounded = Math.round(value * factor) / factor;
  // Math.round(-0.0001 * 1000) is -0; normalise so equal inputs always serialise the same way.
  return rounded === 0 ? 0 : rounded;
}

export function roundPosition(position: Position, decimals: number): Position {
  const [x = 0, y = 0] = position;
  return [roundTo(x, decimals), roundTo(y, decimals)];
}

/** The polygons of a Polygon or MultiPolygon as one list, so callers need not branch on the type. */
export function polygonsOf(geometry: Polygonal): Position[][][] {
  return geometry.type === 'Polygon' ? [geometry.coordinates] : geometry.coordinates;
}

/** Builds the smallest geometry type that holds the polygons, or null when there are none. */
export function fromPolygons(polygons: Position[][][]): Polygonal | null {
  const [first] = polygons;
  if (first === undefined) return null;
  if (polygons.length === 1) return { type: 'Polygon', coordinates: first };
  return { type: 'MultiPolygon', coordinates: polygons };
}

/** Twice the signed planar area of a ring; only its sign and whether it is zero are used. */
function ringArea2(ring: Position[]): number {
  let sum = 0;
  for (let i = 0; i + 1 < ring.length; i++) {
    const [x1 = 0, y1 = 0] = ring[i] ?? [];
    const [x2 = 0, y2 = 0] = ring[i + 1] ?? [];
    sum += x1 * y2 - x2 * y1;
  }
  return sum;
}

/** Whether two positions are the same point, exactly (false when either is missing). */
export function samePosition(a: Position | undefined, b: Position | undefined): boolean {
  return a !== undefined && b !== undefined && a[0] === b[0] && a[1] === b[1];
}

/**
 * Rounds a ring and removes the repeats rounding creates. Returns null when the ring collapses,
 * because a ring of fewer than four positions or zero area is invalid GeoJSON.
 */
function roundRing(ring: Position[], decimals: number): Position[] | null {
  const out: Position[] = [];
  for (const position of ring) {
    const rounded = roundPosition(position, decimals);
    if (!samePosition(out[out.length - 1], rounded)) out.push(rounded);
  }
  const first = out[0];
  if (first === undefined) return null;
  if (!samePosition(first, out[out.length - 1])) out.push(first);
  if (out.length < 4 || ringArea2(out) === 0) return null;
  return out;
}

/**
 * Rounds every coordinate to `decimals`, drops rings and polygons that collapse, and winds the
 * result by the GeoJSON right-hand rule (outer rings counter-clockwise).
 */
export function roundPolygonal(geometry: Polygonal, decimals: number): Polygonal | null {
  const polygons: Position[][][] = [];
  for (const polygon of polygonsOf(geometry)) {
    const [outer, ...holes] = polygon;
    if (outer === undefined) continue;
    const roundedOuter = roundRing(outer, decimals);
    if (roundedOuter === null) continue;
    const roundedHoles = holes.map((hole) => roundRing(hole, decimals)).filter((hole) => hole !== null);
    polygons.push([roundedOuter, ...roundedHoles]);
  }
  const result = fromPolygons(polygons);
  if (result !== null) rewind(result, { mutate: true });
  return result;
}

/**
 * Removes polygons smaller than `minArea` square metres (islets invisible at the target zoom), but always
 * keeps the largest polygon so microstates survive. Holes are kept: they are enclaves that another feature
 * fills, and dropping one would make the two overlap.
 */
export function pruneSmallParts(geometry: Polygonal, minArea: number): Polygonal | null {
  const polygons = polygonsOf(geometry);
  const areas = polygons.map((polygon) => area({ type: 'Polygon', coordinates: polygon.slice(0, 1) }));
  const largest = areas.indexOf(Math.max(...areas));
  return fromPolygons(polygons.filter((_, i) => i === largest || (areas[i] ?? 0) >= minArea));
}

/** Cuts a geometry to a rectangle; null when nothing of it lies inside. */
export function clipPolygonal(geometry: Polygonal, bounds: Bounds): Polygonal | null {
  const clipped = bboxClip(geometry, bounds).geometry;
  if (clipped.type !== 'Polygon' && clipped.type !== 'MultiPolygon') return null;
  const polygons = polygonsOf(clipped)
    .map((polygon) => polygon.filter((ring) => ring.length >= 4))
    .filter((polygon) => polygon.length > 0 && (polygon[0]?.length ?? 0) >= 4);
  return fromPolygons(polygons);
}

/**
 * Bounding box rounded outwards to `decimals`, so the rounded box still contains the geometry.
 * Not meaningful for geometries that cross the antimeridian; callers override those by hand.
 */
export function boundsOf(geometry: Geometry, decimals: number): Bounds {
  const [west = 0, south = 0, east = 0, north = 0] = bbox(geometry);
  const factor = 10 ** decimals;
  const down = (v: number): number => roundTo(Math.floor(v * factor) / factor, decimals);
  const up = (v: number): number => roundTo(Math.ceil(v * factor) / factor, decimals);
  return [down(west), down(south), up(east), up(north)];
}

/** A box of `pad` degrees around a point, so the camera has an extent to fit for point features. */
export function boundsAround(position: Position, pad: number, decimals: number): Bounds {
  const [x = 0, y = 0] = position;
  return [
    roundTo(x - pad, decimals),
    roundTo(y - pad, decimals),
    roundTo(x + pad, decimals),
    roundTo(y + pad, decimals),
  ];
}

/** True when [lon, lat] lies inside the polygonal geometry or feature (boundary excluded). */
export function containsPoint(shape: Polygonal | Feature<Polygonal>, position: Position): boolean {
  return booleanPointInPolygon(point(position), shape, { ignoreBoundary: true });
}

/**
 * Where to write a shape's name: the centroid of its largest part (France's mainland, not French Guiana),
 * or a point surely inside that part when the centroid falls outside it (a crescent-shaped region).
 * @example labelPoint({ type: 'Polygon', coordinates: [[[0, 0], [4, 0], [4, 2], [0, 2], [0, 0]]] }) // [2, 1]
 */
export function labelPoint(geometry: Polygonal): Position {
  const parts = polygonsOf(geometry).map((rings) => polygon(rings));
  const largest = parts.reduce((best, part) => (area(part) > area(best) ? part : best));
  const centre = centroid(largest).geometry.coordinates;
  return booleanPointInPolygon(point(centre), largest)
    ? centre
    : pointOnFeature(largest).geometry.coordinates;
}
