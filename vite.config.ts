import { defineConfig } from 'vitest/config';
import react from '@vitejs/plugin-react';
import { contentSecurityPolicy } from './build/plugins/csp.ts';
import { inlineStylesheets } from './build/plugins/inline-stylesheets.ts';
import { ARTICLE_ENV, landingArticle } from './build/plugins/landing-article.ts';
import { maplibreSource } from './build/plugins/maplibre-source.ts';
import { preloadMapChunk } from './build/plugins/preload-map-chunk.ts';
import { prerenderPages } from './build/plugins/prerender.ts';

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
    // The full app and the embed page share every chunk but their entry.
    rollupOptions: { input: { main: 'index.html', embed: 'embed.html' } },
  },
  test: {
    include: ['src/**/*.test.ts', 'scripts/**/*.test.ts', 'build/**/*.test.ts'],
    environment: 'node',
  },
});
