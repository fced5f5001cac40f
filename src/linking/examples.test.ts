// The @example lines in the TSDoc of every exported function, executed, so the documentation cannot drift.
import { describe, expect, it } from 'vitest';
import { FIXTURE_GAZETTEER, IDS } from './fixtures';
import * as linking from './index';

const compiled = linking.compileGazetteer(FIXTURE_GAZETTEER);

describe('TSDoc examples', () => {
  it('normalize', () => {
    expect(linking.isApostrophe('’')).toBe(true);
    expect(linking.isApostrophe('"')).toBe(false);
    expect(linking.foldText('Kyiv’s')).toBe("Kyiv's");
    expect(linking.foldText('Luhansʼk ‘Ivano‑Frankivsk’')).toBe("Luhans'k 'Ivano-Frankivsk'");
    expect(linking.foldAlias('Crimean\u00a0 peninsula')).toBe('Crimean peninsula');
    expect(linking.isWhitespace('\u00a0')).toBe(true);
    expect(linking.isWhitespace('x')).toBe(false);
    expect(linking.isLineBreakChar('\r')).toBe(true);
    expect(linking.codePointBefore('a𝐀', 3)).toBe(0x1d400);
    expect(linking.codePointBefore('a𝐀', 0)).toBeUndefined();
    expect(linking.isWordCodePoint('é'.codePointAt(0))).toBe(true);
    expect(linking.wordCharBefore('pro-Kyiv', 4)).toBe(false);
    expect(linking.wordCharBefore('𝐀Kyiv', 2)).toBe(true);
    expect(linking.wordCharAt('Kyivan', 4)).toBe(true);
    expect(linking.isUpperCaseText('MOSCOW')).toBe(true);
    expect(linking.isUpperCaseText('Moscow')).toBe(false);
    expect(linking.isUpperCaseText('A')).toBe(false);
  });

  it('segment', () => {
    expect(linking.lineRanges('a\r\nb')).toEqual([
      { start: 0, end: 1 },
      { start: 3, end: 4 },
    ]);
    expect(linking.trimRange('  ab ', { start: 0, end: 5 })).toEqual({ start: 2, end: 4 });
    expect(linking.paragraphs('MOSCOW\nFirst.\n\nSecond.')).toEqual([
      { index: 0, start: 0, end: 13 },
      { index: 1, start: 15, end: 22 },
    ]);
    expect(
      linking.segmentSentences('MOSCOW\nMr. Smith went to Kyiv. He left.').map((s) => [s.start, s.end]),
    ).toEqual([
      [0, 6],
      [7, 30],
      [31, 39],
    ]);
  });

  it('gazetteer and matching', () => {
    expect(compiled.byId.get(IDS.kyiv)?.name).toBe('Kyiv');
    expect(linking.longestMatch(compiled.exact, 'in Kyiv said', 3, 12)?.end).toBe(7);
    expect(linking.findNames('MOSCOW\nKyiv said.', compiled).map((m) => m.entry.name)).toEqual([
      'Moscow',
      'Kyiv',
    ]);
    expect(linking.wordBefore('annexed by Moscow', 0, 11)?.word).toBe('by');
    expect(linking.wordAfter('Kyiv said it', 4, 12)?.word).toBe('said');
  });

  it('reading and linking', () => {
    expect(
      linking.decideReading({
        folded: 'annexed by Moscow in 2014',
        sentenceStart: 0,
        sentenceEnd: 25,
        start: 11,
        end: 17,
        seat: true,
        dateline: false,
      }),
    ).toEqual({ reading: 'metonym', rule: 'agent-by' });
    expect(linking.isPossessive("Kyiv's forces", 4, 13)).toBe(true);
    expect(linking.linkText('Kyiv’s forces', compiled).mentions[0]).toEqual({
      sentence: 0,
      start: 0,
      end: 4,
      surface: 'Kyiv',
      featureId: IDS.kyiv,
      reading: 'metonym',
      rule: 'possessive',
      resolution: 'unique',
    });
    expect(
      linking.linkArticle('MOSCOW\nThe Kremlin said.', FIXTURE_GAZETTEER).mentions.map((m) => m.reading),
    ).toEqual(['literal', 'metonym']);
  });
});
