import { dirname, join, relative, resolve } from 'node:path';
import type { Plugin } from 'vite';
import type { DetailIndex } from '../../src/geo/detail.ts';

/**
 * A published site shows one article and nothing else (docs/publish.md), so its pages can only ever ask for the
 * outline files of that article's places. This plugin, which only `npm run publish` adds (scripts/publish.ts), keeps
 * every other file of data/geo out of the build: the app finds the files through two `import.meta.glob`s
 * (src/map/shapes.ts, src/map/detail.ts), and each glob's pattern is replaced here, before Vite reads it, by the list
 * of the files kept, so Vite emits no other. The finer level's table (data/geo/detail/index.json) is cut to the same
 * files, and the pages are built with `import.meta.env.ATLAS_ONE_ARTICLE` true, which leaves out opening another
 * article (and with it the linker, its worker and the world gazetteer).
 */

/** The outline files an article's pages can fetch, by name without `.geojson`. */
export interface ArticleFiles {
  /** Files of data/geo/ (src/map/shapes.ts): each file a place of the article names in its `shape`. */
  shapes: string[];
  /** Files of data/geo/detail/ (src/map/detail.ts): every country's, and the regions' the article names. */
  detail: string[];
}

/**
 * The files a page showing only this article can fetch: the `shape` files of its places (what
 * src/map/articleData.ts's `shapeFiles` asks for), and the finer files any view of any zoom may ask for
 * (src/geo/detail.ts's `detailFilesFor`): all the `always` ones (any view from zoom 5 may show any country), and the
 * `named` ones holding one of its places. Sorted, each once.
 * @example articleFiles([{ id: 'RU-BEL', shape: 'region-RU-BEL' }], index) // { shapes: ['region-RU-BEL'], detail: ['country-AD', …, 'region-RU-BEL', …] }
 */
export function articleFiles(
  places: Iterable<{ id: string; shape?: string | undefined }>,
  index: DetailIndex,
): ArticleFiles {
  const list = [...places];
  const ids = new Set(list.map((p) => p.id));
  const shapes = new Set(list.flatMap((p) => (p.shape ? [p.shape] : [])));
  const detail = index.files
    .filter((f) => f.drawn === 'always' || f.ids.some((id) => ids.has(id)))
    .map((f) => f.file);
  return { shapes: [...shapes].sort(), detail: [...new Set(detail)].sort() };
}

/** The folders the two globs read, from the project root, and which list of ArticleFiles each keeps. */
const GLOBBED = { 'data/geo': 'shapes', 'data/geo/detail': 'detail' } as const;
const INDEX_FILE = 'data/geo/detail/index.json';

// `import.meta.glob<T>('<folder>/*.geojson'`: the first argument as a plain string, which is how both are written.
const GLOB_CALL = /(import\.meta\.glob\s*(?:<[^>(]*>)?\s*\(\s*)(['"])([^'"\n]*\/\*\.geojson)\2/g;

/**
 * `code` with each `import.meta.glob` of `*.geojson` in one of the GLOBBED folders turned into a list of the kept
 * files of that folder (paths as the glob wrote them, relative to the module), and the folders it met. A list with
 * no file would be a Vite error, so an empty one becomes a pattern that matches nothing.
 * @example keepOnly("import.meta.glob('../../data/geo/*.geojson')", '/p/src/map/shapes.ts', '/p', { shapes: ['river-dnipro'], detail: [] }).code // "import.meta.glob([\"../../data/geo/river-dnipro.geojson\"])"
 */
export function keepOnly(
  code: string,
  moduleId: string,
  root: string,
  files: ArticleFiles,
): { code: string; folders: string[] } {
  const folders: string[] = [];
  const out = code.replace(GLOB_CALL, (call: string, head: string, _q: string, pattern: string) => {
    const folderPattern = pattern.slice(0, -'/*.geojson'.length);
    const folder = relative(root, resolve(dirname(moduleId), folderPattern))
      .split('\\')
      .join('/');
    const which = (GLOBBED as Record<string, keyof ArticleFiles | undefined>)[folder];
    if (!which) return call;
    folders.push(folder);
    const kept = files[which].map((name) => `${folderPattern}/${name}.geojson`);
    return `${head}${JSON.stringify(kept.length ? kept : [`${folderPattern}/*.none-kept`])}`;
  });
  return { code: out, folders };
}

/** data/geo/detail/index.json's text with only the files kept. */
export function keepOnlyInIndex(json: string, detail: readonly string[]): string {
  const index = JSON.parse(json) as DetailIndex;
  const kept = new Set(detail);
  return JSON.stringify({ ...index, files: index.files.filter((f) => kept.has(f.file)) });
}

/** The plugin: see the top of this file. Fails the build if it did not find both globs (a file renamed, a glob rewritten). */
export function onlyArticleFiles(files: ArticleFiles): Plugin {
  let root = process.cwd();
  const seen = new Set<string>();
  return {
    name: 'article-atlas:only-article-files',
    enforce: 'pre',
    config: () => ({ define: { 'import.meta.env.ATLAS_ONE_ARTICLE': 'true' } }),
    configResolved(config) {
      root = config.root;
    },
    transform(code, id) {
      const file = id.split('?')[0] ?? id;
      if (file === join(root, INDEX_FILE)) return { code: keepOnlyInIndex(code, files.detail), map: null };
      if (!code.includes('import.meta.glob')) return undefined;
      const result = keepOnly(code, file, root, files);
      if (result.folders.length === 0) return undefined;
      for (const folder of result.folders) seen.add(folder);
      return { code: result.code, map: null };
    },
    buildEnd(error) {
      if (error) return;
      const missing = Object.keys(GLOBBED).filter((folder) => !seen.has(folder));
      if (missing.length)
        this.error(
          `only-article-files: no import.meta.glob of ${missing.map((f) => `${f}/*.geojson`).join(', ')} found: every file there would be published (build/plugins/article-files.ts)`,
        );
    },
  };
}
