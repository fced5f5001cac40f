/**
 * Arc-level helpers for TopoJSON. Simplifying the shared arcs of a topology, instead of each polygon on
 * its own, keeps neighbouring borders identical: both neighbours read the same simplified arc, so no
 * slivers or gaps can open between them.
 */
import type { Position } from 'geojson';
import { transform } from 'topojson-client';
import { presimplify, simplify } from 'topojson-simplify';
import type { Objects, Topology } from 'topojson-specification';

export interface ArcTransform {
  scale: [number, number];
  translate: [number, number];
}

/** The parts of a TopoJSON topology this module needs. */
export interface ArcSource {
  arcs: number[][][];
  transform?: ArcTransform | undefined;
}

/** Undoes delta encoding and quantisation (topojson-client's `transform`), giving every arc in absolute degrees. */
export function decodeArcs(source: ArcSource): Position[][] {
  if (source.transform === undefined) return source.arcs.map((arc) => arc.map(([x = 0, y = 0]) => [x, y]));
  const decode = transform(source.transform);
  // `decode` restarts its running sums when told it is not past an arc's first position.
  return source.arcs.map((arc) => arc.map((position, i) => decode(position, i > 0)));
}

const EARTH_RADIUS = 6378137;

/**
 * Spherical Web Mercator metres. Simplifying in the projection the map is drawn in makes the tolerance
 * mean the same number of screen pixels everywhere; in raw degrees a north-south wiggle at 50°N would be
 * judged 1.6 times smaller than it looks.
 */
function mercator([lon = 0, lat = 0]: Position): [number, number] {
  const clampedLat = Math.max(-85.05, Math.min(85.05, lat));
  return [
    (EARTH_RADIUS * lon * Math.PI) / 180,
    EARTH_RADIUS * Math.log(Math.tan(Math.PI / 4 + (clampedLat * Math.PI) / 360)),
  ];
}

/** Tolerance in Web Mercator metres, either fixed or varying with the place (a detail field). */
export type Tolerance = number | ((position: Position) => number);

function toleranceFunction(tolerance: Tolerance): (position: Position) => number {
  return typeof tolerance === 'number' ? () => tolerance : tolerance;
}

/**
 * topojson-simplify's `presimplify` weighs each point by the triangle it makes with its neighbours (removing the
 * lightest first, and reweighing its neighbours); `simplify` then keeps those of weight ≥ MIN_WEIGHT. Our weight is
 * the triangle's height — how far the point lies from the line joining its neighbours, in Web Mercator metres —
 * over the tolerance where the point lies, squared: a wiggle higher than its local tolerance stays, a lower one
 * goes, as Douglas–Peucker's tolerance meant before. Visvalingam's area (the library's default, scaled by the
 * tolerance²) was tried and rejected: at a threshold that keeps the first view's size it drops small countries
 * (Cyprus, Qatar, Gambia, Brunei vanish at 60 km) and the refining of invalid outlines no longer converges.
 */
export const MIN_WEIGHT = 1;

/**
 * The weight of a triangle's middle point (see MIN_WEIGHT). A point whose tolerance is 0 always stays. Each point's
 * projection and tolerance are worked out once: `presimplify` weighs a point again whenever a neighbour goes.
 */
function weightBy(toleranceAt: (position: Position) => number): (triangle: Position[]) => number {
  const known = new WeakMap<Position, { x: number; y: number; squaredTolerance: number }>();
  const at = (position: Position): { x: number; y: number; squaredTolerance: number } => {
    let found = known.get(position);
    if (found === undefined) {
      const [x, y] = mercator(position);
      found = { x, y, squaredTolerance: toleranceAt(position) ** 2 };
      known.set(position, found);
    }
    return found;
  };
  return ([a = [], b = [], c = []]) => {
    const p = at(a);
    const q = at(b);
    const r = at(c);
    if (q.squaredTolerance <= 0) return Infinity;
    const base = (p.x - r.x) ** 2 + (p.y - r.y) ** 2;
    // Twice the triangle's area; over the base, its height. A spike out and back (neighbours on one point): its length.
    const doubleArea = (p.x - r.x) * (q.y - p.y) - (p.x - q.x) * (r.y - p.y);
    const squaredHeight = base === 0 ? (q.x - p.x) ** 2 + (q.y - p.y) ** 2 : (doubleArea * doubleArea) / base;
    return squaredHeight / q.squaredTolerance;
  };
}

function isClosed(line: Position[]): boolean {
  const first = line[0];
  const last = line[line.length - 1];
  return (
    line.length > 1 &&
    first !== undefined &&
    last !== undefined &&
    first[0] === last[0] &&
    first[1] === last[1]
  );
}

function topologyOf(arcs: Position[][]): Topology<Objects<Record<string, never>>> {
  return { type: 'Topology', objects: {}, arcs };
}

/**
 * Simplifies every arc with topojson-simplify, in Web Mercator metres with a tolerance that may vary along it (see
 * MIN_WEIGHT). Both ends of an arc always stay, so arcs still meet at their junctions. An arc that closes on itself is a whole ring (an island, an enclave); it must
 * keep at least four positions to stay a valid ring, so its tolerance is halved until it does.
 */
export function simplifyArcs(arcs: Position[][], tolerance: Tolerance): Position[][] {
  const weighted = presimplify(topologyOf(arcs), weightBy(toleranceFunction(tolerance)));
  const kept = simplify(weighted, MIN_WEIGHT).arcs;
  return kept.map((arc, i) => {
    const source = arcs[i] ?? [];
    if (arc.length >= 4 || !isClosed(source) || source.length < 4) return arc;
    const ring = topologyOf([weighted.arcs[i] ?? []]);
    // Halving the tolerance quarters the weights' threshold (they are squared).
    for (let scale = 0.5; scale > 1e-6; scale /= 2) {
      const [smaller = []] = simplify(ring, MIN_WEIGHT * scale * scale).arcs;
      if (smaller.length >= 4) return smaller;
    }
    return source.slice();
  });
}

/**
 * Rounds every position to the number of decimals its place calls for and drops the repeats that
 * creates. Rounding the shared arcs, rather than finished polygons, lets precision vary by place without
 * opening gaps between neighbours: both sides of a border read the same rounded arc.
 */
export function roundArcs(
  arcs: Position[][],
  decimals: number | ((position: Position) => number),
): Position[][] {
  const decimalsAt = typeof decimals === 'number' ? (): number => decimals : decimals;
  return arcs.map((arc) => {
    const rounded: Position[] = [];
    for (const position of arc) {
      const [x = 0, y = 0] = position;
      const factor = 10 ** decimalsAt(position);
      const next = [Math.round(x * factor) / factor, Math.round(y * factor) / factor];
      const last = rounded[rounded.length - 1];
      if (last === undefined || last[0] !== next[0] || last[1] !== next[1]) rounded.push(next);
    }
    // An arc keeps two ends even when it collapses to a point, so the rings it belongs to stay closed.
    const end = rounded[0];
    if (rounded.length === 1 && end !== undefined) rounded.push(end.slice());
    return rounded;
  });
}
