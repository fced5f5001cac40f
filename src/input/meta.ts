/**
 * Guesses an article's title, source and date from how news copy starts: a headline line, a byline or date
 * line, and a wire dateline ("KYIV, Ukraine (AP) —", "MOSCOW, Sept 30 (Reuters) -"). Only the head of the text
 * is read: a date in the body ("on 24 February 2022") is an event, not the article's date. A guess is only a
 * suggestion for fields the user can edit, so it prefers leaving a field empty to filling it wrongly.
 */

import { isDatelineLine } from './dateline';

/** Same fields as ArticleMeta (src/state/article.ts); every one may be ''. */
export interface GuessedMeta {
  title: string;
  source: string;
  date: string;
}

const MONTH =
  '(?:January|February|March|April|May|June|July|August|September|October|November|December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept|Sep|Oct|Nov|Dec)(?![a-z])\\.?';
// "30 September 2022", "Sept. 30, 2022", "September 30th, 2022", "2022-09-30".
const DATE_WITH_YEAR = new RegExp(
  `\\b(?:\\d{1,2} ${MONTH},? \\d{4}|${MONTH} \\d{1,2}(?:st|nd|rd|th)?,? \\d{4}|\\d{4}-\\d{2}-\\d{2})\\b`,
);
// A wire dateline's date has no year: "Sept 30", "30 Sept".
const SHORT_DATE = `(?:${MONTH} \\d{1,2}|\\d{1,2} ${MONTH})`;

// CITY[, Region or Country][, date] [(SOURCE)] — : the city in capitals ("KYIV", "NEW YORK"), or in title case
// when a source in parentheses follows ("Kyiv (AFP) -").
const DATELINE = new RegExp(
  `^(?<city>[\\p{Lu}][\\p{L}'’.-]*(?:[ -][\\p{Lu}][\\p{L}'’.-]*){0,3})` +
    `(?:,[ \\t]+(?<date>${SHORT_DATE}(?:,? \\d{4})?))?` +
    `(?:,[ \\t]+(?<region>[\\p{Lu}][\\p{L}'’.-]*(?: [\\p{Lu}][\\p{L}'’.-]*){0,3}))?` +
    `(?:,[ \\t]+(?<date2>${SHORT_DATE}(?:,? \\d{4})?))?` +
    `(?:[ \\t]*\\((?<source>[^()\\n]{2,40})\\))?` +
    `[ \\t]*(?<dash>[—–]|--?)[ \\t]`,
  'u',
);

// Agencies and outlets named in a byline line ("By Olena Petrenko, Reuters").
const KNOWN_SOURCES =
  /\b(Associated Press|AP|Reuters|Agence France-Presse|AFP|dpa|UPI|Bloomberg|Xinhua|TASS|Interfax|Ukrinform|BBC|CNN|Al Jazeera)\b/;

function isAllCaps(s: string): boolean {
  return /\p{Lu}/u.test(s) && !/\p{Ll}/u.test(s);
}

interface Dateline {
  source: string;
  date: string;
}

function readDateline(line: string): Dateline | undefined {
  const m = DATELINE.exec(line);
  const g = m?.groups;
  if (!g) return undefined;
  const city = g.city ?? '';
  // A title-case "city" with a dash but no source is an ordinary sentence ("Kyiv - the capital …").
  if (!isAllCaps(city.replace(/[-'’. ]/g, '')) && g.source === undefined) return undefined;
  return { source: (g.source ?? '').trim(), date: (g.date ?? g.date2 ?? '').trim() };
}

// Lines above the body that say who wrote it or when.
const META_LINE = /^(?:by|published|updated|posted|source|filed)\b/i;

/** A headline: short, not a sentence (no final period), not shouted in capitals like a dateline. */
function looksLikeTitle(line: string): boolean {
  const last = line.charAt(line.length - 1);
  return (
    line.length >= 3 &&
    line.length <= 160 &&
    line.split(/\s+/).length <= 25 &&
    last !== '.' &&
    last !== ':' &&
    last !== ',' &&
    last !== ';' &&
    !isAllCaps(line)
  );
}

function firstDate(line: string): string {
  return DATE_WITH_YEAR.exec(line)?.[0] ?? '';
}

/**
 * Guesses title, source and date from the head of an article; each is '' when the text does not say.
 * @example guessMeta('Ukraine retakes Lyman\n\nKYIV, Ukraine (AP) — Ukrainian troops entered Lyman on Oct. 1, 2022.')
 * // { title: 'Ukraine retakes Lyman', source: 'AP', date: '' }
 */
export function guessMeta(text: string): GuessedMeta {
  // The head is a few short lines at most: read no further, whatever the length of the text.
  const lines = text
    .slice(0, 4000)
    .split(/\r\n?|\n|\u2028|\u2029/)
    .map((l) => l.trim())
    .filter((l) => l !== '')
    .slice(0, 8);
  let title = '';
  let source = '';
  let date = '';

  for (let k = 0; k < lines.length; k++) {
    const line = lines[k] ?? '';
    const dateline = readDateline(line);
    if (dateline) {
      source ||= dateline.source;
      date ||= dateline.date;
      // The dateline starts the body (its "Sept 30" may have its year in a header line above, already read).
      break;
    }
    const found = firstDate(line);
    const agency = KNOWN_SOURCES.exec(line)?.[1] ?? '';
    // A byline, a date line, "Updated 1 October 2022", a line naming only the agency.
    const isMetaLine =
      META_LINE.test(line) || (found !== '' && line.length <= 40) || (agency !== '' && line.length <= 40);
    if (isMetaLine) {
      date ||= found;
      source ||= agency;
      continue;
    }
    // A dateline on a line of its own ("KYIV, Ukraine"): the body starts here, it is no headline.
    if (isDatelineLine(line)) break;
    if (title === '' && k <= 2 && k < lines.length - 1 && looksLikeTitle(line)) {
      title = line;
      continue;
    }
    break;
  }
  return { title, source, date };
}
