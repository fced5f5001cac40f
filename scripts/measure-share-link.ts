/**
 * How long a share link is for an article of about 1,500 words (the reference size), against the
 * 8,000-character limit of common chat tools: `npx tsx scripts/measure-share-link.ts`. Prints figures; no budget.
 * The link is the app's own (src/state/share.ts): a place, a sentence and a camera, and the article in `a=`.
 */
import { readFileSync } from 'node:fs';
import { CHAT_LINK_LIMIT, encodeArticleFragment } from '../src/state/fragment';
import { linkTo } from '../src/state/share';
import { defaultUrlState } from '../src/state/url';
import { benchArticle } from './bench-article';
import { linkArticle } from '../src/linking/link';
import { parseGazetteer } from '../src/state/data';
import { correctionsOf } from '../src/state/sharedLinks';
import type { ArticleModel } from '../src/state/article';

const articles: [string, string][] = [
  [
    'bench/articles/ten-days-in-october.txt',
    readFileSync(new URL('../bench/articles/ten-days-in-october.txt', import.meta.url), 'utf8'),
  ],
  ['scripts/bench-article.ts (the published bench site)', benchArticle()],
];
const world = parseGazetteer(
  JSON.parse(readFileSync(new URL('../data/gazetteer-world.json', import.meta.url), 'utf8')),
);
const meta = { title: 'A 1,500-word test article', source: 'Test dispatch', date: '1 October 2022' };
for (const [name, text] of articles) {
  const fragment = await encodeArticleFragment({ text, meta });
  const link = linkTo(
    {
      ...defaultUrlState(),
      place: 'gn:704138',
      sentence: 12,
      view: { zoom: 6.52, lat: 48.91234, lon: 37.81234 },
      shared: fragment,
    },
    'https://atlas.example/',
  );
  const words = text.split(/\s+/).filter(Boolean).length;
  console.log(`${name}: ${words} words, ${text.length} characters of text`);
  console.log(
    `  fragment ${fragment.length} characters; whole link ${link.length} characters; ${link.length <= CHAT_LINK_LIMIT ? 'under' : 'OVER'} the ${CHAT_LINK_LIMIT}-character chat limit`,
  );
  // Corrected: the link then carries every link of the article too (src/state/sharedLinks.ts).
  const { mentions } = linkArticle(text, world);
  const corrections = correctionsOf({ mentions, corrected: true } as unknown as ArticleModel);
  const corrected = await encodeArticleFragment({ text, meta, ...(corrections ? { corrections } : {}) });
  console.log(
    `  with its ${mentions.length} links carried as corrected: fragment ${corrected.length} characters (+${corrected.length - fragment.length})`,
  );
}
