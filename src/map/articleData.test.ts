import { describe, expect, it } from 'vitest';
import type { Feature } from 'geojson';
import { articleBounds, articleLabels, articlePoints, shapeFiles, sourceOf } from './articleData';
import { placeEntry as entry } from '../linking/fixtures';

const basePoint = (id: string, at: [number, number]): Feature => ({
  type: 'Feature',
  geometry: { type: 'Point', coordinates: at },
  properties: { id, name: id, kind: 'city' },
});

describe('what the map draws for an article', () => {
  it('takes towns from the base file where it has them, else from the gazetteer point, and skips the unlocated', () => {
    const base = [basePoint('gn:704204', [37.8, 48.99]), basePoint('gn:1', [0, 0])];
    const points = articlePoints(base, [
      entry('gn:704204', 'city'),
      entry('gn:703656', 'city', { point: [37.6, 49.7] }),
      entry('unlocated:zolota-balka', 'city', { unlocated: 'not in the settlement data' }),
      entry('UA-14', 'region'),
    ]);
    expect(points.features.map((f): unknown => f.properties?.['id'])).toEqual(['gn:704204', 'gn:703656']);
    expect(points.features[1]?.geometry).toEqual({ type: 'Point', coordinates: [37.6, 49.7] });
  });

  it('labels each named area once: the base label, else its label point, else the middle of its main territory', () => {
    const base: Feature[] = [
      { type: 'Feature', geometry: { type: 'Point', coordinates: [37.5, 48] }, properties: { for: 'UA-14' } },
    ];
    const labels = articleLabels(base, [
      entry('UA-14', 'region'),
      entry('RU-BEL', 'region', { label: [37, 50.7] }),
      entry('FR', 'country', { bbox: [-61.8, -21, 55.8, 51], frame: [-5, 42, 8, 51] }),
      entry('gn:1', 'city', { point: [1, 1] }),
    ]);
    const at = (id: string) =>
      labels.features.find((f) => f.properties?.['for'] === id)?.geometry as
        { coordinates: number[] } | undefined;
    expect(labels.features).toHaveLength(3);
    expect(at('RU-BEL')?.coordinates).toEqual([37, 50.7]);
    expect(at('FR')?.coordinates).toEqual([1.5, 46.5]);
  });

  it('does not label a sea twice when the base file has it as a place of its own (id, no `for`)', () => {
    const base: Feature[] = [
      {
        type: 'Feature',
        geometry: { type: 'Point', coordinates: [32, 44.3] },
        properties: { id: 'black-sea', kind: 'sea', name: 'Black Sea' },
      },
    ];
    const labels = articleLabels(base, [
      entry('black-sea', 'sea', { label: [34, 43] }),
      entry('azov-sea', 'sea', { label: [36.5, 46] }),
    ]);
    expect(labels.features.map((f): unknown => f.properties?.['name'] ?? f.properties?.['for'])).toEqual([
      'Black Sea',
      'azov-sea',
    ]);
  });

  it('frames towns and regions before whole countries, and countries only when nothing smaller is named', () => {
    const lyman = entry('gn:704204', 'city', { bbox: [37.7, 48.9, 37.9, 49.1] });
    const russia = entry('RU', 'country', { bbox: [19.6, 41, 190.3, 82], frame: [27, 41, 180, 78] });
    expect(articleBounds([lyman, russia])).toEqual([37.7, 48.9, 37.9, 49.1]);
    expect(articleBounds([russia])).toEqual([27, 41, 180, 78]);
    expect(articleBounds([entry('x', 'city', { unlocated: 'no data' })])).toBeNull();
  });

  describe('framing an article on its main cluster', () => {
    // Boxes as in data/gazetteer-world.json.
    const lyman = entry('gn:704204', 'city', { bbox: [37.7, 48.89, 37.9, 49.09] });
    const kreminna = entry('gn:704138', 'city', { bbox: [38.12, 48.95, 38.32, 49.15] });
    const sloviansk = entry('gn:693468', 'city', { bbox: [37.52, 48.77, 37.72, 48.97] });
    const donetsk = entry('UA-14', 'region', { bbox: [36.53, 46.87, 39.06, 49.24] });
    const kherson = entry('UA-65', 'region', { bbox: [31.5, 45.71, 35.28, 47.59] });
    const washington = entry('gn:4140963', 'city', { bbox: [-77.14, 38.8, -76.94, 39] });
    const moscow = entry('gn:524901', 'city', { bbox: [37.52, 55.65, 37.72, 55.85] });
    const chechnya = entry('RU-CE', 'region', { bbox: [44.84, 42.47, 46.68, 44.02] });
    const kyiv = entry('gn:703448', 'city', { bbox: [30.42, 50.36, 30.62, 50.56] });
    const lviv = entry('gn:702550', 'city', { bbox: [23.92, 49.74, 24.12, 49.94] });
    const odesa = entry('gn:698740', 'city', { bbox: [30.63, 46.38, 30.83, 46.58] });
    const kharkiv = entry('gn:706483', 'city', { bbox: [36.15, 49.88, 36.35, 50.08] });
    const counts: Record<string, number> = { 'gn:704204': 6, 'gn:704138': 3, 'UA-14': 3 };
    const mentions = (id: string) => counts[id] ?? 1;

    it('leaves out a far place the article names once: Washington in an article about Lyman', () => {
      expect(articleBounds([lyman, kreminna, sloviansk, donetsk, washington], mentions)).toEqual([
        36.53, 46.87, 39.06, 49.24,
      ]);
      // Moscow and Chechnya, about 750 km away, are outliers of the same cluster; Kherson region (next door) is not.
      expect(
        articleBounds([lyman, kreminna, sloviansk, donetsk, kherson, moscow, chechnya, washington], mentions),
      ).toEqual([31.5, 45.71, 39.06, 49.24]);
    });

    it('keeps a country-wide article whole: Lviv to Kharkiv is the cluster itself', () => {
      expect(articleBounds([lviv, kyiv, odesa, kharkiv])).toEqual([23.92, 46.38, 36.35, 50.56]);
    });

    it('frames two far places named as often as each other together, but not when one is the subject', () => {
      expect(articleBounds([lyman, washington])).toEqual([-77.14, 38.8, 37.9, 49.09]);
      expect(articleBounds([lyman, washington], mentions)).toEqual([37.7, 48.89, 37.9, 49.09]);
    });

    it('counts a region around the cluster as part of it, however far its middle is', () => {
      const russia = entry('RU-X', 'region', { bbox: [36, 44, 60, 60] });
      expect(articleBounds([lyman, kreminna, russia])).toEqual([36, 44, 60, 60]);
    });
  });

  it('knows which source holds a place and which shape files an article needs', () => {
    expect(sourceOf(entry('UA-14', 'region'))).toBe('base');
    expect(sourceOf(entry('RU-BEL', 'region', { shape: 'regions-RU' }))).toBe('outlines');
    expect(sourceOf(entry('gn:1', 'city'))).toBe('places');
    expect(sourceOf(entry('RU', 'country'))).toBe('base');
    expect(sourceOf(entry('SU', 'union'))).toBe('base');
    expect(
      shapeFiles([
        entry('RU-BEL', 'region', { shape: 'regions-RU' }),
        entry('RU-KRS', 'region', { shape: 'regions-RU' }),
        entry('PL-MZ', 'region', { shape: 'regions-PL' }),
      ]),
    ).toEqual(['regions-PL', 'regions-RU']);
  });
});
