import { createHash } from 'node:crypto';
import type { Plugin } from 'vite';

/**
 * The Content-Security-Policy of the built page. Everything comes from our own origin: scripts, the MapLibre
 * worker, the GeoJSON (fetch), the stylesheets. `img-src data:` is for the icons MapLibre's stylesheet embeds as
 * data: URLs. No 'unsafe-inline' anywhere: React and MapLibre set styles through the CSSOM (element.style),
 * which CSP does not govern; the only inline content is our own stylesheet (see `inlineStylesheets`), allowed by
 * its SHA-256 hash. frame-ancestors cannot be set from a <meta> element (browsers ignore it there); a server
 * header must do it (docs/publish.md).
 */
export const policy = (styleHashes: readonly string[]): string =>
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
export function contentSecurityPolicy(): Plugin {
  return {
    name: 'article-atlas:csp',
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
