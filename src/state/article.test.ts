import { describe, expect, it } from 'vitest';
import type { Mention } from '../linking/types';
import { readingNote, spelledNote, variantSpellings } from './article';

const mention = (surface: string, featureId: string, reading: Mention['reading'] = 'literal'): Mention => ({
  sentence: 0,
  start: 0,
  end: surface.length,
  surface,
  featureId,
  reading,
  rule: 'default',
});

describe('how the passages list explains a mention', () => {
  it('lists spellings that differ from the canonical name, not case or apostrophe style', () => {
    const mentions = [
      mention('Lugansk', 'UA-09'),
      mention('LUHANSK', 'UA-09'),
      mention('Luhans’k', 'UA-09'),
      mention("Luhans'k", 'UA-09'),
      mention('Lugansk', 'UA-09'),
      mention('Kiev', 'gn:703448'),
    ];
    expect(variantSpellings(mentions, 'UA-09', 'Luhansk')).toEqual(['Lugansk', 'Luhans’k']);
    expect(variantSpellings(mentions, 'gn:703448', 'Kyiv')).toEqual(['Kiev']);
    expect(variantSpellings([mention('Ukrainian', 'UA', 'adjective')], 'UA', 'Ukraine')).toEqual([]);
  });

  it('words the note', () => {
    expect(spelledNote([])).toBeUndefined();
    expect(spelledNote(['Lugansk'])).toBe('spelled ‘Lugansk’ in the article');
    expect(spelledNote(['Lugansk', 'Luhans’k'])).toBe('spelled ‘Lugansk’ and ‘Luhans’k’ in the article');
  });

  it('explains metonyms and adjectives, and says nothing of plain mentions', () => {
    expect(readingNote(mention('Kyiv', 'gn:703448', 'metonym'), 'Kyiv')).toBe(
      'Kyiv here stands for its government or forces (metonym)',
    );
    expect(readingNote(mention('Russian', 'RU', 'adjective'), 'Russia')).toBe('an adjective from Russia');
    expect(readingNote(mention('Kyiv', 'gn:703448'), 'Kyiv')).toBeUndefined();
  });
});
