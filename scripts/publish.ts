/**
 * The `publish` command: a static site for one article, linked at build time like the default article.
 *
 * Usage: npm run publish -- FILE --out DIR [--title T] [--source S] [--date D] [--links FILE] [--base /path/]
 *
 * The site is built into a temporary folder beside DIR and moved into place only when complete, so a failure
 * leaves nothing behind. Every failure is one line on stderr and a non-zero exit: 2 for a usage error, 1 for
 * input that cannot be published.
 */
import { createHash } from 'node:crypto';
import {
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  renameSync,
  rmSync,
  statSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { linkArticle, paragraphs } from '../src/linking';
import { needsMoreThanDefault } from '../src/linking/needs';
import { mergeGazetteers } from '../src/linking/report';
import type { Gazetteer, GazetteerEntry } from '../src/linking/types';
import { buildArticleModel, type ArticleMeta, type ArticleValue } from '../src/state/article';
import type { DetailIndex } from '../src/geo/detail';
import { articleFiles, onlyArticleFiles, type ArticleFiles } from '../build/plugins/article-files';
import { parseGazetteer } from '../src/state/data';
import { importAnnotations } from '../src/export';
import { guessMeta } from '../src/input/meta';
import { precompress } from './publish/compress';
import { InputError, MAX_BYTES, readArticleFile } from './publish/input';

const ROOT = fileURLToPath(new URL('..', import.meta.url));

const HELP = `Usage: npm run publish -- FILE --out DIR [options]

Builds a static site for the article in FILE into DIR: index.html with the article and its linked places
already in the page (the text shows before any script runs), embed.html for embedding it in another page,
the scripts, styles and the map data this article needs (the outlines of the places it names, every country's
finer outline), each compressible file also as FILE.br and FILE.gz. The site shows this one article only: it
offers no way to open another. Upload DIR to any static host; docs/publish.md says which headers to set.

FILE is UTF-8 text (.txt), Markdown (.md) or HTML (.html, .htm), at most ${MAX_BYTES / 1024 / 1024} MB. HTML is reduced to its
readable text as the app reads it: scripts, styles, frames, form controls and event handlers are left out, nothing in it is run or fetched.

Options:
  --out DIR        where to write the site (required); must be a new or empty folder
  --title TEXT     the article's title (default: the file's own heading or <title>, else the headline line
                   the text starts with, as the app's "Open an article" guesses it)
  --source TEXT    where it was published, e.g. "Wire story" (default: an agency named in the text's
                   dateline or byline, e.g. "AP", if any)
  --date TEXT      when, as you want it shown, e.g. "29 September 2022" (default: a date in the text's
                   first lines, if any)
                   What is guessed is said on stderr; give the option to change it, "" for none.
  --links FILE     links corrected in review, as the app exports them for this same article text
                   (W3C Web Annotation JSON). All or nothing: every annotation must fit the text and name a
                   known place, or nothing is published and the first one that does not is named.
  --base /PATH/    host the site under this path (default /), e.g. --base /maps/lyman/
  -h, --help       show this help

Preview: node scripts/serve-static.mjs 8080=DIR   then open http://127.0.0.1:8080/

Exit status: 0 when the site was written, 1 when the input cannot be published, 2 on a usage error.`;

class CliError extends Error {
  constructor(
    message: string,
    readonly exitCode: number,
  ) {
    super(message);
  }
}

/**
 * The published article's title, source and date. What the command line gives wins, even "" (none); then the
 * file's own title (a Markdown `#` heading, an HTML <title> or <h1>); then what src/input/meta.ts guesses from the
 * text's head, as the app's "Open an article" fills its fields: a headline line, an agency in the dateline or
 * byline, a date in the first lines. `guessed` names the fields that came from that guess, for the user to check.
 * @example metaFor({}, '', 'Lyman retaken\n\nLYMAN, Ukraine (AP) — …').meta // { title: 'Lyman retaken', source: 'AP', date: '' }
 */
export function metaFor(
  given: { title?: string | undefined; source?: string | undefined; date?: string | undefined },
  fileTitle: string,
  text: string,
): { meta: ArticleMeta; guessed: ('title' | 'source' | 'date')[] } {
  const guess = guessMeta(text);
  const meta: ArticleMeta = {
    title: given.title ?? (fileTitle || guess.title),
    source: given.source ?? guess.source,
    date: given.date ?? guess.date,
  };
  const guessed = (['title', 'source', 'date'] as const).filter(
    (k) => given[k] === undefined && meta[k] !== '' && !(k === 'title' && fileTitle !== ''),
  );
  return { meta, guessed };
}

export interface PublishOptions {
  file: string;
  out: string;
  /** Undefined when not given: then guessed (metaFor). */
  title: string | undefined;
  source: string | undefined;
  date: string | undefined;
  links: string | undefined;
  base: string;
}

const VALUE_OPTIONS = ['--out', '--title', '--source', '--date', '--links', '--base'] as const;
type ValueOption = (typeof VALUE_OPTIONS)[number];

/** Command-line arguments → options, or 'help'; a usage error throws with exit code 2. */
export function parseArgs(args: readonly string[]): PublishOptions | 'help' {
  const values = new Map<ValueOption, string>();
  let file: string | undefined;
  for (let i = 0; i < args.length; i++) {
    const arg = args[i] ?? '';
    if (arg === '-h' || arg === '--help') return 'help';
    const name = VALUE_OPTIONS.find((o) => arg === o || arg.startsWith(`${o}=`));
    if (name) {
      const value = arg.includes('=') ? arg.slice(arg.indexOf('=') + 1) : args[++i];
      if (value === undefined || (value.startsWith('--') && !arg.includes('=')))
        throw new CliError(`${name} needs a value (see --help)`, 2);
      values.set(name, value);
    } else if (arg.startsWith('-')) {
      throw new CliError(`unknown option ${arg} (see --help)`, 2);
    } else if (file !== undefined) {
      throw new CliError('expected one FILE, got more (see --help)', 2);
    } else {
      file = arg;
    }
  }
  if (file === undefined) throw new CliError('missing FILE (see --help)', 2);
  const out = values.get('--out');
  if (!out) throw new CliError('missing --out DIR (see --help)', 2);
  const base = values.get('--base') ?? '/';
  // Each segment a plain name: no `.` or `..`, nothing a URL or a shell would read differently.
  if (!/^\/(?:(?!\.{1,2}\/)[\w.~-]+\/)*$/.test(base))
    throw new CliError(
      `--base must be a path that starts and ends with "/", e.g. /maps/lyman/ (got ${base})`,
      2,
    );
  return {
    file,
    out,
    title: values.get('--title'),
    source: values.get('--source'),
    date: values.get('--date'),
    links: values.get('--links'),
    base,
  };
}

function readJson(path: string): unknown {
  return JSON.parse(readFileSync(path, 'utf8'));
}

/** The default gazetteer, widened to the world's only when the article names a place only the world file has. */
function gazetteerFor(text: string, base: Gazetteer): Gazetteer {
  const keys = readJson(join(ROOT, 'data/gazetteer-world-keys.json')) as { keys: string };
  if (!needsMoreThanDefault(text, new Set(keys.keys.split(' ')))) return base;
  return mergeGazetteers(parseGazetteer(readJson(join(ROOT, 'data/gazetteer-world.json'))), base);
}

/** An annotation file is tens of kilobytes; src/export refuses more than this anyway, so it is not read whole. */
const MAX_LINKS_BYTES = 5 * 1024 * 1024;

/** The text of a `--links` file, or a CliError naming the problem. */
export function readLinksFile(path: string): string {
  let json: string;
  try {
    if (statSync(path).size > MAX_LINKS_BYTES)
      throw new CliError(
        `--links ${path}: over ${MAX_LINKS_BYTES / 1024 / 1024} MB, not an annotation file`,
        1,
      );
    json = readFileSync(path, 'utf8');
  } catch (error) {
    if (error instanceof CliError) throw error;
    const missing = error instanceof Error && 'code' in error && error.code === 'ENOENT';
    throw new CliError(`--links ${path}: ${missing ? 'no such file' : 'cannot read it'}`, 1);
  }
  try {
    JSON.parse(json);
  } catch {
    throw new CliError(`--links ${path}: not valid JSON`, 1);
  }
  return json;
}

/** Corrections made in review, as a `--links` file gives them. */
export interface LinksFile {
  path: string;
  json: string;
}

/**
 * The article as the site's pages get it (`virtual:landing-article`), linked here, once, with the gazetteer
 * entries it names beyond the default gazetteer (which the pages carry anyway). With `links`, the links exported
 * after review replace the linker's (src/export's importAnnotations): all or nothing, a CliError naming the first
 * annotation that does not fit.
 */
export function prepareArticle(
  text: string,
  meta: ArticleMeta,
  links?: LinksFile,
): { article: ArticleValue; entries: GazetteerEntry[]; corrected: number } {
  const id = `published-${createHash('sha256').update(text).digest('hex').slice(0, 12)}`;
  const base = parseGazetteer(readJson(join(ROOT, 'data/gazetteer.json')));
  // A reviewer may have chosen any place of the world gazetteer, whatever the text alone would need.
  const gazetteer = links
    ? mergeGazetteers(parseGazetteer(readJson(join(ROOT, 'data/gazetteer-world.json'))), base)
    : gazetteerFor(text, base);
  let linked = linkArticle(text, gazetteer);
  let corrected = 0;
  if (links) {
    const known = new Set([...gazetteer.entries, ...(linked.places ?? [])].map((e) => e.id));
    const result = importAnnotations(links.json, text, {
      knownPlace: (placeId) => known.has(placeId),
      sentences: linked.sentences,
    });
    if (!result.ok)
      throw new CliError(
        `--links ${links.path} does not fit this article, so nothing was published: ${result.error}`,
        1,
      );
    const r = result.links;
    corrected = r.rejected.length + r.mentions.filter((m) => m.status !== 'automatic').length;
    // The review fields (status, provenance) are not the page's business: plain mentions, as the linker makes.
    const mentions = r.mentions.map(({ status: _s, applied: _a, provenance: _p, ...m }) => m);
    linked = { sentences: r.sentences, mentions, ...(linked.places ? { places: linked.places } : {}) };
  }
  const named = new Set(linked.mentions.map((m) => m.featureId));
  const inBase = new Set(base.entries.map((e) => e.id));
  const entries = gazetteer.entries.filter((e) => named.has(e.id) && !inBase.has(e.id));
  return { article: { id, text, meta, paragraphs: paragraphs(text), links: linked }, entries, corrected };
}

/**
 * The outline files the site's pages can fetch: those of the places the page's article model holds (built as the page
 * builds it, src/app/boot.ts), and the finer level's (build/plugins/article-files.ts).
 */
export function filesFor(article: ArticleValue, entries: readonly GazetteerEntry[]): ArticleFiles {
  const base = parseGazetteer(readJson(join(ROOT, 'data/gazetteer.json')));
  const model = buildArticleModel(article.text, article.paragraphs, article.links, [
    ...base.entries,
    ...entries,
  ]);
  const index = readJson(join(ROOT, 'data/geo/detail/index.json')) as DetailIndex;
  return articleFiles(model.places.values(), index);
}

function checkOut(out: string): void {
  if (!existsSync(out)) return;
  if (!statSync(out).isDirectory()) throw new CliError(`--out ${out} is a file, not a folder`, 1);
  if (readdirSync(out).length > 0)
    throw new CliError(`--out ${out} is not empty: choose a new or empty folder (nothing was written)`, 1);
}

async function run(args: readonly string[]): Promise<void> {
  const options = parseArgs(args);
  if (options === 'help') {
    process.stdout.write(`${HELP}\n`);
    return;
  }
  const out = resolve(options.out);
  checkOut(out);
  const input = readArticleFile(options.file);
  for (const what of input.dropped) process.stderr.write(`publish: left out of ${options.file}: ${what}\n`);
  for (const warning of input.warnings) process.stderr.write(`publish: ${options.file}: ${warning}\n`);
  const links = options.links ? { path: options.links, json: readLinksFile(options.links) } : undefined;
  const { meta, guessed } = metaFor(options, input.title, input.text);
  if (guessed.length > 0)
    process.stderr.write(
      `publish: guessed from the text: ${guessed.map((k) => `${k} "${meta[k]}"`).join(', ')} ` +
        `(${guessed.map((k) => `--${k}`).join(', ')} to change; "" for none)\n`,
    );
  const { article, entries, corrected } = prepareArticle(input.text, meta, links);
  if (links)
    process.stderr.write(`publish: ${corrected} links corrected in review applied from ${links.path}\n`);

  mkdirSync(dirname(out), { recursive: true });
  const work = mkdtempSync(join(tmpdir(), 'article-atlas-publish-'));
  // Beside DIR, so the final move is a rename on the same file system.
  const staging = mkdtempSync(join(dirname(out), `.${basename(out)}.publishing-`));
  const cleanUp = () => {
    rmSync(staging, { recursive: true, force: true });
    rmSync(work, { recursive: true, force: true });
  };
  const interrupted = () => {
    cleanUp();
    process.exit(130);
  };
  process.once('SIGINT', interrupted);
  process.once('SIGTERM', interrupted);
  try {
    const articleFile = join(work, 'article.json');
    writeFileSync(articleFile, JSON.stringify({ ...article, entries }));
    process.env.ATLAS_ARTICLE = articleFile;
    const files = filesFor(article, entries);
    const { build } = await import('vite');
    await build({
      root: ROOT,
      configFile: join(ROOT, 'vite.config.ts'),
      // Added to the config file's plugins: only the outline files this article's pages can fetch.
      plugins: [onlyArticleFiles(files)],
      base: options.base,
      logLevel: 'warn',
      build: {
        outDir: staging,
        emptyOutDir: true,
        // Rolldown's note on slow plugins depends on how busy the machine is, not on the site: not the user's concern.
        rolldownOptions: { checks: { bundlerTimings: false } },
      },
    });
    const compressed = precompress(staging);
    checkOut(out);
    if (existsSync(out)) rmSync(out, { recursive: true });
    renameSync(staging, out);
    const total = (k: 'raw' | 'br' | 'gz') => compressed.reduce((sum, f) => sum + f[k], 0);
    const places = new Set(article.links.mentions.map((m) => m.featureId)).size;
    process.stdout.write(
      [
        `published "${article.meta.title || options.file}" (${places} places, ${article.links.mentions.length} mentions) to ${out}`,
        `${compressed.length} files precompressed: ${Math.round(total('raw') / 1024)} KB raw, ${Math.round(total('gz') / 1024)} KB gzip, ${Math.round(total('br') / 1024)} KB brotli`,
        options.base === '/'
          ? `preview: node scripts/serve-static.mjs 8080=${options.out}   then open http://127.0.0.1:8080/`
          : `preview: serve a folder holding the site at .${options.base} (docs/publish.md, "A sub-path")`,
        '',
      ].join('\n'),
    );
  } finally {
    process.off('SIGINT', interrupted);
    process.off('SIGTERM', interrupted);
    cleanUp();
  }
}

async function main(): Promise<void> {
  try {
    await run(process.argv.slice(2));
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    process.stderr.write(`publish: ${message}\n`);
    process.exitCode = error instanceof CliError ? error.exitCode : 1;
  }
}

// InputError is the user's file; anything else is ours, reported the same way but kept distinct for tests.
export { InputError };

if (process.argv[1] !== undefined && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) void main();
