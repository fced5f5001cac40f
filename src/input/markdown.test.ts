import { describe, expect, it } from 'vitest';
import { markdownToText } from './markdown';

describe('markdownToText', () => {
  it('keeps paragraphs and joins soft-wrapped lines, as a rendered page shows them', () => {
    const md =
      '# Lyman retaken\n\nUkrainian troops entered\nLyman on Saturday.\n\nRussia called it a regrouping.';
    expect(markdownToText(md)).toEqual({
      text: 'Lyman retaken\n\nUkrainian troops entered Lyman on Saturday.\n\nRussia called it a regrouping.',
      title: 'Lyman retaken',
    });
  });

  it('removes emphasis, code and link markup but keeps their text; drops images', () => {
    expect(
      markdownToText(
        'Forces **pushed** _south_ of `Davydiv Brid` toward [Dudchany](https://example.test/map "map") ![shell](x.jpg).',
      ).text,
    ).toBe('Forces pushed south of Davydiv Brid toward Dudchany .');
  });

  it('keeps characters that are not markup: 5 * 3, snake_case, [editor’s insertions], escaped stars', () => {
    expect(markdownToText('5 * 3 km, file_name_here, "[the mayor] said", \\*not emphasis\\*').text).toBe(
      '5 * 3 km, file_name_here, "[the mayor] said", *not emphasis*',
    );
  });

  it('puts list items on their own lines without bullets, keeps ordered numbers', () => {
    expect(
      markdownToText('Villages retaken:\n\n- Arkhanhelske\n* Mykhailivka\n\n1. Kherson\n2. Beryslav').text,
    ).toBe('Villages retaken:\n\nArkhanhelske\nMykhailivka\n\n1. Kherson\n2. Beryslav');
  });

  it('does not read a wrapped line that starts with a year as a list item', () => {
    expect(markdownToText('The offensive began in February\n2022. It went on.').text).toBe(
      'The offensive began in February 2022. It went on.',
    );
  });

  it('drops front matter but takes its title', () => {
    expect(markdownToText('---\ntitle: "Strikes on Zaporizhzhia"\ndate: 2022-10-06\n---\n\nBody.')).toEqual({
      text: 'Body.',
      title: 'Strikes on Zaporizhzhia',
    });
  });

  it('reads setext headings, block quotes, thematic breaks, hard breaks and tables', () => {
    const md = [
      'Referendum in Kherson',
      '=====================',
      '',
      '> "We did not vote,"',
      '> a resident said.',
      '',
      '***',
      'Line one  ',
      'line two',
      '',
      '| Region | Turnout |',
      '|--------|--------:|',
      '| Kherson | 76% |',
    ].join('\n');
    expect(markdownToText(md)).toEqual({
      text: 'Referendum in Kherson\n\n"We did not vote," a resident said.\n\nLine one\nline two\n\nRegion; Turnout\nKherson; 76%',
      title: 'Referendum in Kherson',
    });
  });

  it('drops raw HTML tags, comments and script contents', () => {
    const md =
      'Before <span class="x">inline</span>.\n\n<!-- a\ncomment -->\n<script>\nalert(1)\n</script>\n\nAfter <https://example.test/a>.';
    expect(markdownToText(md).text).toBe('Before inline.\n\nAfter https://example.test/a.');
  });

  it('keeps code fence contents as lines and drops the fences', () => {
    expect(markdownToText('```text\nKYIV\nMOSCOW\n```\nAfter.').text).toBe('KYIV\nMOSCOW\n\nAfter.');
  });

  it('decodes entities', () => {
    expect(markdownToText('Kyiv&rsquo;s &amp; Lviv').text).toBe('Kyiv’s & Lviv');
  });

  it('reads hostile lines once: half a megabyte of one delimiter', () => {
    for (const unit of ['*', '[', '](', '![', '<a ', '`', '_a']) {
      const md = unit.repeat(Math.ceil(500_000 / unit.length));
      expect(typeof markdownToText(md).text).toBe('string');
    }
    expect(markdownToText('[a'.repeat(100_000)).text).toBe('[a'.repeat(100_000));
  });
});
