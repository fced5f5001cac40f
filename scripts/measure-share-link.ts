/**
 * How long a share link is for an article of about 1,500 words (the reference size), against the
 * 8,000-character limit of common chat tools: `npx tsx scripts/measure-share-link.ts`. Prints figures; no budget.
 * The prose is our own: the default article, then the linker's annotated test articles, until 1,500 words.
 */
import { readFileSync } from 'node:fs';
import { ARTICLES } from '../src/linking/articles';
import { CHAT_LINK_LIMIT, encodeArticleFragment } from '../src/state/fragment';

const words = (s: string) => s.split(/\s+/).filter(Boolean).length;
const parts = [readFileSync(new URL('../data/annexation-ceremony.txt', import.meta.url), 'utf8')];
for (const a of ARTICLES) {
  if (words(parts.join('\n\n')) >= 1500) break;
  parts.push(a.text);
}
const text = parts.join('\n\n').split(/\s+/).slice(0, 1500).join(' ');
const meta = { title: 'A 1,500-word test article', source: 'Test dispatch', date: '1 October 2022' };
const fragment = await encodeArticleFragment({ text, meta });
const link = `https://atlas.example/?article=shared#article=${fragment}`;
console.log(`${words(text)} words, ${text.length} characters of text`);
console.log(`fragment ${fragment.length} characters; whole link ${link.length} characters`);
console.log(
  `${link.length <= CHAT_LINK_LIMIT ? 'under' : 'OVER'} the ${CHAT_LINK_LIMIT}-character chat limit`,
);
