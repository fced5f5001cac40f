/**
 * Precision and recall of the linker on the annotated test articles (src/linking/articles.ts) with the world
 * gazetteer, and every disagreement.
 *
 * Usage: npm run --silent eval:link                  the test articles of src/linking/articles.ts
 *        npm run --silent eval:link -- --dev         the issue-15 development set (articles-dev.ts)
 *        npm run --silent eval:link -- --held-back   the issue-15 held-back set (articles-held-back.ts), scored
 *                                                    once at the end of that work and never tuned on
 *
 * A link counts as correct when start, end and feature id all match; readings are scored separately, over the
 * correctly linked mentions. A link to a place the linker made up (`unlocated:<slug>`) counts like any other.
 * For articles that mark their sentences (`‖`), sentence starts are scored too.
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { ARTICLES, type AnnotatedArticle } from '../src/linking/articles';
import { DEV_ARTICLES } from '../src/linking/articles-dev';
import { HELD_BACK_ARTICLES } from '../src/linking/articles-held-back';
import { compileGazetteer, linkText } from '../src/linking';
import type { Gazetteer } from '../src/linking/types';

const world = JSON.parse(
  readFileSync(fileURLToPath(new URL('../data/gazetteer-world.json', import.meta.url)), 'utf8'),
) as Gazetteer;
const compiled = compileGazetteer(world);

const args = process.argv.slice(2);
const unknown = args.filter((a) => a !== '--dev' && a !== '--held-back');
if (unknown.length > 0 || args.length > 1) {
  console.error(
    `eval-link: unknown or conflicting arguments ${args.join(' ')}; use none, --dev or --held-back`,
  );
  process.exit(2);
}
const articles: AnnotatedArticle[] = args.includes('--held-back')
  ? HELD_BACK_ARTICLES
  : args.includes('--dev')
    ? DEV_ARTICLES
    : ARTICLES;

let sentenceExpected = 0;
let sentenceFound = 0;
let sentenceRight = 0;

let truePositives = 0;
let expectedCount = 0;
let foundCount = 0;
let readingsRight = 0;
for (const article of articles) {
  const result = linkText(article.text, compiled);
  const got = result.mentions;
  if (article.sentenceStarts) {
    const wantedStarts = new Set(article.sentenceStarts);
    const gotStarts = new Set(result.sentences.map((s) => s.start));
    sentenceExpected += wantedStarts.size;
    sentenceFound += gotStarts.size;
    for (const start of wantedStarts) {
      if (gotStarts.has(start)) sentenceRight++;
      else console.log(`${article.name}: missed sentence start «${article.text.slice(start, start + 40)}»`);
    }
    for (const start of gotStarts) {
      if (!wantedStarts.has(start))
        console.log(`${article.name}: extra sentence start «${article.text.slice(start, start + 40)}»`);
    }
  }
  const key = (start: number, end: number, feature: string) => `${start}:${end}:${feature}`;
  const gotByKey = new Map(got.map((m) => [key(m.start, m.end, m.featureId), m]));
  const wanted = new Set(article.expected.map((e) => key(e.start, e.end, e.feature)));
  expectedCount += article.expected.length;
  foundCount += got.length;
  for (const e of article.expected) {
    const m = gotByKey.get(key(e.start, e.end, e.feature));
    if (!m) {
      const other = got.find((g) => g.start < e.end && e.start < g.end);
      console.log(
        `${article.name}: missed ${e.surface} → ${e.feature}${other ? ` (linked ${other.surface} → ${other.featureId})` : ''}`,
      );
      continue;
    }
    truePositives++;
    if (m.reading === e.reading) readingsRight++;
    else console.log(`${article.name}: ${e.surface} read ${m.reading} (${m.rule}), expected ${e.reading}`);
  }
  for (const m of got) {
    if (
      !wanted.has(key(m.start, m.end, m.featureId)) &&
      !article.expected.some((e) => e.start < m.end && m.start < e.end)
    ) {
      console.log(`${article.name}: false link ${m.surface} → ${m.featureId} (${m.resolution ?? m.rule})`);
    }
  }
}
const precision = truePositives / foundCount;
const recall = truePositives / expectedCount;
console.log(
  `\n${articles.length} articles, ${expectedCount} expected links, ${foundCount} found, ${truePositives} right`,
);
console.log(`precision ${(precision * 100).toFixed(1)} %   recall ${(recall * 100).toFixed(1)} %`);
console.log(
  `readings right on ${readingsRight} of ${truePositives} correct links (${((readingsRight / truePositives) * 100).toFixed(1)} %)`,
);
if (sentenceExpected > 0) {
  console.log(
    `sentence starts: ${sentenceExpected} expected, ${sentenceFound} found, ${sentenceRight} right ` +
      `(precision ${((sentenceRight / sentenceFound) * 100).toFixed(1)} %, recall ${((sentenceRight / sentenceExpected) * 100).toFixed(1)} %)`,
  );
}
