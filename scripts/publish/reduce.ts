/**
 * Article file → plain text, the one place a format is reduced (swap `reduceToText` for the app's reducer in
 * src/input/ once it exists, so both read a file alike). The text is data: the page renders it as text, never as
 * HTML, so what matters here is that nothing of a script, style or frame survives as words and that markup does
 * not show as text.
 */
export type ArticleFormat = 'text' | 'markdown' | 'html';

export interface Reduced {
  text: string;
  title: string;
  dropped: string[];
}

// Elements whose content is never article text: dropped with everything inside.
const DROPPED = [
  'script',
  'style',
  'iframe',
  'object',
  'embed',
  'noscript',
  'template',
  'svg',
  'math',
  'form',
  'select',
  'textarea',
  'button',
  'head',
  'nav',
  'footer',
  'aside',
];
// Elements that end a paragraph.
const BLOCK =
  /<\/?(?:p|div|h[1-6]|li|ul|ol|blockquote|section|article|header|main|figure|figcaption|table|tr|pre|hr|br)\b[^>]*>/gi;

const ENTITIES: Record<string, string> = {
  amp: '&',
  lt: '<',
  gt: '>',
  quot: '"',
  apos: "'",
  nbsp: ' ',
  mdash: '—',
  ndash: '–',
  rsquo: '’',
  lsquo: '‘',
  rdquo: '”',
  ldquo: '“',
  hellip: '…',
};

function decodeEntities(s: string): string {
  return s.replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (whole, name: string) => {
    if (name[0] === '#') {
      const code =
        name[1] === 'x' || name[1] === 'X' ? parseInt(name.slice(2), 16) : parseInt(name.slice(1), 10);
      // NUL and out-of-range code points are not text.
      return code > 0 && code <= 0x10ffff ? String.fromCodePoint(code) : '';
    }
    return ENTITIES[name.toLowerCase()] ?? whole;
  });
}

/** Blank-line separated paragraphs, each with its inner whitespace folded. */
function tidy(blocks: string): string {
  return blocks
    .split(/\n\s*\n/)
    .map((p) =>
      p
        .replace(/[ \t\r\f\v]+/g, ' ')
        .replace(/ *\n */g, '\n')
        .trim(),
    )
    .filter((p) => p !== '')
    .join('\n\n');
}

function reduceHtml(html: string): Reduced {
  const dropped = new Map<string, number>();
  const count = (what: string) => dropped.set(what, (dropped.get(what) ?? 0) + 1);
  const titleMatch =
    /<title\b[^>]*>([\s\S]*?)<\/title\s*>/i.exec(html) ?? /<h1\b[^>]*>([\s\S]*?)<\/h1\s*>/i.exec(html);
  let s = html.replace(/<!--[\s\S]*?(?:-->|$)/g, '').replace(/<!\[CDATA\[[\s\S]*?(?:\]\]>|$)/g, '');
  for (const tag of DROPPED) {
    s = s.replace(new RegExp(`<${tag}\\b[\\s\\S]*?(?:<\\/${tag}\\s*>|$)`, 'gi'), () => {
      if (tag !== 'head') count(`${tag} elements`);
      // A space, not a break: a script may sit inside a sentence; paragraphs come from the block tags.
      return ' ';
    });
  }
  // Attributes go with their tags below; counted so the user hears that handlers and javascript: links were left out.
  const tally = (what: string, pattern: RegExp) => {
    const n = s.match(pattern)?.length ?? 0;
    if (n > 0) dropped.set(what, (dropped.get(what) ?? 0) + n);
  };
  tally('event handlers', /\son[a-z]+\s*=/gi);
  tally('javascript: links', /javascript:/gi);
  // Line breaks in HTML source are spaces; only block elements end a paragraph.
  s = s
    .replace(/\s+/g, ' ')
    .replace(BLOCK, '\n\n')
    .replace(/<[^>]*>?/g, '');
  const text = tidy(decodeEntities(s).replace(/\u00a0/g, ' '));
  const title = titleMatch
    ? tidy(decodeEntities(titleMatch[1]?.replace(/<[^>]*>?/g, '') ?? '')).replace(/\s+/g, ' ')
    : '';
  return { text, title, dropped: [...dropped].map(([what, n]) => `${n} ${what}`) };
}

function reduceMarkdown(md: string): Reduced {
  const heading = /^#{1,6}[ \t]+(.+?)[ \t#]*$/m.exec(md);
  const text = md
    // Raw HTML inside Markdown is dropped, as in an HTML file.
    .replace(/<(script|style|iframe)\b[\s\S]*?(?:<\/\1\s*>|$)/gi, '')
    .replace(/<[^>]*>/g, '')
    .replace(/^```.*$/gm, '')
    .replace(/^#{1,6}[ \t]+(.+?)[ \t#]*$/gm, '$1')
    .replace(/^[ \t]*(?:[-*+]|\d+\.)[ \t]+/gm, '')
    .replace(/^[ \t]*>[ \t]?/gm, '')
    .replace(/!\[([^\]]*)\]\([^)]*\)/g, '$1')
    .replace(/\[([^\]]+)\]\([^)]*\)/g, '$1')
    .replace(/(\*\*|__)(.+?)\1/g, '$2')
    .replace(/(^|[\s(])[*_](\S(?:.*?\S)?)[*_](?=[\s).,;:!?]|$)/gm, '$1$2')
    .replace(/`([^`]+)`/g, '$1')
    .replace(/^[ \t]*(?:-{3,}|\*{3,}|_{3,})[ \t]*$/gm, '');
  return { text: tidy(text), title: heading?.[1]?.trim() ?? '', dropped: [] };
}

/**
 * Reduces an article file's text to plain text with blank lines between paragraphs.
 * @example reduceToText('<p>Kyiv <script>x()</script>held.</p>', 'html').text // 'Kyiv held.'
 */
export function reduceToText(raw: string, format: ArticleFormat): Reduced {
  if (format === 'html') return reduceHtml(raw);
  if (format === 'markdown') return reduceMarkdown(raw);
  return { text: raw.replace(/\r\n?/g, '\n').trim(), title: '', dropped: [] };
}
