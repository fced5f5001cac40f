import { describe, expect, it } from 'vitest';
import { leftOut, reduceToText } from './reduce';

describe('reduceToText, HTML', () => {
  it('keeps headings and paragraphs as paragraphs, with entities decoded', () => {
    const html =
      '<html><head><title>Shelling in Kherson</title></head><body><h1>Shelling&nbsp;in Kherson</h1><p>Shells fell on the port &amp; the market.</p><p>Two\n   people were hurt.</p></body></html>';
    expect(reduceToText(html, 'html')).toEqual({
      text: 'Shelling in Kherson\n\nShells fell on the port & the market.\n\nTwo people were hurt.',
      title: 'Shelling in Kherson',
      dropped: [],
    });
  });

  it('leaves out scripts, styles, frames, objects and handlers, and says so', () => {
    const html = [
      '<p onclick="steal()">Kyiv <script>document.cookie</script>held.</p>',
      '<style>p{}</style><iframe src="https://evil.example">fallback words</iframe>',
      '<form action="/x"><input name=a>Search</form><a href="javascript:alert(1)">Lviv</a>',
      '<svg><script>alert(2)</script></svg><object data=x>obj</object><!-- <p>comment</p> -->',
      '<scr<script>x</script>ipt>still text?</p>',
    ].join('');
    const { text, dropped } = reduceToText(html, 'html');
    // As a browser shows it: a form's words stay (some sites wrap the whole page in one), and `<scr<script>` is a
    // tag of its own, so the `x` after it is text.
    expect(text).toBe('Kyiv held.\n\nSearch\n\nLvivxipt>still text?');
    for (const word of ['cookie', 'steal', 'evil', 'fallback', 'alert', 'obj', 'comment'])
      expect(text).not.toContain(word);
    expect(dropped).toEqual([
      '3 script elements',
      '1 style elements',
      '1 iframe elements',
      '1 object elements',
      '1 svg elements',
      '1 event handlers',
      '1 javascript: links',
    ]);
  });

  it('keeps escaped markup as the text it is (the page shows text, never HTML)', () => {
    expect(reduceToText('<p>&lt;img src=x onerror=alert(1)&gt;</p>', 'html').text).toBe(
      '<img src=x onerror=alert(1)>',
    );
  });

  it('an unclosed script swallows the rest rather than leaking it as text', () => {
    expect(reduceToText('<p>Odesa</p><script>var a = "<p>not text</p>"', 'html').text).toBe('Odesa');
  });
});

describe('reduceToText, Markdown', () => {
  it('drops markup, keeps paragraphs, takes the first heading as the title', () => {
    const md =
      '# Fighting near Bakhmut\n\n*By our correspondent*\n\n- **Shelling** went on [all night](https://x.example).\n- `Two` villages burned.\n\n<script>alert(1)</script>\n';
    expect(reduceToText(md, 'markdown')).toEqual({
      text: 'Fighting near Bakhmut\n\nBy our correspondent\n\nShelling went on all night.\nTwo villages burned.',
      title: 'Fighting near Bakhmut',
      dropped: ['1 script elements'],
    });
  });
});

describe('reduceToText, plain text', () => {
  it('is the text itself, line ends as given (the linker reads \\r\\n and \\n alike)', () => {
    expect(reduceToText('MOSCOW\r\n\r\nThe Kremlin said.\r\n', 'plain').text).toBe(
      'MOSCOW\r\n\r\nThe Kremlin said.\r\n',
    );
  });
});

describe('leftOut', () => {
  it('counts what the reducer drops, and nothing in plain words', () => {
    expect(leftOut('<p onclick="x()">Kyiv<script>y()</script><SCRIPT src=a></SCRIPT></p>')).toEqual([
      '2 script elements',
      '1 event handlers',
    ]);
    expect(leftOut('Scripts and onions = fine; the word onclick= outside a tag is text.')).toEqual([]);
  });
});
