import { createServer, type Plugin } from 'vite';
import { landingArticle, type LandingArticleOptions } from './landing-article.ts';

/**
 * Renders the first view of the full app and of the embed (the landing article, no state in the URL) into
 * index.html and embed.html at build time, through a throwaway Vite server that loads src/app/prerender.tsx the
 * way it runs on a server. The page then paints from the HTML alone, before any script has arrived; the entries
 * hydrate it. `article` must be the same as the build's `landingArticle` options, or hydration would mismatch; the
 * server gets the build's `define` constants for the same reason (a published site's `import.meta.env.ATLAS_ONE_ARTICLE`).
 */
export function prerenderPages(article: LandingArticleOptions = {}): Plugin {
  let root = process.cwd();
  let define: Record<string, unknown> | undefined;
  return {
    name: 'article-atlas:prerender',
    apply: 'build',
    configResolved(config) {
      root = config.root;
      define = config.define;
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
          plugins: [landingArticle(article)],
          ...(define ? { define } : {}),
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
