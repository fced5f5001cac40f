import { defineConfig } from 'vitest/config';
import react from '@vitejs/plugin-react';
import { contentSecurityPolicy } from './build/plugins/csp.ts';
import { inlineStylesheets } from './build/plugins/inline-stylesheets.ts';
import { ARTICLE_ENV, landingArticle } from './build/plugins/landing-article.ts';
import { maplibreSource } from './build/plugins/maplibre-source.ts';
import { preloadMapChunk } from './build/plugins/preload-map-chunk.ts';
import { prerenderPages } from './build/plugins/prerender.ts';

/**
 * The code both pages run from the start goes into one shared chunk, `app`, beside each page's own entry chunk (main,
 * embed). Left to itself the bundler cut that code into nine chunks wherever a lazy chunk (the map, the facts box, the
 * review tools) shares a module with it, some of them 199 bytes. Each was one more request the parser starts in the
 * page's head before it reaches the text, and one more on the way to the map: the full page asked for 12 files
 * before its map, now 5, and its scripts weigh 3.1 KB less brotli.
 *
 * A module only one entry runs stays in that entry (minShareCount); one the full page shares with a lazy chunk (the
 * review tools) counts as shared, so the embed's scripts weigh 0.8 KB more brotli. A stylesheet follows its module, so
 * app.css and review.css make the shared sheet, in the order the code imports them (app.css first: both entries
 * import it first), inlined before print.css (main) or embed.css (embed) as before. The embed's HTML thereby carries
 * review.css (2.8 KB raw, 0.4 KB brotli) it does not use.
 */
const firstViewCode = {
  name: 'app',
  tags: ['$initial' as const],
  minShareCount: 2,
  test: (id: string) =>
    !/\.html$|\/src\/(main\.tsx|main-embed\.tsx|embed\/|app\/EmbedApp\.tsx|app\/embed\.css)/.test(id),
};

// The article the pages open with: the default, or the one `npm run publish` prepared (build/plugins/README.md).
const article = { file: process.env[ARTICLE_ENV] };

export default defineConfig({
  plugins: [
    react(),
    maplibreSource(),
    landingArticle(article),
    preloadMapChunk(),
    prerenderPages(article),
    inlineStylesheets(),
    contentSecurityPolicy(),
  ],
  // True only on a published site: build/plugins/article-files.ts, which only `npm run publish` adds, sets it.
  define: { 'import.meta.env.ATLAS_ONE_ARTICLE': 'false' },
  // The linking worker loads the world gazetteer as a chunk of its own on demand, which needs an ES module worker.
  worker: { format: 'es' },
  build: {
    target: 'es2022',
    sourcemap: false,
    // MapLibre alone is ~800 KB minified; it is loaded as its own chunk, so the warning says nothing useful.
    chunkSizeWarningLimit: 1400,
    // GeoJSON stays a file of its own: hashed, cacheable, and fetched from our origin rather than inlined as data: URLs.
    assetsInlineLimit: (file) => (file.endsWith('.geojson') ? false : undefined),
    rollupOptions: {
      input: { main: 'index.html', embed: 'embed.html' },
      output: { codeSplitting: { groups: [firstViewCode] } },
    },
  },
  test: {
    include: ['src/**/*.test.ts', 'scripts/**/*.test.ts', 'build/**/*.test.ts'],
    environment: 'node',
    // Vitest's default in a run is one worker fewer than the cores: one worker on our 2-core machines, where the suite
    // took 157 s; two took 77 s (scripts/build-data.test.ts, which rebuilds every data file, is then the long pole).
    maxWorkers: 2,
  },
});
