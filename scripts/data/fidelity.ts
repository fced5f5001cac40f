/**
 * How faithful the drawn outlines are to their source: from every vertex of Natural Earth's 1:10m admin-1 units (the
 * source of the 14 countries with drawn regions) to the nearest drawn line, in kilometres (scripts/data/border-gap.ts).
 * Simplifying drops vertices; this says how far the line then passes from them. Two figures per country: its
 * coasts and borders (the source units' outer edge, islands the base map leaves out as specks skipped) against the
 * country in countries.geojson, and every source vertex against the region outlines.
 */
import { readdirSync, readFileSync } from 'node:fs';
import type { FeatureCollection, Position } from 'geojson';
import type { Polygonal } from '../../src/geo/geometry';
import { polygonsOf } from '../../src/geo/geometry';
import { countrySegments, outerSegments, pointGap, type GapFigures } from './border-gap';
import { isSpeck } from './countries';
import { readUnits } from './outlines';

export interface Fidelity {
  country: string;
  /** Source vertices on the country's coasts and borders → the country's drawn outline. */
  coast: GapFigures;
  /** Every source vertex → the drawn region outlines. */
  regions: GapFigures;
  /** Segments drawn: the country's outline, and all its region outlines. */
  drawn: { coast: number; regions: number };
}

function outlines(url: URL): Map<string, Polygonal> {
  const { features } = JSON.parse(readFileSync(url, 'utf8')) as FeatureCollection<Polygonal, { id: string }>;
  return new Map(features.map((f) => [f.properties.id, f.geometry]));
}

/** Drawn regions of `country` in the data folder `data` (Ukraine's in regions.geojson, the others' in geo/). */
function regionsOf(data: URL, country: string): Polygonal[] {
  if (country === 'UA') return [...outlines(new URL('regions.geojson', data)).values()];
  const geo = new URL('geo/', data);
  return readdirSync(geo)
    .filter((name) => name.startsWith(`region-${country}-`))
    .flatMap((name) => [...outlines(new URL(name, geo)).values()]);
}

export function measureFidelity(data: URL, countries: string[]): Fidelity[] {
  const drawnCountries = outlines(new URL('countries.geojson', data));
  return countries.map((country) => {
    const source = readUnits(country).map((unit) => unit.geometry);
    const drawn = drawnCountries.get(country);
    if (drawn === undefined) throw new Error(`${country} is not in countries.geojson`);
    const edge = outerSegments(source, isSpeck);
    const edgePoints = [...new Map(edge.flat().map((p): [string, Position] => [`${p[0]},${p[1]}`, p])).values()];
    const allPoints = source.flatMap((g) => polygonsOf(g).flat(2));
    const coastLine = countrySegments(drawn);
    const regionLines = regionsOf(data, country).flatMap(countrySegments);
    return {
      country,
      coast: pointGap(edgePoints, coastLine),
      regions: pointGap(allPoints, regionLines),
      drawn: { coast: coastLine.length, regions: regionLines.length },
    };
  });
}
