/**
 * How long reducing and checking an opened article takes, on ordinary and on hostile input of the 2 MB limit.
 *
 * Usage: npx tsx scripts/bench-input.ts
 *
 * Prints the best of several rounds per case in milliseconds (the machine is shared, so the best round is the
 * least disturbed one). Each hostile case first runs the ordinary inputs, so the functions are measured as
 * the JIT has shaped them by then: a case that is linear only while cold would show here.
 */
import { readFileSync } from 'node:fs';
import { cpus, loadavg } from 'node:os';
import { fileURLToPath } from 'node:url';
import { checkArticleText, decodeArticleBytes, guessMeta, htmlToText, markdownToText } from '../src/input';

const ROUNDS = 5;
const LIMIT = 2 * 1024 * 1024;

function fill(unit: string, bytes = LIMIT): string {
  return unit.repeat(Math.floor(bytes / Buffer.byteLength(unit)));
}

function read(path: string): string {
  return readFileSync(fileURLToPath(new URL(path, import.meta.url)), 'utf8');
}

const page = read('../e2e/articles/strikes.html');
const body = page.slice(page.indexOf('<article>'), page.indexOf('</article>'));
const md = read('../e2e/articles/kherson.md');
const article = read('../bench/articles/ten-days-in-october.txt');

const cases: [string, () => unknown][] = [
  [
    'htmlToText: 2 MB page (strikes.html article repeated)',
    () => htmlToText(`<html><body>${fill(body, LIMIT - 30)}</body></html>`),
  ],
  ['markdownToText: 2 MB (kherson.md repeated)', () => markdownToText(fill(md))],
  [
    'decodeArticleBytes: 2 MB UTF-8 plain text',
    () => decodeArticleBytes(new TextEncoder().encode(fill(article)), 'a.txt'),
  ],
  ['checkArticleText: 2 MB', () => checkArticleText(fill(article))],
  ['guessMeta: 2 MB', () => guessMeta(fill(article))],
  ['hostile htmlToText: 2 MB of "<"', () => htmlToText('<'.repeat(LIMIT))],
  [
    'hostile htmlToText: 200,000 nested <div><span> + stray end tags',
    () => htmlToText('<div><span>'.repeat(100_000) + 'x' + '</b></i>'.repeat(100_000)),
  ],
  ['hostile htmlToText: 2 MB of "<a " (one unclosed tag)', () => htmlToText(fill('<a '))],
  ['hostile htmlToText: 2 MB of "<!--x-->"', () => htmlToText(fill('<!--x-->'))],
  ['hostile htmlToText: 2 MB of "<p>x &amp; y</p>"', () => htmlToText(fill('<p>x &amp; y</p>'))],
  ['hostile markdownToText: 2 MB of "*" on one line', () => markdownToText('*'.repeat(LIMIT))],
  ['hostile markdownToText: 2 MB of "[a](" on one line', () => markdownToText(fill('[a]('))],
  ['hostile markdownToText: 2 MB of "![x][" on one line', () => markdownToText(fill('![x]['))],
  ['hostile checkArticleText: 2 MB without a line break', () => checkArticleText('x'.repeat(LIMIT))],
];

console.log(
  `input bench — ${cpus().length} cores, load ${loadavg()[0]?.toFixed(1)}; best of ${ROUNDS} rounds`,
);
for (const [name, run] of cases) {
  let best = Infinity;
  for (let r = 0; r < ROUNDS; r++) {
    const t = performance.now();
    run();
    best = Math.min(best, performance.now() - t);
  }
  console.log(`${best.toFixed(1).padStart(8)} ms  ${name}`);
}
