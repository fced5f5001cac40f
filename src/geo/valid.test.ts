import { area, booleanValid, kinks } from '@turf/turf';
import fc from 'fast-check';
import { readFileSync } from 'node:fs';
import type { MultiPolygon, Polygon, Position } from 'geojson';
import { describe, expect, it } from 'vitest';
import { polygonsOf } from './geometry';
import { invalidAt, isValidOutline, makeValid, validAsTurfSays } from './valid';

const square = (x: number, y: number, side: number): Position[] => [
  [x, y],
  [x + side, y],
  [x + side, y + side],
  [x, y + side],
  [x, y],
];

/** A 2 × 2 square at the origin and a second part, as one MultiPolygon (the pinch cases). */
const besideSquare = (part: Position[]): MultiPolygon => ({
  type: 'MultiPolygon',
  coordinates: [[square(0, 0, 2)], [part]],
});

/** A ring whose first and third edges cross at (1, 1). */
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
    const pinched = besideSquare([
      [2, 2],
      [2.5, 2.1],
      [2.1, 2.5],
      [2, 2],
    ]);
    expect(booleanValid(pinched)).toBe(false);
    const fixed = makeValid(pinched, 3);
    expect(booleanValid(fixed)).toBe(true);
    expect(polygonsOf(fixed)).toHaveLength(2);
    const positions = polygonsOf(fixed).flatMap((rings) => rings.flat().map((p) => p.join(',')));
    expect(positions).toContain('2,2');
    expect(positions).toContain('2.001,2.001');
  });

  it('splits a ring that crosses itself (a bow tie) into valid parts of the same area', () => {
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

describe('invalidAt', () => {
  const key = (p: Position) => p.join(',');

  it('finds nothing in a valid outline, even where a square has collinear edges or a hole', () => {
    const withHole: Polygon = {
      type: 'Polygon',
      coordinates: [
        [
          [0, 0],
          [1, 0],
          [2, 0],
          [2, 2],
          [0, 2],
          [0, 0],
        ],
        [
          [0.5, 0.5],
          [0.5, 1],
          [1, 1],
          [0.5, 0.5],
        ],
      ],
    };
    expect(isValidOutline(withHole)).toBe(true);
    expect(invalidAt(withHole)).toEqual([]);
  });

  it('names the corners of the two edges of a bow tie that cross', () => {
    expect(new Set(invalidAt(bowTie).map(key))).toEqual(new Set(['0,0', '2,2', '2,0', '0,2']));
  });

  it('names the vertex where a part touches another (a pinch), and the edge it touches', () => {
    const pinched = besideSquare([
      [2, 1],
      [3, 1],
      [3, 2],
      [2, 1],
    ]);
    expect(isValidOutline(pinched)).toBe(false);
    const at = new Set(invalidAt(pinched).map(key));
    expect(at.has('2,1')).toBe(true);
    expect(at.has('2,0') && at.has('2,2')).toBe(true);
    expect(at.has('0,0')).toBe(false);
  });

  it('names a spike, where a ring turns straight back along itself', () => {
    const spike: Polygon = {
      type: 'Polygon',
      coordinates: [
        [
          [0, 0],
          [3, 0],
          [2, 0],
          [2, 2],
          [0, 2],
          [0, 0],
        ],
      ],
    };
    expect(isValidOutline(spike)).toBe(false);
    expect(new Set(invalidAt(spike).map(key)).has('3,0')).toBe(true);
  });

  it('names the points of a ring too short to be one', () => {
    const short: Polygon = {
      type: 'Polygon',
      coordinates: [
        [
          [0, 0],
          [1, 1],
          [0, 0],
        ],
      ],
    };
    expect(new Set(invalidAt(short).map(key))).toEqual(new Set(['0,0', '1,1']));
  });
});

describe('isValidOutline', () => {
  const turfSays = (g: Polygon | MultiPolygon) => booleanValid(g) === true && kinks(g).features.length === 0;
  /** Our booleanValid against turf's, and the whole test against turf's (kinks finds some spikes too). */
  const expectAsTurf = (g: Polygon | MultiPolygon) => {
    expect(validAsTurfSays(g)).toBe(booleanValid(g) === true);
    expect(isValidOutline(g)).toBe(turfSays(g));
  };

  /** A closed ring of n points on a small integer grid: spikes, punctures, collinear runs and crossings abound. */
  const ring = (n: number) =>
    fc
      .array(fc.tuple(fc.integer({ min: 0, max: 6 }), fc.integer({ min: 0, max: 6 })), {
        minLength: n,
        maxLength: n,
      })
      .map((points) => [...points, points[0] ?? [0, 0]].map(([x, y]): Position => [x, y]));

  it('answers as turf does on rings small and large', () => {
    for (const n of [3, 5, 8, 70, 120]) {
      fc.assert(
        fc.property(ring(n), (r) => {
          expectAsTurf({ type: 'Polygon', coordinates: [r] });
        }),
        { numRuns: 150 },
      );
    }
  });

  it('answers as turf does on a large ring made valid, then given a spike or a puncture', () => {
    // A 100-point circle is valid; a vertex moved onto a later edge (a puncture) or back along its own edge is not.
    const circle: Position[] = Array.from({ length: 100 }, (_, i) => [
      Math.round(Math.cos((i / 100) * 2 * Math.PI) * 1e4) / 1e2,
      Math.round(Math.sin((i / 100) * 2 * Math.PI) * 1e4) / 1e2,
    ]);
    const close = (r: Position[]): Position[] => [...r, r[0] ?? [0, 0]];
    const valid: Polygon = { type: 'Polygon', coordinates: [close(circle)] };
    expect(isValidOutline(valid)).toBe(true);
    const punctured = close(circle.map((p, i) => (i === 10 ? (circle[60] ?? p) : p)));
    const spiked = close([...circle.slice(0, 50), circle[48] ?? [0, 0], ...circle.slice(50)]);
    for (const r of [punctured, spiked]) {
      const g: Polygon = { type: 'Polygon', coordinates: [r] };
      expect(booleanValid(g)).toBe(false);
      expectAsTurf(g);
    }
  });

  it('answers as turf does for every outline the map draws', () => {
    const base = JSON.parse(readFileSync('data/base-map.geojson', 'utf8')) as {
      features: { geometry: Polygon | MultiPolygon }[];
    };
    for (const { geometry } of base.features) expectAsTurf(geometry);
  });
});
