/**
 * Lines, paragraphs and sentences as exact offsets into the original text.
 *
 * A hand-written splitter rather than Intl.Segmenter: the segmenter breaks after "Mr.", "Sept." and inside a
 * quoted "Russia! Russia!", ignores abbreviation hints, and its output can change with the ICU version of the
 * browser, while the golden offsets must not.
 */
import type { Paragraph, Sentence, TextRange } from './types';
import { codePointBefore, isWhitespace } from './normalize';

// Always followed by a name, so a period after them never ends a sentence.
// prettier-ignore
const TITLE_ABBREVIATIONS = new Set([
  'Mr', 'Mrs', 'Ms', 'Messrs', 'Mme', 'Mlle', 'Dr', 'Prof', 'Rev', 'Hon', 'Pres', 'Gov', 'Sen', 'Sens', 'Rep', 'Reps',
  'Gen', 'Gens', 'Lt', 'Col', 'Maj', 'Capt', 'Cpt', 'Sgt', 'Cpl', 'Pvt', 'Adm', 'Cmdr', 'Brig', 'Supt',
  'Sr', 'Jr', 'St', 'Mt', 'Ft', 'vs', 'approx',
]);

// Abbreviations that precede a number ("Sept. 30", "No. 5"); before a capitalised word they may end a sentence.
// prettier-ignore
const NUMERIC_ABBREVIATIONS = new Set([
  'Jan', 'Feb', 'Mar', 'Apr', 'Jun', 'Jul', 'Aug', 'Sep', 'Sept', 'Oct', 'Nov', 'Dec',
  'No', 'Nos', 'Art', 'Vol', 'Fig', 'p', 'pp',
]);

const TOKEN_CHAR = /[\p{L}\p{M}\p{N}.]/u;
const OPENING_CONTEXT = /[([{\u2014\u2013\u201C\u00AB-]/u;
const TERMINALS = new Set(['.', '!', '?', '\u2026', '\u203C', '\u2047', '\u2048', '\u2049']);
// Quotation marks `quotations` pairs; a line without any needs no bookkeeping.
const QUOTE_MARKS = /["\u201C\u201D\u00AB\u00BB]/u;

/** TERMINALS as a test on the code unit: the splitter asks this for every character. */
function isTerminalAt(text: string, i: number): boolean {
  const c = text.charCodeAt(i);
  return c === 0x2e || c === 0x21 || c === 0x3f || (c >= 0x2026 && TERMINALS.has(text.charAt(i)));
}
const CLOSERS = new Set(['"', "'", '\u201D', '\u2019', '\u00BB', ')', ']', '}']);
// Characters that cannot start a sentence, so a terminal before them is not a boundary.
const CONTINUATIONS = new Set([',', ';', ':', ')', ']', '}', '%']);

/**
 * Line contents (without their line break), including empty lines; `\r\n`, `\n`, `\r`, U+2028 and U+2029 end lines.
 * @example lineRanges('a\r\nb') // [{start: 0, end: 1}, {start: 3, end: 4}]
 */
export function lineRanges(text: string): TextRange[] {
  const lines: TextRange[] = [];
  let start = 0;
  let i = 0;
  while (i < text.length) {
    const code = text.charCodeAt(i);
    // The same characters as isLineBreakChar, compared as numbers: this loop sees every character.
    if (code === 0x0a || code === 0x0d || code === 0x2028 || code === 0x2029) {
      lines.push({ start, end: i });
      i += code === 0x0d && text.charCodeAt(i + 1) === 0x0a ? 2 : 1;
      start = i;
    } else {
      i++;
    }
  }
  lines.push({ start, end: text.length });
  return lines;
}

/**
 * Shrinks a range to exclude leading and trailing whitespace; an all-whitespace range becomes empty.
 * @example trimRange('  ab ', { start: 0, end: 5 }) // {start: 2, end: 4}
 */
export function trimRange(text: string, range: TextRange): TextRange {
  let { start, end } = range;
  while (start < end && isWhitespace(text.charAt(start))) start++;
  while (end > start && isWhitespace(text.charAt(end - 1))) end--;
  return { start, end };
}

/**
 * Paragraph ranges: runs of non-blank lines, trimmed at both ends, with the line breaks inside kept.
 * @example paragraphs('MOSCOW\nFirst.\n\nSecond.') // [{index: 0, start: 0, end: 13}, {index: 1, start: 15, end: 22}]
 */
export function paragraphs(text: string): Paragraph[] {
  const result: Paragraph[] = [];
  let open: TextRange | undefined;
  for (const line of lineRanges(text)) {
    const trimmed = trimRange(text, line);
    if (trimmed.start === trimmed.end) {
      if (open) result.push({ index: result.length, ...open });
      open = undefined;
    } else if (open) {
      open.end = trimmed.end;
    } else {
      open = { ...trimmed };
    }
  }
  if (open) result.push({ index: result.length, ...open });
  return result;
}

// A line that holds only links and hashtags ("https://t.me/…", "#Lyman #Ukraine") is furniture, not a sentence.
const LINK_OR_TAG = String.raw`(?:(?:https?://|www\.)\S+|#[\p{L}\p{N}_]+)`;
const FURNITURE_LINE = new RegExp(`^${LINK_OR_TAG}(?:\\s+${LINK_OR_TAG})*$`, 'u');
// A list bullet or a dash opening a line ("- Troops entered Lyman.", "• Two missiles…"): not part of the sentence.
const UPPER = /\p{Lu}/u;
const BULLET_START = new Set(['-', '\u2013', '\u2014', '\u2022', '\u00B7', '\u25AA', '\u2023', '*']);
const BULLET = /^(?:[-\u2013\u2014\u2022\u00B7\u25AA\u2023*]|--)[ \t\u00A0]+/u;
// An all-caps dateline and the dash after it ("KYIV, Ukraine (AP) — ", "MOSCOW, Sept 30 (Reuters) - "): a
// sentence of its own, so the lead's passage starts where its words do.
const DATELINE_LEAD =
  /^\p{Lu}[\p{Lu}'’.-]+(?: \p{Lu}[\p{Lu}'’.-]+)*(?:\s?[,(][^!?\n\u2014\u2013]{0,60}?)? (?:\u2014|\u2013|--?) +(?=[\p{Lu}"\u201C])/u;

/**
 * Sentences with exact offsets: every line is split on its own (so a dateline is a sentence), then split after
 * terminal punctuation unless an abbreviation, an initial, a quoted fragment or a lower-case word says otherwise.
 * A quotation of several full sentences is split into them; a line of only links or hashtags holds no sentence,
 * and a bullet or dash opening a line is left out of the sentence after it.
 * @example segmentSentences('MOSCOW\nMr. Smith went to Kyiv. He left.').map((s) => [s.start, s.end]) // [[0, 6], [7, 30], [31, 39]]
 */
export function segmentSentences(text: string): Sentence[] {
  const sentences: Sentence[] = [];
  for (const line of lineRanges(text)) {
    const trimmed = trimRange(text, line);
    if (trimmed.start === trimmed.end) continue;
    // The first character settles most lines without a regex or a slice.
    const first = text.charAt(trimmed.start);
    if (
      (first === 'h' || first === 'w' || first === '#') &&
      FURNITURE_LINE.test(text.slice(trimmed.start, trimmed.end))
    )
      continue;
    const bullet = BULLET_START.has(first) ? BULLET.exec(text.slice(trimmed.start, trimmed.start + 8)) : null;
    const start = trimmed.start + (bullet ? bullet[0].length : 0);
    if (start >= trimmed.end) continue;
    const body = { start, end: trimmed.end };
    const dateline =
      UPPER.test(text.charAt(start)) && UPPER.test(text.charAt(start + 1))
        ? DATELINE_LEAD.exec(text.slice(start, Math.min(trimmed.end, start + 120)))
        : null;
    const ranges: TextRange[] = [];
    if (dateline && isUpperCaseWords(dateline[0])) {
      ranges.push(trimRange(text, { start, end: start + dateline[0].length }));
      body.start = start + dateline[0].length;
    }
    ranges.push(...splitLine(text, body));
    for (const range of ranges) {
      sentences.push({ index: sentences.length, start: range.start, end: range.end });
    }
  }
  return sentences;
}

/** True when the dateline's first word is in capitals (the rest may be "Ukraine (AP)"). */
function isUpperCaseWords(lead: string): boolean {
  const first = /^[\p{L}'’.-]+/u.exec(lead)?.[0] ?? '';
  return first.length >= 3 && first === first.toUpperCase() && /\p{Lu}{2}/u.test(first);
}

/** Splits one trimmed line; every returned range is trimmed and non-empty. */
function splitLine(text: string, line: TextRange): TextRange[] {
  const quotes = quotations(text, line);
  const ranges: TextRange[] = [];
  let sentenceStart = line.start;
  let i = line.start;
  while (i < line.end) {
    if (!isTerminalAt(text, i)) {
      i++;
      continue;
    }
    let runEnd = i;
    while (runEnd < line.end && isTerminalAt(text, runEnd)) runEnd++;
    let after = runEnd;
    while (after < line.end && CLOSERS.has(text.charAt(after))) after++;
    if (after >= line.end || !isWhitespace(text.charAt(after))) {
      i = Math.max(after, i + 1);
      continue;
    }
    let next = after;
    while (next < line.end && isWhitespace(text.charAt(next))) next++;
    if (next < line.end && isBoundary(text, line, quotes, sentenceStart, i, runEnd, after, next)) {
      ranges.push({ start: sentenceStart, end: after });
      sentenceStart = next;
    }
    i = next;
  }
  ranges.push({ start: sentenceStart, end: line.end });
  return ranges;
}

/**
 * Decides whether the terminal run [termStart, termEnd), followed by closers up to `after` and whitespace up to
 * `next`, ends a sentence.
 */
function isBoundary(
  text: string,
  line: TextRange,
  quotes: Quotations,
  sentenceStart: number,
  termStart: number,
  termEnd: number,
  after: number,
  next: number,
): boolean {
  const nextChar = String.fromCodePoint(text.codePointAt(next) ?? 0);
  if (/\p{Ll}/u.test(nextChar) || CONTINUATIONS.has(nextChar)) return false;
  const quote = quotes.enclosing(termStart, after);
  if (quote) {
    // "“Russia! Russia!” they chanted." is one sentence, and an ellipsis inside a quote marks words left out
    // ("Dudchany … it is in this area"); but a quotation of several full sentences is split into them.
    if (text.charAt(termStart) === '\u2026' || termEnd - termStart !== 1) return false;
    // Windows, not whole quotations: a long quote with many full stops must not make the split quadratic.
    const before = text.slice(Math.max(quote.start + 1, sentenceStart, termStart - 120), termStart);
    const rest = text.slice(next, Math.min(quote.end, next + 120));
    const restEnd = rest.search(/[.!?\u2026]/u);
    return wordCount(before) >= 3 && wordCount(restEnd === -1 ? rest : rest.slice(0, restEnd)) >= 2;
  }
  if (termEnd - termStart !== 1 || text.charAt(termStart) !== '.') return true;

  const token = tokenBefore(text, line.start, termStart);
  if (TITLE_ABBREVIATIONS.has(token)) return false;
  if (NUMERIC_ABBREVIATIONS.has(token) && /\p{N}/u.test(nextChar)) return false;
  // Initials and dotted acronyms ("U.S.", "Vladimir V. Putin") more often sit inside a sentence than end one.
  if (/^(?:\p{L}\.)*\p{L}$/u.test(token)) return false;
  return true;
}

/** The run of letters, digits and periods ending at `end` ("U.S", "Sept", "2014"). */
function tokenBefore(text: string, lineStart: number, end: number): string {
  let start = end;
  for (;;) {
    const cp = codePointBefore(text, start);
    if (start <= lineStart || cp === undefined || !TOKEN_CHAR.test(String.fromCodePoint(cp))) break;
    start -= cp > 0xffff ? 2 : 1;
  }
  return text.slice(Math.max(start, lineStart), end);
}

function wordCount(s: string): number {
  return s.match(/[\p{L}\p{N}]+(?:['’-][\p{L}\p{N}]+)*/gu)?.length ?? 0;
}

const NO_QUOTATIONS: Quotations = { encloses: () => false, enclosing: () => undefined };

/** Answers "is this stretch inside a quotation?" for one line in constant time. */
interface Quotations {
  /** True when some quotation opens before `from` and is still open at `to`. */
  encloses(from: number, to: number): boolean;
  /** The innermost quotation (opening mark to closing mark) that encloses `from`…`to`, if any. */
  enclosing(from: number, to: number): TextRange | undefined;
}

/**
 * Matched quotations in a line. Unclosed ones are dropped, so a stray quote mark cannot swallow the rest of the
 * line. Answers come from prefix counts, because a line of short quotes would make a scan per full stop quadratic.
 */
function quotations(text: string, line: TextRange): Quotations {
  if (!QUOTE_MARKS.test(text.slice(line.start, line.end))) return NO_QUOTATIONS;
  const length = line.end - line.start;
  // open[x] counts quotations with start < x <= end; openerOf[x] is the start of the quotation closed at x, or -1.
  const open = new Int32Array(length + 2);
  const openerOf = new Int32Array(length + 1).fill(-1);
  const curly: number[] = [];
  const guillemets: number[] = [];
  const straight: number[] = [];
  const pairs: TextRange[] = [];
  const close = (stack: number[], at: number): void => {
    const from = stack.pop();
    if (from === undefined) return;
    pairs.push({ start: from, end: at });
    open[from - line.start + 1] = (open[from - line.start + 1] ?? 0) + 1;
    open[at - line.start + 1] = (open[at - line.start + 1] ?? 0) - 1;
    openerOf[at - line.start] = from;
  };
  for (let i = line.start; i < line.end; i++) {
    const ch = text.charAt(i);
    if (ch === '\u201C') curly.push(i);
    else if (ch === '\u00AB') guillemets.push(i);
    else if (ch === '\u201D') close(curly, i);
    else if (ch === '\u00BB') close(guillemets, i);
    else if (ch === '"') {
      const before = i > line.start ? text.charAt(i - 1) : ' ';
      const opensAfterGap = isWhitespace(before) || OPENING_CONTEXT.test(before);
      if (opensAfterGap && i + 1 < line.end && !isWhitespace(text.charAt(i + 1))) straight.push(i);
      else close(straight, i);
    }
  }
  for (let x = 1; x < open.length; x++) open[x] = (open[x] ?? 0) + (open[x - 1] ?? 0);
  pairs.sort((a, b) => a.start - b.start);
  const encloses = (from: number, to: number): boolean => {
    let count = open[from - line.start] ?? 0;
    // Quotations closed between `from` and `to` (by the closers after a full stop) no longer enclose `to`.
    for (let x = from; x < to; x++) {
      const opener = openerOf[x - line.start] ?? -1;
      if (opener !== -1 && opener < from) count--;
    }
    return count > 0;
  };
  return {
    encloses,
    enclosing(from, to) {
      if (!encloses(from, to)) return undefined;
      // The last quotation opening before `from` that is still open at `to`: found by bisection, then a short
      // walk back over nested or earlier closed ones.
      let lo = 0;
      let hi = pairs.length;
      while (lo < hi) {
        const mid = (lo + hi) >> 1;
        if ((pairs[mid]?.start ?? 0) < from) lo = mid + 1;
        else hi = mid;
      }
      for (let k = lo - 1, steps = 0; k >= 0 && steps < 8; k--, steps++) {
        const pair = pairs[k];
        if (pair && pair.end >= to) return pair;
      }
      return undefined;
    },
  };
}
