/**
 * CSV of mentions, one row each (RFC 4180: comma-separated, CRLF line ends, fields quoted when they hold a comma,
 * a quote or a line break, quotes doubled). A text cell that starts with = + - @ (or a tab or carriage return)
 * gets a leading apostrophe, so a spreadsheet shows it as text instead of running it as a formula.
 */
import { allMentions, sentenceOf, type ExportInput } from './common';

export const CSV_COLUMNS = [
  'start',
  'end',
  'surface',
  'place_id',
  'place_name',
  'kind',
  'reading',
  'status',
  'applied',
  'by',
  'rule',
  'at',
  'sentence_index',
  'sentence',
] as const;

/**
 * A text cell made safe for spreadsheets and quoted as RFC 4180 asks.
 * @example csvCell('=HYPERLINK("x")') // '"\'=HYPERLINK(""x"")"'
 */
export function csvCell(value: string | number | boolean | null): string {
  if (value === null) return '';
  if (typeof value !== 'string') return String(value);
  const safe = /^[=+\-@\t\r]/u.test(value) ? `'${value}` : value;
  return /[",\r\n]/u.test(safe) ? `"${safe.replace(/"/gu, '""')}"` : safe;
}

/**
 * Every mention, rejected ones included (status not-a-place, with no place), in text order, with a header row.
 * @example toCsv(input).split('\r\n')[0] // 'start,end,surface,place_id,…'
 */
export function toCsv(input: ExportInput): string {
  const rows: string[] = [CSV_COLUMNS.join(',')];
  for (const m of allMentions(input.links)) {
    const linked = m.status !== 'not-a-place';
    const entry = linked ? input.placeOf(m.featureId) : undefined;
    const sentence = sentenceOf(input.text, input.links.sentences, m);
    const cells: Array<string | number | boolean | null> = [
      m.start,
      m.end,
      m.surface,
      linked ? m.featureId : null,
      entry?.name ?? null,
      entry?.kind ?? null,
      m.reading,
      m.status,
      m.applied,
      m.provenance.by,
      m.provenance.rule,
      m.provenance.at,
      sentence.index,
      sentence.text,
    ];
    rows.push(cells.map(csvCell).join(','));
  }
  return `${rows.join('\r\n')}\r\n`;
}
