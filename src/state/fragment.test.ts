import { deflateRawSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import {
  decodeArticleFragment,
  encodeArticleFragment,
  FragmentError,
  MAX_DECODED_BYTES,
  MAX_FRAGMENT_CHARS,
  type FragmentErrorCode,
  type SharedArticle,
} from './fragment';

const article: SharedArticle = {
  text: 'ZAPORIZHZHIA, Ukraine\n\nShells hit the plant’s perimeter overnight, the operator said; temperatures stayed < 0 °C.\n\nЗапоріжжя was without power.',
  meta: { title: 'Shelling near the plant', source: 'Test dispatch', date: '3 October 2022' },
};

/** A fragment made by hand, as an attacker would: any JSON, deflated and base64url-encoded. */
const craft = (payload: string | Buffer, version = '1') =>
  `${version}.${deflateRawSync(payload).toString('base64url')}`;

async function refusal(fragment: string): Promise<FragmentErrorCode> {
  try {
    await decodeArticleFragment(fragment);
  } catch (error) {
    if (error instanceof FragmentError) return error.code;
    throw error;
  }
  throw new Error('the fragment was accepted');
}

describe('share-link fragments', () => {
  it('round-trip an article with its metadata and opaque corrections', async () => {
    const withCorrections = {
      ...article,
      corrections: { removed: ['UA-23'], added: [{ start: 0, end: 12 }] },
    };
    const fragment = await encodeArticleFragment(withCorrections);
    expect(fragment).toMatch(/^1\.[A-Za-z0-9_-]+$/);
    expect(await decodeArticleFragment(fragment)).toEqual(withCorrections);
    expect(await decodeArticleFragment(await encodeArticleFragment(article))).toEqual(article);
  });

  it('refuses more than 10 MB before reading it', async () => {
    expect(await refusal(`1.${'A'.repeat(MAX_FRAGMENT_CHARS)}`)).toBe('too-long');
  });

  it.each([
    ['a character base64url never has', '1.abc$def'],
    ['padding', '1.YWJj='],
    ['standard base64 characters', '1.ab+/'],
    ['a length no base64 has', '1.abcde'],
  ])('refuses %s', async (_what, fragment) => {
    expect(await refusal(fragment)).toBe('not-base64url');
  });

  it('refuses a link cut short', async () => {
    const whole = await encodeArticleFragment(article);
    const cut = whole.slice(0, 2 + Math.floor((whole.length - 2) / 8) * 4);
    expect(await refusal(cut)).toBe('truncated');
  });

  it('stops a decompression bomb at 2 MB of output', async () => {
    // 64 MB of spaces deflate to about 64 KB.
    const bomb = craft(Buffer.alloc(64 * 1024 * 1024, 0x20));
    expect(bomb.length).toBeLessThan(200_000);
    expect(await refusal(bomb)).toBe('too-large');
    // Just over the limit is refused too; just under is read (and then is not an article).
    expect(await refusal(craft(Buffer.alloc(MAX_DECODED_BYTES + 1, 0x20)))).toBe('too-large');
    expect(await refusal(craft(Buffer.alloc(MAX_DECODED_BYTES, 0x20)))).toBe('not-an-article');
  });

  it.each([
    ['a script in the text', { t: 'Kyiv <script>alert(1)</script>', m: ['', '', ''] }],
    ['an image with a handler', { t: '<img src=x onerror=alert(1)>', m: ['', '', ''] }],
    ['a comment', { t: 'Odesa <!-- x -->', m: ['', '', ''] }],
    ['markup in the title', { t: 'Odesa held.', m: ['<b>Odesa</b>', '', ''] }],
  ])('refuses markup: %s', async (_what, payload) => {
    expect(await refusal(craft(JSON.stringify(payload)))).toBe('markup');
  });

  it('will not make a link of markup either', async () => {
    await expect(encodeArticleFragment({ ...article, text: '<iframe src=x>' })).rejects.toThrow(
      'articles in links are plain text',
    );
  });

  it.each([
    ['another version', craft(JSON.stringify({ t: 'Kyiv.', m: ['', '', ''] }), '2'), 'unsupported-version'],
    ['no version', 'eJzLSM3JyQcABiwCFQ', 'not-an-article'],
    ['nothing', '', 'not-an-article'],
    ['text that is not JSON', craft('Kyiv held'), 'not-an-article'],
    ['bytes that are not UTF-8', craft(Buffer.from([0x7b, 0xff, 0xfe, 0x7d])), 'not-an-article'],
    ['JSON without text', craft(JSON.stringify({ m: ['', '', ''] })), 'not-an-article'],
    ['empty text', craft(JSON.stringify({ t: '  ', m: ['', '', ''] })), 'not-an-article'],
    [
      'metadata that is not three strings',
      craft(JSON.stringify({ t: 'Kyiv.', m: ['a', 2] })),
      'not-an-article',
    ],
    ['a JSON string', craft('"Kyiv"'), 'not-an-article'],
  ])('refuses %s', async (_what, fragment, code) => {
    expect(await refusal(fragment)).toBe(code);
  });

  it('says what is wrong in words a reader understands', async () => {
    await expect(decodeArticleFragment('1.abc$')).rejects.toThrow('The link’s article is damaged');
    await expect(decodeArticleFragment('7.abc')).rejects.toThrow('another version of Article Atlas');
  });
});
