/**
 * The 1,500-word article the issue measures a published site and a share link with: the default article, then
 * the linker's annotated test articles (written for this project as wire reports), paragraph by paragraph, until
 * 1,500 words. Deterministic, so runs compare.
 */
import { readFileSync } from 'node:fs';
import { ARTICLES } from '../src/linking/articles';

export const BENCH_ARTICLE_WORDS = 1500;

const words = (s: string): number => s.split(/\s+/).filter(Boolean).length;

export function benchArticle(): string {
  const paragraphs: string[] = [];
  const sources = [readFileSync(new URL('../data/annexation-ceremony.txt', import.meta.url), 'utf8')].concat(
    ARTICLES.map((a) => a.text),
  );
  let count = 0;
  for (const source of sources) {
    for (const paragraph of source.split(/\n\s*\n/).map((p) => p.trim())) {
      if (paragraph === '' || count >= BENCH_ARTICLE_WORDS) continue;
      const left = BENCH_ARTICLE_WORDS - count;
      const kept = words(paragraph) <= left ? paragraph : paragraph.split(/\s+/).slice(0, left).join(' ');
      paragraphs.push(kept);
      count += words(kept);
    }
  }
  return paragraphs.join('\n\n');
}
