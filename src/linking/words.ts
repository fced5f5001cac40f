/**
 * The word right before or after a position, for the context rules. Only whitespace may separate it from the
 * position: punctuation in between ("east -- Kherson") means the words are not read together.
 */
import { isWhitespace } from './normalize';

/** A word and its range in the text. */
export interface Word {
  word: string;
  start: number;
  end: number;
}

// Apostrophes are kept inside words so that contractions ("won't", "'ll") stay whole; text is folded first.
const WORDISH = /[\p{L}\p{M}\p{N}']/u;

function isWordish(ch: string): boolean {
  if (ch === '') return false;
  const c = ch.charCodeAt(0);
  // The context rules ask this for every character of the words around every mention: ASCII skips the regex.
  if (c < 0x80)
    return (c >= 0x61 && c <= 0x7a) || (c >= 0x41 && c <= 0x5a) || (c >= 0x30 && c <= 0x39) || c === 0x27;
  return WORDISH.test(ch);
}

/**
 * The word ending at `pos` or separated from it only by whitespace, not reaching before `lo`.
 * @example wordBefore('annexed by Moscow', 0, 11)?.word // "by"
 */
export function wordBefore(text: string, lo: number, pos: number): Word | undefined {
  let end = pos;
  while (end > lo && isWhitespace(text.charAt(end - 1))) end--;
  let start = end;
  while (start > lo && isWordish(text.charAt(start - 1))) start--;
  return start === end ? undefined : { word: text.slice(start, end), start, end };
}

/**
 * The word starting at `pos` or separated from it only by whitespace, not reaching past `hi`.
 * @example wordAfter('Kyiv said it', 4, 12)?.word // "said"
 */
export function wordAfter(text: string, pos: number, hi: number): Word | undefined {
  let start = pos;
  while (start < hi && isWhitespace(text.charAt(start))) start++;
  let end = start;
  while (end < hi && isWordish(text.charAt(end))) end++;
  return start === end ? undefined : { word: text.slice(start, end), start, end };
}

/**
 * Whether a place's name already says what it is, so a description need not repeat it: "Oskil River" is a river,
 * "Sea of Azov" a sea. Whole words, case-insensitive.
 * @example nameSays('Oskil River', 'river') // true
 */
export function nameSays(name: string, kindWord: string): boolean {
  const wanted = kindWord.toLowerCase();
  return name
    .toLowerCase()
    .split(/[^\p{L}\p{M}\p{N}']+/u)
    .includes(wanted);
}
