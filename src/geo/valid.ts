/**
 * Makes a simplified, rounded outline valid: no ring that crosses or touches itself, no two polygons of a
 * MultiPolygon that overlap or touch (turf's `booleanValid`, which counts any contact between parts as invalid,
 * plus turf's `kinks` for the crossings it misses). Simplifying each arc on its
 * own and rounding to a coarse grid can break all three (an inlet narrower than the grid closes into a pinch, two
 * islands' coasts cross). Shared borders are untouched: only rings of the geometry itself are merged, so a
 * neighbour's outline still meets it.
 */
import {
  area,
  booleanCrosses,
  booleanDisjoint,
  featureCollection,
  kinks,
  lineIntersect,
  lineString,
  polygon,
  union,
} from '@turf/turf';
import type { Position } from 'geojson';
import { boxesOverlap, boxOf, type Box } from './box';
import { fromPolygons, polygonsOf, roundPolygonal, samePosition, type Polygonal } from './geometry';

/** Rounding an intersection point can make a new crossing; a few passes settle it (the build fails otherwise). */
const MAX_PASSES = 4;

/**
 * turf's booleanValid, plus no ring that crosses itself or another ring of its polygon, which it does not check
 * (a bow tie passes it).
 */
export function isValidOutline(geometry: Polygonal): boolean {
  return validAsTurfSays(geometry) && kinks(geometry).features.length === 0;
}

/**
 * What turf's booleanValid answers for a Polygon or MultiPolygon, by its checks in its order, but faster: turf looks
 * for a vertex lying on a later segment of its ring (a spike or a puncture) by trying every pair, which took a
 * quarter of `npm run data` on the largest countries; here only the segments near the vertex are tried. The unit
 * test holds the answer to turf's own on many outlines.
 */
export function validAsTurfSays(geometry: Polygonal): boolean {
  const polygons = polygonsOf(geometry);
  // Each part's box, for the test of parts against each other (computed once, not once per pair).
  let boxes: Box[] | undefined;
  for (let i = 0; i < polygons.length; i++) {
    const rings = required(polygons[i]);
    for (let r = 0; r < rings.length; r++) {
      const ring = required(rings[r]);
      if (ring.length < 4 || !samePosition(ring[0], ring[ring.length - 1]) || hasSpike(ring)) return false;
      if (r === 0 && geometry.type === 'MultiPolygon') {
        boxes ??= polygons.map((p) => boxOf({ type: 'LineString', coordinates: required(p[0]) }));
        if (!apartFromTheLaterParts(polygons, boxes, i)) return false;
      }
      if (r > 0 && lineIntersect(polygon([required(rings[0])]), polygon([ring])).features.length > 1)
        return false;
    }
  }
  return true;
}

/**
 * turf's test of one part against each later part of a MultiPolygon: they may touch, but not cross. Parts whose
 * boxes do not even touch are apart without asking turf (its test of them takes a sweep over both outlines); such
 * a later part with a malformed ring, on which turf would throw here, is found invalid when its own turn comes.
 */
function apartFromTheLaterParts(polygons: Position[][][], boxes: readonly Box[], index: number): boolean {
  const box = required(boxes[index]);
  const part = polygon(required(polygons[index]));
  for (let k = index + 1; k < polygons.length; k++) {
    if (!boxesOverlap(box, required(boxes[k]))) continue;
    const later = required(polygons[k]);
    if (!booleanDisjoint(part, polygon(later)) && booleanCrosses(part, lineString(required(later[0]))))
      return false;
  }
  return true;
}

/** Whether a vertex of the ring lies on a later segment of it, as turf's booleanValid tests it (no tolerance). */
function hasSpike(ring: Position[]): boolean {
  const last = ring.length - 3;
  // Boxes grown by far more than a rounding error, so that a point found on a segment is always in its box.
  const segments = new SegmentGrid([ring], 1e-9);
  for (let i = 0; i < ring.length - 1; i++) {
    const p = required(ring[i]);
    for (const [, j] of segments.near(p))
      if (j > i && j <= last && exactlyOnSegment(p, required(ring[j]), required(ring[j + 1]))) return true;
  }
  return false;
}

/**
 * turf's point-on-segment test, ends included: p lies on the line through a and b with no rounding allowed, and
 * between a and b along the axis the segment runs furthest on; a zero-length segment holds only its own point.
 */
function exactlyOnSegment([px = 0, py = 0]: Position, [ax = 0, ay = 0]: Position, [bx = 0, by = 0]: Position) {
  const dx = bx - ax;
  const dy = by - ay;
  if ((px - ax) * dy - (py - ay) * dx !== 0) return false;
  if (dx === 0 && dy === 0) return px === ax && py === ay;
  if (Math.abs(dx) >= Math.abs(dy)) return Math.min(ax, bx) <= px && px <= Math.max(ax, bx);
  return Math.min(ay, by) <= py && py <= Math.max(ay, by);
}

/** Merges overlapping and self-crossing rings (a polygon union of the geometry's own parts). */
function merged(geometry: Polygonal): Polygonal | null {
  const parts = polygonsOf(geometry).map((rings) => polygon(rings));
  const [first] = parts;
  if (first === undefined) return null;
  // turf's union takes two or more features; a lone polygon is united with itself to resolve its own crossings.
  const result = union(featureCollection(parts.length > 1 ? parts : [first, first]));
  return result === null ? null : result.geometry;
}

/** Whether p lies on the segment a–b (exactly, up to floating-point noise on grid-rounded coordinates). */
function onSegment(
  [px = 0, py = 0]: Position,
  [ax = 0, ay = 0]: Position,
  [bx = 0, by = 0]: Position,
): boolean {
  const cross = (bx - ax) * (py - ay) - (by - ay) * (px - ax);
  if (Math.abs(cross) > 1e-12) return false;
  return px >= Math.min(ax, bx) && px <= Math.max(ax, bx) && py >= Math.min(ay, by) && py <= Math.max(ay, by);
}

/**
 * Where a ring touches itself or another ring at a vertex (a pinch: an inlet closed by rounding, two parts meeting
 * at a point), moves that vertex one grid step (10^-decimals degrees on each axis) towards the middle of its two
 * neighbours, off the other boundary; nothing else moves. The smaller parts move first, so a large part keeps
 * its shape where it meets a small one. turf counts any such contact as invalid.
 */
function openPinches(geometry: Polygonal, decimals: number): Polygonal {
  const step = 10 ** -decimals;
  const polygons = polygonsOf(geometry).map((rings) => rings.map((ring) => ring.map((p) => [...p])));
  const rings = polygons.flat();
  const bySize = [...polygons]
    .sort((a, b) => area(polygon(a.slice(0, 1))) - area(polygon(b.slice(0, 1))))
    .flat();
  const segments = new SegmentGrid(rings, step);
  for (const ring of bySize) {
    const n = ring.length - 1;
    for (let i = 0; i < n; i++) {
      const p = required(ring[i]);
      const touches = segments.near(p).some(([other, j]) => {
        // A vertex always lies on the two segments it ends.
        if (other === ring && (j === i || (j + 1) % n === i)) return false;
        return onSegment(p, required(other[j]), required(other[j + 1]));
      });
      if (touches) nudge(ring, i, step);
    }
  }
  return required(fromPolygons(polygons));
}

/**
 * The segments of some rings by where they lie, so that openPinches tests a vertex against the few segments near
 * it instead of all of them (a large country has tens of thousands). Each segment is filed under every cell its
 * box touches, the box grown by one `slack` (the most a nudge moves a vertex, and each vertex moves at most once),
 * so a segment a vertex lies on is always among those filed under the vertex's cell, before and after nudges.
 */
class SegmentGrid {
  private readonly cells = new Map<number, [Position[], number][]>();
  private readonly x0: number;
  private readonly y0: number;
  private readonly size: number;
  private readonly columns: number;
  private readonly rows: number;

  constructor(rings: readonly Position[][], slack: number) {
    let [minX, minY, maxX, maxY] = [Infinity, Infinity, -Infinity, -Infinity];
    let count = 0;
    for (const ring of rings)
      for (const [x = 0, y = 0] of ring) {
        [minX, minY, maxX, maxY] = [Math.min(minX, x), Math.min(minY, y), Math.max(maxX, x), Math.max(maxY, y)];
        count++;
      }
    // About as many cells along each side as the square root of the segments, so each cell holds a few.
    const side = Math.min(512, Math.max(1, Math.ceil(Math.sqrt(count))));
    this.size = Math.max((maxX - minX) / side, (maxY - minY) / side, slack * 4, Number.MIN_VALUE);
    this.x0 = minX - 2 * slack;
    this.y0 = minY - 2 * slack;
    this.columns = Math.ceil((maxX - minX + 4 * slack) / this.size) + 1;
    this.rows = Math.ceil((maxY - minY + 4 * slack) / this.size) + 1;
    for (const ring of rings)
      for (let j = 0; j < ring.length - 1; j++) {
        const [ax = 0, ay = 0] = required(ring[j]);
        const [bx = 0, by = 0] = required(ring[j + 1]);
        const [c0, r0] = this.cellOf(Math.min(ax, bx) - slack, Math.min(ay, by) - slack);
        const [c1, r1] = this.cellOf(Math.max(ax, bx) + slack, Math.max(ay, by) + slack);
        for (let r = r0; r <= r1; r++)
          for (let c = c0; c <= c1; c++) {
            const key = r * this.columns + c;
            const list = this.cells.get(key);
            if (list) list.push([ring, j]);
            else this.cells.set(key, [[ring, j]]);
          }
      }
  }

  private cellOf(x: number, y: number): [number, number] {
    const clamp = (v: number, cells: number) => Math.min(cells - 1, Math.max(0, Math.floor(v)));
    return [clamp((x - this.x0) / this.size, this.columns), clamp((y - this.y0) / this.size, this.rows)];
  }

  /** The segments, as [ring, index of their first vertex], whose grown boxes share the cell of `p`. */
  near([x = 0, y = 0]: Position): readonly [Position[], number][] {
    const [c, r] = this.cellOf(x, y);
    return this.cells.get(r * this.columns + c) ?? [];
  }
}

/** Moves vertex `index` of a closed ring one step towards the middle of its neighbours. */
function nudge(ring: Position[], index: number, step: number): void {
  const n = ring.length - 1;
  const [x = 0, y = 0] = required(ring[index]);
  const [ax = 0, ay = 0] = required(ring[(index + n - 1) % n]);
  const [bx = 0, by = 0] = required(ring[(index + 1) % n]);
  const moved = [x + Math.sign((ax + bx) / 2 - x) * step, y + Math.sign((ay + by) / 2 - y) * step];
  ring[index] = moved;
  if (index === 0) ring[n] = moved;
}

function required<T>(value: T | undefined | null): T {
  if (value === undefined || value === null) throw new Error('makeValid: malformed outline');
  return value;
}

/**
 * Returns the geometry unchanged when it is valid; otherwise merges its rings, rounds to `decimals` and opens
 * pinches until `isValidOutline` holds. Throws when it cannot.
 *
 * @example makeValid(alaskaWithAPinch, 3) // the same coast, the pinched inlet closed off at one vertex
 */
export function makeValid(geometry: Polygonal, decimals: number): Polygonal {
  let current: Polygonal | null = geometry;
  for (let pass = 0; pass < MAX_PASSES && current !== null; pass++) {
    if (isValidOutline(current)) return current;
    const united = merged(current);
    const rounded = united && roundPolygonal(united, decimals);
    const opened = rounded && (isValidOutline(rounded) ? rounded : openPinches(rounded, decimals));
    current = opened && roundPolygonal(opened, decimals);
  }
  if (current !== null && isValidOutline(current)) return current;
  throw new Error(`could not make a valid outline in ${MAX_PASSES} passes`);
}

type Segment = { a: Position; b: Position; ring: number; index: number; length: number };

function orient([ax = 0, ay = 0]: Position, [bx = 0, by = 0]: Position, [cx = 0, cy = 0]: Position): number {
  return Math.sign((bx - ax) * (cy - ay) - (by - ay) * (cx - ax));
}

function within([px = 0, py = 0]: Position, [ax = 0, ay = 0]: Position, [bx = 0, by = 0]: Position): boolean {
  return px >= Math.min(ax, bx) && px <= Math.max(ax, bx) && py >= Math.min(ay, by) && py <= Math.max(ay, by);
}

/** Whether two segments share any point (crossing, touching at a vertex, overlapping along a line). */
function segmentsMeet(a: Position, b: Position, c: Position, d: Position): boolean {
  const o1 = orient(a, b, c);
  const o2 = orient(a, b, d);
  const o3 = orient(c, d, a);
  const o4 = orient(c, d, b);
  if (o1 !== o2 && o3 !== o4) return true;
  return (
    (o1 === 0 && within(c, a, b)) ||
    (o2 === 0 && within(d, a, b)) ||
    (o3 === 0 && within(a, c, d)) ||
    (o4 === 0 && within(b, c, d))
  );
}

/** Grid cell size (degrees) for finding segments near each other. */
const CELL = 0.25;

/**
 * Where an outline breaks `isValidOutline`: the ends of every two segments that meet although they do not follow
 * each other on one ring (a crossing, a pinch, two parts or a hole touching), of every spike (a ring that turns back
 * on itself), and the points of every ring too short to be one. The data build refines the shared arcs through these
 * points instead of moving them, so that neighbours keep meeting (scripts/data/outlines.ts).
 *
 * @example invalidAt(bowTie) // the four corners of the crossing edges
 */
export function invalidAt(geometry: Polygonal): Position[] {
  const out: Position[] = [];
  const segments: Segment[] = [];
  polygonsOf(geometry)
    .flat()
    .forEach((ring, r) => {
      if (ring.length < 4) out.push(...ring);
      for (let i = 0; i + 1 < ring.length; i++) {
        segments.push({
          a: required(ring[i]),
          b: required(ring[i + 1]),
          ring: r,
          index: i,
          length: ring.length - 1,
        });
      }
    });
  const cells = new Map<string, number[]>();
  segments.forEach(({ a: [ax = 0, ay = 0], b: [bx = 0, by = 0] }, s) => {
    for (let x = Math.floor(Math.min(ax, bx) / CELL); x <= Math.floor(Math.max(ax, bx) / CELL); x++) {
      for (let y = Math.floor(Math.min(ay, by) / CELL); y <= Math.floor(Math.max(ay, by) / CELL); y++) {
        const key = `${x},${y}`;
        const list = cells.get(key);
        if (list === undefined) cells.set(key, [s]);
        else list.push(s);
      }
    }
  });
  const seen = new Set<number>();
  for (const list of cells.values()) {
    for (let i = 0; i < list.length; i++) {
      for (let j = i + 1; j < list.length; j++) {
        const si = list[i] ?? 0;
        const ti = list[j] ?? 0;
        const s = required(segments[si]);
        const t = required(segments[ti]);
        const pair = si * segments.length + ti;
        if (seen.has(pair)) continue;
        seen.add(pair);
        const step = s.ring === t.ring ? (t.index - s.index + s.length) % s.length : -1;
        if (step === 1 || step === s.length - 1) {
          // Consecutive segments share one vertex; they are wrong only where the ring turns straight back.
          const [first, second] = step === 1 ? [s, t] : [t, s];
          const [ax = 0, ay = 0] = first.a;
          const [bx = 0, by = 0] = first.b;
          const [dx = 0, dy = 0] = second.b;
          const back = (ax - bx) * (dx - bx) + (ay - by) * (dy - by) > 0;
          if (orient(first.a, first.b, second.b) === 0 && back) out.push(first.a, first.b, second.b);
          continue;
        }
        if (segmentsMeet(s.a, s.b, t.a, t.b)) out.push(s.a, s.b, t.a, t.b);
      }
    }
  }
  return out;
}
