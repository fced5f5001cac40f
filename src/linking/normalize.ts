/**
 * Character-level helpers shared by the segmenter and the matcher.
 *
 * Every fold here maps one UTF-16 code unit to exactly one code unit, so offsets computed on folded text are
 * valid offsets into the original text: the linker matches on folded text and slices surfaces from the original.
 */

// Typographic apostrophes, the ASCII one, the modifier letters used in Ukrainian romanisation (Luhansʼk) and the
// left single quote and prime that word processors often put in by mistake. Global patterns match one character
// at a time, so replacing keeps the length.
const APOSTROPHE = /['\u2019\u2018\u02BC\u02B9\u2032]/gu;
// Hyphen look-alikes that editors and PDF exports insert inside compound names (Ivano‑Frankivsk).
const HYPHEN = /[\u2010\u2011]/gu;

const WORD_CHAR = /[\p{L}\p{M}\p{N}]/u;
const WHITESPACE = /\s/u;
const LINE_BREAK_CHARS = new Set(['\n', '\r', '\u2028', '\u2029']);

/**
 * True for any apostrophe-like character.
 * @example isApostrophe('’') // true
 */
export function isApostrophe(ch: string | undefined): boolean {
  return ch !== undefined && ch.length === 1 && foldText(ch) === "'";
}

/**
 * Replaces every apostrophe-like character with `'` and hyphen look-alikes with `-`, keeping the length.
 * @example foldText('Kyiv’s') // "Kyiv's"
 */
export function foldText(s: string): string {
  return s.replace(APOSTROPHE, "'").replace(HYPHEN, '-');
}

/**
 * Folds an alias for indexing: like {@link foldText}, and runs of whitespace become one space.
 * @example foldAlias('Crimean\u00a0 peninsula') // "Crimean peninsula"
 */
export function foldAlias(alias: string): string {
  return foldText(alias.trim()).replace(/\s+/gu, ' ');
}

/**
 * True when the character is whitespace in the JavaScript `\s` sense (the segmenter trims exactly these).
 * @example isWhitespace('\u00a0') // true
 */
export function isWhitespace(ch: string | undefined): boolean {
  if (ch === undefined || ch === '') return false;
  const code = ch.charCodeAt(0);
  // The linker asks this for almost every character; ASCII answers without the regex engine.
  if (code < 0x80) return code === 0x20 || (code >= 0x09 && code <= 0x0d);
  return WHITESPACE.test(ch);
}

/**
 * True for a character that ends a line (`\n`, `\r`, U+2028, U+2029).
 * @example isLineBreakChar('\r') // true
 */
export function isLineBreakChar(ch: string | undefined): boolean {
  return ch !== undefined && LINE_BREAK_CHARS.has(ch);
}

/**
 * The code point that ends just before index `i`, or undefined at the start; reads surrogate pairs whole.
 * @example codePointBefore('a𝐀', 3) // 0x1d400
 */
export function codePointBefore(s: string, i: number): number | undefined {
  if (i <= 0 || i > s.length) return undefined;
  const low = s.charCodeAt(i - 1);
  if (low >= 0xdc00 && low <= 0xdfff && i >= 2) {
    const high = s.charCodeAt(i - 2);
    if (high >= 0xd800 && high <= 0xdbff) return s.codePointAt(i - 2);
  }
  return low;
}

/**
 * True when the code point is a letter, combining mark or digit: a name glued to one is part of a longer word.
 * @example isWordCodePoint('é'.codePointAt(0)) // true
 */
export function isWordCodePoint(cp: number | undefined): boolean {
  if (cp === undefined) return false;
  if (cp < 0x80)
    return (cp >= 0x30 && cp <= 0x39) || (cp >= 0x41 && cp <= 0x5a) || (cp >= 0x61 && cp <= 0x7a);
  return WORD_CHAR.test(String.fromCodePoint(cp));
}

/**
 * True when a word character sits right before index `i`.
 * @example wordCharBefore('pro-Kyiv', 4) // false
 */
export function wordCharBefore(s: string, i: number): boolean {
  return isWordCodePoint(codePointBefore(s, i));
}

/**
 * True when a word character starts at index `i`.
 * @example wordCharAt('Kyivan', 4) // true
 */
export function wordCharAt(s: string, i: number): boolean {
  return i >= 0 && i < s.length && isWordCodePoint(s.codePointAt(i));
}

/**
 * True when the text has at least two upper-case letters and no lower-case ones (a dateline or a headline).
 * @example isUpperCaseText('MOSCOW') // true
 */
export function isUpperCaseText(s: string): boolean {
  if (/\p{Ll}/u.test(s)) return false;
  const capitals = s.match(/\p{Lu}/gu);
  return capitals !== null && capitals.length >= 2;
}
