/**
 * A tiny Web Mercator projection and GeoJSON → SVG path writer, for the static picture of the map shown when the
 * browser cannot run WebGL. Pure: no DOM, no React, no map library.
 */
import type { Geometry, Position } from 'geojson';

/** [west, south, east, north] in degrees. */
export type Bounds = [number, number, number, number];

/** Longitude/latitude in degrees → x/y in SVG user units (y grows downwards). */
export type Projection = (position: Position) => [number, number];

// Mercator is undefined at the poles; clamp as web maps do.
const MAX_LAT = 85.0511;

/** Web Mercator on a unit circle: x in radians of longitude, y growing northwards. */
function mercator([lng = 0, lat = 0]: Position): [number, number] {
  const phi = (Math.max(-MAX_LAT, Math.min(MAX_LAT, lat)) * Math.PI) / 180;
  return [(lng * Math.PI) / 180, Math.log(Math.tan(Math.PI / 4 + phi / 2))];
}

/**
 * A Web Mercator projection that fits `bounds` inside a width × height box, centred, keeping the aspect ratio
 * (the same shape the WebGL map draws).
 * @example fitProjection([30, 44, 40, 56], 400, 300)([35, 50]) // a point near the middle of the box
 */
export function fitProjection(bounds: Bounds, width: number, height: number): Projection {
  const [w, s, e, n] = bounds;
  const [x0, y0] = mercator([w, s]);
  const [x1, y1] = mercator([e, n]);
  const scale = Math.min(width / (x1 - x0), height / (y1 - y0));
  const dx = (width - (x1 - x0) * scale) / 2;
  const dy = (height - (y1 - y0) * scale) / 2;
  return (position) => {
    const [x, y] = mercator(position);
    return [dx + (x - x0) * scale, dy + (y1 - y) * scale];
  };
}

const round = (v: number) => Math.round(v * 10) / 10;

function ring(coords: readonly Position[], project: Projection): string {
  let d = '';
  let last = '';
  for (const [i, p] of coords.entries()) {
    const [x, y] = project(p);
    const point = `${round(x)} ${round(y)}`;
    // Consecutive points that round to the same spot add bytes and nothing else.
    if (point === last) continue;
    d += `${i === 0 ? 'M' : 'L'}${point}`;
    last = point;
  }
  return d ? `${d}Z` : '';
}

/**
 * SVG path data for the polygons of a GeoJSON geometry (points and lines give ''), rings closed, to 0.1 unit.
 * @example pathData({ type: 'Polygon', coordinates: [[[0, 0], [1, 0], [1, 1], [0, 0]]] }, ([x = 0, y = 0]) => [x, -y]) // 'M0 0L1 0L1 -1L0 0Z'
 */
export function pathData(geometry: Geometry, project: Projection): string {
  switch (geometry.type) {
    case 'Polygon':
      return geometry.coordinates.map((r) => ring(r, project)).join('');
    case 'MultiPolygon':
      return geometry.coordinates.flatMap((poly) => poly.map((r) => ring(r, project))).join('');
    case 'GeometryCollection':
      return geometry.geometries.map((g) => pathData(g, project)).join('');
    default:
      return '';
  }
}
