import { describe, expect, it } from 'vitest';
import { fitProjection, pathData } from './svg';

describe('the static map projection', () => {
  it('fits the bounds inside the box, north up, keeping the aspect ratio', () => {
    const project = fitProjection([30, 44, 40, 56], 400, 300);
    const [xw, ys] = project([30, 44]);
    const [xe, yn] = project([40, 56]);
    expect(yn).toBeLessThan(ys);
    expect(xe).toBeGreaterThan(xw);
    // One axis fills the box exactly, the other fits inside it, centred.
    const fillsHeight = Math.abs(ys - yn - 300) < 1e-6 && xw >= 0 && xe <= 400 + 1e-6;
    const fillsWidth = Math.abs(xe - xw - 400) < 1e-6 && yn >= 0 && ys <= 300 + 1e-6;
    expect(fillsHeight || fillsWidth).toBe(true);
    expect((xw + xe) / 2).toBeCloseTo(200, 6);
    expect((yn + ys) / 2).toBeCloseTo(150, 6);
  });

  it('writes closed rings for polygons and multipolygons, nothing for points', () => {
    const flip = ([x = 0, y = 0]: number[]): [number, number] => [x, -y];
    expect(
      pathData(
        {
          type: 'Polygon',
          coordinates: [
            [
              [0, 0],
              [1, 0],
              [1, 1],
              [0, 0],
            ],
          ],
        },
        flip,
      ),
    ).toBe('M0 0L1 0L1 -1L0 0Z');
    const multi = pathData(
      {
        type: 'MultiPolygon',
        coordinates: [
          [
            [
              [0, 0],
              [1, 0],
              [0, 1],
              [0, 0],
            ],
          ],
          [
            [
              [5, 5],
              [6, 5],
              [5, 6],
              [5, 5],
            ],
          ],
        ],
      },
      flip,
    );
    expect(multi.match(/M/g)).toHaveLength(2);
    expect(multi.match(/Z/g)).toHaveLength(2);
    expect(pathData({ type: 'Point', coordinates: [1, 2] }, flip)).toBe('');
  });

  it('drops points that round to the one before', () => {
    const id = ([x = 0, y = 0]: number[]): [number, number] => [x, y];
    const d = pathData(
      {
        type: 'Polygon',
        coordinates: [
          [
            [0, 0],
            [0.01, 0.01],
            [3, 0],
            [0, 0],
          ],
        ],
      },
      id,
    );
    expect(d).toBe('M0 0L3 0L0 0Z');
  });
});
