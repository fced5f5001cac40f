import { booleanClockwise } from '@turf/turf';
import type { Polygon, Position } from 'geojson';
import { describe, expect, it } from 'vitest';
import { boundsOf, containsPoint, polygonsOf, pruneSmallParts, roundPolygonal, roundTo } from './geometry';
import { decodeArcs, roundArcs, simplifyArcs } from './topology';

const square = (x: number, y: number, size: number): Position[] => [
  [x, y],
  [x + size, y],
  [x + size, y + size],
  [x, y + size],
  [x, y],
];

describe('topology helpers', () => {
  it('decodes delta-encoded, quantised arcs', () => {
    const arcs = decodeArcs({
      arcs: [
        [
          [10, 20],
          [1, -2],
        ],
      ],
      transform: { scale: [0.5, 0.25], translate: [30, 40] },
    });
    expect(arcs).toEqual([
      [
        [35, 45],
        [35.5, 44.5],
      ],
    ]);
  });

  it('keeps both ends and drops only a wiggle lower than the tolerance', () => {
    // 0.001° of latitude at 50°N is about 173 Web Mercator metres.
    const line: Position[] = [
      [30, 50],
      [30.1, 50.001],
      [30.2, 50],
    ];
    expect(simplifyArcs([line], 1000)).toEqual([
      [
        [30, 50],
        [30.2, 50],
      ],
    ]);
    expect(simplifyArcs([line], 100)).toEqual([line]);
  });

  it('judges a wiggle by its height, not its width', () => {
    // A narrow spike 0.05° high (about 8.6 km at 50°N) outlives a 2 km tolerance; a wide, low bulge does not.
    const spike: Position[] = [
      [30, 50],
      [30.2, 50],
      [30.201, 50.05],
      [30.202, 50],
      [30.4, 50],
    ];
    const bulge: Position[] = [
      [30, 50],
      [31, 50.01],
      [32, 50],
    ];
    const [keptSpike = [], keptBulge = []] = simplifyArcs([spike, bulge], 2000);
    expect(keptSpike).toContainEqual([30.201, 50.05]);
    expect(keptBulge).toEqual([
      [30, 50],
      [32, 50],
    ]);
  });

  it('lets the tolerance vary with the place', () => {
    // Two wiggles of 0.01° (1.1 km at the equator): the one in the fine part stays, the other goes.
    const line: Position[] = [
      [0, 0],
      [1, 0.01],
      [2, 0],
      [3, 0.01],
      [4, 0],
    ];
    const fineWestOfTwo = (position: Position): number => ((position[0] ?? 0) < 2 ? 100 : 10_000);
    expect(simplifyArcs([line], fineWestOfTwo)).toEqual([
      [
        [0, 0],
        [1, 0.01],
        [4, 0],
      ],
    ]);
    // A tolerance of 0 keeps every point, even on a straight line.
    const straight: Position[] = [
      [0, 0],
      [1, 0],
      [2, 0],
    ];
    expect(simplifyArcs([straight], 0)).toEqual([straight]);
  });

  it('simplifies an arc alike wherever it is used, so shared borders stay identical', () => {
    const border: Position[] = [
      [30, 50],
      [30.05, 50.004],
      [30.1, 50.03],
      [30.15, 50.001],
      [30.2, 50],
    ];
    const [alone] = simplifyArcs([border], 1000);
    const [, withOthers] = simplifyArcs([square(10, 10, 1), border, square(40, 40, 2)], 1000);
    expect(withOthers).toEqual(alone);
    expect(alone).toContainEqual([30.1, 50.03]);
  });

  it('never collapses a closed arc below a valid ring', () => {
    const [ring] = simplifyArcs([square(30, 50, 0.001)], 1_000_000);
    expect(ring).toHaveLength(5);
    expect(ring?.[0]).toEqual(ring?.[4]);
  });

  it('rounds arcs per position and keeps two ends when an arc collapses', () => {
    const arcs = roundArcs(
      [
        [
          [1.00001, 2.00001],
          [1.00002, 2.00002],
        ],
        [
          [10.123456, 0],
          [10.5, 0],
        ],
      ],
      (position) => ((position[0] ?? 0) > 5 ? 2 : 3),
    );
    expect(arcs).toEqual([
      [
        [1, 2],
        [1, 2],
      ],
      [
        [10.12, 0],
        [10.5, 0],
      ],
    ]);
  });
});

describe('geometry helpers', () => {
  it('rounds, drops collapsed rings and winds outer rings counter-clockwise', () => {
    const clockwise: Position[] = [...square(30, 50, 1)].reverse();
    const tinyHole = square(30.5, 50.5, 0.0001);
    const rounded = roundPolygonal({ type: 'Polygon', coordinates: [clockwise, tinyHole] }, 3) as Polygon;
    expect(rounded.coordinates).toHaveLength(1);
    expect(booleanClockwise(rounded.coordinates[0] ?? [])).toBe(false);
    expect(roundPolygonal({ type: 'Polygon', coordinates: [square(30, 50, 0.0001)] }, 3)).toBeNull();
  });

  it('rounds without negative zero', () => {
    expect(Object.is(roundTo(-0.0001, 3), 0)).toBe(true);
  });

  it('rounds bounding boxes outwards', () => {
    expect(boundsOf({ type: 'Polygon', coordinates: [square(30.123, 50.456, 1)] }, 2)).toEqual([
      30.12, 50.45, 31.13, 51.46,
    ]);
  });

  it('prunes small islands but never the largest polygon', () => {
    const islets = {
      type: 'MultiPolygon' as const,
      coordinates: [[square(0, 0, 0.001)], [square(1, 1, 0.002)]],
    };
    const pruned = pruneSmallParts(islets, 1e9);
    expect(pruned === null ? [] : polygonsOf(pruned)).toEqual([[square(1, 1, 0.002)]]);
  });

  it('tests points against polygons, holes excluded', () => {
    const withHole: Polygon = { type: 'Polygon', coordinates: [square(0, 0, 10), square(4, 4, 2)] };
    expect(containsPoint(withHole, [1, 1])).toBe(true);
    expect(containsPoint(withHole, [5, 5])).toBe(false);
    expect(containsPoint(withHole, [11, 1])).toBe(false);
  });
});
