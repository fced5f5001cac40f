import { defineConfig } from 'vitest/config';
import react from '@vitejs/plugin-react';
import type { Plugin } from 'vite';

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

export default defineConfig({
  plugins: [react(), contentSecurityPolicy()],
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
