import { describe, expect, it } from 'vitest';
import { lineRanges, paragraphs, segmentSentences } from './segment';

/** The sentences of `text` as strings, which reads better in assertions than offsets. */
function sentencesOf(text: string): string[] {
  return segmentSentences(text).map((s) => text.slice(s.start, s.end));
}

describe('segmentSentences', () => {
  it('gives nothing for empty or blank text', () => {
    expect(segmentSentences('')).toEqual([]);
    expect(segmentSentences(' \n\t\r\n ')).toEqual([]);
  });

  it('makes an all-caps dateline its own sentence and excludes the line break', () => {
    expect(segmentSentences('MOSCOW\nRussia is expected to act.')).toEqual([
      { index: 0, start: 0, end: 6 },
      { index: 1, start: 7, end: 33 },
    ]);
  });

  it('does not end a sentence after a title', () => {
    expect(sentencesOf('Mr. Smith went to Kyiv. He left.')).toEqual(['Mr. Smith went to Kyiv.', 'He left.']);
    expect(sentencesOf('Gen. X inspected the troops. Dr. Y and Mrs. Z stayed.')).toEqual([
      'Gen. X inspected the troops.',
      'Dr. Y and Mrs. Z stayed.',
    ]);
    expect(sentencesOf('He flew to St. Petersburg. It rained.')).toEqual([
      'He flew to St. Petersburg.',
      'It rained.',
    ]);
  });

  it('does not end a sentence inside an initialism or after an initial', () => {
    expect(sentencesOf('Officials said the U.S. said nothing. Then it did.')).toEqual([
      'Officials said the U.S. said nothing.',
      'Then it did.',
    ]);
    expect(sentencesOf('U.S. President Joe Biden spoke. Vladimir V. Putin did not.')).toEqual([
      'U.S. President Joe Biden spoke.',
      'Vladimir V. Putin did not.',
    ]);
  });

  it('keeps a month abbreviation with its day but lets it end a sentence otherwise', () => {
    expect(sentencesOf('A ceremony on Sept. 30 follows. It is lavish.')).toEqual([
      'A ceremony on Sept. 30 follows.',
      'It is lavish.',
    ]);
    expect(sentencesOf('Room No. 5 is shut.')).toEqual(['Room No. 5 is shut.']);
  });

  it('keeps a quoted exclamation with the words that follow it', () => {
    expect(sentencesOf('“Russia! Russia!” they chanted. Police watched.')).toEqual([
      '“Russia! Russia!” they chanted.',
      'Police watched.',
    ]);
  });

  it('splits a quotation of several full sentences into them, but not a quoted fragment or an ellipsis', () => {
    expect(sentencesOf('"We will win. They will lose," he said. Nobody cheered.')).toEqual([
      '"We will win.',
      'They will lose," he said.',
      'Nobody cheered.',
    ]);
    expect(sentencesOf('“We have cleared Lyman. The last groups are surrendering now,” he said.')).toEqual([
      '“We have cleared Lyman.',
      'The last groups are surrendering now,” he said.',
    ]);
    expect(sentencesOf('“Dudchany … it is in this area. We are close,” he said.')).toEqual([
      '“Dudchany … it is in this area.',
      'We are close,” he said.',
    ]);
    expect(sentencesOf('"Our lines simply did not exist... Nobody told the men," one wrote.')).toEqual([
      '"Our lines simply did not exist... Nobody told the men," one wrote.',
    ]);
    expect(sentencesOf('He called it “a sham. Void.” Nobody agreed.')).toEqual([
      'He called it “a sham. Void.”',
      'Nobody agreed.',
    ]);
  });

  it('leaves a bullet or dash opening a line out of the sentence', () => {
    expect(
      sentencesOf(
        'Highlights:\n- Troops entered Lyman. They met no one.\n• Kyiv said so.\n— Moscow did not.',
      ),
    ).toEqual([
      'Highlights:',
      'Troops entered Lyman.',
      'They met no one.',
      'Kyiv said so.',
      'Moscow did not.',
    ]);
    expect(sentencesOf('-\n--5 degrees')).toEqual(['-', '--5 degrees']);
  });

  it('makes no sentence of a line holding only links or hashtags', () => {
    expect(
      sentencesOf('Troops entered Lyman.\n#Lyman #Ukraine\nhttps://t.me/x/1 www.example.org\nThe end.'),
    ).toEqual(['Troops entered Lyman.', 'The end.']);
    expect(sentencesOf('See https://t.me/x for more.')).toEqual(['See https://t.me/x for more.']);
  });

  it('makes a dateline opening a line a sentence of its own', () => {
    expect(sentencesOf('KYIV, Ukraine (AP) — Troops entered Lyman. They met no one.')).toEqual([
      'KYIV, Ukraine (AP) —',
      'Troops entered Lyman.',
      'They met no one.',
    ]);
    expect(sentencesOf('MOSCOW, Sept. 30 (Reuters) - Putin signed.')).toEqual([
      'MOSCOW, Sept. 30 (Reuters) -',
      'Putin signed.',
    ]);
    expect(sentencesOf('NEW YORK — It rained.')).toEqual(['NEW YORK —', 'It rained.']);
    expect(sentencesOf('Kyiv, Ukraine — It rained.')).toEqual(['Kyiv, Ukraine — It rained.']);
  });

  it('ends a sentence after a closing quote when a new sentence starts', () => {
    expect(sentencesOf('It has "no place in the modern world." The vote is Friday.')).toEqual([
      'It has "no place in the modern world."',
      'The vote is Friday.',
    ]);
    expect(sentencesOf('He called it “urgent.” Nobody came.')).toEqual([
      'He called it “urgent.”',
      'Nobody came.',
    ]);
  });

  it('does not let an unclosed quote swallow the rest of the line', () => {
    expect(sentencesOf('He said "no. Then it ended. Fine.')).toEqual([
      'He said "no.',
      'Then it ended.',
      'Fine.',
    ]);
  });

  it('ends a sentence after a number', () => {
    expect(sentencesOf('Crimea was annexed in 2014. Together they make 20 percent.')).toEqual([
      'Crimea was annexed in 2014.',
      'Together they make 20 percent.',
    ]);
    expect(sentencesOf('Growth was 3.5 percent. Prices rose 10.')).toEqual([
      'Growth was 3.5 percent.',
      'Prices rose 10.',
    ]);
  });

  it('splits on ! and ? and ellipses, but not before a lower-case word', () => {
    expect(sentencesOf('Is it over? No! Wait… Then well... maybe.')).toEqual([
      'Is it over?',
      'No!',
      'Wait…',
      'Then well... maybe.',
    ]);
  });

  it('treats CRLF, CR and U+2028 as line breaks', () => {
    const text = 'MOSCOW\r\nFirst one. Second one.\r\n\r\nThird.\rFourth.\u2028Fifth.';
    expect(sentencesOf(text)).toEqual(['MOSCOW', 'First one.', 'Second one.', 'Third.', 'Fourth.', 'Fifth.']);
    expect(segmentSentences(text)[1]).toEqual({ index: 1, start: 8, end: 18 });
  });

  it('excludes surrounding whitespace of every kind', () => {
    const text = '\ufeff  \u00a0Kyiv said so.\t \n';
    const [only] = segmentSentences(text);
    expect(only && text.slice(only.start, only.end)).toBe('Kyiv said so.');
  });
});

describe('lineRanges', () => {
  it('keeps empty lines and the last line', () => {
    expect(lineRanges('a\r\n\nb')).toEqual([
      { start: 0, end: 1 },
      { start: 3, end: 3 },
      { start: 4, end: 5 },
    ]);
    expect(lineRanges('')).toEqual([{ start: 0, end: 0 }]);
  });
});

describe('paragraphs', () => {
  it('groups lines between blank lines and keeps the line breaks inside', () => {
    const text = 'MOSCOW\nFirst.\n\n  \nSecond.\nThird.\n';
    expect(paragraphs(text).map((p) => text.slice(p.start, p.end))).toEqual([
      'MOSCOW\nFirst.',
      'Second.\nThird.',
    ]);
    expect(paragraphs(text).map((p) => p.index)).toEqual([0, 1]);
  });

  it('handles CRLF and blank text', () => {
    const text = 'One.\r\nTwo.\r\n\r\nThree.';
    expect(paragraphs(text).map((p) => text.slice(p.start, p.end))).toEqual(['One.\r\nTwo.', 'Three.']);
    expect(paragraphs('\n \n')).toEqual([]);
  });
});
