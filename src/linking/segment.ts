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

/**
 * Sentences with exact offsets: every line is split on its own (so a dateline is a sentence), then split after
 * terminal punctuation unless an abbreviation, an initial, an open quotation or a lower-case word says otherwise.
 * @example segmentSentences('MOSCOW\nMr. Smith went to Kyiv. He left.').map((s) => [s.start, s.end]) // [[0, 6], [7, 30], [31, 39]]
 */
export function segmentSentences(text: string): Sentence[] {
  const sentences: Sentence[] = [];
  for (const line of lineRanges(text)) {
    const trimmed = trimRange(text, line);
    if (trimmed.start === trimmed.end) continue;
    for (const range of splitLine(text, trimmed)) {
      sentences.push({ index: sentences.length, start: range.start, end: range.end });
    }
  }
  return sentences;
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
    if (next < line.end && isBoundary(text, line, quotes, i, runEnd, after, next)) {
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
  termStart: number,
  termEnd: number,
  after: number,
  next: number,
): boolean {
  // Inside a quotation the speaker's sentence goes on: "“Russia! Russia!” they chanted." is one sentence.
  if (quotes.encloses(termStart, after)) return false;
  const nextChar = String.fromCodePoint(text.codePointAt(next) ?? 0);
  if (/\p{Ll}/u.test(nextChar) || CONTINUATIONS.has(nextChar)) return false;
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

const NO_QUOTATIONS: Quotations = { encloses: () => false };

/** Answers "is this stretch inside a quotation?" for one line in constant time. */
interface Quotations {
  /** True when some quotation opens before `from` and is still open at `to`. */
  encloses(from: number, to: number): boolean;
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
  const close = (stack: number[], at: number): void => {
    const from = stack.pop();
    if (from === undefined) return;
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
  return {
    encloses(from, to) {
      let count = open[from - line.start] ?? 0;
      // Quotations closed between `from` and `to` (by the closers after a full stop) no longer enclose `to`.
      for (let x = from; x < to; x++) {
        const opener = openerOf[x - line.start] ?? -1;
        if (opener !== -1 && opener < from) count--;
      }
      return count > 0;
    },
  };
}
