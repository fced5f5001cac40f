/**
 * Arc-level helpers for TopoJSON. Simplifying the shared arcs of a topology, instead of each polygon on
 * its own, keeps neighbouring borders identical: both neighbours read the same simplified arc, so no
 * slivers or gaps can open between them.
 */
import type { Position } from 'geojson';

export interface ArcTransform {
  scale: [number, number];
  translate: [number, number];
}

/** The parts of a TopoJSON topology this module needs. */
export interface ArcSource {
  arcs: number[][][];
  transform?: ArcTransform | undefined;
}

/** Undoes delta encoding and quantisation, giving every arc in absolute degrees. */
export function decodeArcs(source: ArcSource): Position[][] {
  const { transform } = source;
  if (transform === undefined) return source.arcs.map((arc) => arc.map(([x = 0, y = 0]) => [x, y]));
  const [kx, ky] = transform.scale;
  const [dx, dy] = transform.translate;
  return source.arcs.map((arc) => {
    let x = 0;
    let y = 0;
    return arc.map(([deltaX = 0, deltaY = 0]) => {
      x += deltaX;
      y += deltaY;
      return [x * kx + dx, y * ky + dy];
    });
  });
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

function squaredSegmentDistance(p: [number, number], a: [number, number], b: [number, number]): number {
  const [px, py] = p;
  const [ax, ay] = a;
  const [bx, by] = b;
  const dx = bx - ax;
  const dy = by - ay;
  const lengthSquared = dx * dx + dy * dy;
  let t = lengthSquared === 0 ? 0 : ((px - ax) * dx + (py - ay) * dy) / lengthSquared;
  t = Math.max(0, Math.min(1, t));
  const ex = ax + t * dx - px;
  const ey = ay + t * dy - py;
  return ex * ex + ey * ey;
}

/** Tolerance in Web Mercator metres, either fixed or varying with the place (a detail field). */
export type Tolerance = number | ((position: Position) => number);

function toleranceFunction(tolerance: Tolerance): (position: Position) => number {
  return typeof tolerance === 'number' ? () => tolerance : tolerance;
}

/**
 * Douglas–Peucker on the Mercator projection of a line, with a tolerance that may vary along it: each
 * step keeps the point that exceeds its own local tolerance by the largest factor. Returns the original
 * (unprojected) positions it keeps, always including both ends so arcs still meet at their junctions.
 */
export function simplifyLine(line: Position[], tolerance: Tolerance): Position[] {
  if (line.length <= 2) return line.slice();
  const toleranceAt = toleranceFunction(tolerance);
  const projected = line.map(mercator);
  const squaredTolerances = line.map((position) => toleranceAt(position) ** 2);
  const keep = new Uint8Array(line.length);
  keep[0] = 1;
  keep[line.length - 1] = 1;
  const stack: [number, number][] = [[0, line.length - 1]];
  for (let range = stack.pop(); range !== undefined; range = stack.pop()) {
    const [first, last] = range;
    const a = projected[first];
    const b = projected[last];
    if (a === undefined || b === undefined) continue;
    let worst = -1;
    let worstRatio = 1;
    for (let i = first + 1; i < last; i++) {
      const p = projected[i];
      const squaredTolerance = squaredTolerances[i] ?? 0;
      if (p === undefined) continue;
      const distance = squaredSegmentDistance(p, a, b);
      const ratio = squaredTolerance > 0 ? distance / squaredTolerance : Infinity;
      if (ratio > worstRatio) {
        worst = i;
        worstRatio = ratio;
      }
    }
    if (worst < 0) continue;
    keep[worst] = 1;
    stack.push([first, worst], [worst, last]);
  }
  return line.filter((_, i) => keep[i] === 1);
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

/**
 * Simplifies every arc. An arc that closes on itself is a whole ring (an island, an enclave); it must keep
 * at least four positions to stay a valid ring, so its tolerance is halved until it does.
 */
export function simplifyArcs(arcs: Position[][], tolerance: Tolerance): Position[][] {
  const toleranceAt = toleranceFunction(tolerance);
  return arcs.map((arc) => {
    if (!isClosed(arc) || arc.length < 4) return simplifyLine(arc, toleranceAt);
    for (let scale = 1; scale > 1e-6; scale /= 2) {
      const simplified = simplifyLine(arc, (position) => toleranceAt(position) * scale);
      if (simplified.length >= 4) return simplified;
    }
    return arc.slice();
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
