/**
 * Settlements the text names after a settlement cue ("the villages of A, B and C", "near the village of X",
 * "X, a village on the river"). Such a name is a place even when no gazetteer has it: the linker makes up an
 * unlocated place for it, in the region the text gives, rather than link a namesake in another oblast.
 */
import type { CompiledGazetteer } from './gazetteer';
import { SETTLEMENT_NOUNS, VILLAGE_NOUNS } from './hints';
import type { RawMatch, ResolvedMatch } from './resolve';
import type { GazetteerEntry, Paragraph, Sentence, TextRange } from './types';
import { wordBefore } from './words';

/** One name in a settlement list or after a settlement noun. */
export interface SettlementItem extends TextRange {
  sentence: number;
  /** The items of the same list (itself included), for the region their known members share. */
  list: number;
  /** True when the cue says village, settlement or hamlet: a same-named town elsewhere is not the place. */
  village: boolean;
}

const CUE = /(?<![\p{L}'])(\p{L}+)\s+of\s+/gu;
const NAME = /\p{Lu}[\p{L}\p{M}'-]*(?: \p{Lu}[\p{L}\p{M}'-]*){0,2}/uy;
const SEPARATOR = /,\s+and\s+|,\s+or\s+|\s+and\s+|\s+or\s+|,\s+/uy;
// "Ukrainka, a village near the front": an apposition that says the name before it is a village.
const APPOSITION =
  /(\p{Lu}[\p{L}\p{M}'-]*(?: \p{Lu}[\p{L}\p{M}'-]*){0,2}), an? ([\p{Ll}-]+)(?: ([\p{Ll}-]+))?/gu;
const MAX_ITEMS = 16;

/** A name's range without a trailing possessive ("Dudchany's") or hyphen. */
function trimName(folded: string, start: number, end: number): TextRange {
  let e = end;
  if (e - start > 2 && folded.charAt(e - 2) === "'" && folded.charAt(e - 1).toLowerCase() === 's') e -= 2;
  while (e > start && (folded.charAt(e - 1) === '-' || folded.charAt(e - 1) === "'")) e--;
  return { start, end: e };
}

/**
 * Every name the text puts after a settlement cue, in text order.
 * @example settlementItems('the villages of Ab and Cd Ef.', [{ index: 0, start: 0, end: 29 }]).map((i) => [i.start, i.end]) // [[16, 18], [23, 28]]
 */
export function settlementItems(folded: string, sentences: readonly Sentence[]): SettlementItem[] {
  const items: SettlementItem[] = [];
  let list = 0;
  for (const sentence of sentences) {
    const text = folded.slice(sentence.start, sentence.end);
    if (!/village|settlement|hamlet|town|cit/u.test(text)) continue;
    CUE.lastIndex = 0;
    for (let cue = CUE.exec(text); cue; cue = CUE.exec(text)) {
      const noun = (cue[1] ?? '').toLowerCase();
      if (!SETTLEMENT_NOUNS.has(noun) || noun === 'port') continue;
      let pos = cue.index + cue[0].length;
      for (let n = 0; n < MAX_ITEMS; n++) {
        NAME.lastIndex = pos;
        const name = NAME.exec(text);
        if (!name) break;
        const range = trimName(text, pos, pos + name[0].length);
        if (range.end > range.start) {
          items.push({
            sentence: sentence.index,
            start: sentence.start + range.start,
            end: sentence.start + range.end,
            list,
            village: VILLAGE_NOUNS.has(noun),
          });
        }
        pos += name[0].length;
        SEPARATOR.lastIndex = pos;
        const separator = SEPARATOR.exec(text);
        if (!separator) break;
        pos += separator[0].length;
      }
      list++;
    }
    APPOSITION.lastIndex = 0;
    for (let a = APPOSITION.exec(text); a; a = APPOSITION.exec(text)) {
      const name = a[1] ?? '';
      // One adjective may come first: "a small village", "a frontline village".
      if (!VILLAGE_NOUNS.has(a[2] ?? '') && !VILLAGE_NOUNS.has(a[3] ?? '')) continue;
      const range = trimName(text, a.index, a.index + name.length);
      const start = sentence.start + range.start;
      if (items.some((i) => i.start === start)) continue;
      items.push({ sentence: sentence.index, start, end: sentence.start + range.end, list, village: true });
      list++;
    }
  }
  return items.sort((a, b) => a.start - b.start);
}

/** The url-safe slug of a name: "Mala Oleksandrivka" → "mala-oleksandrivka". */
export function slug(name: string): string {
  return name
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/['\u2019\u02BC]/gu, '')
    .replace(/[^a-z0-9\p{L}]+/gu, '-')
    .replace(/^-+|-+$/gu, '');
}

interface Where {
  region: GazetteerEntry | undefined;
  country: GazetteerEntry | undefined;
}

/** Everything `placeSettlements` needs about the text. */
export interface SettlementInput {
  text: string;
  folded: string;
  sentences: readonly Sentence[];
  paragraphs: readonly Paragraph[];
  raw: readonly RawMatch[];
  resolved: readonly ResolvedMatch[];
  compiled: CompiledGazetteer;
}

function regionOf(entry: GazetteerEntry): string | undefined {
  return entry.kind === 'region' ? entry.id : entry.region;
}

/**
 * The resolved matches with settlement-cued names fixed: a name after "the villages of" links the candidate in
 * the region the text gives, or a made-up unlocated place there (never a namesake in another oblast); the bare
 * "Oleksandrivka" of "Mala Oleksandrivka" gives way to the whole name; later mentions of a made-up place link it.
 * @example placeSettlements(input).filter((m) => m.entry.unlocated !== undefined).map((m) => m.entry.id) // ['unlocated:mala-oleksandrivka']
 */
export function placeSettlements(input: SettlementInput): ResolvedMatch[] {
  const { folded, sentences, compiled } = input;
  const items = settlementItems(folded, sentences);
  if (items.length === 0) return [...input.resolved];
  let out = [...input.resolved];
  const paragraphOf = paragraphIndex(sentences, input.paragraphs);
  const made = new Map<string, GazetteerEntry>();
  const itemKeys = new Set(items.map((i) => `${i.start}:${i.end}`));

  for (const item of items) {
    const sentence = sentences[item.sentence];
    if (!sentence) continue;
    const exact = out.find((m) => m.start === item.start && m.end === item.end);
    const raw = input.raw.find((m) => m.start === item.start && m.end === item.end);
    const overlapping = out.filter((m) => m.start < item.end && item.start < m.end && m !== exact);
    // A longer gazetteer name holds the item ("the town of Nova Kakhovka" read from inside): leave it.
    if (overlapping.some((m) => m.start <= item.start && m.end >= item.end)) continue;
    const where = whereIs(folded, sentences, item, items, out, itemKeys, paragraphOf, compiled);
    const candidates = (raw?.candidates ?? []).filter((c) => c.kind === 'city');
    const inRegion = where.region ? candidates.find((c) => c.region === where.region?.id) : undefined;
    if (inRegion) {
      const base = exact ?? raw;
      if (!base) continue;
      const fixed: ResolvedMatch = {
        ...base,
        entry: inRegion,
        resolution: exact?.entry === inRegion ? exact.resolution : 'settlement-list',
      };
      out = out.filter((m) => m !== exact && !overlapping.includes(m));
      out.push(fixed);
      continue;
    }
    // Without a region from the text, a name the gazetteer has keeps the feature the resolver gave it.
    if (exact && (!where.region || !item.village)) continue;
    if (!item.village && (exact || raw)) continue;
    if (!where.region && !where.country) continue;
    const name = input.text.slice(item.start, item.end);
    const place = makePlace(name, where, made);
    out = out.filter((m) => m !== exact && !overlapping.includes(m));
    out.push({
      sentence: item.sentence,
      start: item.start,
      end: item.end,
      candidates: [place],
      dateline: false,
      adjective: false,
      entry: place,
      resolution: 'unlocated-settlement',
    });
  }
  out.sort((a, b) => a.start - b.start);
  return made.size === 0 ? out : withLaterMentions(out, made, input);
}

function makePlace(name: string, where: Where, made: Map<string, GazetteerEntry>): GazetteerEntry {
  const area = where.region ?? where.country;
  let id = `unlocated:${slug(name)}`;
  const existing = made.get(id);
  if (existing && existing.region === where.region?.id) return existing;
  if (existing) id = `${id}-${(area?.id ?? 'x').toLowerCase()}`;
  const again = made.get(id);
  if (again) return again;
  const reason = where.region
    ? `Not in the settlement data; the article places it in the ${where.region.name} region.`
    : `Not in the settlement data, and the article gives no region; shown with ${where.country?.name ?? 'its country'}.`;
  const place: GazetteerEntry = {
    id,
    name,
    kind: 'city',
    group: 'towns',
    aliases: [],
    seat: false,
    bbox: area ? [...area.bbox] : [-180, -90, 180, 90],
    unlocated: reason,
  };
  if (where.region) place.region = where.region.id;
  made.set(id, place);
  return place;
}

/** Later bare mentions of a made-up place ("near Zolota Balka" after "the villages of … Zolota Balka"). */
function withLaterMentions(
  resolved: ResolvedMatch[],
  made: ReadonlyMap<string, GazetteerEntry>,
  input: SettlementInput,
): ResolvedMatch[] {
  const { folded, sentences } = input;
  const out = [...resolved];
  for (const place of made.values()) {
    const first = out.find((m) => m.entry === place);
    if (!first) continue;
    const needle = folded.slice(first.start, first.end);
    for (let at = folded.indexOf(needle, first.end); at !== -1; at = folded.indexOf(needle, at + 1)) {
      const end = at + needle.length;
      if (/[\p{L}\p{N}]/u.test(folded.charAt(at - 1)) || /[\p{L}\p{N}]/u.test(folded.charAt(end))) continue;
      if (out.some((m) => m.start < end && at < m.end)) continue;
      const sentence = sentences.find((s) => s.start <= at && end <= s.end);
      if (!sentence) continue;
      out.push({
        sentence: sentence.index,
        start: at,
        end,
        candidates: [place],
        dateline: false,
        adjective: false,
        entry: place,
        resolution: 'same-as-before',
      });
    }
  }
  return out.sort((a, b) => a.start - b.start);
}

const LOCATING = new Set(['in', 'of', 'into', 'across', 'throughout', 'from', 'near', 'within']);
// prettier-ignore
const SKIPPED = new Set([
  'the', 'northern', 'southern', 'eastern', 'western', 'northeastern', 'northwestern', 'southeastern',
  'southwestern', 'central', 'neighbouring', 'neighboring', 'occupied', 'whole', 'entire',
]);

/** True when the words before a region mention locate something in it ("in the", "of southern", "into the"). */
function isLocated(folded: string, sentences: readonly Sentence[], m: ResolvedMatch): boolean {
  const lo = sentences[m.sentence]?.start ?? 0;
  let word = wordBefore(folded, lo, m.start);
  for (let hops = 0; word && hops < 4; hops++) {
    // "north-eastern" is two words to wordBefore: step over the hyphen too.
    const lower = word.word.toLowerCase();
    if (LOCATING.has(lower)) return true;
    if (!SKIPPED.has(lower) && !['north', 'south'].includes(lower)) return false;
    const p = folded.charAt(word.start - 1) === '-' ? word.start - 1 : word.start;
    word = wordBefore(folded, lo, p);
  }
  return false;
}

function paragraphIndex(
  sentences: readonly Sentence[],
  paragraphs: readonly Paragraph[],
): (i: number) => number {
  const bySentence = sentences.map(
    (s) => paragraphs.find((p) => p.start <= s.start && s.end <= p.end)?.index ?? -1,
  );
  return (i) => bySentence[i] ?? -1;
}

/**
 * The region the text gives for a listed settlement: a region named in its sentence (the nearest after it, else
 * before), a town named in the sentence outside the list, a region named earlier in the paragraph, the region
 * most known members of the list share, or the last region named before it; and the country of that region or,
 * failing one, of the last place named before it.
 */
function whereIs(
  folded: string,
  sentences: readonly Sentence[],
  item: SettlementItem,
  items: readonly SettlementItem[],
  resolved: readonly ResolvedMatch[],
  itemKeys: ReadonlySet<string>,
  paragraphOf: (i: number) => number,
  compiled: CompiledGazetteer,
): Where {
  const places = resolved.filter((m) => !m.adjective && m.entry.unlocated === undefined);
  // Only a region that locates something ("in the Donetsk region", "of southern Kherson") says where a village
  // is; "the Lugansk military administration" names who speaks.
  const regions = places.filter((m) => m.entry.kind === 'region' && isLocated(folded, sentences, m));
  const inSentence = regions.filter((m) => m.sentence === item.sentence);
  const after = inSentence.find((m) => m.start >= item.end);
  const before = inSentence.filter((m) => m.end <= item.start).at(-1);
  let region: GazetteerEntry | undefined = (after ?? before)?.entry;
  if (!region) {
    const town = places.find(
      (m) =>
        m.sentence === item.sentence &&
        m.entry.kind === 'city' &&
        m.entry.region !== undefined &&
        !itemKeys.has(`${m.start}:${m.end}`),
    );
    region = town?.entry.region === undefined ? undefined : compiled.byId.get(town.entry.region);
  }
  if (!region) {
    const paragraph = paragraphOf(item.sentence);
    region = regions
      .filter((m) => m.end <= item.start && paragraphOf(m.sentence) === paragraph)
      .at(-1)?.entry;
  }
  if (!region) {
    const votes = new Map<string, number>();
    for (const other of items) {
      if (other.list !== item.list || other === item) continue;
      const m = places.find((p) => p.start === other.start && p.end === other.end);
      const r = m && m.candidates.length === 1 ? m.entry.region : undefined;
      if (r !== undefined) votes.set(r, (votes.get(r) ?? 0) + 1);
    }
    const best = [...votes.entries()].sort((a, b) => b[1] - a[1])[0];
    if (best) region = compiled.byId.get(best[0]);
  }
  if (!region) region = regions.filter((m) => m.end <= item.start).at(-1)?.entry;
  if (region && region.kind !== 'region') region = undefined;
  const countryId =
    region?.id.split('-')[0] ??
    places
      .filter((m) => m.end <= item.start)
      .map((m) => (m.entry.kind === 'country' ? m.entry.id : regionOf(m.entry)?.split('-')[0]))
      .filter((id) => id !== undefined)
      .at(-1);
  const country = countryId === undefined ? undefined : compiled.byId.get(countryId);
  return { region, country: country?.kind === 'country' ? country : undefined };
}
