import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { linkArticle } from './link';
import { segmentSentences } from './segment';
import type { Gazetteer } from './types';

interface ExpectedMention {
  sentence: number;
  start: number;
  end: number;
  text: string;
  place: string;
  metonym: boolean;
}

interface Expected {
  sentences: Array<{ index: number; start: number; end: number }>;
  mentions: ExpectedMention[];
}

const dataFile = (name: string) => readFileSync(new URL(`../../data/${name}`, import.meta.url), 'utf8');

const article = dataFile('annexation-ceremony.txt');
const expected = JSON.parse(dataFile('annexation-ceremony.expected.json')) as Expected;
// The real, generated gazetteer: the golden links must hold for the data the app ships, not only for the fixture.
const gazetteer = JSON.parse(dataFile('gazetteer.json')) as Gazetteer;

describe('golden: data/annexation-ceremony.txt with data/gazetteer.json', () => {
  it('has exactly the expected 21 sentences', () => {
    expect(expected.sentences).toHaveLength(21);
    expect(segmentSentences(article)).toEqual(expected.sentences);
  });

  it('maps every expected place to exactly one gazetteer entry by name', () => {
    for (const place of new Set(expected.mentions.map((m) => m.place))) {
      expect(gazetteer.entries.filter((e) => e.name === place).map((e) => e.name)).toEqual([place]);
    }
  });

  it('has exactly the expected 44 mentions, with feature ids and readings', () => {
    const idByName = new Map(gazetteer.entries.map((e) => [e.name, e.id]));
    const want = expected.mentions.map((m) => {
      const featureId = idByName.get(m.place);
      expect(featureId, `no gazetteer entry named ${m.place}`).toBeDefined();
      return {
        sentence: m.sentence,
        start: m.start,
        end: m.end,
        surface: m.text,
        featureId,
        metonym: m.metonym,
      };
    });
    const got = linkArticle(article, gazetteer).mentions.map((m) => ({
      sentence: m.sentence,
      start: m.start,
      end: m.end,
      surface: m.surface,
      featureId: m.featureId,
      metonym: m.reading === 'metonym',
    }));
    expect(want).toHaveLength(44);
    expect(got).toEqual(want);
  });

  it('links the CRLF version of the article the same way, only at shifted offsets', () => {
    const crlf = article.replaceAll('\n', '\r\n');
    const lf = linkArticle(article, gazetteer);
    const shifted = linkArticle(crlf, gazetteer);
    const lineBreaksBefore = (offset: number) => article.slice(0, offset).split('\n').length - 1;
    expect(shifted.sentences).toEqual(
      lf.sentences.map((s) => ({
        ...s,
        start: s.start + lineBreaksBefore(s.start),
        end: s.end + lineBreaksBefore(s.end),
      })),
    );
    expect(shifted.mentions).toEqual(
      lf.mentions.map((m) => ({
        ...m,
        start: m.start + lineBreaksBefore(m.start),
        end: m.end + lineBreaksBefore(m.end),
      })),
    );
  });

  it('records which rule decided each seat mention', () => {
    const rules = linkArticle(article, gazetteer)
      .mentions.filter((m) => m.rule !== 'not-seat')
      .map((m) => `${m.surface}:${m.rule}`);
    expect(rules).toEqual([
      'MOSCOW:dateline',
      'Kremlin:default',
      'Kremlin:role-noun',
      'Kremlin:possessive',
      'Kyiv:possessive',
      'Moscow:possessive',
      'Moscow:subject-verb',
      'Kremlin:hyphen-compound',
      'Kyiv:agent-by',
      'Moscow:possessive',
      'Kremlin:subject-verb',
      'Moscow:agent-by',
      'Kyiv:possessive',
      'Moscow:possessive',
      'Kyiv:locative',
      'Moscow:possessive',
    ]);
  });
});
