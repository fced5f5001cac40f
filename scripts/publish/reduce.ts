/**
 * Article file → plain text for `npm run publish`, with the app's own reducer (src/input: htmlToText and
 * markdownToText), so a file reads the same in the app's "Open an article" and in a published site. What is
 * left here is publish's report of what the reduction left out: a scan of the source, not a second reducer.
 */
import { htmlToText, markdownToText, type ArticleFormat } from '../../src/input';

export type { ArticleFormat };

export interface Reduced {
  text: string;
  title: string;
  dropped: string[];
}

// Elements whose content is never article text, counted for the report (src/input drops them).
// prettier-ignore
const COUNTED = [
  'script', 'style', 'noscript', 'iframe', 'object', 'embed', 'svg', 'math', 'template', 'textarea', 'select',
  'button', 'canvas', 'audio', 'video',
] as const;

/**
 * What an HTML (or Markdown with raw HTML) source holds that never reaches the text, by kind: "2 script
 * elements", "1 event handlers". A scan of opening tags and attributes, for the user's information only.
 * @example leftOut('<p onclick="x()">Kyiv<script>y()</script></p>') // ['1 script elements', '1 event handlers']
 */
export function leftOut(raw: string): string[] {
  const out: string[] = [];
  const tally = (what: string, pattern: RegExp) => {
    const n = raw.match(pattern)?.length ?? 0;
    if (n > 0) out.push(`${n} ${what}`);
  };
  for (const tag of COUNTED) tally(`${tag} elements`, new RegExp(`<${tag}\\b`, 'gi'));
  tally('event handlers', /<[^>]*?\son[a-z]+\s*=/gi);
  tally('javascript: links', /javascript:/gi);
  return out;
}

/**
 * Reduces an article's source to plain text with the app's reducer; `dropped` says what was left out.
 * @example reduceToText('<p>Kyiv <script>x()</script>held.</p>', 'html').text // 'Kyiv held.'
 */
export function reduceToText(raw: string, format: ArticleFormat): Reduced {
  if (format === 'plain') return { text: raw, title: '', dropped: [] };
  const reduced = format === 'html' ? htmlToText(raw) : markdownToText(raw);
  return { text: reduced.text, title: reduced.title ?? '', dropped: leftOut(raw) };
}
