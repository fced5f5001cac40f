/**
 * How far apart two outlines are drawn: the outer edge of a country's regions (the edges that belong to one region
 * only) and the country's own border in the base map. Distances are from every vertex of one outline to the nearest
 * segment of the other, in kilometres on a local equirectangular projection (good to well under 1 % at these
 * distances), both ways. Used by borders.test.ts over the generated files.
 */
import type { Position } from 'geojson';
import { polygonsOf, type Polygonal } from '../../src/geo/geometry';

type Segment = [Position, Position];

const KM_PER_DEGREE = 111.2;

function key([x = 0, y = 0]: Position): string {
  return `${x},${y}`;
}

function segmentsOf(geometry: Polygonal): Segment[] {
  return polygonsOf(geometry).flatMap((rings) =>
    rings.flatMap((ring) => ring.slice(1).map((end, i): Segment => [ring[i] ?? end, end])),
  );
}

/**
 * The segments that only one of the regions has: the outline of their union, when the regions come from one topology
 * (internal borders are then shared vertex for vertex, whichever way each region runs).
 */
export function outerSegments(regions: Polygonal[]): Segment[] {
  const count = new Map<string, { segment: Segment; n: number }>();
  for (const segment of regions.flatMap(segmentsOf)) {
    const [a, b] = segment;
    const k = [key(a), key(b)].sort().join(';');
    const seen = count.get(k);
    if (seen === undefined) count.set(k, { segment, n: 1 });
    else seen.n++;
  }
  return [...count.values()].filter(({ n }) => n === 1).map(({ segment }) => segment);
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

function figures(from: Segment[], to: Segment[], limit: number): GapFigures {
  const index = new SegmentIndex(to);
  const points = new Map<string, Position>();
  for (const [a, b] of from) {
    points.set(key(a), a);
    points.set(key(b), b);
  }
  const measured = [...points.values()].map((p) => ({ p, d: index.nearest(p, limit) }));
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
  limitKm = 50,
): { regionsToCountry: GapFigures; countryToRegions: GapFigures } {
  const outer = outerSegments(regions);
  const border = countrySegments(country);
  return { regionsToCountry: figures(outer, border, limitKm), countryToRegions: figures(border, outer, limitKm) };
}
