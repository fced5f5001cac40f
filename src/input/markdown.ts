/**
 * Markdown → readable text: what a rendered page would show, as plain paragraphs. Not a CommonMark renderer:
 * it removes markup line by line and character by character, never pairing delimiters with a backtracking
 * regular expression, so a hostile file (half a megabyte of '*' or '[' on one line) costs linear time.
 */
import { decodeEntities } from './entities';
import type { ReducedText } from './html';

const FENCE = /^ {0,3}(`{3,}|~{3,})/;
const ATX_HEADING = /^ {0,3}(#{1,6})(?:[ \t]+|$)(.*)$/;
const SETEXT_UNDERLINE = /^ {0,3}(=+|-+)[ \t]*$/;
const LIST_ITEM = /^[ \t]*(?:([-*+])|(\d{1,9})([.)]))[ \t]+/;
const REFERENCE_DEFINITION = /^ {0,3}\[[^\]]{1,999}\]:[ \t]*\S/;
const TABLE_DELIMITER = /^[ \t]*\|?[ \t]*:?-+:?[ \t]*(?:\|[ \t]*:?-+:?[ \t]*)*\|?[ \t]*$/;
const HARD_BREAK = / {2,}$|\\$/;
const FRONT_MATTER_TITLE = /^title:[ \t]*(.*?)[ \t]*$/;
// Raw HTML inside Markdown: these elements' content is code, never text; comments may span lines.
const RAW_HTML = /<(script|style|iframe|noscript|textarea|template)\b|<!--/gi;

/** Is this line a thematic break ("***", "- - -", "___")? Written as a loop: no regex backtracking on long lines. */
function isThematicBreak(line: string): boolean {
  let mark = '';
  let count = 0;
  for (let i = 0; i < line.length; i++) {
    const c = line.charAt(i);
    if (c === ' ' || c === '\t') continue;
    if (c !== '*' && c !== '-' && c !== '_') return false;
    if (mark === '') mark = c;
    else if (c !== mark) return false;
    count++;
  }
  return count >= 3;
}

/** Removes raw-HTML elements whose content is code (script, style, …) before the line-by-line pass. */
function dropRawHtml(md: string): string {
  if (!md.includes('<')) return md;
  const out: string[] = [];
  let from = 0;
  RAW_HTML.lastIndex = 0;
  for (let m = RAW_HTML.exec(md); m; m = RAW_HTML.exec(md)) {
    const name = (m[1] ?? '').toLowerCase();
    out.push(md.slice(from, m.index));
    const close = name === '' ? /-->/g : new RegExp(`</${name}\\s*>`, 'gi');
    close.lastIndex = m.index;
    const found = close.exec(md);
    // Unclosed: the rest is code, as a browser would read it. Stop here (a later search could only fail again).
    if (!found) return out.join('');
    from = found.index + found[0].length;
    RAW_HTML.lastIndex = from;
  }
  out.push(md.slice(from));
  return out.join('');
}

function isWordChar(c: string): boolean {
  return /[\p{L}\p{N}]/u.test(c);
}

function isSpaceOrEdge(c: string): boolean {
  return c === '' || /\s/u.test(c);
}

const SPECIAL = /[\\`![*_~<&]/g;
const ASCII_PUNCTUATION = /[!-/:-@[-`{-~]/;

/**
 * Inline markup of one line → text. Links keep their text, images vanish, emphasis and code delimiters go when
 * they touch a word ("5 * 3" keeps its star), raw tags go, entities are decoded. The searches for ']' and ')'
 * remember their last answer, so a line of a million '[' is still read once.
 */
function inline(line: string): string {
  const out: string[] = [];
  let i = 0;
  let closeBracket = -2; // cached indexOf(']', …) answer; -2 = not searched yet
  let closeParen = -2;
  let closeAngle = -2;
  const nextBracket = (from: number): number => {
    if (closeBracket === -1 || (closeBracket >= from && closeBracket !== -2)) return closeBracket;
    closeBracket = line.indexOf(']', from);
    return closeBracket;
  };
  const nextParen = (from: number): number => {
    if (closeParen === -1 || (closeParen >= from && closeParen !== -2)) return closeParen;
    closeParen = line.indexOf(')', from);
    return closeParen;
  };
  const nextAngle = (from: number): number => {
    if (closeAngle === -1 || (closeAngle >= from && closeAngle !== -2)) return closeAngle;
    closeAngle = line.indexOf('>', from);
    return closeAngle;
  };
  // [text](url), [text][ref], ![alt](url): returns where the construct ends and its text, or undefined.
  const bracketed = (open: number): { end: number; inner: string } | undefined => {
    const close = nextBracket(open + 1);
    if (close === -1) return undefined;
    const after = line.charAt(close + 1);
    if (after === '(') {
      const paren = nextParen(close + 2);
      if (paren === -1) return undefined;
      return { end: paren + 1, inner: line.slice(open + 1, close) };
    }
    if (after === '[') {
      const refClose = line.indexOf(']', close + 2);
      // A reference label holds no '[': only then is it one (keeps the search from re-reading the line).
      if (refClose === -1 || line.slice(close + 2, refClose).includes('[')) return undefined;
      return { end: refClose + 1, inner: line.slice(open + 1, close) };
    }
    return undefined;
  };

  while (i < line.length) {
    SPECIAL.lastIndex = i;
    const m = SPECIAL.exec(line);
    if (!m) {
      out.push(line.slice(i));
      break;
    }
    const at = m.index;
    out.push(line.slice(i, at));
    const c = line.charAt(at);
    if (c === '\\') {
      const escaped = line.charAt(at + 1);
      if (ASCII_PUNCTUATION.test(escaped)) {
        out.push(escaped === '&' ? '&amp;' : escaped);
        i = at + 2;
      } else {
        out.push('\\');
        i = at + 1;
      }
    } else if (c === '`') {
      let j = at;
      while (line.charAt(j) === '`') j++;
      i = j;
    } else if (c === '!' && line.charAt(at + 1) === '[') {
      const image = bracketed(at + 1);
      if (image) i = image.end;
      else {
        out.push('!');
        i = at + 1;
      }
    } else if (c === '[') {
      const link = bracketed(at);
      if (link) {
        out.push(inline(link.inner));
        i = link.end;
      } else {
        // Square brackets in news copy are an editor's insertion ("[the mayor] said"): kept.
        out.push('[');
        i = at + 1;
      }
    } else if (c === '*' || c === '_' || c === '~') {
      let j = at;
      while (line.charAt(j) === c) j++;
      const before = line.charAt(at - 1);
      const after = line.charAt(j);
      const run = line.slice(at, j);
      const loose = isSpaceOrEdge(before) && isSpaceOrEdge(after);
      const intraword = isWordChar(before) && isWordChar(after);
      const isDelimiter = !loose && !(c === '_' && intraword) && !(c === '~' && run.length !== 2);
      if (!isDelimiter) out.push(run);
      i = j;
    } else if (c === '<') {
      const gt = /[a-zA-Z/!]/.test(line.charAt(at + 1)) ? nextAngle(at + 1) : -1;
      // A tag or an address is short; a longer stretch is text with a '<' in it.
      const tag = gt === -1 || gt - at > 2000 ? '' : line.slice(at + 1, gt);
      if (/^[a-zA-Z][a-zA-Z0-9+.-]{1,31}:[^\s<>]*$/.test(tag)) {
        out.push(tag); // an autolink: the address is its text
        i = gt + 1;
      } else if (/^(?:\/?[a-zA-Z][a-zA-Z0-9-]*(?:\s[^<>]*)?\/?|!--.*--)$/.test(tag)) {
        i = gt + 1; // a raw tag or a comment on one line
      } else {
        out.push('<');
        i = at + 1;
      }
    } else {
      out.push(c); // '&' (decoded below) or '!' not before '['
      i = at + 1;
    }
  }
  return decodeEntities(out.join(''));
}

interface FrontMatter {
  /** Index of the first line after the front matter. */
  body: number;
  title?: string;
}

/** YAML front matter: a first line '---' closed by '---' or '...' within 200 lines. */
function frontMatter(lines: readonly string[]): FrontMatter {
  if ((lines[0] ?? '').trimEnd() !== '---') return { body: 0 };
  let title: string | undefined;
  for (let k = 1; k < Math.min(lines.length, 200); k++) {
    const line = lines[k] ?? '';
    const end = line.trimEnd();
    if (end === '---' || end === '...') return title === undefined ? { body: k + 1 } : { body: k + 1, title };
    const m = FRONT_MATTER_TITLE.exec(line);
    if (m && title === undefined) {
      const value = (m[1] ?? '').replace(/^(["'])(.*)\1$/, '$2').trim();
      if (value) title = value;
    }
  }
  return { body: 0 };
}

/**
 * Reduces Markdown to readable text: paragraphs separated by a blank line, soft-wrapped lines joined (as a
 * renderer would), headings, list items and quotes as text without their markers, links as their text,
 * images, front matter, code fences and raw HTML dropped. The title is front matter's `title:`, else the first
 * level-1 heading.
 * @example markdownToText('# Lyman\n\nTroops **entered** [Lyman](https://x.test).\n\n- Kherson\n- Mykolaiv')
 * // { text: 'Lyman\n\nTroops entered Lyman.\n\nKherson\nMykolaiv', title: 'Lyman' }
 */
export function markdownToText(md: string): ReducedText {
  const allLines = dropRawHtml(md).split(/\r\n?|\n/);
  const front = frontMatter(allLines);
  let title = front.title;
  const paragraphs: string[] = [];
  // The current paragraph: finished lines, and the line being built from soft-wrapped source lines.
  let lines: string[] = [];
  let current: string[] = [];
  let inList = false;
  let fence = '';

  const endLine = (): void => {
    const s = current
      .join(' ')
      .replace(/[ \t]+/g, ' ')
      .trim();
    current = [];
    if (s) lines.push(s);
  };
  const endParagraph = (): void => {
    endLine();
    if (lines.length > 0) paragraphs.push(lines.join('\n'));
    lines = [];
    inList = false;
  };

  for (let k = front.body; k < allLines.length; k++) {
    let line = allLines[k] ?? '';
    if (fence !== '') {
      // Inside a code fence: kept verbatim, one line each; the closing fence ends it.
      if (line.trim().startsWith(fence) && line.trim().replace(/[`~]/g, '') === '') {
        fence = '';
        endParagraph();
      } else if (line.trim() === '') endParagraph();
      else {
        current.push(line.trim());
        endLine();
      }
      continue;
    }
    const fenceMatch = FENCE.exec(line);
    if (fenceMatch) {
      endParagraph();
      fence = fenceMatch[1] ?? '```';
      continue;
    }
    // Block quotes: their markers go, their text stays (a quote from an official is article text).
    while (/^ {0,3}>/.test(line)) line = line.replace(/^ {0,3}> ?/, '');
    if (line.trim() === '') {
      endParagraph();
      continue;
    }
    const heading = ATX_HEADING.exec(line);
    if (heading) {
      endParagraph();
      const text = inline((heading[2] ?? '').replace(/[ \t]+#+[ \t]*$|^#+[ \t]*$/, '').trim());
      if (text) paragraphs.push(text);
      if (title === undefined && heading[1] === '#' && text) title = text;
      continue;
    }
    const underline = SETEXT_UNDERLINE.exec(line);
    if (underline && (current.length > 0 || lines.length > 0) && !inList) {
      // The paragraph so far was a heading.
      endLine();
      const text = lines.join(' ');
      if (title === undefined && (underline[1] ?? '').startsWith('=') && text) title = text;
      endParagraph();
      continue;
    }
    if (isThematicBreak(line)) {
      endParagraph();
      continue;
    }
    if (REFERENCE_DEFINITION.test(line)) continue;
    if (TABLE_DELIMITER.test(line) && line.includes('-') && line.includes('|')) continue;
    const match = LIST_ITEM.exec(line);
    // As in CommonMark, only "1." may start a list inside a paragraph: "… began in\n2022. It went on" is prose.
    const interrupts =
      (current.length === 0 && lines.length === 0) || inList || match?.[2] === undefined || match[2] === '1';
    const item = match && interrupts ? match : null;
    if (item) {
      // A list item is its own line; a bullet's marker goes, an ordered list's number is text and stays.
      if (!inList) endParagraph();
      else endLine();
      inList = true;
      const number = item[2] === undefined ? '' : `${item[2]}${item[3] ?? '.'} `;
      line = number + line.slice(item[0].length);
    }
    let content = line.trim();
    const tableRow = content.startsWith('|') && content.endsWith('|') && content.length > 1;
    if (tableRow) {
      // A table row is a line of its own; its cells are separated so that they do not run together.
      endLine();
      content = content
        .slice(1, -1)
        .split('|')
        .map((cell) => cell.trim())
        .filter((cell) => cell !== '')
        .join('; ');
    }
    const hard = HARD_BREAK.test(line);
    current.push(inline(content.replace(/\\$/, '')));
    if (hard || tableRow) endLine();
  }
  endParagraph();
  const text = paragraphs.join('\n\n');
  return title === undefined ? { text } : { text, title };
}
