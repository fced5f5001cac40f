/**
 * Precision and recall of the linker on the annotated test articles (src/linking/articles.ts) with the world
 * gazetteer, and every disagreement.
 *
 * Usage: npm run --silent eval:link
 *
 * A link counts as correct when start, end and feature id all match; readings are scored separately, over the
 * correctly linked mentions.
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { ARTICLES } from '../src/linking/articles';
import { compileGazetteer, linkText } from '../src/linking';
import type { Gazetteer } from '../src/linking/types';

const world = JSON.parse(
  readFileSync(fileURLToPath(new URL('../data/gazetteer-world.json', import.meta.url)), 'utf8'),
) as Gazetteer;
const compiled = compileGazetteer(world);

let truePositives = 0;
let expectedCount = 0;
let foundCount = 0;
let readingsRight = 0;
for (const article of ARTICLES) {
  const got = linkText(article.text, compiled).mentions;
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
  `\n${ARTICLES.length} articles, ${expectedCount} expected links, ${foundCount} found, ${truePositives} right`,
);
console.log(`precision ${(precision * 100).toFixed(1)} %   recall ${(recall * 100).toFixed(1)} %`);
console.log(
  `readings right on ${readingsRight} of ${truePositives} correct links (${((readingsRight / truePositives) * 100).toFixed(1)} %)`,
);
