/**
 * The water features of the committed data: the Kakhovka reservoir's outline (its extent before the dam was
 * destroyed in June 2023) and its gazetteer entry, and the rivers that stay label points.
 */
import { readFileSync } from 'node:fs';
import { area, booleanPointInPolygon } from '@turf/turf';
import type { FeatureCollection, MultiPolygon, Polygon } from 'geojson';
import { describe, expect, it } from 'vitest';
import { isValidOutline } from '../../src/geo/valid';
import type { Gazetteer } from '../../src/linking/types';

const DATA = new URL('../../data/', import.meta.url);
const read = (name: string): string => readFileSync(new URL(name, DATA), 'utf8');
const world = (JSON.parse(read('gazetteer-world.json')) as Gazetteer).entries;
const entry = (id: string) => world.find((e) => e.id === id);

describe('the Kakhovka reservoir', () => {
  const file = JSON.parse(read('geo/water-kakhovka-reservoir.geojson')) as FeatureCollection<
    Polygon | MultiPolygon,
    Record<string, unknown>
  >;
  const [reservoir] = file.features;

  it('is one valid outline of the water from the dam to Zaporizhzhia, with its date stated', () => {
    expect(file.features).toHaveLength(1);
    if (reservoir === undefined) throw new Error('no feature');
    expect(reservoir.properties).toMatchObject({ id: 'kakhovka-reservoir', kind: 'reservoir', status: 'none' });
    expect(String(reservoir.properties['extent'])).toMatch(/before 6 June 2023/u);
    expect(isValidOutline(reservoir.geometry)).toBe(true);
    // The reservoir held about 2,155 km² of water; the 1 km outline comes close.
    const km2 = area(reservoir) / 1e6;
    expect(km2).toBeGreaterThan(1900);
    expect(km2).toBeLessThan(2300);
    // Water near the dam, in the middle and at the upper end; the towns on its banks stay on land.
    for (const inWater of [[33.6, 46.88], [34.3, 47.5], [34.9, 47.55], [35.2, 47.6]]) {
      expect(booleanPointInPolygon(inWater, reservoir), inWater.join(',')).toBe(true);
    }
    for (const [town, at] of [
      ['Nova Kakhovka', [33.36, 46.755]],
      ['Nikopol', [34.4, 47.57]],
      ['Enerhodar', [34.656, 47.499]],
    ] as const) {
      expect(booleanPointInPolygon([...at], reservoir), town).toBe(false);
    }
  });

  it('has a world gazetteer entry drawn from that file, apart from the dam and the town', () => {
    expect(entry('kakhovka-reservoir')).toMatchObject({
      name: 'Kakhovka Reservoir',
      kind: 'reservoir',
      shape: 'water-kakhovka-reservoir',
    });
    const aliases = entry('kakhovka-reservoir')?.aliases ?? [];
    expect(aliases).toEqual(expect.arrayContaining(['Kakhovka reservoir', 'Kakhovske reservoir']));
    expect(aliases.some((a) => /dam/iu.test(a))).toBe(false);
    expect(entry('kakhovka-dam')?.kind).toBe('landmark');
  });
});

describe('rivers', () => {
  it('draws the Dnipro, Dniester and Danube as lines and the Siverskyi Donets, Oskil and Inhulets as label points', () => {
    for (const id of ['dnipro-river', 'dniester-river', 'danube']) expect(entry(id)?.shape, id).toBe(`river-${id}`);
    for (const id of ['siverskyi-donets', 'oskil-river', 'inhulets-river']) {
      expect(entry(id)?.shape, id).toBeUndefined();
      expect(entry(id)?.point, id).toHaveLength(2);
    }
  });
});
