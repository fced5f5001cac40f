// Build-time constants the pages are built with (vite.config.ts `define`).
interface ImportMetaEnv {
  /**
   * True on a site `npm run publish` built (build/plugins/article-files.ts): it shows one article, with no way to open
   * another, and carries only the data that article needs. False in the app.
   */
  readonly ATLAS_ONE_ARTICLE: boolean;
}
