import type { Plugin } from 'vite';

/**
 * MapLibre is a lazy chunk (src/map/load.ts) so the article paints first; a modulepreload link lets the browser
 * fetch it alongside the main chunk instead of after it, and a preload warms its stylesheet without blocking.
 */
export function preloadMapChunk(): Plugin {
  let base = '/';
  return {
    name: 'article-atlas:preload-map-chunk',
    apply: 'build',
    configResolved(config) {
      base = config.base;
    },
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
            attrs: { rel: 'modulepreload', crossorigin: true, href: `${base}${chunk.fileName}` },
            injectTo: 'head',
          },
          ...css.map((href) => ({
            tag: 'link',
            attrs: { rel: 'preload', as: 'style', crossorigin: true, href: `${base}${href}` },
            injectTo: 'head' as const,
          })),
        ];
      },
    },
  };
}
