import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { BETWEEN_SENTENCES, FIXTURE_GAZETTEER } from './fixtures';
import { compileGazetteer } from './gazetteer';
import { linkArticle, linkText } from './link';
import { paragraphs, segmentSentences } from './segment';
import type { LinkResult, TextRange } from './types';

const compiled = compileGazetteer(FIXTURE_GAZETTEER);
const featureIds = new Set(FIXTURE_GAZETTEER.entries.map((e) => e.id));
const WHITESPACE_ONLY = /^\s*$/u;

// Pieces of news-like text: names in several spellings and cases, the words the rules look at, abbreviations,
// quotes, apostrophes and every kind of line break, so that random articles exercise the interesting paths.
// prettier-ignore
const PIECES = [
  'Kyiv', 'Kiev', 'Moscow', 'MOSCOW', 'Kremlin', 'KREMLIN', 'Russia', 'Russian', 'Ukraine', 'US', 'us', 'U.S.',
  'United States', 'United', 'States', 'former Soviet Union', 'Soviet', 'USSR', 'Crimean peninsula', 'Crimea',
  'Lugansk', "Luhans'k", 'Donetsk', 'Lyman', 'said', 'should', 'spokesman', 'officials', 'in', 'by', 'the', 'to',
  'a', 'lavish', 'ceremony', 'Mr.', 'Gen.', 'St.', 'Sept.', '30', '2014', 'X', 'He', 'they', 'chanted', 'No.',
  '’s', "'s", '’', "'", '-', '--', '—', '-installed', '-based', 'pro-', '.', '. ', '! ', '? ', '…', ', ', ';',
  '“', '”', '"', '(', ')', ' ', '  ', '• ', '#Lyman', 'https://t.me/x', 'KYIV, Ukraine (AP) — ', '\u00a0', '\t', '\n', '\n\n', '\r\n', '\r', '\u2028', 'é', '𝐀', '\ud800',
];

// Mostly spaces between pieces, so names stand as words often enough for the reading rules to run.
const SEPARATORS = [' ', ' ', ' ', ' ', '', '\n', '\r\n', '. ', ', ', '\n\n'];

const newsText = fc
  .array(
    fc.tuple(
      fc.oneof({ weight: 6, arbitrary: fc.constantFrom(...PIECES) }, { weight: 1, arbitrary: fc.string() }),
      fc.constantFrom(...SEPARATORS),
    ),
    { maxLength: 60 },
  )
  .map((parts) => parts.flat().join(''));

// Any UTF-16 code unit, lone surrogates included: the text may come from a paste or a postMessage.
const codeUnitText = fc.string({
  unit: fc.integer({ min: 0, max: 0xffff }).map((n) => String.fromCharCode(n)),
});

const anyText = fc.oneof(newsText, fc.string({ unit: 'binary' }), codeUnitText);

/**
 * Asserts that ranges are non-empty, ordered, trimmed, and separated only by what `between` allows (whitespace
 * for paragraphs; for sentences also line-opening bullets and lines of only links or hashtags).
 */
function expectTiling(text: string, ranges: readonly TextRange[], between = WHITESPACE_ONLY): void {
  let cursor = 0;
  for (const r of ranges) {
    expect(r.start).toBeLessThan(r.end);
    expect(r.start).toBeGreaterThanOrEqual(cursor);
    expect(text.slice(cursor, r.start)).toMatch(between);
    const content = text.slice(r.start, r.end);
    expect(content.trim()).toBe(content);
    cursor = r.end;
  }
  expect(text.slice(cursor)).toMatch(between);
}

function expectMentionInvariants(text: string, result: LinkResult): void {
  let previousEnd = 0;
  for (const m of result.mentions) {
    expect(text.slice(m.start, m.end)).toBe(m.surface);
    expect(m.start).toBeLessThan(m.end);
    expect(m.start).toBeGreaterThanOrEqual(previousEnd);
    const sentence = result.sentences[m.sentence];
    expect(sentence).toBeDefined();
    if (sentence) {
      expect(m.start).toBeGreaterThanOrEqual(sentence.start);
      expect(m.end).toBeLessThanOrEqual(sentence.end);
    }
    expect(featureIds.has(m.featureId) || result.places?.some((p) => p.id === m.featureId)).toBe(true);
    previousEnd = m.end;
  }
}

/** What linking says, without offsets. */
function offsetFree(text: string, result: LinkResult) {
  return {
    sentences: result.sentences.map((s) => text.slice(s.start, s.end)),
    mentions: result.mentions.map((m) => [m.surface, m.featureId, m.reading, m.rule, m.sentence]),
  };
}

describe('properties', () => {
  it('sentences tile the text: ordered, indexed, trimmed, with only whitespace, bullets or link lines between', () => {
    fc.assert(
      fc.property(anyText, (text) => {
        const sentences = segmentSentences(text);
        expectTiling(text, sentences, BETWEEN_SENTENCES);
        sentences.forEach((s, i) => expect(s.index).toBe(i));
      }),
      { numRuns: 400 },
    );
  });

  it('paragraphs tile the text too, and each sentence lies inside one paragraph', () => {
    fc.assert(
      fc.property(anyText, (text) => {
        const paras = paragraphs(text);
        expectTiling(text, paras);
        for (const s of segmentSentences(text)) {
          expect(paras.filter((p) => p.start <= s.start && s.end <= p.end)).toHaveLength(1);
        }
      }),
      { numRuns: 300 },
    );
  });

  it('every mention is its own slice of the text, inside its sentence, never overlapping the next', () => {
    fc.assert(
      fc.property(anyText, (text) => expectMentionInvariants(text, linkText(text, compiled))),
      { numRuns: 400 },
    );
  });

  it('linking is deterministic, including recompiling the gazetteer', () => {
    fc.assert(
      fc.property(newsText, (text) => {
        expect(linkText(text, compiled)).toEqual(linkArticle(text, FIXTURE_GAZETTEER));
        expect(linkText(text, compiled)).toEqual(linkText(text, compiled));
      }),
      { numRuns: 200 },
    );
  });

  it('never throws on arbitrary Unicode, lone surrogates included', () => {
    fc.assert(
      fc.property(fc.oneof(fc.string({ unit: 'binary', maxLength: 400 }), codeUnitText), (text) => {
        expect(() => linkText(text, compiled)).not.toThrow();
        expect(() => paragraphs(text)).not.toThrow();
      }),
      { numRuns: 500 },
    );
  });

  it('converting \\n to \\r\\n changes only offsets', () => {
    fc.assert(
      fc.property(newsText, (raw) => {
        // Start from \n-only text: "\r\n" turned into "\r\r\n" would be two line breaks, a real change.
        const text = raw.replace(/\r\n?/gu, '\n');
        const crlf = text.replaceAll('\n', '\r\n');
        expect(offsetFree(crlf, linkText(crlf, compiled))).toEqual(
          offsetFree(text, linkText(text, compiled)),
        );
      }),
      { numRuns: 400 },
    );
  });

  it('the apostrophe style changes nothing', () => {
    fc.assert(
      fc.property(newsText, (text) => {
        const straight = text.replaceAll('’', "'");
        const a = linkText(text, compiled);
        const b = linkText(straight, compiled);
        expect(b.sentences).toEqual(a.sentences);
        expect(b.mentions.map(({ surface: _s, ...rest }) => rest)).toEqual(
          a.mentions.map(({ surface: _s, ...rest }) => rest),
        );
      }),
      { numRuns: 300 },
    );
  });
});
