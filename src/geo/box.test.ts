import { describe, expect, it } from 'vitest';
import { boxesOverlap, boxOf } from './box';

describe('boxOf', () => {
  it('spans every position, holes and all parts included, past 180 when the outline runs past it', () => {
    expect(
      boxOf({
        type: 'MultiPolygon',
        coordinates: [
          [
            [
              [170, 60],
              [190, 60],
              [190, 70],
              [170, 60],
            ],
          ],
          [
            [
              [20, 54],
              [22, 54],
              [22, 55],
              [20, 54],
            ],
          ],
        ],
      }),
    ).toEqual([20, 54, 190, 70]);
    expect(boxOf({ type: 'Point', coordinates: [37.8, 48.99] })).toEqual([37.8, 48.99, 37.8, 48.99]);
  });

  it('spans the members of a geometry collection', () => {
    expect(
      boxOf({
        type: 'GeometryCollection',
        geometries: [
          { type: 'Point', coordinates: [1, 2] },
          {
            type: 'LineString',
            coordinates: [
              [-3, 5],
              [4, -6],
            ],
          },
        ],
      }),
    ).toEqual([-3, -6, 4, 5]);
  });

  it('tells boxes that meet from boxes that do not', () => {
    expect(boxesOverlap([0, 0, 2, 2], [2, 2, 3, 3])).toBe(true);
    expect(boxesOverlap([0, 0, 2, 2], [2.1, 0, 3, 2])).toBe(false);
    expect(boxesOverlap([0, 0, 2, 2], [0, 2.1, 2, 3])).toBe(false);
  });
});
