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

  it('frames towns and regions before whole countries, and countries only when nothing smaller is named', () => {
    const lyman = entry('gn:704204', 'city', { bbox: [37.7, 48.9, 37.9, 49.1] });
    const russia = entry('RU', 'country', { bbox: [19.6, 41, 190.3, 82], frame: [27, 41, 180, 78] });
    expect(articleBounds([lyman, russia])).toEqual([37.7, 48.9, 37.9, 49.1]);
    expect(articleBounds([russia])).toEqual([27, 41, 180, 78]);
    expect(articleBounds([entry('x', 'city', { unlocated: 'no data' })])).toBeNull();
  });

  it('knows which source holds a place and which shape files an article needs', () => {
    expect(sourceOf(entry('UA-14', 'region'))).toBe('regions');
    expect(sourceOf(entry('RU-BEL', 'region', { shape: 'regions-RU' }))).toBe('outlines');
    expect(sourceOf(entry('gn:1', 'city'))).toBe('places');
    expect(sourceOf(entry('RU', 'country'))).toBe('countries');
    expect(
      shapeFiles([
        entry('RU-BEL', 'region', { shape: 'regions-RU' }),
        entry('RU-KRS', 'region', { shape: 'regions-RU' }),
        entry('PL-MZ', 'region', { shape: 'regions-PL' }),
      ]),
    ).toEqual(['regions-PL', 'regions-RU']);
  });
});
