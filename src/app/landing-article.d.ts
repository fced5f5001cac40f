// The article a page opens with, made by the `landingArticle` plugin (build/plugins/landing-article.ts): the default
// article, or the one `npm run publish` prepared. An `ArticleValue`, typed where it is imported (src/app/boot.ts),
// since an ambient module cannot import our types by relative path.
declare module 'virtual:landing-article' {
  const article: unknown;
  export default article;
  /** Gazetteer entries the article names that the default gazetteer lacks (GazetteerEntry[]). */
  export const entries: unknown;
}
