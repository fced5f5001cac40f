/**
 * HTML → readable text without a DOM: a small tokenizer that never builds a document, so nothing in the page can
 * run or load (no DOMParser, no innerHTML, no <img> ever created). It follows the browser's tokenizer where that
 * decides what text a reader sees (raw-text elements, comments, quoted attributes, unclosed tags at the end), and
 * keeps only what this app needs from the tree: which block a piece of text is in and whether it is inside an
 * element whose content we drop. Every step moves forward through the input, so hostile input (unclosed tags,
 * megabytes of '<', deep nesting) costs linear time.
 */
import { decodeEntities } from './entities';

/** Text reduced from a marked-up document; `title` when the document names one. */
export interface ReducedText {
  text: string;
  title?: string;
}

// Elements whose content the tokenizer reads as raw text up to the matching end tag: never markup, never shown.
// (<title> is raw text too; its content becomes the title, not article text.)
const RAW_TEXT = new Set(['script', 'style', 'noscript', 'iframe', 'noembed', 'noframes', 'xmp', 'textarea']);

// Elements dropped with everything inside: code, embedded objects and their fallback text, form controls,
// inert templates. <form> itself is kept: some sites wrap the whole page in one. <head> is not dropped: pages
// often never close it, and a browser ends it at the first body content (its text-bearing children, <title>,
// <script> and <style>, are handled as raw text anyway).
// prettier-ignore
const DROPPED = new Set([
  'template', 'svg', 'math', 'object', 'applet', 'canvas', 'audio', 'video', 'picture', 'map', 'select',
  'button', 'datalist', 'option', 'optgroup', 'meter', 'progress', 'dialog', 'frameset',
]);

// Page furniture rather than article: site menus, "related stories" boxes, footers. Their lists of links would
// otherwise put every country in the site's menu on the map. If dropping them leaves no text at all (a page
// that wraps its article in <aside>, or never closes a <nav>), the reduction runs again keeping them.
const BOILERPLATE = new Set(['nav', 'aside', 'footer']);

// No content, no end tag.
// prettier-ignore
const VOID = new Set([
  'area', 'base', 'br', 'col', 'embed', 'frame', 'hr', 'img', 'input', 'keygen', 'link', 'meta', 'param',
  'source', 'track', 'wbr', 'image',
]);

// A paragraph break before and after.
// prettier-ignore
const BLOCK = new Set([
  'address', 'article', 'aside', 'blockquote', 'body', 'caption', 'center', 'dd', 'details', 'dir', 'div', 'dl',
  'dt', 'fieldset', 'figcaption', 'figure', 'footer', 'form', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'header',
  'hgroup', 'hr', 'html', 'legend', 'li', 'listing', 'main', 'menu', 'nav', 'ol', 'p', 'pre', 'section',
  'summary', 'table', 'tbody', 'tfoot', 'thead', 'tr', 'ul',
]);

// Start tags that end <svg>/<math> content in a browser (the HTML spec's "breakout" list): an unclosed <svg>
// must not swallow the paragraphs after it.
// prettier-ignore
const FOREIGN_BREAKOUT = new Set([
  'b', 'big', 'blockquote', 'body', 'br', 'center', 'code', 'dd', 'div', 'dl', 'dt', 'em', 'embed', 'h1', 'h2',
  'h3', 'h4', 'h5', 'h6', 'head', 'hr', 'i', 'img', 'li', 'listing', 'menu', 'meta', 'nobr', 'ol', 'p', 'pre',
  'ruby', 's', 'small', 'span', 'strong', 'strike', 'sub', 'sup', 'table', 'tt', 'u', 'ul', 'var',
]);

// eslint-disable-next-line no-control-regex -- removing control characters is the point
const CONTROL = /[\u0000-\u0008\u000B\u000E-\u001F\u007F-\u009F]/g;
const SPACES = /[\t\n\f\r \u00A0]+/g;

function isAsciiLetter(code: number): boolean {
  return (code >= 0x41 && code <= 0x5a) || (code >= 0x61 && code <= 0x7a);
}

function isTagSpace(code: number): boolean {
  return code === 0x20 || code === 0x09 || code === 0x0a || code === 0x0c || code === 0x0d;
}

function collapse(s: string): string {
  return s.replace(CONTROL, '').replace(SPACES, ' ').trim();
}

interface TagEnd {
  /** Index just after the closing '>', or -1 when the input ends inside the tag. */
  end: number;
  selfClosing: boolean;
  hidden: boolean;
}

/**
 * Reads a tag's attributes from `from` to its '>' (quoted values may hold '>'), noting only what decides whether
 * its content is shown. Attribute values are never kept: event handlers and javascript: URLs die here.
 */
function scanTag(s: string, from: number): TagEnd {
  const n = s.length;
  let j = from;
  let hidden = false;
  while (j < n) {
    const c = s.charCodeAt(j);
    if (c === 0x3e) return { end: j + 1, selfClosing: false, hidden };
    if (c === 0x2f) {
      if (s.charCodeAt(j + 1) === 0x3e) return { end: j + 2, selfClosing: true, hidden };
      j++;
      continue;
    }
    if (isTagSpace(c)) {
      j++;
      continue;
    }
    const nameStart = j;
    j++; // a name may start with '=' (a parse error the browser keeps as a name)
    while (j < n) {
      const d = s.charCodeAt(j);
      if (isTagSpace(d) || d === 0x2f || d === 0x3e || d === 0x3d) break;
      j++;
    }
    const name = s.slice(nameStart, j).toLowerCase();
    while (j < n && isTagSpace(s.charCodeAt(j))) j++;
    let value = '';
    if (s.charCodeAt(j) === 0x3d) {
      j++;
      while (j < n && isTagSpace(s.charCodeAt(j))) j++;
      const q = s.charCodeAt(j);
      if (q === 0x22 || q === 0x27) {
        const close = s.indexOf(q === 0x22 ? '"' : "'", j + 1);
        if (close === -1) return { end: -1, selfClosing: false, hidden };
        value = s.slice(j + 1, close);
        j = close + 1;
      } else {
        const valueStart = j;
        while (j < n && !isTagSpace(s.charCodeAt(j)) && s.charCodeAt(j) !== 0x3e) j++;
        value = s.slice(valueStart, j);
      }
    }
    if (name === 'hidden' || (name === 'aria-hidden' && value.trim().toLowerCase() === 'true')) hidden = true;
  }
  return { end: -1, selfClosing: false, hidden };
}

/** Index after a tag name starting at `from` (letters, digits, '-', ':', '_', '.'). */
function nameEnd(s: string, from: number): number {
  let j = from;
  while (j < s.length) {
    const c = s.charCodeAt(j);
    if (isTagSpace(c) || c === 0x2f || c === 0x3e) break;
    j++;
  }
  return j;
}

const rawEndCache = new Map<string, RegExp>();
function rawEndPattern(name: string): RegExp {
  let re = rawEndCache.get(name);
  if (!re) {
    re = new RegExp(`</${name}(?=[\\t\\n\\f\\r />]|$)`, 'gi');
    rawEndCache.set(name, re);
  }
  return re;
}

interface Open {
  name: string;
  drop: boolean;
}

function reduce(html: string, dropBoilerplate: boolean): ReducedText {
  const n = html.length;
  const paragraphs: string[] = [];
  let lines: string[] = [];
  let parts: string[] = [];
  const stack: Open[] = [];
  const openCount = new Map<string, number>();
  let skipDepth = 0;
  let foreignDepth = 0;
  let preDepth = 0;
  let titleTag: string | undefined;
  let h1Title: string | undefined;
  let h1Start = -1;

  const flushLine = (): string => {
    const s = collapse(parts.join(''));
    parts = [];
    return s;
  };
  const paragraphBreak = (): void => {
    const s = flushLine();
    if (s) lines.push(s);
    if (lines.length > 0) {
      paragraphs.push(lines.join('\n'));
      lines = [];
    }
  };
  // A <br> ends a line; a second one in a row (an empty line) ends the paragraph, as `<br><br>` is used for.
  const lineBreak = (): void => {
    const s = flushLine();
    if (s) lines.push(s);
    else if (lines.length > 0) paragraphBreak();
  };
  const text = (raw: string): void => {
    if (skipDepth > 0 || raw === '') return;
    const decoded = decodeEntities(raw);
    if (preDepth === 0) {
      parts.push(decoded);
      return;
    }
    const pieces = decoded.split(/\r\n?|\n/);
    parts.push(pieces[0] ?? '');
    for (let k = 1; k < pieces.length; k++) {
      lineBreak();
      parts.push(pieces[k] ?? '');
    }
  };

  const pop = (): Open | undefined => {
    const top = stack.pop();
    if (!top) return undefined;
    openCount.set(top.name, (openCount.get(top.name) ?? 1) - 1);
    if (top.drop) skipDepth--;
    if (top.name === 'svg' || top.name === 'math') foreignDepth--;
    if (top.name === 'pre') preDepth--;
    return top;
  };

  const closeH1 = (): void => {
    if (h1Start < 0) return;
    paragraphBreak();
    // Only the heading's first block: an <h1> left open must not make the whole article its title.
    const heading = (paragraphs[h1Start] ?? '').replace(/\n/g, ' ');
    h1Start = -1;
    if (heading) h1Title = heading;
  };

  const startTag = (name: string, tag: TagEnd): void => {
    if (foreignDepth > 0 && FOREIGN_BREAKOUT.has(name)) {
      while (foreignDepth > 0 && stack.length > 0) pop();
    }
    if (VOID.has(name)) {
      if (skipDepth > 0) return;
      if (name === 'br') lineBreak();
      else if (name === 'hr') paragraphBreak();
      return;
    }
    const foreign = foreignDepth > 0 || name === 'svg' || name === 'math';
    if (tag.selfClosing && foreign) return;
    const drop = DROPPED.has(name) || (dropBoilerplate && BOILERPLATE.has(name)) || tag.hidden;
    if (skipDepth === 0) {
      if (BLOCK.has(name)) paragraphBreak();
      else if (name === 'td' || name === 'th') parts.push(' ');
    }
    stack.push({ name, drop });
    openCount.set(name, (openCount.get(name) ?? 0) + 1);
    if (drop) skipDepth++;
    if (name === 'svg' || name === 'math') foreignDepth++;
    if (name === 'pre') preDepth++;
    if (name === 'h1' && skipDepth === 0 && h1Title === undefined && h1Start < 0) h1Start = paragraphs.length;
  };

  const endTag = (name: string): void => {
    if (name === 'br') {
      // The browser reads </br> as <br>.
      if (skipDepth === 0) lineBreak();
      return;
    }
    if ((openCount.get(name) ?? 0) > 0) {
      // Each element is pushed once and popped once: closing through unclosed children stays linear overall.
      let top = pop();
      while (top && top.name !== name) top = pop();
    }
    if (skipDepth > 0) return;
    if (name === 'h1') closeH1();
    if (BLOCK.has(name)) paragraphBreak();
    else if (name === 'td' || name === 'th') parts.push(' ');
  };

  let i = 0;
  let textStart = 0;
  while (i < n) {
    // A loop rather than indexOf: once V8 has seen comments and CDATA here, its indexOf from a position on
    // 2 MB of '<' went quadratic (25 s instead of 50 ms); this loop stays linear.
    let lt = i;
    while (lt < n && html.charCodeAt(lt) !== 0x3c) lt++;
    if (lt === n) break;
    const next = html.charCodeAt(lt + 1);
    let end: number;
    if (next === 0x21) {
      // Comments, CDATA, doctype: dropped. An unterminated one runs to the end of the input, as in a browser.
      let close: number;
      if (html.startsWith('<!--', lt)) {
        close = html.indexOf('-->', lt + 2);
        end = close === -1 ? n : close + 3;
      } else if (html.startsWith('<![CDATA[', lt)) {
        close = html.indexOf(']]>', lt + 9);
        end = close === -1 ? n : close + 3;
      } else {
        close = html.indexOf('>', lt + 2);
        end = close === -1 ? n : close + 1;
      }
      text(html.slice(textStart, lt));
    } else if (next === 0x3f) {
      const close = html.indexOf('>', lt + 2);
      end = close === -1 ? n : close + 1;
      text(html.slice(textStart, lt));
    } else if (next === 0x2f) {
      if (isAsciiLetter(html.charCodeAt(lt + 2))) {
        const after = nameEnd(html, lt + 2);
        const tag = scanTag(html, after);
        end = tag.end === -1 ? n : tag.end;
        text(html.slice(textStart, lt));
        if (tag.end !== -1) endTag(html.slice(lt + 2, after).toLowerCase());
      } else if (html.charCodeAt(lt + 2) === 0x3e) {
        end = lt + 3;
        text(html.slice(textStart, lt));
      } else if (lt + 2 >= n) {
        break; // "</" at the very end is text
      } else {
        // "</ 3" and the like: a bogus comment up to the next '>'.
        const close = html.indexOf('>', lt + 2);
        end = close === -1 ? n : close + 1;
        text(html.slice(textStart, lt));
      }
    } else if (isAsciiLetter(next)) {
      const after = nameEnd(html, lt + 1);
      const name = html.slice(lt + 1, after).toLowerCase();
      const tag = scanTag(html, after);
      text(html.slice(textStart, lt));
      if (tag.end === -1) {
        // The input ends inside a tag: the browser drops it, and so do we.
        textStart = n;
        break;
      }
      end = tag.end;
      if (RAW_TEXT.has(name) || name === 'title') {
        const re = rawEndPattern(name);
        re.lastIndex = end;
        const found = re.exec(html);
        const contentEnd = found ? found.index : n;
        if (name === 'title' && titleTag === undefined && foreignDepth === 0) {
          const title = collapse(decodeEntities(html.slice(end, contentEnd)));
          if (title) titleTag = title;
        }
        if (!found) {
          textStart = n;
          break;
        }
        const closeTag = scanTag(html, found.index + 2 + name.length);
        end = closeTag.end === -1 ? n : closeTag.end;
        // A raw-text element ends a block only where it would show (never): it breaks nothing.
      } else {
        startTag(name, tag);
      }
    } else {
      // A '<' that starts no tag ("a < b", or a megabyte of '<') is text: keep scanning from the next character.
      i = lt + 1;
      continue;
    }
    i = textStart = end;
  }
  text(html.slice(textStart));
  paragraphBreak();
  closeH1();

  const title = h1Title ?? titleTag;
  return title === undefined ? { text: paragraphs.join('\n\n') } : { text: paragraphs.join('\n\n'), title };
}

/**
 * Reduces an HTML document to its readable text: one paragraph per heading, paragraph, list item or block
 * (separated by a blank line), `<br>` as a line break, scripts, styles, embedded objects, forms' controls and
 * page furniture (nav, aside, footer) dropped with their content, entities decoded, whitespace collapsed. The
 * title is the first `<h1>`, else `<title>`. Nothing is executed or fetched.
 * @example htmlToText('<title>T</title><h1>Lyman</h1><p>Troops <b>entered</b> Lyman.<script>x()</script></p>')
 * // { text: 'Lyman\n\nTroops entered Lyman.', title: 'Lyman' }
 */
export function htmlToText(html: string): ReducedText {
  const result = reduce(html, true);
  if (result.text !== '') return result;
  const withFurniture = reduce(html, false);
  return withFurniture.text !== '' ? withFurniture : result;
}
