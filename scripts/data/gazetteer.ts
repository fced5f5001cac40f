/** The default gazetteer, data/gazetteer.json: every place of the base files an article can name. */
import type { Feature, Point } from 'geojson';
import { boundsAround, boundsOf, labelPoint, roundPosition, type Bounds, type Polygonal } from '../../src/geo/geometry';
import type { GazetteerEntry } from '../../src/linking/types';
import { CITIES, KREMLIN, LABEL_AT, REGIONS, SOVIET_UNION, VIEW_BOUNDS } from '../data-tables';
import { baseCountryRow, mainFrame, type AreaFeature, type Country, type UnionProperties } from './countries';
import { byId, compareStrings } from './output';
import type { PlaceProperties } from './places';
import { BBOX_DECIMALS, CITY_VIEW_PAD, LANDMARK_VIEW_PAD } from './precision';
import { required } from './source';
import type { RegionProperties } from './ukraine';

function viewBounds(id: string, geometry: Polygonal): Bounds {
  return VIEW_BOUNDS[id] ?? boundsOf(geometry, BBOX_DECIMALS);
}

export function buildGazetteer(
  regions: AreaFeature<RegionProperties>[],
  countries: Country[],
  union: AreaFeature<UnionProperties>,
  places: Feature<Point, PlaceProperties>[],
): GazetteerEntry[] {
  const entries: GazetteerEntry[] = [];
  for (const region of regions) {
    const row = required(
      REGIONS.find((candidate) => candidate.id === region.properties.id),
      region.properties.id,
    );
    entries.push({
      id: row.id,
      name: row.name,
      kind: 'region',
      group: row.group,
      status: row.status,
      aliases: row.aliases,
      seat: false,
      bbox: viewBounds(row.id, region.geometry),
      label: roundPosition(LABEL_AT[row.id] ?? labelPoint(region.geometry), 2) as [number, number],
    });
  }
  // The base gazetteer keeps the countries it always had (Europe, its neighbours and the US); the world
  // gazetteer adds every other country. All of them are drawn by the base map, data/countries.geojson.
  for (const { feature: country, frame, label } of countries) {
    const row = baseCountryRow(country.properties.id);
    if (row === undefined) continue;
    entries.push({
      id: row.id,
      name: row.name,
      kind: 'country',
      group: country.properties.group,
      status: 'none',
      aliases: row.aliases,
      seat: false,
      bbox: viewBounds(row.id, country.geometry),
      label: label as [number, number],
      frame,
    });
  }
  entries.push({
    id: SOVIET_UNION.id,
    name: SOVIET_UNION.name,
    kind: 'union',
    group: 'soviet',
    status: 'soviet',
    aliases: SOVIET_UNION.aliases,
    seat: false,
    bbox: viewBounds(SOVIET_UNION.id, union.geometry),
    label: roundPosition(LABEL_AT[SOVIET_UNION.id] ?? labelPoint(union.geometry), 2) as [number, number],
    frame: mainFrame(union.geometry),
  });
  for (const place of places) {
    const { id, name, kind, group } = place.properties;
    const city = CITIES.find((row) => `gn:${row.geonameId}` === id);
    const isCity = city !== undefined;
    entries.push({
      id,
      name,
      kind,
      group,
      aliases: isCity ? city.aliases : KREMLIN.aliases,
      seat: isCity ? city.seat : true,
      bbox: boundsAround(
        place.geometry.coordinates,
        isCity ? CITY_VIEW_PAD : LANDMARK_VIEW_PAD,
        BBOX_DECIMALS,
      ),
      point: place.geometry.coordinates as [number, number],
      ...(isCity ? { region: city.region } : {}),
    });
  }
  return entries.map((entry) => ({ ...entry, aliases: [...entry.aliases].sort(compareStrings) })).sort(byId);
}

