/**
 * Decodes the compact topology the data build writes (data/borders.topojson, format in data/README.md) back
 * into GeoJSON FeatureCollections, one per layer. Runs in the browser before the outlines reach MapLibre, so it
 * is small and makes one pass over the arcs. Coordinates come back as integer / quantum: a division by a power of
 * ten gives exactly the double that the decimal literal in a GeoJSON file would have parsed to.
 */
import type { Feature, FeatureCollection, GeoJsonProperties, MultiPolygon, Polygon, Position } from 'geojson';

/** One feature: its properties and, per polygon, per ring, the arcs it follows (`~i` = arc i backwards). */
export type PackedFeature =
  | { type: 'Polygon'; properties: GeoJsonProperties; arcs: number[][] }
  | { type: 'MultiPolygon'; properties: GeoJsonProperties; arcs: number[][][] };

export interface PackedTopology {
  type: 'ArticleAtlasTopology';
  /** Grid steps per degree: 1000 means coordinates are multiples of 0.001°. */
  quantum: number;
  /** Each arc as flat [x, y, dx, dy, dx, dy, …] in grid steps: its first point, then steps from the one before. */
  arcs: number[][];
  layers: Record<string, PackedFeature[]>;
}

export type Outlines = FeatureCollection<Polygon | MultiPolygon>;

function fail(why: string): never {
  throw new Error(`Bad topology: ${why}`);
}

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

function intArray(value: unknown, what: string): number[] {
  if (!Array.isArray(value) || !value.every(Number.isInteger)) fail(`${what} is not a list of integers`);
  return value as number[];
}

/**
 * Every layer of a packed topology as a GeoJSON FeatureCollection, features in file order. Throws an Error
 * starting "Bad topology:" on anything malformed (wrong type, a missing arc, an unclosed ring), never returns
 * half a result.
 * @example decodeTopology(await (await fetch(url)).json()).regions.features.length // 27
 */
export function decodeTopology(input: unknown): Record<string, Outlines> {
  if (!isRecord(input) || input.type !== 'ArticleAtlasTopology') fail('not an ArticleAtlasTopology object');
  const { quantum, arcs, layers } = input;
  if (typeof quantum !== 'number' || !(quantum > 0)) fail('quantum is not a positive number');
  if (!Array.isArray(arcs) || !isRecord(layers)) fail('arcs or layers missing');

  let x = 0;
  let y = 0;
  const decoded: Position[][] = arcs.map((arc, a) => {
    const steps = intArray(arc, `arc ${a}`);
    if (steps.length < 4 || steps.length % 2 !== 0) fail(`arc ${a} has an odd length or under two points`);
    const positions: Position[] = [];
    for (let i = 0; i < steps.length; i += 2) {
      x += steps[i] ?? 0;
      y += steps[i + 1] ?? 0;
      positions.push([x / quantum, y / quantum]);
    }
    return positions;
  });

  const ring = (value: unknown, where: string): Position[] => {
    const positions: Position[] = [];
    for (const ref of intArray(value, where)) {
      const arc = decoded[ref < 0 ? ~ref : ref] ?? fail(`${where} refers to missing arc ${ref}`);
      const walk = ref < 0 ? arc.slice().reverse() : arc;
      // Consecutive arcs share their joining point; keep it once.
      positions.push(...(positions.length > 0 ? walk.slice(1) : walk));
    }
    const first = positions[0];
    const last = positions[positions.length - 1];
    if (positions.length < 4 || !first || !last || first[0] !== last[0] || first[1] !== last[1]) {
      fail(`${where} is not a closed ring`);
    }
    return positions;
  };
  const polygon = (value: unknown, where: string): Position[][] =>
    Array.isArray(value) && value.length > 0
      ? value.map((r, i) => ring(r, `${where} ring ${i}`))
      : fail(`${where} has no rings`);

  const result: Record<string, Outlines> = {};
  for (const [name, features] of Object.entries(layers)) {
    if (!Array.isArray(features)) fail(`layer ${name} is not a list`);
    result[name] = {
      type: 'FeatureCollection',
      features: features.map((packed: unknown, f): Feature<Polygon | MultiPolygon> => {
        const where = `${name} feature ${f}`;
        if (!isRecord(packed) || !isRecord(packed.properties)) fail(`${where} has no properties`);
        const properties = packed.properties;
        if (packed.type === 'Polygon') {
          return {
            type: 'Feature',
            properties,
            geometry: { type: 'Polygon', coordinates: polygon(packed.arcs, where) },
          };
        }
        if (packed.type !== 'MultiPolygon' || !Array.isArray(packed.arcs))
          fail(`${where} is not a (Multi)Polygon`);
        const coordinates = packed.arcs.map((p: unknown, i) => polygon(p, `${where} polygon ${i}`));
        return { type: 'Feature', properties, geometry: { type: 'MultiPolygon', coordinates } };
      }),
    };
  }
  return result;
}
