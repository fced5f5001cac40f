/**
 * A dateline set on a line of its own, without its dash: read by guessMeta (meta.ts), where the body starts, and by
 * the article's display (src/state/article.ts), which shows it as a block of its own. A module of its own, so the
 * page's first-view code takes this one test, not the rest of meta.ts, which only the Open dialog needs.
 */
// A city in capitals, optionally followed by a country or state: "MOSCOW", "KYIV, Ukraine", "NEW YORK (Reuters)".
const DATELINE_LINE =
  /^[A-Z][A-Z.’'-]+(?: [A-Z][A-Z.’'-]+)*(?:, [A-Z][A-Za-z.’' -]{0,40})?(?: \([A-Za-z]+\))?$/;

/**
 * Whether a whole line is a dateline without its dash, as wire copy sets one on a line of its own.
 * @example isDatelineLine('KYIV, Ukraine') // true
 */
export function isDatelineLine(line: string): boolean {
  return DATELINE_LINE.test(line);
}
