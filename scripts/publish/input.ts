/**
 * Reading an article file for `npm run publish` with the app's own input checks (src/input): size, binary files,
 * encoding, format, reduction and the text check are those of "Open an article", so a file the app refuses is
 * refused here with the same words. Every refusal is an `InputError` whose message names the file.
 */
import { readFileSync, statSync } from 'node:fs';
import { basename, extname } from 'node:path';
import { checkArticleText, decodeArticleBytes, MAX_ARTICLE_BYTES } from '../../src/input';
import { leftOut } from './reduce';

/** As for the app's "Open an article": an article is tens of kilobytes; 2 MB is not an article. */
export const MAX_BYTES = MAX_ARTICLE_BYTES;

export class InputError extends Error {}

export interface ArticleInput {
  text: string;
  /** A title the file itself gives (a Markdown `#` heading, an HTML `<title>` or `<h1>`), if any. */
  title: string;
  /** What the reduction left out (scripts, iframes, event handlers…), to tell the user. */
  dropped: string[];
  /** What the text check said (control characters removed, very long lines). */
  warnings: string[];
}

const EXTENSIONS = new Set(['.txt', '.text', '.md', '.markdown', '.html', '.htm']);

/** Refuses a file whose extension is not one we read (the format is then taken from it by src/input). */
export function checkExtension(file: string): void {
  if (!EXTENSIONS.has(extname(file).toLowerCase()))
    throw new InputError(`${file}: expected a .txt, .md or .html file`);
}

/** Reads, checks and reduces one article file; throws `InputError` for anything that is not an article. */
export function readArticleFile(file: string): ArticleInput {
  checkExtension(file);
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
  return articleFromBytes(file, readFileSync(file));
}

/** Decodes, reduces and checks a file's bytes as the app does; the name is the one messages give. */
export function articleFromBytes(name: string, bytes: Uint8Array): ArticleInput {
  // The file's own name: src/input shortens a long name from its end, which would cut a path's file name off.
  const decoded = decodeArticleBytes(bytes, basename(name));
  const dropped = () => {
    const html = /\.(?:html?|md|markdown)$/i.test(name);
    return html ? leftOut(new TextDecoder().decode(bytes)) : [];
  };
  if (!decoded.ok) {
    const what = dropped();
    throw new InputError(
      what.length
        ? `${decoded.message.replace(/\.$/, '')} (it holds only ${what.join(', ')}).`
        : decoded.message,
    );
  }
  if (decoded.text.trim() === '') throw new InputError(`${name} has no readable text`);
  const checked = checkArticleText(decoded.text);
  if (!checked.ok) throw new InputError(`${name}: ${checked.message}`);
  return {
    text: checked.text,
    title: decoded.title ?? '',
    dropped: decoded.format === 'plain' ? [] : dropped(),
    warnings: checked.warnings,
  };
}
