/**
 * How far apart two outlines are drawn: the outer edge of a country's regions (the edges that belong to one region
 * only) and the country's own border in the base map. Distances are from every vertex of one outline to the nearest
 * segment of the other, in kilometres on a local equirectangular projection (good to well under 1 % at these
 * distances), both ways. Used by borders.test.ts over the generated files.
 */
import type { Position } from 'geojson';
import { booleanPointInPolygon } from '@turf/turf';
import { polygonsOf, type Polygonal } from '../../src/geo/geometry';

export type Segment = [Position, Position];

const KM_PER_DEGREE = 111.2;

function key([x = 0, y = 0]: Position): string {
  return `${x},${y}`;
}

function segmentsOf(geometry: Polygonal): Segment[] {
  return polygonsOf(geometry).flatMap((rings) =>
    rings.flatMap((ring) => ring.slice(1).map((end, i): Segment => [ring[i] ?? end, end])),
  );
}

function segmentKey([a, b]: Segment): string {
  return [key(a), key(b)].sort().join(';');
}

/**
 * The segments that only one of the regions has: the outline of their union, when the regions come from one topology
 * (internal borders are then shared vertex for vertex, whichever way each region runs). A segment one region uses
 * twice (a spike) is still its outline. Islands for which `skip` is true (a polygon none of whose segments another
 * region shares) are left out.
 */
export function outerSegments(regions: Polygonal[], skip: (rings: Position[][]) => boolean = () => false): Segment[] {
  const owners = new Map<string, Set<number>>();
  regions.forEach((region, r) => {
    for (const segment of segmentsOf(region)) {
      const k = segmentKey(segment);
      owners.set(k, (owners.get(k) ?? new Set()).add(r));
    }
  });
  const outer = (segment: Segment): boolean => (owners.get(segmentKey(segment))?.size ?? 0) === 1;
  return regions.flatMap((region) =>
    polygonsOf(region).flatMap((rings) => {
      const segments = segmentsOf({ type: 'Polygon', coordinates: rings }).filter(outer);
      const island = segments.length === rings.reduce((n, ring) => n + ring.length - 1, 0);
      return island && skip(rings) ? [] : segments;
    }),
  );
}

export function countrySegments(country: Polygonal): Segment[] {
  return segmentsOf(country);
}

function distanceKm(p: Position, [a, b]: Segment): number {
  const [px = 0, py = 0] = p;
  const k = Math.cos((py * Math.PI) / 180);
  const ax = ((a[0] ?? 0) - px) * k;
  const ay = (a[1] ?? 0) - py;
  const bx = ((b[0] ?? 0) - px) * k;
  const by = (b[1] ?? 0) - py;
  const dx = bx - ax;
  const dy = by - ay;
  const lengthSquared = dx * dx + dy * dy;
  const t = lengthSquared === 0 ? 0 : Math.max(0, Math.min(1, -(ax * dx + ay * dy) / lengthSquared));
  return Math.hypot(ax + t * dx, ay + t * dy) * KM_PER_DEGREE;
}

/** Nearest-segment lookup on a grid of cells CELL degrees wide, searched ring by ring outwards. */
const CELL = 0.25;

class SegmentIndex {
  private readonly cells = new Map<string, Segment[]>();

  constructor(segments: Segment[]) {
    for (const segment of segments) {
      const [[ax = 0, ay = 0], [bx = 0, by = 0]] = segment;
      for (let i = Math.floor(Math.min(ax, bx) / CELL); i <= Math.floor(Math.max(ax, bx) / CELL); i++) {
        for (let j = Math.floor(Math.min(ay, by) / CELL); j <= Math.floor(Math.max(ay, by) / CELL); j++) {
          const k = `${i},${j}`;
          const list = this.cells.get(k);
          if (list === undefined) this.cells.set(k, [segment]);
          else list.push(segment);
        }
      }
    }
  }

  /** Distance to the nearest segment, or `limit` when none lies within it (a missing island, say). */
  nearest(p: Position, limit: number): number {
    const [x = 0, y = 0] = p;
    const ci = Math.floor(x / CELL);
    const cj = Math.floor(y / CELL);
    let best = Infinity;
    // A cell is at least CELL·cos(lat)·111 km wide; stop once the searched square is surely wider than the best.
    const cellKm = CELL * KM_PER_DEGREE * Math.max(0.1, Math.cos((Math.min(85, Math.abs(y)) * Math.PI) / 180));
    for (let r = 0; (r - 1) * cellKm <= Math.min(best, limit); r++) {
      for (let i = ci - r; i <= ci + r; i++) {
        for (let j = cj - r; j <= cj + r; j++) {
          if (Math.max(Math.abs(i - ci), Math.abs(j - cj)) !== r) continue;
          for (const segment of this.cells.get(`${i},${j}`) ?? []) best = Math.min(best, distanceKm(p, segment));
        }
      }
    }
    return Math.min(best, limit);
  }
}

export interface GapFigures {
  /** Vertices measured. */
  vertices: number;
  medianKm: number;
  p99Km: number;
  maxKm: number;
  /** Where the largest gap is. */
  worstAt: Position;
}

function figures(from: Segment[], to: Segment[], limit: number, skip: (p: Position) => boolean): GapFigures {
  const points = new Map<string, Position>();
  for (const [a, b] of from) {
    if (!skip(a)) points.set(key(a), a);
    if (!skip(b)) points.set(key(b), b);
  }
  return pointGap([...points.values()], to, limit);
}

/** From each of `points` to the nearest of `to`'s segments, capped at `limit` km. */
export function pointGap(points: Position[], to: Segment[], limit = 50): GapFigures {
  const index = new SegmentIndex(to);
  const measured = points.map((p) => ({ p, d: index.nearest(p, limit) }));
  const sorted = measured.map(({ d }) => d).sort((a, b) => a - b);
  const at = (q: number): number => sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))] ?? 0;
  const worst = measured.reduce((w, m) => (m.d > w.d ? m : w), { p: [0, 0] as Position, d: -1 });
  return {
    vertices: sorted.length,
    medianKm: at(0.5),
    p99Km: at(0.99),
    maxKm: sorted[sorted.length - 1] ?? 0,
    worstAt: worst.p,
  };
}

/** Both ways: from the regions' outer edge to the country border, and back. Gaps are capped at `limitKm`. */
export function borderGap(
  regions: Polygonal[],
  country: Polygonal,
  { limitKm = 50, skip }: { limitKm?: number; skip?: (rings: Position[][]) => boolean } = {},
): { regionsToCountry: GapFigures; countryToRegions: GapFigures } {
  const outer = outerSegments(regions, skip);
  const border = countrySegments(country);
  // Back from the country, any line the regions draw counts: where Natural Earth leaves a hairline between two
  // units (along the Kakhovka reservoir, say) the country outlines it, on the very line of their common border.
  const drawn = regions.flatMap(segmentsOf);
  // From the regions, only what lies outside the country or on its line: an edge inside it is a gap between two
  // regions (Natural Earth's hairlines), and an edge that stops short of the border leaves the border without a region
  // line, which the way back finds.
  const inside = (p: Position): boolean => booleanPointInPolygon(p, { type: 'Feature', properties: {}, geometry: country }, { ignoreBoundary: true });
  return {
    regionsToCountry: figures(outer, border, limitKm, inside),
    countryToRegions: figures(border, drawn, limitKm, () => false),
  };
}
