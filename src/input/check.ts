/**
 * The last gate before linking: is this text an article we can map? Shared by pasted text and opened files.
 */

/** Articles are tens of kilobytes; the limit keeps linking and storage quick and is stated in every message. */
export const MAX_ARTICLE_BYTES = 2 * 1024 * 1024;

/** A stretch this long without a line break is shown (and segmented) as one block: the user is told. */
export const LONG_LINE_CHARS = 100_000;

/** What a check or a decoding found wrong: one sentence for the user. */
export interface InputProblem {
  ok: false;
  message: string;
}

/** Text fit to link, and what the user should know about it. */
export interface CheckedText {
  ok: true;
  /** The text to link and store: the input with control characters removed (see checkArticleText). */
  text: string;
  warnings: string[];
}

/**
 * A size for people: "812 bytes", "14.2 KB", "3.4 MB" (1 KB = 1,024 bytes, as the 2 MB limit is counted).
 * @example formatSize(3.4 * 1024 * 1024) // '3.4 MB'
 */
export function formatSize(bytes: number): string {
  if (bytes < 1024) return `${bytes} ${bytes === 1 ? 'byte' : 'bytes'}`;
  if (bytes < 1024 * 1024) return `${(bytes / 1024).toFixed(1).replace(/\.0$/, '')} KB`;
  return `${(bytes / (1024 * 1024)).toFixed(1).replace(/\.0$/, '')} MB`;
}

/**
 * UTF-8 length of a string without encoding it (lone surrogates count 3, as TextEncoder writes U+FFFD).
 * @example utf8Length('Kyiv’s') // 8
 */
export function utf8Length(text: string): number {
  let bytes = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c < 0x80) bytes += 1;
    else if (c < 0x800) bytes += 2;
    else if (c >= 0xd800 && c <= 0xdbff && (text.charCodeAt(i + 1) & 0xfc00) === 0xdc00) {
      bytes += 4;
      i++;
    } else bytes += 3;
  }
  return bytes;
}

/**
 * A size over the limit, precise enough not to read like the limit itself ("2,097,153 bytes", not "2 MB").
 * @example overLimitSize(3.4 * 1024 * 1024) // '3.4 MB'
 */
export function overLimitSize(bytes: number): string {
  return formatSize(bytes) === formatSize(MAX_ARTICLE_BYTES)
    ? `${bytes.toLocaleString('en-US')} bytes`
    : formatSize(bytes);
}

// C0 controls other than tab, line feed and carriage return; DEL; C1 controls. Form feed and vertical tab are
// line breaks to a writer, so they become '\n' (same length) rather than vanish.
// eslint-disable-next-line no-control-regex -- finding control characters is the point
const CONTROL = /[\u0000-\u0008\u000E-\u001F\u007F-\u009F]/g;
// eslint-disable-next-line no-control-regex -- vertical tab and form feed, on purpose
const LINE_LIKE = /[\u000B\u000C]/g;
const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;
// Markup pasted as text: a document start or several tags of the kinds an article's HTML is made of.
const HTML_START = /^\s*(?:<!doctype html|<html[\s>]|<head[\s>]|<body[\s>])/i;
const HTML_TAGS = /<\/?(?:p|div|span|a|h[1-6]|br|script|li)\b[^<>]{0,200}>/gi;

/**
 * Decides whether a text can be linked. Refuses empty or whitespace-only text and text over 2 MB (UTF-8);
 * removes control characters (they are never article text and would confuse offsets shown to the user later);
 * keeps line endings as given, since the linker reads `\n`, `\r\n` and `\r` alike and offsets stay those of the
 * text the user sees. Warns about very long lines and about HTML pasted as text.
 * @example checkArticleText('  \n ') // { ok: false, message: 'The article is empty: paste its text or choose a file.' }
 */
export function checkArticleText(text: string): CheckedText | InputProblem {
  if (text.trim() === '')
    return { ok: false, message: 'The article is empty: paste its text or choose a file.' };
  // Every UTF-16 unit is at least one UTF-8 byte: a huge string is refused before it is measured.
  const huge = text.length > 8 * MAX_ARTICLE_BYTES;
  const bytes = huge ? text.length : utf8Length(text);
  if (bytes > MAX_ARTICLE_BYTES) {
    return {
      ok: false,
      message: `The article is ${huge ? 'over ' : ''}${overLimitSize(bytes)}; the limit is ${formatSize(MAX_ARTICLE_BYTES)}. Open one article at a time.`,
    };
  }
  const warnings: string[] = [];
  let clean = text.replace(LINE_LIKE, '\n').replace(LONE_SURROGATE, '\uFFFD');
  let removed = 0;
  clean = clean.replace(CONTROL, () => {
    removed++;
    return '';
  });
  if (removed > 0) {
    warnings.push(
      `${removed} control ${removed === 1 ? 'character was' : 'characters were'} removed (they are not text).`,
    );
  }
  if (clean.trim() === '') return { ok: false, message: 'The article has no text, only control characters.' };

  let longest = 0;
  let lineStart = 0;
  for (let i = 0; i <= clean.length; i++) {
    const c = i < clean.length ? clean.charCodeAt(i) : 0x0a;
    if (c === 0x0a || c === 0x0d || c === 0x2028 || c === 0x2029) {
      longest = Math.max(longest, i - lineStart);
      lineStart = i + 1;
    }
  }
  if (longest > LONG_LINE_CHARS) {
    warnings.push(
      `${formatSize(longest)} of the text has no line break: it is shown as one paragraph, which is slow to read.`,
    );
  }
  HTML_TAGS.lastIndex = 0;
  let tags = 0;
  if (HTML_START.test(clean)) tags = 3;
  else while (tags < 3 && HTML_TAGS.exec(clean)) tags++;
  if (tags >= 3) {
    warnings.push(
      'This looks like HTML source: save it as an .html file and open that, so that only its text is mapped.',
    );
  }
  return { ok: true, text: clean, warnings };
}
