import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { htmlToText } from './html';
import { decodeEntities } from './entities';

describe('htmlToText', () => {
  it('keeps headings, paragraphs, list items and quotes as paragraphs separated by a blank line', () => {
    const html = `<!doctype html><html><head><title>Lyman falls | Example News</title></head><body>
      <article><h1>Russian troops leave Lyman</h1>
      <p>Ukrainian forces entered
         the town of   Lyman on Saturday.</p>
      <ul><li>Kreminna</li><li>Svatove</li></ul>
      <blockquote>We are staying, the mayor said.</blockquote></article></body></html>`;
    expect(htmlToText(html)).toEqual({
      text: [
        'Russian troops leave Lyman',
        'Ukrainian forces entered the town of Lyman on Saturday.',
        'Kreminna',
        'Svatove',
        'We are staying, the mayor said.',
      ].join('\n\n'),
      title: 'Russian troops leave Lyman',
    });
  });

  it('turns <br> into a line break and <br><br> into a paragraph break', () => {
    expect(htmlToText('<p>KYIV<br>Shelling resumed.<br><br>Later, calm.</p>').text).toBe(
      'KYIV\nShelling resumed.\n\nLater, calm.',
    );
  });

  it('takes <title> when there is no <h1>, and decodes it', () => {
    expect(htmlToText('<title>Kherson &amp; Mykolaiv</title><p>Text.</p>')).toEqual({
      text: 'Text.',
      title: 'Kherson & Mykolaiv',
    });
    expect(htmlToText('<p>No title here.</p>').title).toBeUndefined();
  });

  it('reads a page whose <head> is never closed', () => {
    expect(
      htmlToText('<html><head><title>Odesa</title><meta charset=utf-8><p>Drones hit Odesa.</p>'),
    ).toEqual({
      text: 'Drones hit Odesa.',
      title: 'Odesa',
    });
  });

  it('takes only the heading block as the title when an <h1> is never closed', () => {
    expect(htmlToText('<h1>Headline<p>Body one.</p><p>Body two.</p>').title).toBe('Headline');
  });

  it('drops scripts, styles, iframes, objects, forms controls, svg and templates with their content', () => {
    const html = `<p>Before.</p>
      <script>document.write('<p>injected</p>')</script>
      <style>p { color: red } </style>
      <noscript>Enable JavaScript</noscript>
      <iframe src="https://evil.test/"><p>frame fallback</p></iframe>
      <object data="x.swf">object fallback</object>
      <form><label>Search</label><input value="typed"><select><option>Kharkiv</option></select>
        <button>Send to Odesa</button><textarea>Mariupol</textarea></form>
      <svg><text>Donetsk</text></svg><math><mi>x</mi></math>
      <template><p>Luhansk</p></template>
      <video>Your browser cannot play Kherson video</video>
      <p>After.</p>`;
    const { text } = htmlToText(html);
    expect(text).toBe('Before.\n\nSearch\n\nAfter.');
  });

  it('never lets attributes, event handlers or javascript: URLs reach the text', () => {
    const html = `<p onclick="alert('Kyiv')">Read <a href="javascript:alert(document.cookie)">this</a>
      <img src="https://tracker.test/p.gif" onerror="fetch('//evil.test')" alt="Crimea bridge">
      <a href='java&#x73;cript:alert(1)' title="Sevastopol > Yalta">now</a>.</p>`;
    const { text } = htmlToText(html);
    expect(text).toBe('Read this now.');
    for (const bad of ['alert', 'javascript', 'tracker', 'onerror', 'Crimea', 'Sevastopol', 'Yalta']) {
      expect(text).not.toContain(bad);
    }
  });

  it('drops page furniture (nav, aside, footer) but keeps it when nothing else is left', () => {
    const page =
      '<nav><a>Ukraine</a><a>Russia</a></nav><p>Article.</p><aside>Related: Moldova</aside><footer>©</footer>';
    expect(htmlToText(page).text).toBe('Article.');
    expect(htmlToText('<aside><p>Only an aside, about Moldova.</p></aside>').text).toBe(
      'Only an aside, about Moldova.',
    );
  });

  it('drops elements marked hidden or aria-hidden', () => {
    expect(htmlToText('<p>Seen.<span hidden>Unseen</span><span aria-hidden="true">★</span></p>').text).toBe(
      'Seen.',
    );
  });

  it('drops comments, CDATA, doctypes and processing instructions', () => {
    expect(
      htmlToText('<!-- Kyiv --><?xml version="1.0"?><![CDATA[Lviv]]><!DOCTYPE html><p>Text.</p>').text,
    ).toBe('Text.');
    expect(htmlToText('<p>A</p><!--> <p>B</p>').text).toBe('A\n\nB');
  });

  it('decodes named, decimal and hexadecimal entities, and Windows-1252 numbers', () => {
    expect(
      htmlToText(
        '<p>Kyiv&rsquo;s &#8220;line&#x201D; &mdash; 5&nbsp;km &#150; &eacute;t&eacute; &bogus; &amp</p>',
      ).text,
    ).toBe('Kyiv’s “line” — 5 km – été &bogus; &');
  });

  it('keeps line breaks inside <pre>', () => {
    expect(htmlToText('<pre>Line one\nLine two</pre>').text).toBe('Line one\nLine two');
  });

  it('separates table cells and rows', () => {
    expect(
      htmlToText(
        '<table><tr><td>Lyman</td><td>Donetsk</td></tr><tr><td>Izium</td><td>Kharkiv</td></tr></table>',
      ).text,
    ).toBe('Lyman Donetsk\n\nIzium Kharkiv');
  });

  it('treats a "<" that starts no tag as text', () => {
    expect(htmlToText('<p>Losses < 5% and 3 <4</p>').text).toBe('Losses < 5% and 3 <4');
  });

  it('ends an unclosed <svg> where a browser would, at the next paragraph', () => {
    expect(htmlToText('<svg><path d="M0 0"/><p>Still here.</p>').text).toBe('Still here.');
  });

  describe('hostile input', () => {
    it('survives 2 MB of "<"', () => {
      const { text } = htmlToText('<'.repeat(2 * 1024 * 1024));
      expect(text.length).toBe(2 * 1024 * 1024);
    });

    it('drops an unclosed tag, comment, quote or script at the end', () => {
      expect(htmlToText('<p>Kept.</p><div class="x').text).toBe('Kept.');
      expect(htmlToText('<p>Kept.</p><!-- never closed <p>Lost</p>').text).toBe('Kept.');
      expect(htmlToText('<p>Kept.</p><a title="never closed>Lost</a>').text).toBe('Kept.');
      expect(htmlToText('<p>Kept.</p><script>while(1){}').text).toBe('Kept.');
    });

    it('handles 100,000 nested tags and as many stray end tags', () => {
      const deep = '<div><span>'.repeat(100_000) + 'Deep.' + '</b></i>'.repeat(100_000);
      expect(htmlToText(deep).text).toBe('Deep.');
    });

    it('reads a broken tag as a browser does: harmless text, never run', () => {
      // "<scr<script>" is one unknown element named "scr<script"; what follows is text in a browser too.
      expect(htmlToText('<p><scr<script>ipt>x()</script></p>').text).toBe('ipt>x()');
    });

    it('does not end a script at a "</script" inside a longer name', () => {
      expect(htmlToText('<script>a="</scripts>"</script><p>Text.</p>').text).toBe('Text.');
    });

    it('never shows what hides behind every kind of script-bearing markup', () => {
      const html = [
        '<SCRIPT SRC=//evil.test/x.js></SCRIPT>',
        '<body onload=alert(1)>',
        '<svg/onload=alert(1)>',
        '<iframe srcdoc="<script>alert(1)</script>"></iframe>',
        '<math><mtext><script>alert(1)</script></mtext></math>',
        '<a href="jav&#x09;ascript:alert(1)">x</a>',
        '<style>@import "//evil.test/x.css";</style>',
        '<p>Visible.</p>',
      ].join('\n');
      const { text } = htmlToText(html);
      expect(text).not.toMatch(/alert|evil|import/);
      expect(text).toContain('Visible.');
    });
  });

  it('is plain text for text without markup (whitespace collapsed)', () => {
    fc.assert(
      fc.property(fc.string({ unit: fc.constantFrom('a', 'b', ' ', '\n', '.', 'é', '’') }), (s) => {
        expect(htmlToText(s).text).toBe(s.replace(/\s+/g, ' ').trim());
      }),
    );
  });

  it('never throws, and is deterministic, on markup-like noise', () => {
    const noise = fc.string({
      unit: fc.constantFrom(
        '<',
        '>',
        '/',
        '!',
        '-',
        '"',
        "'",
        '=',
        'a',
        'p',
        'script',
        'svg',
        ' ',
        '&',
        '#',
        ';',
      ),
    });
    fc.assert(
      fc.property(noise, (s) => {
        expect(htmlToText(s)).toEqual(htmlToText(s));
      }),
    );
  });
});

describe('decodeEntities', () => {
  it('replaces NUL, surrogates and out-of-range numbers with U+FFFD and drops control characters', () => {
    expect(decodeEntities('&#0;&#xD800;&#x110000;&#1;x')).toBe('\uFFFD\uFFFD\uFFFDx');
  });

  it('leaves unknown names and prototype keys as written', () => {
    expect(decodeEntities('&constructor; &toString; &zz;')).toBe('&constructor; &toString; &zz;');
  });
});
