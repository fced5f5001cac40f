import { describe, expect, it } from 'vitest';
import { decodeArticleBytes, firstInvalidUtf8 } from './decode';

const utf8 = (s: string): Uint8Array => new TextEncoder().encode(s);
const message = (r: ReturnType<typeof decodeArticleBytes>): string => (r.ok ? '' : r.message);

describe('decodeArticleBytes', () => {
  it('reads UTF-8 plain text as given, with its byte-order mark removed', () => {
    expect(decodeArticleBytes(utf8('KYIV\r\nKyiv’s forces.'), 'lyman.txt')).toEqual({
      ok: true,
      text: 'KYIV\r\nKyiv’s forces.',
      format: 'plain',
    });
    const bom = new Uint8Array([0xef, 0xbb, 0xbf, ...utf8('Kherson')]);
    expect(decodeArticleBytes(bom, 'k.txt')).toEqual({ ok: true, text: 'Kherson', format: 'plain' });
  });

  it('reads UTF-16 with a byte-order mark, both byte orders', () => {
    const le = new Uint8Array([0xff, 0xfe, 0x4b, 0x00, 0x79, 0x00, 0x69, 0x00, 0x76, 0x00]);
    const be = new Uint8Array([0xfe, 0xff, 0x00, 0x4b, 0x00, 0x79, 0x00, 0x69, 0x00, 0x76]);
    expect(decodeArticleBytes(le, 'a.txt')).toEqual({ ok: true, text: 'Kyiv', format: 'plain' });
    expect(decodeArticleBytes(be, 'a.txt')).toEqual({ ok: true, text: 'Kyiv', format: 'plain' });
    expect(message(decodeArticleBytes(new Uint8Array([0xff, 0xfe, 0, 0, 0x4b, 0, 0, 0]), 'a.txt'))).toMatch(
      /UTF-32 text, which is not supported/,
    );
  });

  it('refuses a file over 2 MB and says its size', () => {
    const big = new Uint8Array(3.4 * 1024 * 1024).fill(0x61);
    expect(message(decodeArticleBytes(big, 'corpus.txt'))).toBe(
      '“corpus.txt” is 3.4 MB; the limit is 2 MB. Open one article at a time.',
    );
  });

  it('refuses an empty file', () => {
    expect(message(decodeArticleBytes(new Uint8Array(0), 'empty.txt'))).toBe('“empty.txt” is empty.');
  });

  it.each([
    ['photo.png', [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0], 'a PNG image'],
    ['photo.jpg', [0xff, 0xd8, 0xff, 0xe0, 0x00], 'a JPEG image'],
    ['anim.gif', [...utf8('GIF89a'), 1, 0], 'a GIF image'],
    ['pic.webp', [...utf8('RIFF'), 1, 2, 3, 4, ...utf8('WEBPVP8 ')], 'a WebP image'],
    ['report.pdf', [...utf8('%PDF-1.7\n%âãÏÓ')], 'a PDF document'],
    [
      'story.docx',
      [0x50, 0x4b, 0x03, 0x04, 0x14, 0x00],
      'a ZIP archive (or a Word, OpenDocument or EPUB file, which are ZIPs)',
    ],
    ['story.txt.gz', [0x1f, 0x8b, 0x08, 0x00], 'a gzip archive'],
    ['story.rtf', [...utf8('{\\rtf1\\ansi Kyiv}')], 'an RTF document'],
  ])('refuses %s as %s', (name, bytes, what) => {
    expect(message(decodeArticleBytes(new Uint8Array(bytes), name))).toBe(
      `“${name}” is ${what}, not text. Open a .txt, .md or .html file, or paste the article’s text.`,
    );
  });

  it('refuses a file with NUL bytes, saying where', () => {
    expect(message(decodeArticleBytes(new Uint8Array([0x4b, 0x79, 0x00, 0x69]), 'data.bin'))).toBe(
      '“data.bin” looks like a binary file (it contains a NUL byte at offset 2), not text. Open a .txt, .md or .html file, or paste the article’s text.',
    );
  });

  it('refuses a document by its extension when its bytes were not recognised', () => {
    expect(message(decodeArticleBytes(utf8('plain words'), 'notes.doc'))).toMatch(
      /^“notes\.doc” is a Word document, not text/,
    );
  });

  it('refuses invalid UTF-8 and says at which byte', () => {
    // "Kyiv" with a Windows-1252 "é" (0xE9) at offset 3.
    expect(message(decodeArticleBytes(new Uint8Array([0x4b, 0x79, 0x69, 0xe9, 0x76]), 'latin1.txt'))).toBe(
      '“latin1.txt” is not valid UTF-8 text: the byte at offset 3 (0xE9) cannot start or continue a character. It may be in another encoding such as Windows-1252; save it as UTF-8.',
    );
  });

  it('reduces HTML and Markdown by extension, then MIME type, then content', () => {
    const html = utf8(
      '<html><head><title>Odesa</title></head><body><p>Drones hit <b>Odesa</b>.</p><script>x()</script></body></html>',
    );
    expect(decodeArticleBytes(html, 'odesa.html')).toEqual({
      ok: true,
      text: 'Drones hit Odesa.',
      title: 'Odesa',
      format: 'html',
    });
    expect(decodeArticleBytes(html, 'odesa', 'text/html; charset=utf-8')).toMatchObject({ format: 'html' });
    expect(decodeArticleBytes(html, 'odesa.dat')).toMatchObject({
      format: 'html',
      text: 'Drones hit Odesa.',
    });
    expect(decodeArticleBytes(utf8('# Lyman\n\n**Troops** entered.'), 'lyman.md')).toEqual({
      ok: true,
      text: 'Lyman\n\nTroops entered.',
      title: 'Lyman',
      format: 'markdown',
    });
    expect(decodeArticleBytes(utf8('# Lyman'), 'lyman', 'text/markdown')).toMatchObject({
      format: 'markdown',
    });
    // A .txt is plain text even when it has angle brackets.
    expect(decodeArticleBytes(utf8('<p>kept as typed</p>'), 'a.txt')).toMatchObject({
      format: 'plain',
      text: '<p>kept as typed</p>',
    });
  });

  it('refuses HTML with no readable text', () => {
    expect(
      message(decodeArticleBytes(utf8('<script>alert(1)</script><img src=x onerror=alert(1)>'), 'x.html')),
    ).toBe('“x.html” has no readable text once its HTML markup is removed.');
  });

  it('shortens a hostile file name and strips its control characters', () => {
    const name = `${'a'.repeat(500)}\u0007.txt`;
    const m = message(decodeArticleBytes(new Uint8Array(0), name));
    expect(m.length).toBeLessThan(100);
    expect(m).not.toContain('\u0007');
  });
});

describe('firstInvalidUtf8', () => {
  it.each([
    [[0x41, 0x42], -1],
    [[0xe2, 0x80, 0x99], -1], // ’
    [[0xf0, 0x9f, 0x98, 0x80], -1], // an emoji
    [[0x41, 0xc0, 0x80], 1], // overlong NUL
    [[0xed, 0xa0, 0x80], 0], // a surrogate
    [[0xf4, 0x90, 0x80, 0x80], 0], // beyond U+10FFFF
    [[0x41, 0xe2, 0x80], 1], // truncated at the end
    [[0x80], 0], // a lone continuation byte
  ])('%j → %i', (bytes, expected) => {
    expect(firstInvalidUtf8(new Uint8Array(bytes))).toBe(expected);
  });

  it('agrees with TextDecoder’s fatal mode on random bytes', () => {
    const decoder = new TextDecoder('utf-8', { fatal: true });
    let seed = 7;
    for (let k = 0; k < 2000; k++) {
      const bytes = new Uint8Array(8).map(() => {
        seed = (seed * 1103515245 + 12345) & 0x7fffffff;
        return seed % 4 === 0 ? 0x41 : 0x80 + (seed % 0x78);
      });
      let valid = true;
      try {
        decoder.decode(bytes);
      } catch {
        valid = false;
      }
      expect(firstInvalidUtf8(bytes) === -1).toBe(valid);
    }
  });
});
