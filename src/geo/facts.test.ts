import { readFileSync } from 'node:fs';
import type { FeatureCollection, Point } from 'geojson';
import { describe, expect, it } from 'vitest';
import { linkArticle } from '../linking';
import type { Gazetteer } from '../linking/types';
import {
  adjacencyChain,
  areaSharePercent,
  checkClaims,
  isInside,
  type FactContext,
  type FactPlace,
} from './facts';
import type { Polygonal } from './geometry';
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
