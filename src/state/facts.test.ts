import { readFileSync } from 'node:fs';
import type { Feature, FeatureCollection } from 'geojson';
import { describe, expect, it } from 'vitest';
import { checkClaims, type GeoFact } from '../geo/facts';
import { linkArticle } from '../linking';
import type { Gazetteer } from '../linking/types';
import { buildArticleModel } from './article';
import { factContext, factItems } from './facts';

const DATA = new URL('../../data/', import.meta.url);
const read = <T>(name: string): T => JSON.parse(readFileSync(new URL(name, DATA), 'utf8')) as T;
const features = (name: string): Feature[] => read<FeatureCollection>(name).features;

describe('factItems', () => {
  const sentences = [
    { index: 0, start: 0, end: 10 },
    { index: 1, start: 11, end: 20 },
  ];
  const fact = (over: Partial<GeoFact>): GeoFact => ({
    sentence: 0,
    kind: 'containment',
    claim: 'Lyman in the Luhansk region',
    statement: 'Lyman lies outside Luhansk region’s outline as drawn here.',
    verdict: 'contradicts',
    places: [],
    ...over,
  });

  it('keeps checkable facts in sentence order, drops the rest and any without a sentence', () => {
    const items = factItems(
      [
        fact({ sentence: 1, kind: 'distance', claim: '300 km from Moscow' }),
        fact({ verdict: 'not-checkable', claim: 'Somewhere in the Nowhere region' }),
        fact({}),
        fact({}),
        fact({ sentence: 7 }),
      ],
      { sentences },
    );
    expect(items.map((i) => [i.sentence, i.verdict, i.claim])).toEqual([
      [0, 'contradicts', 'Lyman in the Luhansk region'],
      [1, 'contradicts', '300 km from Moscow'],
    ]);
    expect(new Set(items.map((i) => i.key)).size).toBe(2);
  });

  it('is empty when nothing is checkable', () => {
    expect(factItems([fact({ verdict: 'not-checkable' })], { sentences })).toEqual([]);
    expect(factItems([], { sentences })).toEqual([]);
  });
});

describe('factContext over the data the map draws', () => {
  it('gives the default article its three facts, each in a sentence that holds its claim', () => {
    const text = readFileSync(new URL('annexation-ceremony.txt', DATA), 'utf8');
    const gazetteer = read<Gazetteer>('gazetteer.json');
    const link = linkArticle(text, gazetteer);
    const article = buildArticleModel(text, [{ start: 0, end: text.length }], link, gazetteer.entries);
    const ctx = factContext(article.places.values(), {
      regions: features('regions.geojson'),
      countries: features('countries.geojson'),
      outlines: [],
    });
    // Lyman has its point from the gazetteer, Donetsk its outline from regions.geojson.
    expect(ctx.place('gn:704204')?.point).toEqual([37.803, 48.986]);
    expect(ctx.place('UA-14')?.geometry?.type).toMatch(/Polygon/);
    expect(ctx.place('UA-14')?.country).toBe('UA');
    const items = factItems(checkClaims(text, article.sentences, article.mentions, ctx), article);
    expect(items.map((i) => [i.kind, i.verdict])).toEqual([
      ['containment', 'agrees'],
      ['adjacency', 'agrees'],
      ['area-share', 'agrees'],
    ]);
    const share = items.find((i) => i.kind === 'area-share');
    expect(share?.statement).toContain('22.3 %');
    // The four claimed in 2022: 17.7 %, "18 %" in round figures.
    expect(share?.statement).toContain('(claimed by Russia in 2022): 17.7 %');
    expect(share?.statement).toContain('not the line of control');
    expect(items.find((i) => i.kind === 'adjacency')?.statement).toBe(
      'Over land, Russia → Donetsk → Zaporizhzhia → Kherson → Crimea: each shares a border with the next.',
    );
    for (const item of items) {
      const s = article.sentences[item.sentence];
      expect(s && text.slice(s.start, s.end)).toContain(item.claim);
    }
  });
});
