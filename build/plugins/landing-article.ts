import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { Plugin } from 'vite';
import type { GazetteerEntry } from '../../src/linking/types.ts';
import type { ArticleMeta, ArticleValue } from '../../src/state/article.ts';
import { loadLinking, loadStateData } from './node-modules.ts';

/** The environment variable `npm run publish` sets to build a site for another article (see scripts/publish.ts). */
export const ARTICLE_ENV = 'ATLAS_ARTICLE';

export const VIRTUAL_ID = 'virtual:landing-article';

/**
 * The default article's file and what a reader is told about it (the header shows the meta). The file carries
 * no headline, so the header names none: a wire story datelined Moscow, of 29 September 2022.
 */
export const DEFAULT_ARTICLE_FILE = 'data/annexation-ceremony.txt';
export const DEFAULT_META: ArticleMeta = {
  title: '',
  source: 'Wire story · Moscow',
  date: '29 September 2022',
};

export interface LandingArticleOptions {
  /**
   * A prepared article: a JSON `ArticleValue` already linked (written by scripts/publish.ts). Without it, the
   * default article. Relative paths are taken from the project root.
   */
  file?: string | undefined;
}

const escapeHtml = (s: string): string => s.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);

const isObject = (v: unknown): v is Record<string, unknown> =>
  typeof v === 'object' && v !== null && !Array.isArray(v);

/** A prepared article file: the article, and the gazetteer entries it names that the default gazetteer lacks. */
export interface PreparedArticle {
  article: ArticleValue;
  entries: GazetteerEntry[];
}

/**
 * Checks the shape of a prepared article file, so a wrong file fails the build with its name rather than the
 * page at run time. The links themselves come from our own linker (scripts/publish.ts).
 */
export function parsePreparedArticle(json: unknown, file: string): PreparedArticle {
  const fail = (what: string): never => {
    throw new Error(`landing-article: ${file} is not a prepared article (${what})`);
  };
  if (!isObject(json)) return fail('not an object');
  const { id, text, meta, paragraphs, links, entries = [], ...rest } = json;
  if (typeof id !== 'string' || id === '') fail('no id');
  if (typeof text !== 'string' || text.trim() === '') fail('no text');
  if (!isObject(meta) || !['title', 'source', 'date'].every((k) => typeof meta[k] === 'string'))
    fail('meta needs title, source and date strings');
  if (!Array.isArray(paragraphs)) fail('no paragraphs');
  if (!isObject(links) || !Array.isArray(links.sentences) || !Array.isArray(links.mentions))
    fail('links need sentences and mentions');
  if (!Array.isArray(entries)) fail('entries must be an array');
  return {
    article: { ...rest, id, text, meta, paragraphs, links } as unknown as ArticleValue,
    entries: entries as GazetteerEntry[],
  };
}

/**
 * `virtual:landing-article`: the article a page opens with, as an `ArticleValue` (src/state/article.ts). A
 * production build links it here, once, and ships the result as data, so the page neither downloads the linker
 * (about 10 KB gzip) nor runs it on every load. For the default article, the dev server and the tests get a
 * module that links at run time, so they always reflect the linker's current code. A prepared article (option
 * `file`, or the `ATLAS_ARTICLE` environment variable) is shipped as it is, in both.
 *
 * The named export `entries` holds the gazetteer entries the article names that the default gazetteer (which
 * every page carries) lacks, e.g. a town only the world gazetteer has: the page builds its article model with
 * them, so even those places are linked at build time. Empty for the default article.
 */
export function landingArticle(options: LandingArticleOptions = {}): Plugin {
  let build = false;
  let root = process.cwd();
  const prepared = options.file ?? process.env[ARTICLE_ENV] ?? undefined;
  return {
    name: 'article-atlas:landing-article',
    configResolved(config) {
      build = config.command === 'build';
      root = config.root;
    },
    resolveId: (source) => (source === VIRTUAL_ID ? `\0${VIRTUAL_ID}` : undefined),
    // A prepared article's pages are titled after it (the default article's title is written in index.html).
    transformIndexHtml(html) {
      if (!prepared) return html;
      const { title } = parsePreparedArticle(
        JSON.parse(readFileSync(resolve(root, prepared), 'utf8')),
        prepared,
      ).article.meta;
      return html.replace(/(<title>[^<—]*?)(?: — [^<]*)?(<\/title>)/, (_all, app: string, end: string) =>
        title.trim() ? `${app.trimEnd()} — ${escapeHtml(title.trim())}${end}` : `${app.trimEnd()}${end}`,
      );
    },
    async load(loaded) {
      if (loaded !== `\0${VIRTUAL_ID}`) return undefined;
      // JSON.parse of a string literal is parsed faster than the same object as a JS literal.
      const asData = (value: unknown) => `JSON.parse(${JSON.stringify(JSON.stringify(value))})`;
      if (prepared) {
        const file = resolve(root, prepared);
        this.addWatchFile(file);
        const { article, entries } = parsePreparedArticle(JSON.parse(readFileSync(file, 'utf8')), file);
        return `export const entries = ${asData(entries)};\nexport default ${asData(article)};`;
      }
      if (!build) {
        return [
          `import text from '/${DEFAULT_ARTICLE_FILE}?raw';`,
          "import gazetteer from '/data/gazetteer.json';",
          "import { linkArticle, paragraphs } from '/src/linking';",
          "import { parseGazetteer } from '/src/state/data';",
          `const meta = ${JSON.stringify(DEFAULT_META)};`,
          'export const entries = [];',
          "export default { id: 'default', text, meta, paragraphs: paragraphs(text), links: linkArticle(text, parseGazetteer(gazetteer)) };",
        ].join('\n');
      }
      const textFile = join(root, DEFAULT_ARTICLE_FILE);
      const gazetteerFile = join(root, 'data/gazetteer.json');
      this.addWatchFile(textFile);
      this.addWatchFile(gazetteerFile);
      const [{ linkArticle, paragraphs }, { parseGazetteer }] = await Promise.all([
        loadLinking(root),
        loadStateData(root),
      ]);
      const text = readFileSync(textFile, 'utf8');
      const gazetteer = parseGazetteer(JSON.parse(readFileSync(gazetteerFile, 'utf8')));
      const linked = {
        id: 'default',
        meta: DEFAULT_META,
        paragraphs: paragraphs(text),
        links: linkArticle(text, gazetteer),
      };
      // The text is imported rather than inlined: src/app/data.ts imports the same file, and the bundle keeps one copy.
      return [
        `import text from '/${DEFAULT_ARTICLE_FILE}?raw';`,
        // The default gazetteer, which every page carries, has every place the default article names.
        'export const entries = [];',
        `export default { ...JSON.parse(${JSON.stringify(JSON.stringify(linked))}), text };`,
      ].join('\n');
    },
  };
}
