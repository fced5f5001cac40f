import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { needsMoreThanDefault } from '../linking/needs';
import { parseGazetteer } from '../state/data';
import { gazetteerFor } from './world';

const data = (name: string) => readFileSync(new URL(`../../data/${name}`, import.meta.url), 'utf8');
const base = parseGazetteer(JSON.parse(data('gazetteer.json')));
const keys = new Set((JSON.parse(data('gazetteer-world-keys.json')) as { keys: string }).keys.split(' '));

describe('loading the world gazetteer on demand', () => {
  it('the default article needs nothing more than the default gazetteer', () => {
    expect(needsMoreThanDefault(data('annexation-ceremony.txt'), keys)).toBe(false);
  });

  it('an article naming Izyum or Kup’yans’k needs the world gazetteer', () => {
    expect(needsMoreThanDefault('Troops entered Izyum.', keys)).toBe(true);
    expect(needsMoreThanDefault('Shelling near Kup’yans’k’s station.', keys)).toBe(true);
    expect(
      needsMoreThanDefault('Kyiv said Moscow and the Kremlin lied; Vladimir Putin on Friday.', keys),
    ).toBe(false);
  });

  it('an article naming a place whose name starts with a common word ("Black Sea") needs the world gazetteer', () => {
    expect(needsMoreThanDefault('Warships in the Black Sea fired missiles.', keys)).toBe(true);
    expect(needsMoreThanDefault('Warships in the Black-Sea fleet.', keys)).toBe(true);
    // The common word alone, or with another word, does not.
    expect(needsMoreThanDefault('Black smoke rose over Kyiv; the Sea was calm.', keys)).toBe(false);
  });

  it('returns the default gazetteer untouched unless the world one is needed, then merges them', async () => {
    expect(await gazetteerFor('Troops entered Izyum.', base, true)).toBe(base);
    expect(await gazetteerFor('Kyiv said Moscow lied.', base, false)).toBe(base);
    const world = await gazetteerFor('Troops entered Izyum.', base, false);
    const byId = new Map(world.entries.map((e) => [e.id, e]));
    expect(byId.get('gn:707292')).toMatchObject({ name: 'Izium', population: 53778, region: 'UA-63' });
    for (const entry of base.entries) expect(byId.get(entry.id)?.name).toBe(entry.name);
  });
});
