import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { checkArticleText, decodeArticleBytes, guessMeta } from './index';

// The end-to-end test articles (e2e/articles/README.md) read through the same path a dropped file takes.
function open(name: string): { text: string; title?: string; format: string } {
  const bytes = new Uint8Array(readFileSync(new URL(`../../e2e/articles/${name}`, import.meta.url)));
  const decoded = decodeArticleBytes(bytes, name);
  if (!decoded.ok) throw new Error(decoded.message);
  const checked = checkArticleText(decoded.text);
  if (!checked.ok) throw new Error(checked.message);
  expect(checked.warnings).toEqual([]);
  return decoded;
}

describe('the e2e test articles', () => {
  it('strikes.html: the article only, nothing from its hostile markup', () => {
    const { text, title, format } = open('strikes.html');
    expect(format).toBe('html');
    expect(title).toBe('Missiles hit Zaporizhzhia and Odesa region as Moldova protests');
    expect(
      text.startsWith('Missiles hit Zaporizhzhia and Odesa region as Moldova protests\n\nBy a staff'),
    ).toBe(true);
    expect(text).toContain('The foreign ministry in Chișinău summoned');
    expect(text.endsWith('This is our city.”')).toBe(true);
    for (const hidden of [
      'Minsk',
      'Hrodna',
      'Brest',
      'Tiraspol',
      'Kerch',
      'alert',
      'evil',
      'javascript',
      'Injected',
      'Subscribe',
      'Flash',
      'Template',
      '<',
      '&',
    ]) {
      expect(text).not.toContain(hidden);
    }
    expect(guessMeta(text)).toEqual({ title, source: '', date: '10 October 2022' });
  });

  it('kherson.md: paragraphs without Markdown markup, title from front matter', () => {
    const { text, title, format } = open('kherson.md');
    expect(format).toBe('markdown');
    expect(title).toBe('Ukrainian tanks roll south along the Dnipro as Kherson front gives way');
    expect(text).not.toMatch(/[*#>`]|\]\(|^- |^title:/m);
    expect(text).toContain('along the west bank of the Dnipro in the fastest');
    expect(text).toContain('\nthe villages of Zolota Balka and Khreshchenivka, further north;\n');
  });

  it('lyman.txt and referendum.txt: plain text kept as written, meta from the dateline', () => {
    const lyman = open('lyman.txt');
    expect(lyman.format).toBe('plain');
    expect(lyman.text).toBe(readFileSync(new URL('../../e2e/articles/lyman.txt', import.meta.url), 'utf8'));
    expect(guessMeta(lyman.text)).toEqual({
      title: 'Ukrainian flag goes up over Lyman as Russian troops pull out',
      source: 'AP',
      date: '',
    });
    expect(guessMeta(open('referendum.txt').text)).toEqual({
      title: 'Russia’s parliament rubber-stamps annexation as Ukraine gains ground in the south'.replace(
        '’',
        "'",
      ),
      source: 'Reuters',
      date: 'Oct 3',
    });
  });
});
