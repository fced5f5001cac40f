import { area, booleanValid } from '@turf/turf';
import type { MultiPolygon, Polygon, Position } from 'geojson';
import { describe, expect, it } from 'vitest';
import { polygonsOf } from './geometry';
import { makeValid } from './valid';

const square = (x: number, y: number, side: number): Position[] => [
  [x, y],
  [x + side, y],
  [x + side, y + side],
  [x, y + side],
  [x, y],
];

describe('makeValid', () => {
  it('returns a valid outline as it is', () => {
    const valid: Polygon = { type: 'Polygon', coordinates: [square(0, 0, 1)] };
    expect(makeValid(valid, 3)).toBe(valid);
  });

  it('merges two parts that overlap (two coasts crossing after simplification)', () => {
    const crossing: MultiPolygon = {
      type: 'MultiPolygon',
      coordinates: [[square(0, 0, 2)], [square(1, 1, 2)]],
    };
    expect(booleanValid(crossing)).toBe(false);
    const fixed = makeValid(crossing, 3);
    expect(booleanValid(fixed)).toBe(true);
    expect(polygonsOf(fixed)).toHaveLength(1);
    const sq = (x: number, y: number, side: number) =>
      area({ type: 'Polygon', coordinates: [square(x, y, side)] });
    expect(area(fixed) / (sq(0, 0, 2) + sq(1, 1, 2) - sq(1, 1, 1))).toBeCloseTo(1, 9);
  });

  it("opens a pinch where two parts meet at one vertex by moving the smaller part's vertex one grid step", () => {
    const pinched: MultiPolygon = {
      type: 'MultiPolygon',
      coordinates: [
        [square(0, 0, 2)],
        [
          [
            [2, 2],
            [2.5, 2.1],
            [2.1, 2.5],
            [2, 2],
          ],
        ],
      ],
    };
    expect(booleanValid(pinched)).toBe(false);
    const fixed = makeValid(pinched, 3);
    expect(booleanValid(fixed)).toBe(true);
    expect(polygonsOf(fixed)).toHaveLength(2);
    const positions = polygonsOf(fixed).flatMap((rings) => rings.flat().map((p) => p.join(',')));
    expect(positions).toContain('2,2');
    expect(positions).toContain('2.001,2.001');
  });

  it('splits a ring that crosses itself (a bow tie) into valid parts of the same area', () => {
    const bowTie: Polygon = {
      type: 'Polygon',
      coordinates: [
        [
          [0, 0],
          [2, 2],
          [2, 0],
          [0, 2],
          [0, 0],
        ],
      ],
    };
    const fixed = makeValid(bowTie, 3);
    expect(booleanValid(fixed)).toBe(true);
    // Two triangles of about 1 square degree each, no longer touching at the crossing (1, 1).
    expect(polygonsOf(fixed)).toHaveLength(2);
    const triangle = area({
      type: 'Polygon',
      coordinates: [
        [
          [0, 0],
          [1, 1],
          [0, 2],
          [0, 0],
        ],
      ],
    });
    expect(area(fixed) / (2 * triangle)).toBeCloseTo(1, 2);
  });
});
