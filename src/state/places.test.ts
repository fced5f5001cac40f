import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { linkArticle, paragraphs } from '../linking';
import { buildArticleModel } from './article';
import { parseGazetteer } from './data';
import { firstPlaces, kindLabel, placeGroups, selectionAnnouncement } from './places';

// The real article and gazetteer: the places list is what a keyboard user navigates instead of the map.
const gazetteer = parseGazetteer(JSON.parse(readFileSync('data/gazetteer.json', 'utf8')));
const text = readFileSync('data/annexation-ceremony.txt', 'utf8');
const article = buildArticleModel(text, paragraphs(text), linkArticle(text, gazetteer), gazetteer.entries);

describe('the places list', () => {
  it('lists every named place exactly once, by legend group, most mentioned first', () => {
    const groups = placeGroups(article);
    const ids = groups.flatMap((g) => g.entries.map((e) => e.place.id));
    expect(new Set(ids).size).toBe(ids.length);
    expect([...ids].sort()).toEqual([...article.places.keys()].sort());
    expect(groups.map((g) => g.group)).toEqual([
      'claimed-2022',
      'annexed-2014',
      'named-regions',
      'towns',
      'countries',
      'soviet',
    ]);
    for (const g of groups) {
      const counts = g.entries.map((e) => e.mentions);
      expect(counts).toEqual([...counts].sort((a, b) => b - a));
    }
    expect(groups[0]?.entries.map((e) => `${e.place.name} ${e.mentions}`)).toEqual([
      'Donetsk 4',
      'Kherson 1',
      'Luhansk 1',
      'Zaporizhzhia 1',
    ]);
    expect(groups.find((g) => g.group === 'towns')?.entries[0]?.place.name).toBe('Moscow');
  });

  it('takes the first places in list order across groups, for the prerendered page, dropping emptied groups', () => {
    const groups = placeGroups(article);
    const all = groups.flatMap((g) => g.entries.map((e) => e.place.id));
    const first = firstPlaces(groups, 6);
    expect(first.flatMap((g) => g.entries.map((e) => e.place.id))).toEqual(all.slice(0, 6));
    expect(first.map((g) => g.group)).toEqual(
      ['claimed-2022', 'annexed-2014', 'named-regions'].slice(0, first.length),
    );
    expect(firstPlaces(groups, all.length)).toEqual(groups);
    expect(firstPlaces(groups, 100)).toEqual(groups);
    expect(firstPlaces(groups, 0)).toEqual([]);
  });

  it('says what each place is and announces a selection in one sentence', () => {
    expect(kindLabel({ id: 'UA-14', kind: 'region', name: 'Donetsk' })).toBe('region of Ukraine');
    expect(kindLabel({ id: 'gn:703448', kind: 'city', name: 'Kyiv' })).toBe('town');
    expect(kindLabel({ id: 'SU', kind: 'union', name: 'Soviet Union' })).toBe('former state');
    // The name already says it: not "Oskil River river".
    expect(kindLabel({ id: 'oskil-river', kind: 'river', name: 'Oskil River' })).toBeNull();
    expect(kindLabel({ id: 'sea-of-azov', kind: 'sea', name: 'Sea of Azov' })).toBeNull();
    expect(kindLabel({ id: 'dnipro-river', kind: 'river', name: 'Dnipro' })).toBe('river');
    // A word inside another word does not count.
    expect(kindLabel({ id: 'x', kind: 'sea', name: 'Seaside Bay' })).toBe('sea');
    expect(selectionAnnouncement({ id: 'oskil-river', kind: 'river', name: 'Oskil River' }, 1)).toBe(
      'Oskil River, mentioned in 1 sentence.',
    );
    expect(selectionAnnouncement({ id: 'UA-14', kind: 'region', name: 'Donetsk' }, 4)).toBe(
      'Donetsk, region of Ukraine, mentioned in 4 sentences.',
    );
    expect(selectionAnnouncement({ id: 'FR', kind: 'country', name: 'France' }, 1)).toBe(
      'France, country, mentioned in 1 sentence.',
    );
  });
});
