/**
 * Finds gazetteer names in text, sentence by sentence, leftmost-longest and never overlapping.
 */
import type { GazetteerEntry, Sentence, TextRange } from './types';
import type { CompiledGazetteer, TrieMatch } from './gazetteer';
import { longestMatch } from './gazetteer';
import { foldText, isUpperCaseText, isWhitespace, wordCharAt, wordCharBefore } from './normalize';
import { resolveMatches, type RawMatch, type ResolutionRule } from './resolve';
import { lineRanges, paragraphs, segmentSentences, trimRange } from './segment';
import { spellingKey, ukrainianFormKey, wordSpellingKey } from './spelling';
import { kindHint, SETTLEMENT_PREFIXES } from './hints';
import { placeSettlements } from './settlements';
import { wordBefore } from './words';

/** A name found in the text, with its feature, before its reading is decided. */
export interface NameMatch {
  sentence: number;
  start: number;
  end: number;
  entry: GazetteerEntry;
  /** True when it opens an all-caps line or dateline prefix and only a separator (or nothing) follows it there. */
  dateline: boolean;
  /** True when the text names the place through an adjective or demonym ("Ukrainian", "Russians"). */
  adjective: boolean;
  /** The rule that chose this feature among the candidates, or let a small place be linked. */
  resolution: ResolutionRule;
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
// A word of a name: letters, with apostrophes inside ("Kup'yans'k"); folded text has only the ASCII apostrophe.
const CAPITALISED_WORD = /\p{Lu}[\p{L}\p{M}]*(?:'[\p{L}\p{M}]+)*/gu;
const HAS_LOWER = /\p{Ll}/u;

function isAsciiAlnum(code: number): boolean {
  return (code >= 0x61 && code <= 0x7a) || (code >= 0x41 && code <= 0x5a) || (code >= 0x30 && code <= 0x39);
}

/**
 * Every gazetteer name in the text with the sentence that holds it and the feature it names, sorted by start.
 * Exact spellings are found first; then capitalised words and runs of them are looked up by spelling key, so
 * "Kup'yans'k" and "Zaporizhzhya" find Kupiansk and Zaporizhzhia. Names that are probably not places are left out.
 * @example findNames('MOSCOW\nKyiv said.', compiled).map((m) => m.entry.name) // ["Moscow", "Kyiv"]
 */
export function findNames(
  text: string,
  compiled: CompiledGazetteer,
  sentences: readonly Sentence[] = segmentSentences(text),
  folded: string = foldText(text),
): NameMatch[] {
  const lines = lineRanges(text);
  const found: RawMatch[] = [];
  let lineIndex = 0;
  let line: LineInfo | undefined;
  for (const sentence of sentences) {
    while (lineIndex < lines.length - 1 && (lines[lineIndex]?.end ?? 0) <= sentence.start) lineIndex++;
    if (line?.index !== lineIndex)
      line = lineInfo(folded, lines[lineIndex] ?? { start: 0, end: text.length }, lineIndex);
    const { upper, start: lineStart, end: lineEnd } = line;
    const exact: RawMatch[] = [];
    let p = sentence.start;
    while (p < sentence.end) {
      // Inside a word no name can start: a cheap test on ASCII letters skips most positions outright.
      if (p > sentence.start && isAsciiAlnum(folded.charCodeAt(p - 1))) {
        p++;
        continue;
      }
      // Most positions cannot start any name: one look at the trie's first level settles them without a call.
      const inUpper0 = upper !== undefined && p >= upper.start && p < upper.end;
      if (!inUpper0 && !compiled.exact.next.has(folded.charAt(p))) {
        p++;
        continue;
      }
      // The trie walk fails on the first character almost everywhere, so it runs before the costlier boundary test.
      const match = matchAt(compiled, folded, p, sentence.end, upper);
      if (!match || wordCharBefore(folded, p)) {
        p++;
        continue;
      }
      const inUpper = upper !== undefined && match.start >= upper.start && match.end <= upper.end;
      exact.push({
        sentence: sentence.index,
        start: match.start,
        end: match.end,
        candidates: orderByHint(withVariants(compiled, folded, match), folded, sentence, match),
        dateline:
          inUpper && match.start === lineStart && DATELINE_SEPARATOR.test(folded.slice(match.end, lineEnd)),
        adjective: false,
      });
      p = match.end;
    }
    const variants = compiled.keys.size > 0 ? keyMatches(compiled, folded, sentence, line, exact) : [];
    found.push(...mergeSorted(exact, variants).filter((m) => !afterSettlementPrefix(folded, sentence, m)));
  }
  const paras = paragraphs(text);
  const resolved = resolveMatches(found, folded, sentences, paras);
  const placed = placeSettlements({
    text,
    folded,
    sentences,
    paragraphs: paras,
    raw: found,
    resolved,
    compiled,
  });
  return placed.map((m) => ({
    sentence: m.sentence,
    start: m.start,
    end: m.end,
    entry: m.entry,
    dateline: m.dateline,
    adjective: m.adjective,
    resolution: m.resolution,
  }));
}

/**
 * True when the name follows a first word of a two-word settlement name ("Mala Oleksandrivka"): the bare name is a
 * different village, so it is not linked (a settlement list may still make the whole name a place).
 */
function afterSettlementPrefix(folded: string, bounds: TextRange, m: RawMatch): boolean {
  if (m.adjective || folded.charAt(m.start - 1) !== ' ') return false;
  // Every prefix ends in a vowel or y: most words before a name are settled by one look.
  if (!'aeiy'.includes(folded.charAt(m.start - 2)) || m.start < 2) return false;
  const before = wordBefore(folded, bounds.start, m.start);
  return (
    before !== undefined &&
    before.end === m.start - 1 &&
    /^\p{Lu}/u.test(before.word) &&
    SETTLEMENT_PREFIXES.has(before.word.toLowerCase())
  );
}

/**
 * The features an exact spelling names plus those whose names are variants of it: "Zaporizhzhya" is an alias of
 * the region, and by key also the city's name.
 */
function withVariants(compiled: CompiledGazetteer, folded: string, match: TrieMatch): GazetteerEntry[] {
  const entries = [...match.entries];
  const variants = compiled.keys.get(spellingKey(folded.slice(match.start, match.end)));
  for (const v of variants ?? []) if (!v.adjective && !entries.includes(v.entry)) entries.push(v.entry);
  return entries;
}

function mergeSorted(a: RawMatch[], b: RawMatch[]): RawMatch[] {
  if (b.length === 0) return a;
  return [...a, ...b].sort((x, y) => x.start - y.start);
}

interface Token {
  start: number;
  end: number;
  capitalised: boolean;
  allCaps: boolean;
}

/**
 * Capitalised words and runs of up to `maxKeyWords` of them (joined by a space or a hyphen) that are not inside an
 * exact match, looked up by spelling key, longest first. All-caps words count only inside an all-caps span, so
 * "US" and "NATO" in running text are never read case-insensitively.
 */
function keyMatches(
  compiled: CompiledGazetteer,
  folded: string,
  sentence: Sentence,
  line: LineInfo,
  exact: readonly RawMatch[],
): RawMatch[] {
  const { upper } = line;
  // Only capitalised words can be (part of) a name; a run of them must be adjacent, which the gap test checks.
  const tokens: Token[] = [];
  const slice = folded.slice(sentence.start, sentence.end);
  CAPITALISED_WORD.lastIndex = 0;
  for (let m = CAPITALISED_WORD.exec(slice); m; m = CAPITALISED_WORD.exec(slice)) {
    const start = sentence.start + m.index;
    let end = start + m[0].length;
    // A possessive is not part of the name ("Izyum's").
    const n = m[0].length;
    if (n > 2 && m[0].charCodeAt(n - 2) === 0x27 && (m[0].charCodeAt(n - 1) | 0x20) === 0x73) end -= 2;
    tokens.push({ start, end, capitalised: true, allCaps: n > 1 && !HAS_LOWER.test(m[0]) });
  }
  const covered = (start: number, end: number) => exact.some((e) => e.start < end && start < e.end);
  const usable = (t: Token) =>
    t.capitalised && (!t.allCaps || (upper !== undefined && t.start >= upper.start && t.end <= upper.end));
  const out: RawMatch[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const first = tokens[i];
    if (!first || !usable(first) || wordCharBefore(folded, first.start)) continue;
    // Extend the run word by word while it is still the start of some key; remember the longest whole key.
    let key = wordSpellingKey(folded.slice(first.start, first.end));
    let bestEnd = -1;
    let bestKey = '';
    for (let j = i; ;) {
      if (!compiled.keyPrefixes.has(key)) break;
      const last = tokens[j];
      if (last && compiled.keys.has(key) && !wordCharAt(folded, last.end)) {
        bestEnd = j;
        bestKey = key;
      }
      const next = tokens[j + 1];
      if (!last || !next || j + 1 - i >= compiled.maxKeyWords || !usable(next)) break;
      const gap = folded.slice(last.end, next.start);
      if (gap !== ' ' && gap !== '-') break;
      key = `${key} ${wordSpellingKey(folded.slice(next.start, next.end))}`;
      j++;
    }
    if (bestEnd === -1) {
      // A Russian form of a Ukrainian name ("Svatovo", "Velikaya Aleksandrovka"): one or two words, by the key of
      // the Ukrainian spelling.
      const second = tokens[i + 1];
      const firstKey = wordSpellingKey(folded.slice(first.start, first.end));
      const pairKey =
        second && usable(second) && folded.slice(first.end, second.start) === ' '
          ? ukrainianFormKey(`${firstKey} ${wordSpellingKey(folded.slice(second.start, second.end))}`)
          : '';
      const singleKey = ukrainianFormKey(firstKey);
      if (pairKey !== '' && compiled.keys.has(pairKey) && second && !wordCharAt(folded, second.end)) {
        bestEnd = i + 1;
        bestKey = pairKey;
      } else if (singleKey !== firstKey && compiled.keys.has(singleKey) && !wordCharAt(folded, first.end)) {
        bestEnd = i;
        bestKey = singleKey;
      }
    }
    const last = tokens[bestEnd];
    if (!last || covered(first.start, last.end)) continue;
    const found = compiled.keys.get(bestKey) ?? [];
    const places = found.filter((c) => !c.adjective);
    const adjective = places.length === 0;
    const entries = (adjective ? found : places).map((c) => c.entry);
    out.push({
      sentence: sentence.index,
      start: first.start,
      end: last.end,
      candidates: orderByHint(entries, folded, sentence, { start: first.start, end: last.end }),
      // "KHARKOV, Ukraine —" is a dateline as much as "KHARKIV, Ukraine —".
      dateline:
        usable(first) &&
        first.allCaps &&
        first.start === line.start &&
        DATELINE_SEPARATOR.test(folded.slice(last.end, line.end)),
      adjective,
    });
    i = bestEnd;
  }
  return out;
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

/** Candidates in gazetteer order, except that "X region" / "city of X" put the hinted kind first. */
function orderByHint(
  entries: readonly GazetteerEntry[],
  folded: string,
  sentence: Sentence,
  match: TextRange,
): GazetteerEntry[] {
  if (entries.length < 2) return [...entries];
  const wanted = kindHint(folded, sentence, match);
  if (!wanted) return [...entries];
  return [...entries.filter((e) => e.kind === wanted), ...entries.filter((e) => e.kind !== wanted)];
}
