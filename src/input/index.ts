/**
 * Article input: what a pasted text or an opened file becomes before it is linked. Pure TypeScript with no DOM,
 * so the same code runs in the browser, in a Web Worker and in Node (tests, scripts).
 */
export {
  checkArticleText,
  formatSize,
  overLimitSize,
  utf8Length,
  MAX_ARTICLE_BYTES,
  LONG_LINE_CHARS,
} from './check';
export type { CheckedText, InputProblem } from './check';
export { decodeArticleBytes, firstInvalidUtf8 } from './decode';
export type { ArticleFormat, DecodedArticle } from './decode';
export { decodeEntities } from './entities';
export { htmlToText } from './html';
export type { ReducedText } from './html';
export { markdownToText } from './markdown';
export { guessMeta } from './meta';
export type { GuessedMeta } from './meta';
