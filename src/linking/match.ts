/**
 * Finds gazetteer names in text, sentence by sentence, leftmost-longest and never overlapping.
 */
import type { GazetteerEntry, Sentence, TextRange } from './types';
import type { Candidates, CompiledGazetteer, TrieMatch } from './gazetteer';
import { longestMatch } from './gazetteer';
import { foldText, isUpperCaseText, isWhitespace, wordCharBefore } from './normalize';
import { lineRanges, segmentSentences, trimRange } from './segment';
import { wordAfter, wordBefore } from './words';

/** A name found in the text, before its reading is decided. */
export interface NameMatch {
  sentence: number;
  start: number;
  end: number;
  entry: GazetteerEntry;
  /** True when it opens an all-caps line or dateline prefix and only a separator (or nothing) follows it there. */
  dateline: boolean;
}

/** Where case-insensitive matching applies in a line, and whether plain (cased) matching is tried there too. */
interface UpperSpan extends TextRange {
  wholeLine: boolean;
}

interface LineInfo extends TextRange {
  index: number;
  upper: UpperSpan | undefined;
}

const CAPS_WORD_CHAR = /[\p{Lu}\p{M}'.-]/u;
const DATELINE_SEPARATOR = /^\s*(?:$|[,(\u2014\u2013/-])/u;
const REGION_WORDS = new Set(['region', 'regions', 'oblast', 'oblasts', 'province', 'provinces']);
const SETTLEMENT_WORDS = new Set(['city', 'town', 'village', 'port']);

/**
 * Every gazetteer name in the text with the sentence that holds it, sorted by start.
 * @example findNames('MOSCOW\nKyiv said.', compiled).map((m) => m.entry.name) // ["Moscow", "Kyiv"]
 */
export function findNames(
  text: string,
  compiled: CompiledGazetteer,
  sentences: readonly Sentence[] = segmentSentences(text),
  folded: string = foldText(text),
): NameMatch[] {
  const lines = lineRanges(text);
  const found: NameMatch[] = [];
  let lineIndex = 0;
  let line: LineInfo | undefined;
  for (const sentence of sentences) {
    while (lineIndex < lines.length - 1 && (lines[lineIndex]?.end ?? 0) <= sentence.start) lineIndex++;
    if (line?.index !== lineIndex)
      line = lineInfo(folded, lines[lineIndex] ?? { start: 0, end: text.length }, lineIndex);
    const { upper, start: lineStart, end: lineEnd } = line;
    let p = sentence.start;
    while (p < sentence.end) {
      // The trie walk fails on the first character almost everywhere, so it runs before the costlier boundary test.
      const match = matchAt(compiled, folded, p, sentence.end, upper);
      if (!match || wordCharBefore(folded, p)) {
        p++;
        continue;
      }
      const inUpper = upper !== undefined && match.start >= upper.start && match.end <= upper.end;
      found.push({
        sentence: sentence.index,
        start: match.start,
        end: match.end,
        entry: chooseEntry(match.entries, folded, sentence, match),
        dateline:
          inUpper && match.start === lineStart && DATELINE_SEPARATOR.test(folded.slice(match.end, lineEnd)),
      });
      p = match.end;
    }
  }
  return found;
}

function matchAt(
  compiled: CompiledGazetteer,
  folded: string,
  p: number,
  limit: number,
  upper: UpperSpan | undefined,
): TrieMatch | undefined {
  if (upper && p >= upper.start && p < upper.end) {
    // In a whole upper-case line the cased aliases would only find acronyms that collide with words ("US").
    const cased = upper.wholeLine ? undefined : longestMatch(compiled.exact, folded, p, limit);
    return cased ?? longestMatch(compiled.upper, folded, p, Math.min(limit, upper.end));
  }
  return longestMatch(compiled.exact, folded, p, limit);
}

/** A trimmed line and the part of it where names are matched regardless of case. */
function lineInfo(folded: string, line: TextRange, index: number): LineInfo {
  const trimmed = trimRange(folded, line);
  return { index, ...trimmed, upper: upperSpan(folded, trimmed) };
}

/** The whole trimmed line if it is all caps, or its all-caps dateline prefix. */
function upperSpan(folded: string, trimmed: TextRange): UpperSpan | undefined {
  const content = folded.slice(trimmed.start, trimmed.end);
  if (isUpperCaseText(content)) return { ...trimmed, wholeLine: true };
  const end = datelinePrefixEnd(content);
  if (end === undefined || !isUpperCaseText(content.slice(0, end))) return undefined;
  return { start: trimmed.start, end: trimmed.start + end, wholeLine: false };
}

/**
 * Where an all-caps dateline opening a mixed-case line ends ("KYIV, Ukraine (AP) — …", "MOSCOW — …"): capitalised
 * words separated by spaces, then a comma, a parenthesis or a dash. Scanned by hand, as a regex with a lazy
 * quantifier and a look-ahead goes quadratic on long runs of spaces.
 */
function datelinePrefixEnd(content: string): number | undefined {
  let i = 0;
  while (i < content.length && /\p{Lu}/u.test(content.charAt(i))) {
    let wordEnd = i;
    while (wordEnd < content.length && CAPS_WORD_CHAR.test(content.charAt(wordEnd))) wordEnd++;
    let next = wordEnd;
    while (next < content.length && isWhitespace(content.charAt(next))) next++;
    const ch = content.charAt(next);
    const dashThenSpace =
      ch === '-' && (content.charAt(next + 1) === ' ' || content.startsWith('- ', next + 1));
    if (ch === ',' || ch === '(' || ch === '\u2014' || ch === '\u2013' || dashThenSpace) return wordEnd;
    if (next === wordEnd) return undefined;
    i = next;
  }
  return undefined;
}

/** Picks among features sharing a spelling, using "X region" / "city of X" when the text says so. */
function chooseEntry(
  entries: Readonly<Candidates>,
  folded: string,
  sentence: Sentence,
  match: TrieMatch,
): GazetteerEntry {
  if (entries.length < 2) return entries[0];
  const wanted = kindHint(folded, sentence, match);
  return entries.find((e) => e.kind === wanted) ?? entries[0];
}

function kindHint(folded: string, sentence: Sentence, match: TrieMatch): GazetteerEntry['kind'] | undefined {
  const next = wordAfter(folded, match.end, sentence.end)?.word.toLowerCase() ?? '';
  if (REGION_WORDS.has(next)) return 'region';
  if (SETTLEMENT_WORDS.has(next)) return 'city';
  const previous = wordBefore(folded, sentence.start, match.start);
  if (previous?.word.toLowerCase() !== 'of') return undefined;
  const noun = wordBefore(folded, sentence.start, previous.start)?.word.toLowerCase() ?? '';
  return SETTLEMENT_WORDS.has(noun) ? 'city' : REGION_WORDS.has(noun) ? 'region' : undefined;
}
