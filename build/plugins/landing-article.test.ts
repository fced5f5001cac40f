import { describe, expect, it } from 'vitest';
import { parsePreparedArticle } from './landing-article';

const article = {
  id: 'published-0123456789ab',
  text: 'Kyiv held.',
  meta: { title: 'T', source: 'S', date: 'D' },
  paragraphs: [{ start: 0, end: 10 }],
  links: { sentences: [{ start: 0, end: 10 }], mentions: [] },
};

describe('parsePreparedArticle', () => {
  it('splits the article from the extra gazetteer entries', () => {
    const entry = { id: 'gn:1', name: 'Kreminna' };
    expect(parsePreparedArticle({ ...article, entries: [entry] }, 'a.json')).toEqual({
      article,
      entries: [entry],
    });
    expect(parsePreparedArticle(article, 'a.json').entries).toEqual([]);
  });

  it.each([
    ['not an object', [], 'not an object'],
    ['no text', { ...article, text: ' ' }, 'no text'],
    ['meta without a date', { ...article, meta: { title: 'T', source: 'S' } }, 'meta needs title'],
    ['links without mentions', { ...article, links: { sentences: [] } }, 'links need sentences and mentions'],
    ['entries that are not a list', { ...article, entries: {} }, 'entries must be an array'],
  ])('refuses %s, naming the file', (_what, json, why) => {
    expect(() => parsePreparedArticle(json, '/tmp/x/article.json')).toThrow(
      `landing-article: /tmp/x/article.json is not a prepared article (${why}`,
    );
  });
});
