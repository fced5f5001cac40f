/**
 * Invariants over the committed data/ files (the build-data test checks they equal a fresh build): every ring
 * unwrapped at the antimeridian, every outline valid, Crimea and Sevastopol in Ukraine only, ids unique across every outline file,
 * every gazetteer entry with geometry or a stated reason, and the byte budgets.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { booleanPointInPolygon, point } from '@turf/turf';
import type { Feature, FeatureCollection, Geometry, MultiPolygon, Polygon } from 'geojson';
import { describe, expect, it } from 'vitest';
import { maxLongitudeJump } from '../../src/geo/antimeridian';
import { FIRST_VIEW_FILES } from '../build-data';
import { isValidOutline } from '../../src/geo/valid';
import type { Gazetteer } from '../../src/linking/types';
import { detailFilesFor, type DetailIndex } from '../../src/geo/detail';

const DATA = new URL('../../data/', import.meta.url);
const GEO = new URL('geo/', DATA);
const BASE_FILES = [
  'countries.geojson',
  'regions.geojson',
  'soviet-union.geojson',
  'places.geojson',
  'labels.geojson',
];
const GEO_FILES = existsSync(GEO) ? readdirSync(GEO).filter((n) => n.endsWith('.geojson')).sort() : [];
const DETAIL = new URL('detail/', GEO);
const DETAIL_FILES = existsSync(DETAIL) ? readdirSync(DETAIL).filter((n) => n.endsWith('.geojson')).sort() : [];

function read(url: URL): string {
  return readFileSync(url, 'utf8');
}

function features(url: URL): Feature<Geometry, Record<string, unknown>>[] {
  return (JSON.parse(read(url)) as FeatureCollection<Geometry, Record<string, unknown>>).features;
}

const allFiles = (): { name: string; url: URL }[] => [
  ...BASE_FILES.map((name) => ({ name, url: new URL(name, DATA) })),
  ...GEO_FILES.map((name) => ({ name: `geo/${name}`, url: new URL(name, GEO) })),
];

/** Every outline file, the finer level (data/geo/detail) included. */
const outlineFiles = (): { name: string; url: URL }[] => [
  ...allFiles(),
  ...DETAIL_FILES.map((name) => ({ name: `geo/detail/${name}`, url: new URL(name, DETAIL) })),
];

const gzip = (url: URL): number => gzipSync(readFileSync(url), { level: 9 }).length;

function areaOf(url: URL, id: string): Feature<Polygon | MultiPolygon> {
  const found = features(url).find((f) => f.properties.id === id);
  if (found === undefined) throw new Error(`${id} not in ${url.pathname}`);
  return found as Feature<Polygon | MultiPolygon>;
}

describe('generated data invariants', () => {
  it('has no ring that jumps more than 180° of longitude between consecutive points', () => {
    for (const { name, url } of outlineFiles()) {
      for (const f of features(url)) {
        const { geometry } = f;
        // Lines (rivers) are checked as if they were rings.
        const shape =
          geometry.type === 'LineString'
            ? ({ type: 'Polygon', coordinates: [geometry.coordinates] } satisfies Polygon)
            : geometry.type === 'MultiLineString'
              ? ({ type: 'Polygon', coordinates: geometry.coordinates } satisfies Polygon)
              : geometry.type === 'Polygon' || geometry.type === 'MultiPolygon'
                ? geometry
                : undefined;
        if (shape === undefined) continue;
        expect({ name, id: f.properties.id, jump: maxLongitudeJump(shape) <= 180 }).toEqual({
          name,
          id: f.properties.id,
          jump: true,
        });
      }
    }
  });

  it('has only valid outlines: no ring that crosses or touches itself, no parts that overlap or touch', () => {
    const invalid: string[] = [];
    for (const { name, url } of allFiles()) {
      for (const f of features(url)) {
        if (f.geometry.type !== 'Polygon' && f.geometry.type !== 'MultiPolygon') continue;
        if (!isValidOutline(f.geometry)) invalid.push(`${name} ${String(f.properties.id)}`);
      }
    }
    expect(invalid).toEqual([]);
  });

  it('has only valid outlines at the finer level (data/geo/detail) too', () => {
    const invalid: string[] = [];
    for (const name of DETAIL_FILES) {
      for (const f of features(new URL(name, DETAIL))) {
        if (f.geometry.type !== 'Polygon' && f.geometry.type !== 'MultiPolygon') continue;
        if (!isValidOutline(f.geometry)) invalid.push(`geo/detail/${name} ${String(f.properties.id)}`);
      }
    }
    expect(invalid).toEqual([]);
  }, 120_000);

  it('draws whole countries: Russia runs from about 19.6 to 190.3 E, the US has its neighbours', () => {
    const countries = new URL('countries.geojson', DATA);
    const xs = (id: string): number[] =>
      JSON.stringify(areaOf(countries, id).geometry.coordinates)
        .match(/-?\d+(?:\.\d+)?/gu)
        ?.map(Number)
        .filter((_, i) => i % 2 === 0) ?? [];
    expect(Math.min(...xs('RU'))).toBeCloseTo(19.6, 0);
    expect(Math.max(...xs('RU'))).toBeCloseTo(190.3, 0);
    const ids = new Set(features(countries).map((f) => f.properties.id));
    for (const id of ['US', 'CA', 'MX', 'BR', 'AU', 'CN', 'IN', 'ZA', 'JP', 'FJ']) expect(ids.has(id), id).toBe(true);
    expect(ids.size).toBeGreaterThan(200);
  });

  it('puts Crimea and Sevastopol in Ukraine only, in every outline file', () => {
    const simferopol = point([34.1, 44.95]);
    const sevastopol = point([33.52, 44.6]);
    for (const { name, url } of outlineFiles()) {
      for (const f of features(url)) {
        if (f.geometry.type !== 'Polygon' && f.geometry.type !== 'MultiPolygon') continue;
        const id = String(f.properties.id);
        const area = f as Feature<Polygon | MultiPolygon>;
        const holds = booleanPointInPolygon(simferopol, area) || booleanPointInPolygon(sevastopol, area);
        const allowed = id === 'UA' || id === 'UA-43' || id === 'UA-40' || id === 'SU';
        if (holds) expect({ name, id, allowed }).toEqual({ name, id, allowed: true });
      }
    }
    const crimea = areaOf(new URL('regions.geojson', DATA), 'UA-43');
    expect(booleanPointInPolygon(simferopol, crimea)).toBe(true);
  });

  it('keeps every outline id unique across all files, with name, kind and status', () => {
    const owner = new Map<string, string>();
    for (const { name, url } of allFiles()) {
      for (const f of features(url)) {
        const id = String(f.properties.id);
        expect({ id, also: owner.get(id) }).toEqual({ id, also: undefined });
        owner.set(id, name);
        if (name.startsWith('geo/')) {
          expect(typeof f.properties.name, id).toBe('string');
          expect(typeof f.properties.kind, id).toBe('string');
          expect(typeof f.properties.status, id).toBe('string');
        }
      }
    }
  });

  it('makes every finer feature (data/geo/detail) one of the base map or data/geo: same id, kind and name, once', () => {
    const base = new Map<string, Record<string, unknown>>();
    const drawn = [new URL('base-map.geojson', DATA), ...GEO_FILES.map((name) => new URL(name, GEO))];
    for (const url of drawn) for (const f of features(url)) base.set(String(f.properties.id), f.properties);
    const seen = new Set<string>();
    expect(DETAIL_FILES.length).toBeGreaterThan(600);
    for (const name of DETAIL_FILES) {
      for (const f of features(new URL(name, DETAIL))) {
        const id = String(f.properties.id);
        const twin = base.get(id);
        expect({ name, id, twice: seen.has(id) }).toEqual({ name, id, twice: false });
        seen.add(id);
        expect({ id, kind: f.properties.kind, name: f.properties.name }).toEqual({ id, kind: twin?.kind, name: twin?.name });
        expect(['base', 'outlines']).toContain(f.properties.replaces);
      }
    }
    // Every country of the base map has its finer outline.
    for (const f of features(new URL('countries.geojson', DATA))) expect(seen.has(String(f.properties.id))).toBe(true);
    const index = JSON.parse(read(new URL('index.json', DETAIL))) as DetailIndex;
    expect(index.files.map((f) => `${f.file}.geojson`)).toEqual(DETAIL_FILES);
  });

  it('keeps the finer files small enough for a view: the largest (Russia) under 80 KB gzip, a view of the US east coast (the US and Canada) under 70 KB', () => {
    const sizes = new Map(DETAIL_FILES.map((name) => [name.slice(0, -'.geojson'.length), gzip(new URL(name, DETAIL))]));
    expect(Math.max(...sizes.values())).toBeLessThanOrEqual(80_000);
    const index = JSON.parse(read(new URL('index.json', DETAIL))) as DetailIndex;
    const view = detailFilesFor(index, [-80, 36, -68, 44], 6, new Set());
    expect(view).toContain('country-US');
    expect(view.reduce((sum, file) => sum + (sizes.get(file) ?? 0), 0)).toBeLessThanOrEqual(70_000);
  });

  it('gives every gazetteer entry geometry (a base-map feature, a shape file, a point) or a reason', () => {
    const owner = new Map<string, string>();
    for (const { name, url } of allFiles()) for (const f of features(url)) owner.set(String(f.properties.id), name);
    for (const file of ['gazetteer.json', 'gazetteer-world.json']) {
      const { entries } = JSON.parse(read(new URL(file, DATA))) as Gazetteer;
      for (const entry of entries) {
        const shapeFile = entry.shape === undefined ? undefined : `geo/${entry.shape}.geojson`;
        if (shapeFile !== undefined) expect({ id: entry.id, in: owner.get(entry.id) }).toEqual({ id: entry.id, in: shapeFile });
        const located =
          shapeFile !== undefined || entry.point !== undefined || owner.has(entry.id) || entry.unlocated !== undefined;
        expect({ file, id: entry.id, located }).toEqual({ file, id: entry.id, located: true });
        if (entry.label !== undefined) expect(entry.label, entry.id).toHaveLength(2);
        if (entry.frame !== undefined) {
          const [w, s, e, n] = entry.frame;
          expect(w < e && s < n, entry.id).toBe(true);
        }
      }
    }
  });

  it('lets an article naming any 15 places fetch at most 60 KB gzip of outlines beyond the base map', () => {
    // Places beyond the base map are drawn from one data/geo file each; the 15 largest bound any article.
    const sizes = GEO_FILES.map((name) => gzip(new URL(name, GEO))).sort((a, b) => b - a);
    expect(sizes.length).toBeGreaterThan(300);
    expect(sizes.slice(0, 15).reduce((sum, size) => sum + size, 0)).toBeLessThanOrEqual(60_000);
  });

  it("keeps the default article's first view within 60 KB gzip of geodata", () => {
    // What the map's base, labels and places sources fetch (src/map/style/layers.ts, buildStyle); gazetteers are text.
    const total = FIRST_VIEW_FILES.reduce(
      (sum, name) => sum + gzip(new URL(name, DATA)),
      0,
    );
    expect(total).toBeLessThanOrEqual(60_000);
  });

  it('draws from base-map.geojson exactly the countries, regions and Soviet Union of their own files', () => {
    const base = features(new URL('base-map.geojson', DATA));
    const expected = [
      ...features(new URL('countries.geojson', DATA)).map((f) => ({ f, kind: 'country' })),
      ...features(new URL('regions.geojson', DATA)).map((f) => ({ f, kind: 'region' })),
      ...features(new URL('soviet-union.geojson', DATA)).map((f) => ({ f, kind: 'union' })),
    ];
    const byId = new Map(base.map((f) => [String(f.properties.id), f]));
    expect(byId.size).toBe(base.length);
    expect(base.length).toBe(expected.length);
    for (const { f, kind } of expected) {
      const twin = byId.get(String(f.properties.id));
      expect(twin?.properties.kind, String(f.properties.id)).toBe(kind);
      expect(twin?.geometry, String(f.properties.id)).toEqual(f.geometry);
      expect({ ...twin?.properties, kind: undefined }).toEqual({ ...f.properties, kind: undefined });
    }
  });
});
