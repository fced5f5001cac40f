import { defineConfig } from 'vitest/config';
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { createServer, type Plugin } from 'vite';
import react from '@vitejs/plugin-react';
import { linkArticle, paragraphs } from './src/linking';
import { parseGazetteer } from './src/state/data';

/**
 * The Content-Security-Policy of the built page. Everything comes from our own origin: scripts, the MapLibre
 * worker, the GeoJSON (fetch), the stylesheets. `img-src data:` is for the icons MapLibre's stylesheet embeds as
 * data: URLs. No 'unsafe-inline' anywhere: React and MapLibre set styles through the CSSOM (element.style),
 * which CSP does not govern; the only inline content is our own stylesheet (see `inlineStylesheets`), allowed by
 * its SHA-256 hash. frame-ancestors cannot be set from a <meta> element (browsers ignore it there); a server
 * header must do it.
 */
const policy = (styleHashes: readonly string[]): string =>
  [
    "default-src 'self'",
    "script-src 'self'",
    "worker-src 'self'",
    ["style-src 'self'", ...styleHashes.map((h) => `'${h}'`)].join(' '),
    "img-src 'self' data:",
    "font-src 'self'",
    "connect-src 'self'",
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'none'",
  ].join('; ');

/**
 * Adds the policy as a <meta http-equiv> to the built HTML only (the dev server's React refresh preamble is an
 * inline script, so `npm start` runs without it), with the hash of every inline <style> the page has by then.
 */
function contentSecurityPolicy(): Plugin {
  return {
    name: 'article-atlas-csp',
    apply: 'build',
    transformIndexHtml: {
      order: 'post',
      handler: (html) => {
        const hashes = [...html.matchAll(/<style>([\s\S]*?)<\/style>/g)].map(
          ([, css]) =>
            `sha256-${createHash('sha256')
              .update(css ?? '')
              .digest('base64')}`,
        );
        return [
          {
            tag: 'meta',
            attrs: { 'http-equiv': 'Content-Security-Policy', content: policy(hashes) },
            injectTo: 'head-prepend',
          },
        ];
      },
    },
  };
}

/**
 * Our own stylesheets (a few KB) go inline into the built pages: a linked stylesheet blocks the first paint
 * for one more round trip, which on a slow phone network is most of the time to the article text. MapLibre's
 * stylesheet stays a file, loaded with the map.
 */
function inlineStylesheets(): Plugin {
  return {
    name: 'article-atlas:inline-stylesheets',
    apply: 'build',
    transformIndexHtml: {
      order: 'post',
      handler(html, ctx) {
        return html.replace(
          /<link rel="stylesheet" crossorigin href="\/(assets\/[\w.-]+\.css)">/g,
          (tag, fileName: string) => {
            const asset = ctx.bundle?.[fileName];
            if (!asset || asset.type !== 'asset') return tag;
            const css = String(asset.source);
            if (css.includes('</')) throw new Error(`inline-stylesheets: ${fileName} contains "</"`);
            return `<style>${css}</style>`;
          },
        );
      },
    },
  };
}

/**
 * Renders the first view of the full app and of the embed (the default article, no state in the URL) into
 * index.html and embed.html at build time, through a throwaway Vite server that loads src/app/prerender.tsx the
 * way it runs on a server. The page then paints from the HTML alone, before any script has arrived; the entries
 * hydrate it.
 */
function prerenderPages(): Plugin {
  let root = process.cwd();
  return {
    name: 'article-atlas:prerender',
    apply: 'build',
    configResolved(config) {
      root = config.root;
    },
    transformIndexHtml: {
      order: 'post',
      async handler(html, ctx) {
        const page = ctx.filename.endsWith('/index.html')
          ? 'prerenderApp'
          : ctx.filename.endsWith('/embed.html')
            ? 'prerenderEmbed'
            : null;
        if (!page) return html;
        const server = await createServer({
          configFile: false,
          root,
          logLevel: 'error',
          appType: 'custom',
          server: { middlewareMode: true, hmr: false, ws: false },
          optimizeDeps: { noDiscovery: true, include: [] },
          plugins: [defaultArticleLinks()],
        });
        try {
          const module = (await server.ssrLoadModule('/src/app/prerender.tsx')) as Record<
            typeof page,
            () => string
          >;
          const body = module[page]();
          if (!html.includes('<div id="root"></div>'))
            throw new Error(`prerender: no empty #root in ${ctx.filename}`);
          return html.replace('<div id="root"></div>', `<div id="root">${body}</div>`);
        } finally {
          await server.close();
        }
      },
    },
  };
}

/**
 * `virtual:default-links`: the default article's paragraphs and links. A production build links the article
 * here, once, and ships the result as data, so the page neither downloads the linker (about 10 KB gzip) nor runs
 * it on every load. The dev server and the tests get a module that links at run time, so they always reflect
 * the linker's current code.
 */
export function defaultArticleLinks(): Plugin {
  const id = 'virtual:default-links';
  let build = false;
  let root = process.cwd();
  return {
    name: 'article-atlas:default-links',
    configResolved(config) {
      build = config.command === 'build';
      root = config.root;
    },
    resolveId: (source) => (source === id ? `\0${id}` : undefined),
    load(loaded) {
      if (loaded !== `\0${id}`) return undefined;
      if (!build) {
        return [
          "import text from '/data/annexation-ceremony.txt?raw';",
          "import gazetteer from '/data/gazetteer.json';",
          "import { linkArticle, paragraphs } from '/src/linking';",
          "import { parseGazetteer } from '/src/state/data';",
          'export default { paragraphs: paragraphs(text), links: linkArticle(text, parseGazetteer(gazetteer)) };',
        ].join('\n');
      }
      const textFile = join(root, 'data/annexation-ceremony.txt');
      const gazetteerFile = join(root, 'data/gazetteer.json');
      this.addWatchFile(textFile);
      this.addWatchFile(gazetteerFile);
      const text = readFileSync(textFile, 'utf8');
      const gazetteer = parseGazetteer(JSON.parse(readFileSync(gazetteerFile, 'utf8')));
      const linked = { paragraphs: paragraphs(text), links: linkArticle(text, gazetteer) };
      return `export default JSON.parse(${JSON.stringify(JSON.stringify(linked))});`;
    },
  };
}

/**
 * MapLibre is a lazy chunk (src/map/load.ts) so the article paints first; a modulepreload link lets the browser
 * fetch it alongside the main chunk instead of after it, and a preload warms its stylesheet without blocking.
 */
function preloadMapChunk(): Plugin {
  return {
    name: 'article-atlas:preload-map-chunk',
    apply: 'build',
    transformIndexHtml: {
      order: 'post',
      handler(_html, ctx) {
        const chunk = Object.values(ctx.bundle ?? {}).find(
          (c) =>
            c.type === 'chunk' && c.isDynamicEntry && c.facadeModuleId?.endsWith('/src/map/controller.ts'),
        );
        if (!chunk || chunk.type !== 'chunk')
          throw new Error('preload-map-chunk: no chunk for src/map/controller.ts');
        const css = [...(chunk.viteMetadata?.importedCss ?? [])];
        return [
          {
            tag: 'link',
            attrs: { rel: 'modulepreload', crossorigin: true, href: `/${chunk.fileName}` },
            injectTo: 'head',
          },
          ...css.map((href) => ({
            tag: 'link',
            attrs: { rel: 'preload', as: 'style', crossorigin: true, href: `/${href}` },
            injectTo: 'head' as const,
          })),
        ];
      },
    },
  };
}

export default defineConfig({
  plugins: [
    react(),
    defaultArticleLinks(),
    preloadMapChunk(),
    prerenderPages(),
    inlineStylesheets(),
    contentSecurityPolicy(),
  ],
  // The linking worker loads the world gazetteer as a chunk of its own on demand, which needs an ES module worker.
  worker: { format: 'es' },
  build: {
    target: 'es2022',
    sourcemap: false,
    // MapLibre alone is ~800 KB minified; it is loaded as its own chunk, so the warning says nothing useful.
    chunkSizeWarningLimit: 1400,
    // GeoJSON stays a file of its own: hashed, cacheable, and fetched from our origin rather than inlined as data: URLs.
    assetsInlineLimit: (file) => (file.endsWith('.geojson') ? false : undefined),
    // The full app and the embed page share every chunk but their entry.
    rollupOptions: { input: { main: 'index.html', embed: 'embed.html' } },
  },
  test: {
    include: ['src/**/*.test.ts', 'scripts/**/*.test.ts'],
    environment: 'node',
  },
});
