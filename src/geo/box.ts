import type { Geometry } from 'geojson';

/** West, south, east, north in degrees (east may exceed 180 for a feature unwrapped at the antimeridian). */
export type Box = [number, number, number, number];

/**
 * The smallest box around every position of a geometry, collections included. No turf: the page's main chunk uses
 * it (the exports’ map); the facts chunk has turf’s `bbox`.
 * @example boxOf({ type: 'LineString', coordinates: [[30, 45], [40, 50]] }) // [30, 45, 40, 50]
 */
export function boxOf(geometry: Geometry): Box {
  const box: Box = [Infinity, Infinity, -Infinity, -Infinity];
  const visit = (c: unknown): void => {
    if (!Array.isArray(c)) return;
    if (typeof c[0] === 'number' && typeof c[1] === 'number') {
      box[0] = Math.min(box[0], c[0]);
      box[1] = Math.min(box[1], c[1]);
      box[2] = Math.max(box[2], c[0]);
      box[3] = Math.max(box[3], c[1]);
    } else for (const inner of c) visit(inner);
  };
  if (geometry.type === 'GeometryCollection') for (const g of geometry.geometries) visit(corners(boxOf(g)));
  else visit(geometry.coordinates);
  return box;
}

const corners = (b: Box): [number, number][] => [
  [b[0], b[1]],
  [b[2], b[3]],
];

/** Whether two boxes share any point (touching counts). */
export const boxesOverlap = (a: Box, b: Box): boolean =>
  a[0] <= b[2] && b[0] <= a[2] && a[1] <= b[3] && b[1] <= a[3];
