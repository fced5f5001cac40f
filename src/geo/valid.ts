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

const key = ([x = 0, y = 0]: Position): string => `${x},${y}`;

/** Merges overlapping and self-crossing rings (a polygon union of the geometry's own parts). */
function merged(geometry: Polygonal): Polygonal | null {
  const parts = polygonsOf(geometry).map((rings) => polygon(rings));
  const [first] = parts;
  if (first === undefined) return null;
  // turf's union takes two or more features; a lone polygon is united with itself to resolve its own crossings.
  const result = union(featureCollection(parts.length > 1 ? parts : [first, first]));
  return result === null ? null : result.geometry;
}

/**
 * Where two parts meet at a vertex (a pinch), moves the smaller part's vertex one grid step (10^-decimals degrees
 * on each axis) towards the middle of its two neighbours, that is into that part: the parts no longer touch, and
 * nothing else moves. turf counts any contact between parts as invalid.
 */
function openPinches(geometry: Polygonal, decimals: number): Polygonal {
  const step = 10 ** -decimals;
  const polygons = polygonsOf(geometry).map((rings) => rings.map((ring) => ring.map((p) => [...p])));
  const areas = polygons.map((rings) => area(polygon(rings.slice(0, 1))));
  const owner = new Map<string, number>();
  polygons.forEach((rings, i) => {
    for (const position of rings[0]?.slice(0, -1) ?? []) {
      const k = key(position);
      const other = owner.get(k);
      if (other === undefined) owner.set(k, i);
      else nudge(required(polygons[(areas[other] ?? 0) < (areas[i] ?? 0) ? other : i]?.[0]), k, step);
    }
  });
  return required(fromPolygons(polygons));
}

/** Moves the vertex at `at` of a closed ring one step towards the middle of its neighbours. */
function nudge(ring: Position[], at: string, step: number): void {
  const n = ring.length - 1;
  const index = ring.findIndex((p) => key(p) === at);
  if (index < 0 || index >= n) return;
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
