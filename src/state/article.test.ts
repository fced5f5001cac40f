import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { linkArticle, paragraphs } from '../linking';
import type { Mention } from '../linking/types';
import { buildArticleModel, displayBlocks, readingNote, spelledNote, variantSpellings } from './article';
import { parseGazetteer } from './data';

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

describe('headings in a plain text', () => {
  const gazetteer = parseGazetteer(JSON.parse(readFileSync('data/gazetteer.json', 'utf8')));
  const kinds = (text: string) => displayBlocks(text, paragraphs(text)).map((b) => b.kind);
  const model = (text: string) =>
    buildArticleModel(text, paragraphs(text), linkArticle(text, gazetteer), gazetteer.entries);

  // Written for this test in the style of a wire story with crossheads.
  const story = [
    'Ukraine retakes Lyman as Moscow signs its annexation treaties',
    'KYIV, Ukraine — Ukrainian troops entered Lyman on Saturday, a day after the Kremlin ceremony.',
    'Lyman',
    'The railway town had been held by Russian forces since May. Its station was badly damaged.',
    'Battle for Kherson',
    'Fighting went on in the south, officials said.',
    'Reporting by a staff correspondent',
  ].join('\n\n');

  it('reads a headline, subheadings and paragraphs; a sign-off at the end stays a paragraph', () => {
    expect(kinds(story)).toEqual([
      'headline',
      'paragraph',
      'heading',
      'paragraph',
      'heading',
      'paragraph',
      'paragraph',
    ]);
  });

  it('takes no sentence, list lead-in, byline, dateline or run of short lines for a heading', () => {
    expect(kinds('Troops withdrew.\n\nMore followed.')).toEqual(['paragraph', 'paragraph']);
    expect(kinds('Intro\n\nThe regions were:\n\nText.')).toEqual(['headline', 'paragraph', 'paragraph']);
    expect(kinds('Text.\n\nBy Olena Petrenko\n\nText.')).toEqual(['paragraph', 'paragraph', 'paragraph']);
    expect(kinds('Text.\n\nKYIV, Ukraine\n\nText.')).toEqual(['paragraph', 'paragraph', 'paragraph']);
    expect(kinds('Text.\n\nKherson\n\nZaporizhzhia\n\nDonetsk\n\nThe four regions voted.')).toEqual([
      'paragraph',
      'paragraph',
      'paragraph',
      'paragraph',
      'paragraph',
    ]);
    expect(kinds('Text.\n\nshort lower-case line\n\nText.')).toEqual(['paragraph', 'paragraph', 'paragraph']);
    expect(kinds('Text.\n\nLyman\nand more on a second line\n\nText.')).toEqual([
      'paragraph',
      'paragraph',
      'paragraph',
    ]);
  });

  it('reads a question between paragraphs as a subheading, as an explainer has them, but not a quoted one', () => {
    // Written for this test in the style of an explainer.
    const explainer = [
      'Why Lyman matters to both armies',
      'The town sits on a railway junction that fed Russian units in the north of Donetsk region.',
      'What happens to the garrison?',
      'Officials in Kyiv said several thousand Russian troops were close to being cut off.',
      'Can Moscow hold the rest of the region?',
      'Military observers said the fall of the town would open the road to Kreminna.',
      'Reporting by the desk',
    ].join('\n\n');
    expect(kinds(explainer)).toEqual([
      'headline',
      'paragraph',
      'heading',
      'paragraph',
      'heading',
      'paragraph',
      'paragraph',
    ]);
    // Speech in quotation marks, a question with its answer in the same paragraph, a run of questions: paragraphs.
    for (const text of [
      'Text.\n\n“Where will we go now?”\n\nText.',
      "Text.\n\n'Who fired first?'\n\nText.",
      'Text.\n\nWho fired first? Nobody would say.\n\nText.',
      'Text.\n\nWho fired?\n\nWhen?\n\nText.',
    ])
      expect(kinds(text), text).toEqual(paragraphs(text).map(() => 'paragraph'));
  });

  it('keeps the line under a headline (a standfirst, a credit) a paragraph', () => {
    expect(kinds('Troops close a ring around Lyman\n\nA dispatch from the front\n\nText.')).toEqual([
      'headline',
      'paragraph',
      'paragraph',
    ]);
  });

  it('leaves the default article as it was: its dateline, then paragraphs', () => {
    const text = readFileSync('data/annexation-ceremony.txt', 'utf8');
    const all = kinds(text);
    expect(all[0]).toBe('dateline');
    expect(all.slice(1).every((k) => k === 'paragraph')).toBe(true);
  });

  it("lists no heading among a place's passages, unless the place is named nowhere else", () => {
    const article = model(story);
    const idOf = (surface: string) => article.mentions.find((m) => m.surface === surface)?.featureId ?? '';
    const sentenceText = (i: number) => {
      const s = article.sentences[i];
      return s ? story.slice(s.start, s.end) : '';
    };
    const lyman = article.sentencesByPlace.get(idOf('Lyman')) ?? [];
    // Named in the headline, the heading and one sentence: only the sentence is a passage.
    expect(lyman.map(sentenceText)).toEqual([
      'Ukrainian troops entered Lyman on Saturday, a day after the Kremlin ceremony.',
    ]);
    // Named only in a heading: that heading is its passage.
    const kherson = article.sentencesByPlace.get(idOf('Kherson')) ?? [];
    expect(kherson.map(sentenceText)).toEqual(['Battle for Kherson']);
    // The mentions in headings are still there: a name in a heading selects its place.
    expect(article.mentions.filter((m) => m.surface === 'Lyman')).toHaveLength(3);
  });
});
