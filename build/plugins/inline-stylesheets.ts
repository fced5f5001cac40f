import type { Plugin } from 'vite';

const escape = (s: string): string => s.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');

/**
 * Our own stylesheets (a few KB) go inline into the built pages: a linked stylesheet blocks the first paint
 * for one more round trip, which on a slow phone network is most of the time to the article text. MapLibre's
 * stylesheet stays a file, loaded with the map.
 */
export function inlineStylesheets(): Plugin {
  let base = '/';
  return {
    name: 'article-atlas:inline-stylesheets',
    apply: 'build',
    configResolved(config) {
      base = config.base;
    },
    transformIndexHtml: {
      order: 'post',
      handler(html, ctx) {
        const link = new RegExp(
          `<link rel="stylesheet" crossorigin href="${escape(base)}(assets/[\\w.-]+\\.css)">`,
          'g',
        );
        return html.replace(link, (tag, fileName: string) => {
          const asset = ctx.bundle?.[fileName];
          if (!asset || asset.type !== 'asset') return tag;
          const css = String(asset.source);
          if (css.includes('</')) throw new Error(`inline-stylesheets: ${fileName} contains "</"`);
          return `<style>${css}</style>`;
        });
      },
    },
  };
}
