import { describe, expect, it } from 'vitest';
import { FIXTURE_GAZETTEER, IDS } from './fixtures';
import { compileGazetteer } from './gazetteer';
import { linkArticle, linkText } from './link';
import type { Gazetteer, GazetteerEntry, Mention } from './types';

const compiled = compileGazetteer(FIXTURE_GAZETTEER);

function mentions(text: string): Mention[] {
  return linkText(text, compiled).mentions;
}

/** Compact view: surface, feature id, reading and rule. */
function links(text: string): Array<[string, string, string, string]> {
  return mentions(text).map((m) => [m.surface, m.featureId, m.reading, m.rule]);
}

function surfaces(text: string): string[] {
  return mentions(text).map((m) => m.surface);
}

describe('matching names', () => {
  it('matches only at word boundaries', () => {
    expect(surfaces('Russian troops and Russians met Ukrainian troops in Russia.')).toEqual(['Russia']);
    expect(surfaces('Kyivan, Moscow2, XMoscow and éKyiv are not names; (Kyiv) is.')).toEqual(['Kyiv']);
  });

  it('allows a hyphen after the name and keeps the compound out of the surface', () => {
    expect(links('The Kremlin-installed leaders arrived.')).toEqual([
      ['Kremlin', IDS.kremlin, 'metonym', 'hyphen-compound'],
    ]);
  });

  it('leaves the possessive out of the mention, for both apostrophes', () => {
    for (const text of ['Kyiv’s forces advanced.', "Kyiv's forces advanced."]) {
      expect(mentions(text)).toEqual([
        {
          sentence: 0,
          start: 0,
          end: 4,
          surface: 'Kyiv',
          featureId: IDS.kyiv,
          reading: 'metonym',
          rule: 'possessive',
          resolution: 'unique',
        },
      ]);
    }
  });

  it('matches aliases written with either apostrophe', () => {
    expect(links("Shelling in Luhans'k and Luhans’k.").map((l) => l[1])).toEqual([IDS.luhansk, IDS.luhansk]);
  });

  it('maps alternative spellings to their feature', () => {
    expect(links('Kiev and Lugansk and Zaporozhye.').map((l) => l[1])).toEqual([
      IDS.kyiv,
      IDS.luhansk,
      IDS.zaporizhzhia,
    ]);
  });

  it('prefers the longest name', () => {
    expect(surfaces('Conflicts in the former Soviet Union and the Soviet Union.')).toEqual([
      'former Soviet Union',
      'Soviet Union',
    ]);
    expect(surfaces('Between Russia and the Crimean peninsula, not Crimea.')).toEqual([
      'Russia',
      'Crimean peninsula',
      'Crimea',
    ]);
    expect(links('The United States of America and the United States.').map((l) => [l[0], l[1]])).toEqual([
      ['United States of America', IDS.us],
      ['United States', IDS.us],
    ]);
  });

  it('lets a longer name swallow a shorter one inside it', () => {
    expect(links('Inside the Moscow Kremlin walls.').map((l) => [l[0], l[1]])).toEqual([
      ['Moscow Kremlin', IDS.kremlin],
    ]);
    expect(links('The U.S.A. and the U.S.S.R. met. Then they left.').map((l) => [l[0], l[1]])).toEqual([
      ['U.S.A.', IDS.us],
      ['U.S.S.R.', IDS.soviet],
    ]);
  });

  it('matches a multi-word name across any run of spaces', () => {
    expect(surfaces('The United\u00a0 States said so.')).toEqual(['United\u00a0 States']);
  });

  it('is case-sensitive in ordinary text', () => {
    expect(surfaces('moscow, KREMLIN walls and kyiv in a sentence with Moscow.')).toEqual(['Moscow']);
  });

  it('links "US" and "U.S." only when written in capitals, never "us"', () => {
    expect(links('Tell us what the US and the U.S. said.').map((l) => [l[0], l[1]])).toEqual([
      ['US', IDS.us],
      ['U.S.', IDS.us],
    ]);
    expect(surfaces('Join us. Us too.')).toEqual([]);
  });

  it('matches case-insensitively in an all-caps line', () => {
    expect(links('MOSCOW\nMoscow should act.')).toEqual([
      ['MOSCOW', IDS.moscow, 'literal', 'dateline'],
      ['Moscow', IDS.moscow, 'metonym', 'subject-verb'],
    ]);
    expect(links('KREMLIN WARNS KYIV')).toEqual([
      ['KREMLIN', IDS.kremlin, 'metonym', 'subject-verb'],
      // What the Kremlin warns is Kyiv's government.
      ['KYIV', IDS.kyiv, 'metonym', 'object-of-verb'],
    ]);
  });

  it('does not read common words as acronyms in an all-caps line', () => {
    expect(surfaces('TELL US ABOUT RUSSIA')).toEqual(['RUSSIA']);
  });

  it('treats an all-caps dateline prefix like a dateline', () => {
    expect(links('KYIV, Ukraine (AP) — Moscow said it would act.')).toEqual([
      ['KYIV', IDS.kyiv, 'literal', 'dateline'],
      ['Ukraine', IDS.ukraine, 'literal', 'not-seat'],
      ['Moscow', IDS.moscow, 'metonym', 'subject-verb'],
    ]);
    expect(links('US, France agree.').map((l) => l[0])).toEqual(['US', 'France']);
  });

  it('works the same with CRLF line endings', () => {
    const lf = 'MOSCOW\nKyiv said.\n\nOfficials in Kyiv said so.';
    const crlf = lf.replaceAll('\n', '\r\n');
    const strip = (ms: Mention[]) =>
      ms.map(({ surface, featureId, reading, rule }) => [surface, featureId, reading, rule]);
    expect(strip(mentions(crlf))).toEqual(strip(mentions(lf)));
    expect(mentions(crlf).map((m) => crlf.slice(m.start, m.end))).toEqual(['MOSCOW', 'Kyiv', 'Kyiv']);
    expect(mentions(crlf).map((m) => m.sentence)).toEqual([0, 1, 2]);
  });

  it('never matches across a sentence break', () => {
    expect(surfaces('It was Soviet. Union leaders met.')).toEqual([]);
  });
});

describe('readings', () => {
  const reading = (text: string, surface: string) => {
    const found = mentions(text).find((m) => m.surface === surface);
    return found && [found.reading, found.rule];
  };

  it('reads a non-seat feature literally whatever surrounds it', () => {
    expect(reading('Russia said it would annex them.', 'Russia')).toEqual(['literal', 'not-seat']);
    expect(reading('Ukraine’s President spoke.', 'Ukraine')).toEqual(['literal', 'not-seat']);
  });

  it('possessive', () => {
    expect(reading('The Kremlin’s atomic threats.', 'Kremlin')).toEqual(['metonym', 'possessive']);
    expect(reading("MOSCOW'S FORCES", 'MOSCOW')).toEqual(['metonym', 'possessive']);
  });

  it('hyphen compounds: metonym, except locative ones', () => {
    expect(reading('A pro-Kremlin party won.', 'Kremlin')).toEqual(['metonym', 'hyphen-compound']);
    expect(reading('A Moscow-based analyst said so.', 'Moscow')).toEqual(['literal', 'locative-compound']);
  });

  it('agent after "by"', () => {
    expect(reading('Crimea, annexed by Moscow in 2014.', 'Moscow')).toEqual(['metonym', 'agent-by']);
    expect(reading('Referendums dismissed by Kyiv and the West.', 'Kyiv')).toEqual(['metonym', 'agent-by']);
    expect(reading('A plan drafted by the Kremlin.', 'Kremlin')).toEqual(['metonym', 'agent-by']);
  });

  it('role noun after the name', () => {
    expect(reading('Kremlin spokesman Dmitry Peskov said.', 'Kremlin')).toEqual(['metonym', 'role-noun']);
    expect(reading('He spoke to Kyiv officials.', 'Kyiv')).toEqual(['metonym', 'role-noun']);
    expect(reading('Moscow envoy arrives.', 'Moscow')).toEqual(['metonym', 'role-noun']);
  });

  it('locative preposition before the name', () => {
    expect(reading('Officials in Kyiv said three died.', 'Kyiv')).toEqual(['literal', 'locative']);
    expect(reading('Protests outside the Kremlin grew.', 'Kremlin')).toEqual(['literal', 'locative']);
    expect(reading('Drones hit targets near central Moscow.', 'Moscow')).toEqual(['literal', 'locative']);
    expect(reading('Trains from Kiev run late.', 'Kiev')).toEqual(['literal', 'locative']);
  });

  it('subject of a verb or modal', () => {
    expect(reading('After the Kremlin announced the timing.', 'Kremlin')).toEqual([
      'metonym',
      'subject-verb',
    ]);
    expect(reading('He suggested Moscow should extend its influence.', 'Moscow')).toEqual([
      'metonym',
      'subject-verb',
    ]);
    expect(reading('Kyiv said it would fight.', 'Kyiv')).toEqual(['metonym', 'subject-verb']);
    expect(reading('Kyiv has repeatedly warned of this.', 'Kyiv')).toEqual(['metonym', 'subject-verb']);
    expect(reading('Moscow did not respond.', 'Moscow')).toEqual(['metonym', 'subject-verb']);
    expect(reading('Moscow won’t back down.', 'Moscow')).toEqual(['metonym', 'subject-verb']);
  });

  it('defaults to literal', () => {
    expect(reading('Russia plans a lavish Kremlin ceremony.', 'Kremlin')).toEqual(['literal', 'default']);
    expect(reading('Kyiv has a population of three million.', 'Kyiv')).toEqual(['literal', 'default']);
    expect(reading('Moscow plan rejected.', 'Moscow')).toEqual(['literal', 'default']);
    expect(reading('Kyiv was shelled overnight.', 'Kyiv')).toEqual(['literal', 'default']);
  });

  it('dateline', () => {
    expect(reading('MOSCOW', 'MOSCOW')).toEqual(['literal', 'dateline']);
    expect(reading('  KYIV, UKRAINE', 'KYIV')).toEqual(['literal', 'dateline']);
    expect(reading('MOSCOW — Russia is expected to act.', 'MOSCOW')).toEqual(['literal', 'dateline']);
  });

  it('does not read context across punctuation or sentences', () => {
    expect(reading('It was annexed by. Moscow is far.', 'Moscow')).toEqual(['literal', 'default']);
    expect(reading('The troops moved in, Kyiv said.', 'Kyiv')).toEqual(['metonym', 'subject-verb']);
    expect(reading('Kyiv. Said nothing.', 'Kyiv')).toEqual(['literal', 'default']);
  });
});

describe('compileGazetteer', () => {
  const entry = (
    id: string,
    name: string,
    kind: GazetteerEntry['kind'],
    aliases: string[] = [],
  ): GazetteerEntry => ({
    id,
    name,
    kind,
    group: 'context',
    aliases,
    seat: false,
    bbox: [0, 0, 1, 1],
  });

  it('ignores blank aliases instead of matching everywhere', () => {
    const g: Gazetteer = { entries: [entry('X', 'Xland', 'country', ['', '   '])] };
    expect(linkArticle('Some text about Xland.', g).mentions.map((m) => m.surface)).toEqual(['Xland']);
  });

  it('keeps the first of two entries with the same id', () => {
    const g: Gazetteer = { entries: [entry('X', 'Xland', 'country'), entry('X', 'Yland', 'country')] };
    expect(linkArticle('Xland and Yland.', g).mentions.map((m) => m.surface)).toEqual(['Xland']);
  });

  it('gives a shared spelling to the entry it names, then to the larger unit, unless context says otherwise', () => {
    const g: Gazetteer = {
      entries: [
        entry('gn:1', 'Donetsk', 'city'),
        { ...entry('UA-14', 'Donetsk', 'region'), group: 'claimed-2022' },
        entry('gn:3', 'Lviv', 'city'),
        entry('UA-46', 'Lviv', 'region'),
        entry('gn:2', 'Kyiv', 'city'),
        entry('UA-30', 'Kyiv City', 'region', ['Kyiv']),
      ],
    };
    const ids = (text: string) => linkArticle(text, g).mentions.map((m) => m.featureId);
    expect(ids('Shelling in Donetsk.')).toEqual(['UA-14']);
    expect(ids('The Donetsk region town.')).toEqual(['UA-14']);
    expect(ids('The city of Donetsk. Donetsk city.')).toEqual(['gn:1', 'gn:1']);
    expect(ids('Kyiv and Kyiv City.')).toEqual(['gn:2', 'UA-30']);
    // Outside the regions Russia claimed, a bare name shared by a region and its capital is the city.
    expect(ids('Missiles hit Lviv. Shelling in the Lviv region.')).toEqual(['gn:3', 'UA-46']);
    // Listed with a region, or before "regions", it is the region.
    expect(ids('MOSCOW\nDonetsk and Lviv. A strike in Lviv and Donetsk regions.')).toEqual([
      'UA-14',
      'UA-46',
      'UA-46',
      'UA-14',
    ]);
  });
});
