import { describe, expect, it } from 'vitest';
import { checkArticleText, formatSize, MAX_ARTICLE_BYTES, utf8Length } from './check';

describe('checkArticleText', () => {
  it('refuses empty and whitespace-only text', () => {
    for (const text of ['', '   ', '\n\n\t \r\n', '\u00A0\u2003']) {
      expect(checkArticleText(text)).toEqual({
        ok: false,
        message: 'The article is empty: paste its text or choose a file.',
      });
    }
  });

  it('refuses text over 2 MB, counted in UTF-8 bytes, and says how large it is', () => {
    const ascii = checkArticleText('a'.repeat(MAX_ARTICLE_BYTES + 1));
    expect(ascii.ok).toBe(false);
    expect(!ascii.ok && ascii.message).toBe(
      'The article is 2,097,153 bytes; the limit is 2 MB. Open one article at a time.',
    );
    // 1.2 million Cyrillic letters are 2.4 MB of UTF-8 though fewer than 2 million characters.
    const cyrillic = checkArticleText('Київ'.repeat(300_000));
    expect(!cyrillic.ok && cyrillic.message).toMatch(/^The article is 2\.3 MB; the limit is 2 MB/);
    expect(checkArticleText('a'.repeat(MAX_ARTICLE_BYTES)).ok).toBe(true);
  });

  it('removes control characters and says so; keeps tabs and line endings as given', () => {
    const result = checkArticleText('KYIV\r\nA\u0000B\u0007\tC\rD\u009F');
    expect(result).toEqual({
      ok: true,
      text: 'KYIV\r\nAB\tC\rD',
      warnings: ['3 control characters were removed (they are not text).'],
    });
  });

  it('turns form feeds into line breaks and lone surrogates into U+FFFD (same length)', () => {
    const result = checkArticleText('Page one\fPage two \uD800');
    expect(result.ok && result.text).toBe('Page one\nPage two \uFFFD');
  });

  it('refuses text that is only control characters', () => {
    expect(checkArticleText('\u0001\u0002').ok).toBe(false);
  });

  it('warns about a very long stretch without a line break', () => {
    const result = checkArticleText(`${'Kyiv. '.repeat(90_000)}\nEnd.`);
    expect(result.ok && result.warnings).toEqual([
      '527.3 KB of the text has no line break: it is shown as one paragraph, which is slow to read.',
    ]);
    expect(
      checkArticleText('Short.\n'.repeat(1000)).ok && checkArticleText('Short.\n'.repeat(1000)),
    ).toMatchObject({
      warnings: [],
    });
  });

  it('warns about HTML source pasted as text', () => {
    const result = checkArticleText('<!DOCTYPE html><html><body><p>Kyiv</p></body></html>');
    expect(result.ok && result.warnings[0]).toMatch(/looks like HTML source/);
    expect(
      checkArticleText('Losses <5% in <b>Lyman</b>.').ok && checkArticleText('x <b>y</b>'),
    ).toMatchObject({
      warnings: [],
    });
  });
});

describe('utf8Length and formatSize', () => {
  it('counts UTF-8 bytes', () => {
    expect(utf8Length('Kyiv’s')).toBe(8);
    expect(utf8Length('𝕂')).toBe(4);
    expect(utf8Length('\uD800')).toBe(3);
  });

  it('words sizes', () => {
    expect(formatSize(1)).toBe('1 byte');
    expect(formatSize(812)).toBe('812 bytes');
    expect(formatSize(14_540)).toBe('14.2 KB');
    expect(formatSize(2 * 1024 * 1024)).toBe('2 MB');
  });
});
