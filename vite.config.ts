import { defineConfig } from 'vitest/config';
import type { Plugin } from 'vite';
import react from '@vitejs/plugin-react';

/**
 * The Content-Security-Policy of the built page. Everything comes from our own origin: scripts, the MapLibre
 * worker, the GeoJSON (fetch), the stylesheet. `img-src data:` is for the icons MapLibre's stylesheet embeds as
 * data: URLs. No 'unsafe-inline' anywhere: React and MapLibre set styles through the CSSOM (element.style),
 * which CSP does not govern, and the build has no inline script or style.
 * frame-ancestors cannot be set from a <meta> element (browsers ignore it there); a server header must do it.
 */
const CONTENT_SECURITY_POLICY = [
  "default-src 'self'",
  "script-src 'self'",
  "worker-src 'self'",
  "style-src 'self'",
  "img-src 'self' data:",
  "font-src 'self'",
  "connect-src 'self'",
  "object-src 'none'",
  "base-uri 'self'",
  "form-action 'none'",
].join('; ');

/**
 * Adds the policy as a <meta http-equiv> to the built HTML only: the dev server's React refresh preamble is an
 * inline script, so `npm start` runs without it.
 */
function contentSecurityPolicy(): Plugin {
  return {
    name: 'article-atlas-csp',
    apply: 'build',
    transformIndexHtml: {
      order: 'post',
      handler: () => [
        {
          tag: 'meta',
          attrs: { 'http-equiv': 'Content-Security-Policy', content: CONTENT_SECURITY_POLICY },
          injectTo: 'head-prepend',
        },
      ],
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
  plugins: [react(), preloadMapChunk(), contentSecurityPolicy()],
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
