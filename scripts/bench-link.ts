/**
 * Linking throughput and gazetteer size.
 *
 * Usage: npm run bench:link
 *
 * Links a few megabytes of news text (the default article and the annotated test articles, repeated) with the
 * world gazetteer, as separate articles and as one long text, and prints MB/s (1 MB = 10^6 bytes of UTF-8).
 * The best of several rounds is reported, as the machine is shared.
 */
import { readFileSync } from 'node:fs';
import { cpus, loadavg } from 'node:os';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import { ARTICLES } from '../src/linking/articles';
import { compileGazetteer, linkText } from '../src/linking';
import type { Gazetteer } from '../src/linking/types';

const TARGET_BYTES = 4_000_000;
const ROUNDS = 5;

const file = (name: string) =>
  readFileSync(fileURLToPath(new URL(`../data/${name}`, import.meta.url)), 'utf8');
const bytes = (s: string) => Buffer.byteLength(s, 'utf8');

const articles = [file('annexation-ceremony.txt'), ...ARTICLES.map((a) => a.text)];
const corpus: string[] = [];
let total = 0;
for (let i = 0; total < TARGET_BYTES; i++) {
  const text = articles[i % articles.length] ?? '';
  corpus.push(text);
  total += bytes(text);
}
const joined = corpus.join('\n\n');

function best(run: () => void): number {
  let fastest = Infinity;
  for (let r = 0; r < ROUNDS; r++) {
    const t0 = performance.now();
    run();
    fastest = Math.min(fastest, performance.now() - t0);
  }
  return fastest;
}

// Figures scale with what else the machine is doing; the load average says how busy it was.
console.log(
  `node ${process.version}, ${cpus().length} cores, load average ${loadavg()
    .map((n) => n.toFixed(1))
    .join(' ')}; ${corpus.length} articles, ${(total / 1e6).toFixed(2)} MB of text\n`,
);
for (const name of ['gazetteer.json', 'gazetteer-world.json']) {
  const raw = file(name);
  const gazetteer = JSON.parse(raw) as Gazetteer;
  const compileMs = best(() => compileGazetteer(gazetteer));
  const compiled = compileGazetteer(gazetteer);
  let mentions = 0;
  const perArticleMs = best(() => {
    mentions = 0;
    for (const text of corpus) mentions += linkText(text, compiled).mentions.length;
  });
  const oneTextMs = best(() => linkText(joined, compiled));
  console.log(
    `${name}: ${gazetteer.entries.length} entries, ${bytes(raw)} B raw, ${gzipSync(raw, { level: 9 }).length} B gzip -9, compiled in ${compileMs.toFixed(1)} ms`,
  );
  console.log(
    `  per article:  ${(total / 1e6 / (perArticleMs / 1000)).toFixed(2)} MB/s (${perArticleMs.toFixed(0)} ms, ${mentions} mentions)`,
  );
  console.log(
    `  one text:     ${(bytes(joined) / 1e6 / (oneTextMs / 1000)).toFixed(2)} MB/s (${oneTextMs.toFixed(0)} ms)\n`,
  );
}
