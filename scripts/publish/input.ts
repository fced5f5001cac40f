/**
 * Reading an article file for `npm run publish`: size, bytes and encoding checked before anything is built, then
 * reduced to plain text. Every refusal is an `InputError` whose message names the file and says what is wrong.
 */
import { readFileSync, statSync } from 'node:fs';
import { extname } from 'node:path';
import { reduceToText, type ArticleFormat } from './reduce';

/** As for the app's "Open an article": an article is tens of kilobytes; 2 MB is not an article. */
export const MAX_BYTES = 2 * 1024 * 1024;

export class InputError extends Error {}

export interface ArticleInput {
  text: string;
  /** A title the file itself gives (a Markdown `#` heading, an HTML `<title>` or `<h1>`), if any. */
  title: string;
  /** What the reduction left out (scripts, iframes, event handlers…), to tell the user. */
  dropped: string[];
}

const FORMATS: Record<string, ArticleFormat> = {
  '.txt': 'text',
  '.text': 'text',
  '.md': 'markdown',
  '.markdown': 'markdown',
  '.html': 'html',
  '.htm': 'html',
};

/** The format of an article file by its extension, or an error listing the ones we read. */
export function formatOf(file: string): ArticleFormat {
  const format = FORMATS[extname(file).toLowerCase()];
  if (!format) throw new InputError(`${file}: expected a .txt, .md or .html file`);
  return format;
}

/** Bytes → text, refusing what is not UTF-8 text. A byte-order mark is dropped. */
export function decodeArticleBytes(name: string, bytes: Uint8Array): string {
  if (bytes.length > MAX_BYTES)
    throw new InputError(`${name} is ${bytes.length} bytes; the limit is ${MAX_BYTES} bytes (2 MB)`);
  if (bytes.includes(0))
    throw new InputError(`${name} looks binary (it contains NUL bytes): expected UTF-8 text`);
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    throw new InputError(`${name} is not valid UTF-8 text`);
  }
}

/** Reads, checks and reduces one article file; throws `InputError` for anything that is not an article. */
export function readArticleFile(file: string): ArticleInput {
  const format = formatOf(file);
  let size: number;
  try {
    const stat = statSync(file);
    if (!stat.isFile()) throw new InputError(`${file} is not a file`);
    size = stat.size;
  } catch (error) {
    if (error instanceof InputError) throw error;
    const code = error instanceof Error && 'code' in error ? String(error.code) : '';
    throw new InputError(code === 'ENOENT' ? `${file}: no such file` : `${file}: cannot read (${code})`);
  }
  // Checked before reading, so a 4 GB file is never loaded into memory.
  if (size > MAX_BYTES)
    throw new InputError(`${file} is ${size} bytes; the limit is ${MAX_BYTES} bytes (2 MB)`);
  return articleFromText(file, decodeArticleBytes(file, readFileSync(file)), format);
}

/** Reduces decoded text of the given format, refusing one with no readable text left. */
export function articleFromText(name: string, raw: string, format: ArticleFormat): ArticleInput {
  const reduced = reduceToText(raw, format);
  if (reduced.text.trim() === '') {
    const why = reduced.dropped.length ? ` (only ${reduced.dropped.join(', ')}, which are left out)` : '';
    throw new InputError(`${name} has no readable text${why}`);
  }
  return reduced;
}
