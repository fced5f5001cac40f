import { readFileSync } from 'node:fs';
import type { FeatureCollection, Point } from 'geojson';
import { bbox } from '@turf/turf';
import { describe, expect, it } from 'vitest';
import { linkArticle } from '../linking';
import type { Gazetteer } from '../linking/types';
import {
  adjacencyChain,
  areaSharePercent,
  checkClaims,
  isInside,
  shareBorder,
  type FactContext,
  type FactPlace,
} from './facts';
import { polygonsOf, type Polygonal } from './geometry';
import { greatCircleKm } from './sphere';

const DATA = new URL('../../data/', import.meta.url);
const read = <T>(name: string): T => JSON.parse(readFileSync(new URL(name, DATA), 'utf8')) as T;

type Areas = FeatureCollection<Polygonal, { id: string; name: string; status: string }>;
const regions = read<Areas>('regions.geojson').features.map((f): FactPlace => ({
  status: f.properties.status,
  id: f.properties.id,
  name: f.properties.name,
  kind: 'region',
  geometry: f.geometry,
  country: 'UA',
}));
const countries = read<Areas>('countries.geojson').features.map((f): FactPlace => ({
  id: f.properties.id,
  name: f.properties.name,
  kind: 'country',
  geometry: f.geometry,
}));
const towns = read<FeatureCollection<Point, { id: string; name: string }>>('places.geojson').features.map(
  (f): FactPlace => ({
    id: f.properties.id,
    name: f.properties.name,
    kind: 'city',
    point: [f.geometry.coordinates[0] ?? 0, f.geometry.coordinates[1] ?? 0],
  }),
);
const byId = new Map([...regions, ...countries, ...towns].map((p) => [p.id, p]));
const region = (id: string): Polygonal => {
  const shape = byId.get(id)?.geometry;
  if (shape === undefined) throw new Error(id);
  return shape;
};

/** Regions where the map has them, countries elsewhere: areas that do not overlap. */
const ctx: FactContext = {
  place: (id) => byId.get(id),
  areas: [...regions, ...countries.filter((c) => c.id !== 'UA')],
  regionsOf: (country) => (country === 'UA' ? regions : []),
  companions: { 'UA-43': ['UA-40'] },
};

describe('facts from the outlines', () => {
  it('gives the area share of regions in Ukraine', () => {
    const all = regions.map((r) => region(r.id));
    const five = ['UA-09', 'UA-14', 'UA-23', 'UA-65', 'UA-43', 'UA-40'].map(region);
    const four = ['UA-09', 'UA-14', 'UA-23', 'UA-65'].map(region);
    expect(areaSharePercent(five, all)).toBeCloseTo(22.3, 0);
    expect(areaSharePercent(four, all)).toBeCloseTo(18, 0);
    expect(areaSharePercent([], all)).toBe(0);
  });

  it('tests containment and distance', () => {
    expect(isInside([37.803, 48.986], region('UA-14'))).toBe(true);
    expect(isInside([37.803, 48.986], region('UA-09'))).toBe(false);
    // Kyiv to Moscow: about 755 km by great circle.
    expect(greatCircleKm([30.52, 50.45], [37.62, 55.75])).toBeGreaterThan(740);
    expect(greatCircleKm([30.52, 50.45], [37.62, 55.75])).toBeLessThan(770);
  });

  it('joins Russia to Crimea over land along the coast, not across the Kerch Strait', () => {
    const named = new Set(['UA-14', 'UA-23', 'UA-65', 'UA-09']);
    expect(adjacencyChain('RU', 'UA-43', ctx.areas, named)).toEqual([
      'RU',
      'UA-14',
      'UA-23',
      'UA-65',
      'UA-43',
    ]);
    expect(adjacencyChain('UA-43', 'UA-43', ctx.areas)).toEqual(['UA-43']);
    expect(adjacencyChain('RU', 'nowhere', ctx.areas)).toBeUndefined();
  });
});

describe('shareBorder', () => {
  // The plain way to count contact: every vertex of one outline against every segment of the other, with the
  // same 3 km, 8 vertices and local projection as facts.ts. shareBorder looks only near each other's boxes; what
  // it leaves out must never change the answer.
  const near = (p: number[], a: number[], b: number[]): boolean => {
    const [px = 0, py = 0] = p;
    const k = Math.cos((py * Math.PI) / 180) * 111.32;
    const [ax, ay, bx, by] = [
      ((a[0] ?? 0) - px) * k,
      ((a[1] ?? 0) - py) * 110.57,
      ((b[0] ?? 0) - px) * k,
      ((b[1] ?? 0) - py) * 110.57,
    ];
    const [dx, dy] = [bx - ax, by - ay];
    const length2 = dx * dx + dy * dy;
    const t = length2 === 0 ? 0 : Math.max(0, Math.min(1, -(ax * dx + ay * dy) / length2));
    return Math.hypot(ax + t * dx, ay + t * dy) <= 3;
  };
  const touches = (a: Polygonal, b: Polygonal): number => {
    const segments = polygonsOf(b).flatMap((polygon) =>
      polygon.flatMap((ring) => ring.slice(1).map((to, i) => [ring[i] ?? to, to] as const)),
    );
    return polygonsOf(a)
      .flatMap((polygon) => polygon[0] ?? [])
      .filter((p) => segments.some(([from, to]) => near(p, from, to))).length;
  };

  it('finds the same neighbours as testing every vertex against every segment', () => {
    const areas = ctx.areas.filter((a): a is FactPlace & { geometry: Polygonal } => a.geometry !== undefined);
    const box = new Map(areas.map((a) => [a.id, bbox(a.geometry)]));
    const pairs: string[] = [];
    const expected: string[] = [];
    for (const [i, a] of areas.entries()) {
      for (const b of areas.slice(i + 1)) {
        const [ba, bb] = [box.get(a.id) ?? [], box.get(b.id) ?? []];
        // Outlines whose boxes are far apart cannot touch, and shareBorder says so without a look at their rings.
        if ((ba[0] ?? 0) > (bb[2] ?? 0) + 0.1 || (bb[0] ?? 0) > (ba[2] ?? 0) + 0.1) continue;
        if ((ba[1] ?? 0) > (bb[3] ?? 0) + 0.1 || (bb[1] ?? 0) > (ba[3] ?? 0) + 0.1) continue;
        if (shareBorder(a.geometry, b.geometry)) pairs.push(`${a.id}–${b.id}`);
        if (touches(a.geometry, b.geometry) >= 8 || touches(b.geometry, a.geometry) >= 8)
          expected.push(`${a.id}–${b.id}`);
      }
    }
    expect(pairs).toEqual(expected);
    // Enough pairs that the comparison means something: Ukraine's regions with each other and with their
    // neighbouring countries.
    expect(pairs.length).toBeGreaterThan(60);
    expect(pairs).toContain('UA-14–UA-23');
    expect(pairs).not.toContain('RU–UA-43');
  });

  it('finds a border far north, where a degree of longitude is short', () => {
    // Two squares at 70° N, 2 km apart in longitude (0.05°): within 3 km, though wider apart than 3/80 of a degree.
    const square = (west: number): Polygonal => ({
      type: 'Polygon',
      coordinates: [
        [
          [west, 70],
          ...Array.from({ length: 20 }, (_, i) => [west, 70 + (i + 1) * 0.05]),
          [west - 1, 71],
          [west - 1, 70],
          [west, 70],
        ].map(([x = 0, y = 0]) => [x, y]),
      ],
    });
    const east = (west: number): Polygonal => ({
      type: 'Polygon',
      coordinates: [
        [
          [west, 70],
          [west + 1, 70],
          [west + 1, 71],
          ...Array.from({ length: 20 }, (_, i) => [west, 71 - (i + 1) * 0.05]),
        ].map(([x = 0, y = 0]) => [x, y]),
      ],
    });
    expect(shareBorder(square(30), east(30.05))).toBe(true);
    expect(shareBorder(square(30), east(30.2))).toBe(false);
  });
});

describe('checkClaims', () => {
  const text = readFileSync(new URL('annexation-ceremony.txt', DATA), 'utf8');
  const gazetteer = read<Gazetteer>('gazetteer.json');

  it('finds and checks the default article’s claims', () => {
    const { sentences, mentions } = linkArticle(text, gazetteer);
    const facts = checkClaims(text, sentences, mentions, ctx);
    const brief = facts.map((f) => ({
      kind: f.kind,
      verdict: f.verdict,
      claim: f.claim,
      places: f.places,
      value: f.value,
    }));
    expect(brief).toContainEqual({
      kind: 'containment',
      verdict: 'agrees',
      claim: 'the Donetsk region town of Lyman',
      places: ['gn:704204', 'UA-14'],
      value: undefined,
    });
    const share = facts.find((f) => f.kind === 'area-share');
    expect(share?.verdict).toBe('agrees');
    expect(share?.value).toBeCloseTo(22.3, 0);
    expect(share?.places.sort()).toEqual(['UA', 'UA-09', 'UA-14', 'UA-23', 'UA-40', 'UA-43', 'UA-65']);
    expect(share?.claim).toBe('around 20 percent of Ukraine');
    const claimed = share?.parts?.find((p) => p.status === 'claimed-2022');
    expect(claimed?.places.sort()).toEqual(['UA-09', 'UA-14', 'UA-23', 'UA-65']);
    expect(claimed?.value).toBeCloseTo(18, 0);
    const corridor = facts.find((f) => f.kind === 'adjacency');
    expect(corridor?.places).toEqual(['RU', 'UA-14', 'UA-23', 'UA-65', 'UA-43']);
    expect(corridor?.verdict).toBe('agrees');
    for (const fact of facts) {
      const sentence = sentences[fact.sentence];
      expect(sentence && text.slice(sentence.start, sentence.end).includes(fact.claim), fact.claim).toBe(
        true,
      );
    }
  });

  it('says when the outlines contradict a claim, and finds nothing in plain text', () => {
    const own = 'Shelling hit Lyman in the Luhansk region. Kyiv lies 300 km from Moscow. Troops moved on.';
    const sentences = [
      { index: 0, start: 0, end: 41 },
      { index: 1, start: 42, end: 72 },
      { index: 2, start: 73, end: own.length },
    ];
    const at = (surface: string, id: string, sentence: number) => {
      const start = own.indexOf(surface);
      return { sentence, start, end: start + surface.length, featureId: id };
    };
    const mentions = [
      at('Lyman', 'gn:704204', 0),
      at('Luhansk', 'UA-09', 0),
      at('Kyiv', 'gn:703448', 1),
      at('Moscow', 'gn:524901', 1),
    ];
    const facts = checkClaims(own, sentences, mentions, ctx);
    expect(facts.map((f) => [f.kind, f.verdict, f.claim])).toEqual([
      ['containment', 'contradicts', 'Lyman in the Luhansk region'],
      ['distance', 'contradicts', '300 km from Moscow'],
    ]);
    expect(facts[1]?.value).toBeGreaterThan(740);
    expect(checkClaims('Nothing here.', [{ index: 0, start: 0, end: 13 }], [], ctx)).toEqual([]);
  });
});
