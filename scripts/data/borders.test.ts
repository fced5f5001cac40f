/**
 * Region outlines and country borders meet: for every country whose regions the map draws (Ukraine's in
 * data/regions.geojson, 13 more in data/geo/region-*.geojson), the outer edge of its regions and its border in
 * data/countries.geojson are the same line. Both come from one topology, simplified and rounded arc by arc, so the
 * gap is measured in kilometres from each vertex of one to the other line, both ways (scripts/data/border-gap.ts).
 */
import { readFileSync, readdirSync } from 'node:fs';
import type { FeatureCollection } from 'geojson';
import { describe, expect, it } from 'vitest';
import type { Polygonal } from '../../src/geo/geometry';
import { borderGap } from './border-gap';
import { isSpeck } from './countries';

const DATA = new URL('../../data/', import.meta.url);
const GEO = new URL('geo/', DATA);

function outlines(url: URL): Map<string, Polygonal> {
  const { features } = JSON.parse(readFileSync(url, 'utf8')) as FeatureCollection<Polygonal, { id: string }>;
  return new Map(features.map((f) => [f.properties.id, f.geometry]));
}

const countries = outlines(new URL('countries.geojson', DATA));

function regionsOf(country: string): Polygonal[] {
  if (country === 'UA') return [...outlines(new URL('regions.geojson', DATA)).values()];
  return readdirSync(GEO)
    .filter((name) => name.startsWith(`region-${country}-`))
    .flatMap((name) => [...outlines(new URL(name, GEO)).values()]);
}

const round = (km: number): number => Math.round(km * 1000) / 1000;

const DETAIL = new URL('detail/', GEO);

/** The finer level (data/geo/detail): the country's file holds it (and, for Ukraine, its regions). */
function finer(country: string): { country: Polygonal | undefined; regions: Polygonal[] } {
  const own = outlines(new URL(`country-${country}.geojson`, DETAIL));
  const regions =
    country === 'UA'
      ? [...own].filter(([id]) => id !== 'UA').map(([, g]) => g)
      : readdirSync(DETAIL)
          .filter((name) => name.startsWith(`region-${country}-`))
          .flatMap((name) => [...outlines(new URL(name, DETAIL)).values()]);
  return { country: own.get(country), regions };
}

/** The gap both ways between a country's regions and its border, logged, and checked against 0.3 km. */
function expectRegionsMeet(
  code: string,
  regions: Polygonal[],
  country: Polygonal,
  skip: (rings: Parameters<typeof isSpeck>[0]) => boolean,
): void {
  const { regionsToCountry: there, countryToRegions: back } = borderGap(regions, country, { skip });
  const summary = {
    code,
    toCountry: { median: round(there.medianKm), p99: round(there.p99Km), max: round(there.maxKm), at: there.worstAt },
    toRegions: { median: round(back.medianKm), p99: round(back.p99Km), max: round(back.maxKm), at: back.worstAt },
  };
  console.log(JSON.stringify(summary));
  expect(Math.max(there.maxKm, back.maxKm), JSON.stringify(summary)).toBeLessThanOrEqual(0.3);
}

describe('region outlines meet their country border', () => {
  const COUNTRIES = ['UA', 'RU', 'BY', 'PL', 'MD', 'RO', 'GE', 'LT', 'EE', 'FI', 'HU', 'SK', 'TR', 'KZ'];
  it.each(COUNTRIES)('%s', (code) => {
    const regions = regionsOf(code);
    expect(regions.length, code).toBeGreaterThan(1);
    const country = countries.get(code);
    if (country === undefined) throw new Error(`${code} is not in countries.geojson`);
    // Islands the base map leaves out as specks at its detail there are drawn by their region alone.
    expectRegionsMeet(code, regions, country, isSpeck);
  });

  it.each(COUNTRIES)('%s at the finer level (data/geo/detail)', (code) => {
    const { country, regions } = finer(code);
    expect(regions.length, code).toBeGreaterThan(1);
    if (country === undefined) throw new Error(`no finer ${code}`);
    expectRegionsMeet(code, regions, country, (rings) => isSpeck(rings, 'detail'));
  });
});

