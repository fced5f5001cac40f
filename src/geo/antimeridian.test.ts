import type { MultiPolygon, Polygon } from 'geojson';
import { describe, expect, it } from 'vitest';
import { maxLongitudeJump, unwrapPolygonal } from './antimeridian';

describe('antimeridian', () => {
  it('measures the largest longitude step of any ring', () => {
    const jumping: Polygon = {
      type: 'Polygon',
      coordinates: [
        [
          [179, 0],
          [-179, 1],
          [179, 1],
          [179, 0],
        ],
      ],
    };
    expect(maxLongitudeJump(jumping)).toBe(358);
    expect(maxLongitudeJump({ type: 'Polygon', coordinates: [] })).toBe(0);
  });

  it('unwraps a ring that crosses 180 so it runs on past it', () => {
    const ring: Polygon = {
      type: 'Polygon',
      coordinates: [
        [
          [179, 0],
          [-179, 0],
          [-179, 1],
          [179, 0],
        ],
      ],
    };
    const out = unwrapPolygonal(ring);
    expect(out).toEqual({
      type: 'Polygon',
      coordinates: [
        [
          [179, 0],
          [181, 0],
          [181, 1],
          [179, 0],
        ],
      ],
    });
    expect(maxLongitudeJump(out)).toBeLessThanOrEqual(180);
  });

  it('shifts polygons east of 180 next to the rest, like Chukotka beside Russia', () => {
    const russia: MultiPolygon = {
      type: 'MultiPolygon',
      coordinates: [
        [
          [
            [30, 50],
            [170, 50],
            [170, 60],
            [30, 60],
            [30, 50],
          ],
        ],
        [
          [
            [-175, 65],
            [-170, 65],
            [-170, 66],
            [-175, 65],
          ],
        ],
      ],
    };
    const out = unwrapPolygonal(russia);
    const xs =
      JSON.stringify(out.coordinates)
        .match(/-?\d+/gu)
        ?.map(Number)
        .filter((_, i) => i % 2 === 0) ?? [];
    expect(Math.min(...xs)).toBe(30);
    expect(Math.max(...xs)).toBe(190);
  });

  it('leaves a country far from 180 alone and refuses a ring round the pole', () => {
    const france: Polygon = {
      type: 'Polygon',
      coordinates: [
        [
          [-4, 43],
          [8, 43],
          [8, 51],
          [-4, 43],
        ],
      ],
    };
    expect(unwrapPolygonal(france)).toEqual(france);
    const pole: Polygon = {
      type: 'Polygon',
      coordinates: [
        [
          [-180, -80],
          [-60, -70],
          [60, -70],
          [180, -80],
          [-180, -80],
        ],
      ],
    };
    expect(() => unwrapPolygonal(pole)).toThrow(/pole/u);
  });
});
