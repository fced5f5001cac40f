import { defineConfig } from 'vitest/config';
import type { Plugin } from 'vite';
import react from '@vitejs/plugin-react';

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
  plugins: [react(), preloadMapChunk()],
  build: {
    target: 'es2022',
    sourcemap: false,
    // MapLibre alone is ~800 KB minified; it is loaded as its own chunk, so the warning says nothing useful.
    chunkSizeWarningLimit: 1400,
    // GeoJSON stays a file of its own: hashed, cacheable, and fetched from our origin rather than inlined as data: URLs.
    assetsInlineLimit: (file) => (file.endsWith('.geojson') ? false : undefined),
  },
  test: {
    include: ['src/**/*.test.ts', 'scripts/**/*.test.ts'],
    environment: 'node',
  },
});
