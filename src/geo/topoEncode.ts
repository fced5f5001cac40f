/**
 * Packs polygon layers into the compact topology the app downloads (format in data/README.md, decoder in
 * topoDecode.ts). Neighbouring regions and countries share almost every border; storing each border once, as
 * integer steps from the previous point, roughly halves the bytes of the map's outlines. Used by the data build.
 */
import type { Feature, MultiPolygon, Polygon, Position } from 'geojson';
import type { PackedFeature, PackedTopology } from './topoDecode';

/** Features whose coordinates all lie on the 1 / `quantum` degree grid (the build rounds them so). */
export type PolygonLayers = Record<string, Feature<Polygon | MultiPolygon>[]>;

type Point = readonly [number, number];

const keyOf = ([x, y]: Point): string => `${x},${y}`;

function quantise(position: Position, quantum: number): Point {
  const [lon = NaN, lat = NaN] = position;
  const x = Math.round(lon * quantum);
  const y = Math.round(lat * quantum);
  // Exactness is the point: a coordinate off the grid would come back moved, so refuse it.
  if (x / quantum !== lon || y / quantum !== lat) {
    throw new Error(`position [${lon}, ${lat}] is not on the 1/${quantum} degree grid`);
  }
  return [x, y];
}

/** A ring without its closing repeat. */
function openRing(ring: Position[], quantum: number): Point[] {
  const points = ring.map((position) => quantise(position, quantum));
  const first = points[0];
  const last = points[points.length - 1];
  if (points.length < 4 || first === undefined || last === undefined || keyOf(first) !== keyOf(last)) {
    throw new Error('every ring must be closed and have at least four positions');
  }
  return points.slice(0, -1);
}

function polygonsOf(feature: Feature<Polygon | MultiPolygon>): Position[][][] {
  return feature.geometry.type === 'Polygon' ? [feature.geometry.coordinates] : feature.geometry.coordinates;
}

/**
 * Finds the junctions: points where a border stops being shared the same way. A point that is met again with
 * other neighbours than the first time (ignoring direction) is where three areas meet or a border meets a coast.
 * Every ring's first point is made a junction too, so that each ring decodes starting where it started.
 */
function junctions(rings: Point[][]): Set<string> {
  const neighbours = new Map<string, string>();
  const found = new Set<string>();
  for (const ring of rings) {
    ring.forEach((point, i) => {
      const key = keyOf(point);
      const before = keyOf(ring[(i + ring.length - 1) % ring.length] ?? point);
      const after = keyOf(ring[(i + 1) % ring.length] ?? point);
      const seen = neighbours.get(key);
      if (i === 0) found.add(key);
      if (seen === undefined) neighbours.set(key, `${before};${after}`);
      else if (seen !== `${before};${after}` && seen !== `${after};${before}`) found.add(key);
    });
  }
  return found;
}

/**
 * Encodes the layers. Arcs are numbered in order of first use; a ring lists its arcs, `~i` (that is −i − 1)
 * for arc i walked backwards. Deterministic: the same features in the same order give the same output.
 * @example encodeTopology({ regions }, 1000).arcs.length
 */
export function encodeTopology(layers: PolygonLayers, quantum: number): PackedTopology {
  const opened = new Map<Position[], Point[]>();
  const allRings: Point[][] = [];
  for (const features of Object.values(layers)) {
    for (const feature of features) {
      for (const polygon of polygonsOf(feature)) {
        for (const ring of polygon) {
          const points = openRing(ring, quantum);
          opened.set(ring, points);
          allRings.push(points);
        }
      }
    }
  }
  const cuts = junctions(allRings);
  const arcs: Point[][] = [];
  const arcIndex = new Map<string, number>();

  const arcRef = (arc: Point[]): number => {
    const forward = arc.map(keyOf).join(' ');
    const known = arcIndex.get(forward);
    if (known !== undefined) return known;
    const backward = arc.map(keyOf).reverse().join(' ');
    const reversed = arcIndex.get(backward);
    if (reversed !== undefined) return ~reversed;
    arcs.push(arc);
    arcIndex.set(forward, arcs.length - 1);
    return arcs.length - 1;
  };

  const encodeRing = (points: Point[]): number[] => {
    const refs: number[] = [];
    let current: Point[] = [];
    for (const point of [...points, ...points.slice(0, 1)]) {
      current.push(point);
      if (current.length > 1 && cuts.has(keyOf(point))) {
        refs.push(arcRef(current));
        current = [point];
      }
    }
    return refs;
  };

  const packed: Record<string, PackedFeature[]> = {};
  for (const [name, features] of Object.entries(layers)) {
    packed[name] = features.map((feature) => {
      const rings = (polygon: Position[][]) => polygon.map((ring) => encodeRing(opened.get(ring) ?? []));
      const properties = { ...(feature.properties ?? {}) };
      return feature.geometry.type === 'Polygon'
        ? { type: 'Polygon', properties, arcs: rings(feature.geometry.coordinates) }
        : { type: 'MultiPolygon', properties, arcs: feature.geometry.coordinates.map(rings) };
    });
  }

  // Steps run on across arcs: an arc usually starts where the one before it ended, so its first step is 0,0.
  let [px, py] = [0, 0];
  return {
    type: 'ArticleAtlasTopology',
    quantum,
    arcs: arcs.map((arc) => {
      const flat: number[] = [];
      for (const [x, y] of arc) {
        flat.push(x - px, y - py);
        [px, py] = [x, y];
      }
      return flat;
    }),
    layers: packed,
  };
}
