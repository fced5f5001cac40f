/**
 * Rings that cross the 180th meridian. Natural Earth jumps from +180 to −180 between two consecutive points,
 * which MapLibre draws as a line across the whole world. MapLibre accepts longitudes beyond ±180 in GeoJSON, so
 * the fix is to unwrap: each ring continues past 180 instead of jumping, and each feature is shifted so that it
 * spans its tightest longitude range (Russia then runs from about 19.6 to 190.3 E).
 */
import type { Position } from 'geojson';
import { fromPolygons, polygonsOf, type Polygonal } from './geometry';

/**
 * The largest longitude step between consecutive points of any ring (0 for an empty geometry).
 * @example maxLongitudeJump({ type: 'Polygon', coordinates: [[[179, 0], [-179, 1], [179, 1], [179, 0]]] }) // 358
 */
export function maxLongitudeJump(geometry: Polygonal): number {
  let jump = 0;
  for (const polygon of polygonsOf(geometry)) {
    for (const ring of polygon) {
      for (let i = 1; i < ring.length; i++) {
        jump = Math.max(jump, Math.abs((ring[i]?.[0] ?? 0) - (ring[i - 1]?.[0] ?? 0)));
      }
    }
  }
  return jump;
}

/** A ring that never steps more than 180° in longitude: each point is moved by whole turns next to the last. */
function unwrapRing(ring: Position[]): Position[] {
  const out: Position[] = [];
  let previous: number | undefined;
  for (const [x = 0, y = 0] of ring) {
    let lon = x;
    if (previous !== undefined) {
      while (lon - previous > 180) lon -= 360;
      while (previous - lon > 180) lon += 360;
    }
    out.push([lon, y]);
    previous = lon;
  }
  return out;
}

function shiftPolygon(polygon: Position[][], turns: number): Position[][] {
  if (turns === 0) return polygon;
  return polygon.map((ring) => ring.map(([x = 0, y = 0]) => [x + 360 * turns, y]));
}

function westOf(polygon: Position[][]): number {
  return Math.min(...(polygon[0] ?? []).map(([x = 0]) => x));
}

function eastOf(polygon: Position[][]): number {
  return Math.max(...(polygon[0] ?? []).map(([x = 0]) => x));
}

/**
 * Unwraps every ring, then shifts whole polygons by 360° so the feature spans the shortest longitude range,
 * with its west edge in [−180, 180). A ring that goes round a pole (Antarctica) cannot be unwrapped into a
 * closed ring and is refused.
 * @example unwrapPolygonal({ type: 'Polygon', coordinates: [[[179, 0], [-179, 0], [-179, 1], [179, 0]]] })
 * // { type: 'Polygon', coordinates: [[[179, 0], [181, 0], [181, 1], [179, 0]]] }
 */
export function unwrapPolygonal(geometry: Polygonal): Polygonal {
  const polygons = polygonsOf(geometry).map((polygon) => {
    const unwrapped = polygon.map(unwrapRing);
    for (const ring of unwrapped) {
      const first = ring[0]?.[0] ?? 0;
      const last = ring[ring.length - 1]?.[0] ?? 0;
      if (Math.abs(first - last) > 1e-9) throw new Error('a ring goes round a pole and cannot be unwrapped');
    }
    // Holes follow their outer ring, which the first ring decides.
    const outer = unwrapped[0] ?? [];
    const west = Math.min(...outer.map(([x = 0]) => x));
    const turns = -Math.floor((west + 180) / 360);
    return shiftPolygon(unwrapped, turns);
  });
  if (polygons.length > 1) {
    // Each polygon's west edge is in [−180, 180). The tightest span starts just east of the widest gap
    // between polygons on the circle; polygons west of that start move one turn east.
    const order = polygons
      .map((polygon, index) => ({ index, west: westOf(polygon), east: eastOf(polygon) }))
      .sort((a, b) => a.west - b.west);
    let bestGap = -Infinity;
    let start = order[0]?.west ?? -180;
    let reach = -Infinity;
    for (let i = 0; i < order.length; i++) {
      const current = order[i];
      if (current === undefined) continue;
      if (i > 0) {
        const gap = current.west - reach;
        if (gap > bestGap) {
          bestGap = gap;
          start = current.west;
        }
      }
      reach = Math.max(reach, current.east);
    }
    // The gap that wraps round from the easternmost reach back to the first west edge.
    const first = order[0];
    if (first !== undefined && first.west + 360 - reach >= bestGap) start = first.west;
    return required(
      fromPolygons(polygons.map((polygon) => shiftPolygon(polygon, westOf(polygon) < start ? 1 : 0))),
    );
  }
  return required(fromPolygons(polygons));
}

function required(geometry: Polygonal | null): Polygonal {
  if (geometry === null) throw new Error('a geometry without polygons');
  return geometry;
}
