import { describe, expect, it } from 'vitest';
import { legendFor, legendGroup, listNames, statusOf } from './layers';
import { placeEntry as entry } from '../linking/fixtures';

describe('the legend, derived from what the article names', () => {
  it('puts a place in its status group first, then by what it is', () => {
    expect(legendGroup(entry('UA-14', 'region', { status: 'claimed-2022' }))).toBe('claimed-2022');
    expect(legendGroup(entry('UA-40', 'region', { status: 'annexed-2014' }))).toBe('annexed-2014');
    expect(legendGroup(entry('UA-63', 'region'))).toBe('named-regions');
    expect(legendGroup(entry('gn:1', 'city'))).toBe('towns');
    expect(legendGroup(entry('kremlin', 'landmark'))).toBe('towns');
    expect(legendGroup(entry('dnipro-river', 'river'))).toBe('water');
    expect(legendGroup(entry('kakhovka-reservoir', 'reservoir'))).toBe('water');
    expect(legendGroup(entry('PL', 'country'))).toBe('countries');
    expect(legendGroup(entry('SU', 'union'))).toBe('soviet');
    // Older files carried the status in `group`.
    expect(statusOf(entry('UA-43', 'region', { group: 'annexed-2014' }))).toBe('annexed-2014');
  });

  it('shows only the groups the article has, worded from its places, and always context', () => {
    const legend = legendFor([entry('Odesa', 'region'), entry('Lviv', 'city'), entry('Poland', 'country')]);
    expect(legend.map((l) => l.group)).toEqual(['named-regions', 'towns', 'countries', 'context']);
    expect(legend[0]?.description).toBe('Odesa region: administrative borders as of 2022.');
    expect(legend[2]?.description).toBe('Poland: internationally recognised borders.');
  });

  it('brings a status layer for a town inside a claimed or annexed region, even when the region is not named', () => {
    const legend = legendFor([entry('Melitopol', 'city', { region: 'UA-23' })]);
    expect(legend.map((l) => l.group)).toEqual(['claimed-2022', 'towns', 'context']);
  });

  it('leaves out places the data cannot locate', () => {
    const legend = legendFor([entry('unlocated:x', 'city', { unlocated: 'no data' })]);
    expect(legend.map((l) => l.group)).toEqual(['context']);
  });

  it('lists names as a reader would, cutting long lists', () => {
    expect(listNames(['Kharkiv', 'Dnipropetrovsk'])).toBe('Kharkiv and Dnipropetrovsk');
    expect(listNames(['a', 'b', 'c', 'd', 'e', 'f', 'g', 'h'])).toBe('a, b, c, d, e and 3 more');
  });
});
