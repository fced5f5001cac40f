/**
 * Public surface of the linker: pure functions from article text and a gazetteer to sentences and mentions.
 */
export type * from './types';
export type { CompiledGazetteer, Candidates, TrieMatch, TrieNode } from './gazetteer';
export type { NameMatch } from './match';
export type { ReadingDecision, ReadingInput, ReadingRule } from './reading';
export type { Word } from './words';
export { compileGazetteer, longestMatch } from './gazetteer';
export { linkArticle, linkText } from './link';
export { findNames } from './match';
export {
  codePointBefore,
  foldAlias,
  foldText,
  isApostrophe,
  isLineBreakChar,
  isUpperCaseText,
  isWhitespace,
  isWordCodePoint,
  wordCharAt,
  wordCharBefore,
} from './normalize';
export { decideReading, isPossessive } from './reading';
export { lineRanges, paragraphs, segmentSentences, trimRange } from './segment';
export { wordAfter, wordBefore } from './words';
