import { describe, expect, it } from 'vitest';
import type { Polygonal } from '../../src/geo/geometry';
import { buildDetailFiles, partBoxes } from './detail';

const square = (x: number, y: number, size: number): Polygonal => ({
  type: 'Polygon',
  coordinates: [
    [
      [x, y],
      [x + size, y],
      [x + size, y + size],
      [x, y + size],
      [x, y],
    ],
  ],
});

describe('partBoxes', () => {
  it('gives parts within 2° one box and far parts their own, rounded outwards to 0.01°', () => {
    const mainland = square(0.001, 40.004, 5);
    const island = square(6.5, 41, 1); // 1.5° east of the mainland: shares its box
    const overseas = square(55.25, -21.5, 0.5); // Réunion-like: a box of its own
    expect(partBoxes([{ type: 'MultiPolygon', coordinates: [mainland, island, overseas].map((g) => g.coordinates as never) }])).toEqual([
      [0, 40, 7.5, 45.01],
      [55.25, -21.5, 55.75, -21],
    ]);
  });
});

describe('buildDetailFiles', () => {
  const feature = (id: string, kind: string) => ({
    type: 'Feature' as const,
    geometry: square(0, 0, 1),
    properties: { id, kind, name: id },
  });

  it('refuses a finer feature that stands for no base feature, or for one of another kind', () => {
    const base = new Map([['FR', 'country']]);
    expect(() => buildDetailFiles({ countries: [feature('XX', 'country')], ukraine: [], regions: [], base })).toThrow(/XX stands for no base feature/);
    expect(() => buildDetailFiles({ countries: [feature('FR', 'region')], ukraine: [], regions: [], base })).toThrow(/FR is a region/);
  });

  it('writes one file per country and per region, and an index of what each holds', () => {
    const base = new Map([
      ['FR', 'country'],
      ['RU-BEL', 'region'],
    ]);
    const { files, index } = buildDetailFiles({
      countries: [feature('FR', 'country')],
      ukraine: [],
      regions: [feature('RU-BEL', 'region')],
      base,
    });
    expect([...files.keys()]).toEqual(['country-FR', 'region-RU-BEL']);
    expect(files.get('region-RU-BEL')).toContain('"replaces":"outlines"');
    expect(JSON.parse(index)).toEqual({
      files: [
        { file: 'country-FR', drawn: 'always', ids: ['FR'], boxes: [[0, 0, 1, 1]] },
        { file: 'region-RU-BEL', drawn: 'named', ids: ['RU-BEL'], boxes: [[0, 0, 1, 1]] },
      ],
    });
  });
});
