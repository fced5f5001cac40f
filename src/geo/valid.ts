/**
 * Makes a simplified, rounded outline valid: no ring that crosses or touches itself, no two polygons of a
 * MultiPolygon that overlap or touch (turf's `booleanValid`, which counts any contact between parts as invalid,
 * plus turf's `kinks` for the crossings it misses). Simplifying each arc on its
 * own and rounding to a coarse grid can break all three (an inlet narrower than the grid closes into a pinch, two
 * islands' coasts cross). Shared borders are untouched: only rings of the geometry itself are merged, so a
 * neighbour's outline still meets it.
 */
import { area, booleanValid, featureCollection, kinks, polygon, union } from '@turf/turf';
import type { Position } from 'geojson';
import { fromPolygons, polygonsOf, roundPolygonal, type Polygonal } from './geometry';

/** Rounding an intersection point can make a new crossing; a few passes settle it (the build fails otherwise). */
const MAX_PASSES = 4;

/**
 * turf's booleanValid, plus no ring that crosses itself or another ring of its polygon, which it does not check
 * (a bow tie passes it).
 */
export function isValidOutline(geometry: Polygonal): boolean {
  // turf declares booleanValid's result as any; it is a boolean.
  return booleanValid(geometry) === true && kinks(geometry).features.length === 0;
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
  for (const ring of bySize) {
    const n = ring.length - 1;
    for (let i = 0; i < n; i++) {
      const touches = rings.some((other) => {
        for (let j = 0; j < other.length - 1; j++) {
          // A vertex always lies on the two segments it ends.
          if (other === ring && (j === i || (j + 1) % n === i)) continue;
          if (onSegment(required(ring[i]), required(other[j]), required(other[j + 1]))) return true;
        }
        return false;
      });
      if (touches) nudge(ring, i, step);
    }
  }
  return required(fromPolygons(polygons));
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
