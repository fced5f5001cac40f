import { describe, expect, it } from 'vitest';
import type { LinkResult, Mention } from '../linking/types';
import { applySharedLinks, correctionsOf, readCorrections } from './sharedLinks';
import type { ArticleModel } from './article';

const TEXT = 'Kyiv said Lyman was retaken. Kreminna is next.';
const mention = (start: number, end: number, featureId: string, sentence = 0): Mention => ({
  sentence,
  start,
  end,
  surface: TEXT.slice(start, end),
  featureId,
  reading: 'metonym',
  rule: 'possessive',
});
const LINKED: LinkResult = {
  sentences: [
    { index: 0, start: 0, end: 28 },
    { index: 1, start: 29, end: TEXT.length },
  ],
  mentions: [mention(0, 4, 'kyiv'), mention(10, 15, 'lyman')],
};

describe('readCorrections', () => {
  it('takes a well-formed list of in-range, ordered links', () => {
    expect(
      readCorrections(
        {
          v: 1,
          links: [
            [0, 4, 'kyiv'],
            [29, 37, 'kreminna'],
          ],
        },
        TEXT.length,
      ),
    ).toEqual({
      ok: true,
      links: [
        [0, 4, 'kyiv'],
        [29, 37, 'kreminna'],
      ],
    });
  });

  it.each([
    ['not an object', 'links', /not a list/],
    ['another version', { v: 2, links: [] }, /another version/],
    ['links not a list', { v: 1, links: 'x' }, /not a list/],
    ['a damaged triple', { v: 1, links: [[0, 4]] }, /damaged/],
    ['a fractional offset', { v: 1, links: [[0.5, 4, 'kyiv']] }, /damaged/],
    ['an empty id', { v: 1, links: [[0, 4, '']] }, /damaged/],
    ['a huge id', { v: 1, links: [[0, 4, 'x'.repeat(201)]] }, /damaged/],
    ['past the text', { v: 1, links: [[40, 400, 'kyiv']] }, /does not fit/],
    ['an empty range', { v: 1, links: [[4, 4, 'kyiv']] }, /does not fit/],
    [
      'overlapping links',
      {
        v: 1,
        links: [
          [0, 4, 'kyiv'],
          [2, 6, 'lyman'],
        ],
      },
      /does not fit/,
    ],
    ['a negative offset', { v: 1, links: [[-1, 4, 'kyiv']] }, /does not fit/],
  ])('refuses %s, whole', (_, value, reason) => {
    const read = readCorrections(value, TEXT.length);
    expect(read.ok).toBe(false);
    if (!read.ok) expect(read.reason).toMatch(reason);
  });
});

describe('applySharedLinks', () => {
  it('replaces the linker’s links: unchanged ones keep their reading, new ones are a person’s', () => {
    const { links, unknown } = applySharedLinks(
      TEXT,
      LINKED,
      [
        [0, 4, 'kyiv'],
        [29, 37, 'kreminna'],
      ],
      () => true,
    );
    expect(unknown).toBe(0);
    expect(links.sentences).toBe(LINKED.sentences);
    expect(links.mentions).toEqual([
      mention(0, 4, 'kyiv'),
      {
        sentence: 1,
        start: 29,
        end: 37,
        surface: 'Kreminna',
        featureId: 'kreminna',
        reading: 'literal',
        rule: 'person',
      },
    ]);
  });

  it('a link moved to another place is a person’s; links to unknown places are left out and counted', () => {
    const { links, unknown } = applySharedLinks(
      TEXT,
      LINKED,
      [
        [0, 4, 'kyiv-oblast'],
        [10, 15, 'nowhere'],
      ],
      (id) => id !== 'nowhere',
    );
    expect(unknown).toBe(1);
    expect(links.mentions).toEqual([{ ...mention(0, 4, 'kyiv-oblast'), rule: 'person' }]);
  });
});

describe('correctionsOf', () => {
  it('carries every link of a corrected article, and nothing for one the linker’s links stand for', () => {
    const model = { mentions: LINKED.mentions, corrected: true } as unknown as ArticleModel;
    expect(correctionsOf(model)).toEqual({
      v: 1,
      links: [
        [0, 4, 'kyiv'],
        [10, 15, 'lyman'],
      ],
    });
    expect(correctionsOf({ ...model, corrected: false })).toBeUndefined();
  });

  it('round-trips through readCorrections', () => {
    const model = { mentions: LINKED.mentions, corrected: true } as unknown as ArticleModel;
    const read = readCorrections(JSON.parse(JSON.stringify(correctionsOf(model))), TEXT.length);
    expect(read).toEqual({ ok: true, links: correctionsOf(model)?.links });
  });
});
