// The default article's paragraphs and links, made by the `defaultArticleLinks` plugin in vite.config.ts; typed
// where it is imported (src/app/boot.ts), since an ambient module cannot import our types by relative path.
declare module 'virtual:default-links' {
  const linked: unknown;
  export default linked;
}
