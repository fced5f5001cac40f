/**
 * How long a share link is for an article of about 1,500 words (the reference size), against the
 * 8,000-character limit of common chat tools: `npx tsx scripts/measure-share-link.ts`. Prints figures; no budget.
 */
import { CHAT_LINK_LIMIT, encodeArticleFragment } from '../src/state/fragment';
import { benchArticle } from './bench-article';

const text = benchArticle();
const meta = { title: 'A 1,500-word test article', source: 'Test dispatch', date: '1 October 2022' };
const fragment = await encodeArticleFragment({ text, meta });
const link = `https://atlas.example/?article=shared#article=${fragment}`;
console.log(`${text.split(/\s+/).filter(Boolean).length} words, ${text.length} characters of text`);
console.log(`fragment ${fragment.length} characters; whole link ${link.length} characters`);
console.log(
  `${link.length <= CHAT_LINK_LIMIT ? 'under' : 'OVER'} the ${CHAT_LINK_LIMIT}-character chat limit`,
);
