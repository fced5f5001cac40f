/**
 * The share-link codec: an article (its text and metadata, and optionally corrections made in review) carried in
 * the URL fragment, which browsers never send to a server. `1.` + base64url(deflate-raw(JSON)). Pure: no DOM, no
 * store; CompressionStream and DecompressionStream exist in every browser we support and in Node 20.
 *
 * Decoding treats the fragment as hostile: every check runs before the next step, decompression stops as soon
 * as its output passes {@link MAX_DECODED_BYTES}, and the text must be text, never markup.
 */
import type { ArticleMeta } from './article';

/** The format version, written first; a link of another version is refused with a clear message. */
export const FRAGMENT_VERSION = 1;
/** A fragment longer than this is refused before it is even read (10 MB). */
export const MAX_FRAGMENT_CHARS = 10 * 1024 * 1024;
/** Decompression stops past this many bytes of output (2 MB, the size limit of an opened article). */
export const MAX_DECODED_BYTES = 2 * 1024 * 1024;
/** Links longer than this are cut or refused by common chat tools and mail clients; offer the file export. */
export const CHAT_LINK_LIMIT = 8000;

/** What a share link carries. `corrections` is opaque here: the review module defines and validates it. */
export interface SharedArticle {
  text: string;
  meta: ArticleMeta;
  corrections?: unknown;
}

export type FragmentErrorCode =
  | 'too-long'
  | 'unsupported-version'
  | 'not-base64url'
  | 'truncated'
  | 'too-large'
  | 'not-an-article'
  | 'markup';

const MESSAGES: Record<FragmentErrorCode, string> = {
  'too-long': 'The link is too long to be an article (over 10 MB).',
  'unsupported-version': 'The link was made by another version of Article Atlas and cannot be read.',
  'not-base64url': 'The link’s article is damaged (it has characters a share link never has).',
  truncated: 'The link’s article is cut short or damaged; ask for the whole link.',
  'too-large': 'The link’s article unpacks to more than 2 MB, which is more than an article.',
  'not-an-article': 'The link does not hold an article.',
  markup: 'The link’s article holds HTML markup; articles in links are plain text.',
};

/** A fragment that cannot be opened, with a code for tests and a message to show the reader as it is. */
export class FragmentError extends Error {
  constructor(readonly code: FragmentErrorCode) {
    super(MESSAGES[code]);
    this.name = 'FragmentError';
  }
}

// A tag or comment as a browser would parse one: `<` then a letter, `/`, `!` or `?`. "Temperatures < 0" passes.
const MARKUP = /<[a-z!/?]/i;

function containsMarkup(article: SharedArticle): boolean {
  const { text, meta } = article;
  return [text, meta.title, meta.source, meta.date].some((s) => MARKUP.test(s));
}

async function readAll(stream: ReadableStream<Uint8Array>, limit: number): Promise<Uint8Array> {
  const reader = stream.getReader();
  const chunks: Uint8Array[] = [];
  let total = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    total += value.byteLength;
    if (total > limit) {
      // Stop the decompressor now: a bomb never gets to unpack the rest.
      await reader.cancel().catch(() => undefined);
      throw new FragmentError('too-large');
    }
    chunks.push(value);
  }
  const out = new Uint8Array(total);
  let at = 0;
  for (const chunk of chunks) {
    out.set(chunk, at);
    at += chunk.byteLength;
  }
  return out;
}

function streamOf(bytes: BufferSource): ReadableStream<BufferSource> {
  return new ReadableStream<BufferSource>({
    start(controller) {
      controller.enqueue(bytes);
      controller.close();
    },
  });
}

function toBase64url(bytes: Uint8Array): string {
  let binary = '';
  // In slices: String.fromCharCode(...) of a whole article would overflow the argument stack.
  for (let i = 0; i < bytes.length; i += 0x8000)
    binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  return btoa(binary).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
}

function fromBase64url(s: string): Uint8Array<ArrayBuffer> {
  // A length of 4n+1 can never come out of base64: a character was lost or added.
  if (!/^[A-Za-z0-9_-]*$/.test(s) || s.length % 4 === 1) throw new FragmentError('not-base64url');
  const binary = atob(s.replace(/-/g, '+').replace(/_/g, '/'));
  const bytes = new Uint8Array(binary.length);
  for (let i = 0; i < binary.length; i++) bytes[i] = binary.charCodeAt(i);
  return bytes;
}

/**
 * An article as the value of a share link's fragment; throws a `FragmentError` ('markup') for text a link would
 * refuse. Check the whole link's length against {@link CHAT_LINK_LIMIT} before offering it.
 * @example await encodeArticleFragment({ text: 'Kyiv held.', meta: { title: '', source: '', date: '' } }) // '1.…'
 */
export async function encodeArticleFragment(article: SharedArticle): Promise<string> {
  if (containsMarkup(article)) throw new FragmentError('markup');
  const { text, meta, corrections } = article;
  const json = JSON.stringify({
    t: text,
    m: [meta.title, meta.source, meta.date],
    ...(corrections === undefined ? {} : { c: corrections }),
  });
  const packed = await readAll(
    streamOf(new TextEncoder().encode(json)).pipeThrough(new CompressionStream('deflate-raw')),
    Number.POSITIVE_INFINITY,
  );
  return `${FRAGMENT_VERSION}.${toBase64url(packed)}`;
}

const isStrings = (v: unknown, n: number): v is string[] =>
  Array.isArray(v) && v.length === n && v.every((s) => typeof s === 'string');

/**
 * Reads a share link's fragment value back into an article, or throws a `FragmentError` saying why it cannot be
 * opened: too long, another version, not base64url, truncated, a decompression bomb, not an article, markup.
 * @example (await decodeArticleFragment(await encodeArticleFragment(article))).text === article.text // true
 */
export async function decodeArticleFragment(fragment: string): Promise<SharedArticle> {
  if (fragment.length > MAX_FRAGMENT_CHARS) throw new FragmentError('too-long');
  const dot = fragment.indexOf('.');
  if (dot === -1 || fragment.slice(0, dot) !== String(FRAGMENT_VERSION)) {
    throw new FragmentError(/^\d+$/.test(fragment.slice(0, dot)) ? 'unsupported-version' : 'not-an-article');
  }
  const packed = fromBase64url(fragment.slice(dot + 1));
  let bytes: Uint8Array;
  try {
    bytes = await readAll(
      streamOf(packed).pipeThrough(new DecompressionStream('deflate-raw')),
      MAX_DECODED_BYTES,
    );
  } catch (error) {
    if (error instanceof FragmentError) throw error;
    // The stream fails on a deflate stream that ends early or is corrupt.
    throw new FragmentError('truncated');
  }
  let json: unknown;
  try {
    json = JSON.parse(new TextDecoder('utf-8', { fatal: true }).decode(bytes));
  } catch {
    throw new FragmentError('not-an-article');
  }
  if (typeof json !== 'object' || json === null) throw new FragmentError('not-an-article');
  const { t, m, c } = json as { t?: unknown; m?: unknown; c?: unknown };
  if (typeof t !== 'string' || t.trim() === '' || !isStrings(m, 3)) throw new FragmentError('not-an-article');
  const [title = '', source = '', date = ''] = m;
  const article: SharedArticle = {
    text: t,
    meta: { title, source, date },
    ...(c === undefined ? {} : { corrections: c }),
  };
  if (containsMarkup(article)) throw new FragmentError('markup');
  return article;
}
