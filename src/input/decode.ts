/**
 * Bytes of an opened or dropped file → article text. Refuses what is not text with a message that says what the
 * file seems to be; reduces HTML and Markdown to their readable text.
 */
import { formatSize, MAX_ARTICLE_BYTES, overLimitSize, type InputProblem } from './check';
import { htmlToText } from './html';
import { markdownToText } from './markdown';

/** How the text was written, and so how it was reduced. */
export type ArticleFormat = 'plain' | 'markdown' | 'html';

/** A decoded file: its readable text, the title its markup gave, and how it was read. */
export interface DecodedArticle {
  ok: true;
  text: string;
  title?: string;
  format: ArticleFormat;
}

const ANY = undefined;

interface Signature {
  bytes: readonly (number | undefined)[]; // undefined: any byte
  offset?: number;
  what: string;
}

// The first bytes of common files that are not text. Checked before anything else, so that a renamed
// photo.txt is refused as an image rather than as "invalid UTF-8 at byte 0".
const SIGNATURES: readonly Signature[] = [
  { bytes: [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a], what: 'a PNG image' },
  { bytes: [0xff, 0xd8, 0xff], what: 'a JPEG image' },
  { bytes: [0x47, 0x49, 0x46, 0x38], what: 'a GIF image' },
  { bytes: [0x52, 0x49, 0x46, 0x46, ANY, ANY, ANY, ANY, 0x57, 0x45, 0x42, 0x50], what: 'a WebP image' },
  { bytes: [0x52, 0x49, 0x46, 0x46, ANY, ANY, ANY, ANY, 0x57, 0x41, 0x56, 0x45], what: 'a WAV sound file' },
  { bytes: [0x52, 0x49, 0x46, 0x46, ANY, ANY, ANY, ANY, 0x41, 0x56, 0x49, 0x20], what: 'an AVI video' },
  { bytes: [0x49, 0x49, 0x2a, 0x00], what: 'a TIFF image' },
  { bytes: [0x4d, 0x4d, 0x00, 0x2a], what: 'a TIFF image' },
  { bytes: [0x00, 0x00, 0x01, 0x00], what: 'an icon' },
  { bytes: [0x66, 0x74, 0x79, 0x70], offset: 4, what: 'a video or HEIC image' },
  { bytes: [0x25, 0x50, 0x44, 0x46, 0x2d], what: 'a PDF document' },
  {
    bytes: [0x50, 0x4b, 0x03, 0x04],
    what: 'a ZIP archive (or a Word, OpenDocument or EPUB file, which are ZIPs)',
  },
  { bytes: [0x50, 0x4b, 0x05, 0x06], what: 'an empty ZIP archive' },
  { bytes: [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1], what: 'an old Word or Excel document' },
  { bytes: [0x7b, 0x5c, 0x72, 0x74, 0x66], what: 'an RTF document' },
  { bytes: [0x1f, 0x8b], what: 'a gzip archive' },
  { bytes: [0x42, 0x5a, 0x68], what: 'a bzip2 archive' },
  { bytes: [0xfd, 0x37, 0x7a, 0x58, 0x5a, 0x00], what: 'an xz archive' },
  { bytes: [0x37, 0x7a, 0xbc, 0xaf, 0x27, 0x1c], what: 'a 7-Zip archive' },
  { bytes: [0x52, 0x61, 0x72, 0x21, 0x1a, 0x07], what: 'a RAR archive' },
  { bytes: [0x28, 0xb5, 0x2f, 0xfd], what: 'a Zstandard archive' },
  { bytes: [0x49, 0x44, 0x33], what: 'an MP3 sound file' },
  { bytes: [0x4f, 0x67, 0x67, 0x53], what: 'an Ogg media file' },
  { bytes: [0x66, 0x4c, 0x61, 0x43], what: 'a FLAC sound file' },
  { bytes: [0x1a, 0x45, 0xdf, 0xa3], what: 'a WebM or Matroska video' },
  { bytes: [0x7f, 0x45, 0x4c, 0x46], what: 'a program (ELF)' },
  { bytes: [0x00, 0x61, 0x73, 0x6d], what: 'a WebAssembly module' },
  { bytes: [0x53, 0x51, 0x4c, 0x69, 0x74, 0x65, 0x20, 0x66], what: 'an SQLite database' },
  { bytes: [0x77, 0x4f, 0x46, 0x46], what: 'a font' },
  { bytes: [0x77, 0x4f, 0x46, 0x32], what: 'a font' },
];

// Names that say "document, not text" even when the bytes were not recognised.
const DOCUMENT_EXTENSIONS: Readonly<Record<string, string>> = {
  pdf: 'a PDF document',
  doc: 'a Word document',
  docx: 'a Word document',
  odt: 'an OpenDocument text',
  rtf: 'an RTF document',
  pages: 'a Pages document',
  epub: 'an EPUB book',
};

const EXTENSION_FORMATS: Readonly<Record<string, ArticleFormat>> = {
  txt: 'plain',
  text: 'plain',
  md: 'markdown',
  markdown: 'markdown',
  mdown: 'markdown',
  mkd: 'markdown',
  html: 'html',
  htm: 'html',
  xhtml: 'html',
};

const MIME_FORMATS: Readonly<Record<string, ArticleFormat>> = {
  'text/plain': 'plain',
  'text/markdown': 'markdown',
  'text/x-markdown': 'markdown',
  'text/html': 'html',
  'application/xhtml+xml': 'html',
};

const HOW_TO = 'Open a .txt, .md or .html file, or paste the article’s text.';

function matches(bytes: Uint8Array, signature: Signature): boolean {
  const offset = signature.offset ?? 0;
  if (bytes.length < offset + signature.bytes.length) return false;
  return signature.bytes.every((b, k) => b === undefined || bytes[offset + k] === b);
}

function extensionOf(name: string): string {
  const dot = name.lastIndexOf('.');
  return dot <= 0 || dot === name.length - 1 ? '' : name.slice(dot + 1).toLowerCase();
}

/** Quotes a file name for a message, shortened so that a hostile 10,000-character name stays one line. */
function quoted(name: string): string {
  // eslint-disable-next-line no-control-regex -- a file name's control characters must not reach a message
  const clean = name.replace(/[\u0000-\u001F\u007F-\u009F]/g, '').trim() || 'The file';
  return clean === 'The file' ? clean : `“${clean.length > 80 ? `${clean.slice(0, 77)}…` : clean}”`;
}

/**
 * The offset of the first byte that is not part of a valid UTF-8 sequence (overlongs, surrogates and code points
 * beyond U+10FFFF are invalid, as for TextDecoder's fatal mode), or -1 when the bytes are valid.
 * @example firstInvalidUtf8(new Uint8Array([0x4b, 0x79, 0x69, 0xe9, 0x76])) // 3
 */
export function firstInvalidUtf8(bytes: Uint8Array): number {
  const n = bytes.length;
  let i = 0;
  while (i < n) {
    const b = bytes[i] ?? 0;
    if (b < 0x80) {
      i++;
      continue;
    }
    let need: number;
    let min = 0x80;
    let max = 0xbf;
    if (b >= 0xc2 && b <= 0xdf) need = 1;
    else if (b >= 0xe0 && b <= 0xef) {
      need = 2;
      if (b === 0xe0) min = 0xa0;
      if (b === 0xed) max = 0x9f;
    } else if (b >= 0xf0 && b <= 0xf4) {
      need = 3;
      if (b === 0xf0) min = 0x90;
      if (b === 0xf4) max = 0x8f;
    } else return i;
    for (let k = 1; k <= need; k++) {
      const c = bytes[i + k];
      // A truncated sequence at the end of the file is invalid where the truncation is.
      if (c === undefined) return i;
      if (k === 1 ? c < min || c > max : c < 0x80 || c > 0xbf) return i;
    }
    i += need + 1;
  }
  return -1;
}

function sniffFormat(text: string): ArticleFormat {
  const head = text.slice(0, 2048);
  if (/^\s*(?:<!doctype html|<html[\s>]|<head[\s>]|<body[\s>]|<meta[\s>])/i.test(head)) return 'html';
  if (/<(?:p|div|article|h1|br)[\s>]/i.test(head) && /<\/(?:p|div|article|h1)>/i.test(text)) return 'html';
  return 'plain';
}

function decodeUtf16(bytes: Uint8Array, label: 'utf-16le' | 'utf-16be'): string | undefined {
  try {
    return new TextDecoder(label, { fatal: true }).decode(bytes);
  } catch {
    return undefined;
  }
}

/**
 * Decodes a file the user opened: refuses files over 2 MB, binary files (by their first bytes, by NUL bytes, by
 * a document extension) and invalid UTF-8 (saying at which byte); reads UTF-8 with or without a byte-order mark
 * and UTF-16 with one; reduces HTML and Markdown (by extension, then MIME type, then content) to readable text.
 * The text is not yet checked for emptiness or control characters: pass it to `checkArticleText`.
 * @example decodeArticleBytes(new TextEncoder().encode('# Lyman\n\nTroops entered.'), 'lyman.md')
 * // { ok: true, text: 'Lyman\n\nTroops entered.', title: 'Lyman', format: 'markdown' }
 */
export function decodeArticleBytes(
  bytes: Uint8Array,
  name: string,
  mime?: string,
): DecodedArticle | InputProblem {
  const file = quoted(name);
  if (bytes.length > MAX_ARTICLE_BYTES) {
    return {
      ok: false,
      message: `${file} is ${overLimitSize(bytes.length)}; the limit is ${formatSize(MAX_ARTICLE_BYTES)}. Open one article at a time.`,
    };
  }
  if (bytes.length === 0) return { ok: false, message: `${file} is empty.` };
  for (const signature of SIGNATURES) {
    if (matches(bytes, signature)) {
      return { ok: false, message: `${file} is ${signature.what}, not text. ${HOW_TO}` };
    }
  }
  const extension = extensionOf(name);
  const document = Object.hasOwn(DOCUMENT_EXTENSIONS, extension) ? DOCUMENT_EXTENSIONS[extension] : undefined;
  if (document !== undefined) {
    return {
      ok: false,
      message: `${file} is ${document}, not text. Save it as plain text, or ${HOW_TO.toLowerCase()}`,
    };
  }

  let text: string;
  const b0 = bytes[0];
  const b1 = bytes[1];
  if ((b0 === 0xff && b1 === 0xfe) || (b0 === 0xfe && b1 === 0xff)) {
    if (b0 === 0xff && bytes[2] === 0 && bytes[3] === 0) {
      return { ok: false, message: `${file} is UTF-32 text, which is not supported. Save it as UTF-8.` };
    }
    const decoded = decodeUtf16(bytes.subarray(2), b0 === 0xff ? 'utf-16le' : 'utf-16be');
    if (decoded === undefined) {
      return {
        ok: false,
        message: `${file} starts like UTF-16 text but is not valid UTF-16 (or this browser cannot read it). Save it as UTF-8.`,
      };
    }
    text = decoded;
  } else {
    const nul = bytes.indexOf(0);
    if (nul !== -1) {
      return {
        ok: false,
        message: `${file} looks like a binary file (it contains a NUL byte at offset ${nul}), not text. ${HOW_TO}`,
      };
    }
    const bom = b0 === 0xef && b1 === 0xbb && bytes[2] === 0xbf ? 3 : 0;
    const invalid = firstInvalidUtf8(bytes);
    if (invalid !== -1) {
      const byte = (bytes[invalid] ?? 0).toString(16).toUpperCase().padStart(2, '0');
      return {
        ok: false,
        message: `${file} is not valid UTF-8 text: the byte at offset ${invalid} (0x${byte}) cannot start or continue a character. It may be in another encoding such as Windows-1252; save it as UTF-8.`,
      };
    }
    // ignoreBOM: the mark was skipped above, so a second one (an editor's mistake) would stay visible as text.
    text = new TextDecoder('utf-8', { ignoreBOM: true }).decode(bytes.subarray(bom));
  }

  const mimeType = (mime ?? '').split(';')[0]?.trim().toLowerCase() ?? '';
  const format: ArticleFormat =
    (Object.hasOwn(EXTENSION_FORMATS, extension) ? EXTENSION_FORMATS[extension] : undefined) ??
    (Object.hasOwn(MIME_FORMATS, mimeType) ? MIME_FORMATS[mimeType] : undefined) ??
    sniffFormat(text);
  if (format === 'plain') return { ok: true, text, format };
  const reduced = format === 'html' ? htmlToText(text) : markdownToText(text);
  if (reduced.text.trim() === '') {
    return {
      ok: false,
      message: `${file} has no readable text once its ${format === 'html' ? 'HTML' : 'Markdown'} markup is removed.`,
    };
  }
  return reduced.title === undefined
    ? { ok: true, text: reduced.text, format }
    : { ok: true, text: reduced.text, title: reduced.title, format };
}
