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

// Nouns that open a settlement list when "of" follows ("the villages of", "the town of"): every settlement noun
// but "port".
const CUE_NOUNS: ReadonlySet<string> = new Set([...SETTLEMENT_NOUNS].filter((noun) => noun !== 'port'));
const NAME = /\p{Lu}[\p{L}\p{M}'-]*(?: \p{Lu}[\p{L}\p{M}'-]*){0,2}/uy;
const SEPARATOR = /,\s+and\s+|,\s+or\s+|\s+and\s+|\s+or\s+|,\s+/uy;
// "Ukrainka, a village near the front", "Pisky, a small village": an apposition that says the name is a village.
const APPOSITION = /, an? (?:[\p{Ll}-]+ )??(?:village|settlement|hamlet)(?![\p{L}])/gu;
const CAPITALISED_BEFORE = /(?:\p{Lu}[\p{L}\p{M}'-]*)(?: \p{Lu}[\p{L}\p{M}'-]*){0,2}$/u;
const MAX_ITEMS = 16;

/** The sentence holding position `pos`, by bisection. */
function sentenceAt(sentences: readonly Sentence[], pos: number): Sentence | undefined {
  let lo = 0;
  let hi = sentences.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if ((sentences[mid]?.end ?? Infinity) <= pos) lo = mid + 1;
    else hi = mid;
  }
  const s = sentences[lo];
  return s && s.start <= pos ? s : undefined;
}

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
  // " of " is cheap to find; the word before it says whether a settlement list follows.
  for (let of = folded.indexOf(' of ', 1); of !== -1; of = folded.indexOf(' of ', of + 4)) {
    const nounWord = wordBefore(folded, Math.max(0, of - 20), of);
    if (!nounWord || !CUE_NOUNS.has(nounWord.word.toLowerCase())) continue;
    const sentence = sentenceAt(sentences, of);
    if (!sentence || nounWord.start < sentence.start) continue;
    const noun = nounWord.word.toLowerCase();
    let pos = of + 4;
    while (pos < sentence.end && folded.charAt(pos) === ' ') pos++;
    for (let n = 0; n < MAX_ITEMS && pos < sentence.end; n++) {
      NAME.lastIndex = pos;
      const name = NAME.exec(folded);
      if (!name || pos + name[0].length > sentence.end) break;
      const range = trimName(folded, pos, pos + name[0].length);
      if (range.end > range.start)
        items.push({ sentence: sentence.index, ...range, list, village: VILLAGE_NOUNS.has(noun) });
      pos += name[0].length;
      SEPARATOR.lastIndex = pos;
      const separator = SEPARATOR.exec(folded);
      if (!separator) break;
      pos += separator[0].length;
    }
    list++;
  }
  const starts = new Set(items.map((i) => i.start));
  APPOSITION.lastIndex = 0;
  for (let a = APPOSITION.exec(folded); a; a = APPOSITION.exec(folded)) {
    const sentence = sentenceAt(sentences, a.index);
    if (!sentence || a.index + a[0].length > sentence.end) continue;
    const name = CAPITALISED_BEFORE.exec(folded.slice(Math.max(sentence.start, a.index - 60), a.index));
    if (!name) continue;
    const range = trimName(folded, a.index - name[0].length, a.index);
    if (range.start < sentence.start || starts.has(range.start)) continue;
    items.push({ sentence: sentence.index, ...range, list, village: true });
    list++;
  }
  return items.sort((x, y) => x.start - y.start);
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

const key = (m: TextRange) => `${m.start}:${m.end}`;

/** Index of the last element of `sorted` (by start) that ends at or before `pos`, or -1. */
function lastEndingBefore(sorted: readonly TextRange[], pos: number): number {
  let lo = 0;
  let hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if ((sorted[mid]?.end ?? Infinity) <= pos) lo = mid + 1;
    else hi = mid;
  }
  return lo - 1;
}

/** The element of `sorted` (by start, non-overlapping) with exactly the range `r`, by bisection. */
function findRange<T extends TextRange>(sorted: readonly T[], r: TextRange): T | undefined {
  for (let k = lastEndingBefore(sorted, r.start) + 1; k < sorted.length; k++) {
    const m = sorted[k];
    if (!m || m.start > r.start) break;
    if (m.start === r.start && m.end === r.end) return m;
  }
  return undefined;
}

/** How far back `whereIs` looks for the last region named before a settlement: far more than one article. */
const LOOK_BACK = 400;

/**
 * What `whereIs` asks about the resolved names, answered by bisection over the sorted matches: only texts with a
 * settlement cue get here, and a long one must stay linear.
 */
class View {
  private readonly locatedCache = new Map<ResolvedMatch, boolean>();
  readonly itemKeys: ReadonlySet<string>;
  readonly itemsByList = new Map<number, SettlementItem[]>();

  constructor(
    readonly folded: string,
    readonly sentences: readonly Sentence[],
    readonly paragraphs: readonly Paragraph[],
    readonly compiled: CompiledGazetteer,
    /** Places (no adjectives, nothing made up), sorted. */
    readonly places: readonly ResolvedMatch[],
    items: readonly SettlementItem[],
  ) {
    this.itemKeys = new Set(items.map(key));
    for (const item of items) {
      const list = this.itemsByList.get(item.list);
      if (list) list.push(item);
      else this.itemsByList.set(item.list, [item]);
    }
  }

  paragraphOf(sentence: number): number {
    const s = this.sentences[sentence];
    if (!s) return -1;
    const i = lastEndingBefore(this.paragraphs, s.start) + 1;
    const p = this.paragraphs[i];
    return p && p.start <= s.start ? p.index : -1;
  }

  inSentence(sentence: number): ResolvedMatch[] {
    const s = this.sentences[sentence];
    const out: ResolvedMatch[] = [];
    if (!s) return out;
    for (let k = lastEndingBefore(this.places, s.start) + 1; k < this.places.length; k++) {
      const m = this.places[k];
      if (!m || m.start >= s.end) break;
      out.push(m);
    }
    return out;
  }

  /**
   * Only a region that locates something ("in the Donetsk region", "of southern Kherson") says where a village
   * is; "the Lugansk military administration" names who speaks.
   */
  isLocatedRegion(m: ResolvedMatch): boolean {
    if (m.entry.kind !== 'region') return false;
    let located = this.locatedCache.get(m);
    if (located === undefined) {
      located = isLocated(this.folded, this.sentences, m);
      this.locatedCache.set(m, located);
    }
    return located;
  }

  lastLocatedBefore(pos: number): ResolvedMatch | undefined {
    for (let k = lastEndingBefore(this.places, pos), hops = 0; k >= 0 && hops < LOOK_BACK; k--, hops++) {
      const m = this.places[k];
      if (m && this.isLocatedRegion(m)) return m;
    }
    return undefined;
  }
}

/**
 * The resolved matches with settlement-cued names fixed: a name after "the villages of" links the candidate in
 * the region the text gives, or a made-up unlocated place there (never a namesake in another oblast); the bare
 * "Oleksandrivka" of "Mala Oleksandrivka" gives way to the whole name; later mentions of a made-up place link it.
 * @example placeSettlements(input).filter((m) => m.entry.unlocated !== undefined).map((m) => m.entry.id) // ['unlocated:mala-oleksandrivka']
 */
export function placeSettlements(input: SettlementInput): ResolvedMatch[] {
  const { folded, sentences, compiled, resolved } = input;
  const items = settlementItems(folded, sentences);
  if (items.length === 0) return [...resolved];
  const places = resolved.filter((m) => !m.adjective && m.entry.unlocated === undefined);
  const view = new View(folded, sentences, input.paragraphs, compiled, places, items);
  const removed = new Set<ResolvedMatch>();
  const added: ResolvedMatch[] = [];
  const made = new Map<string, GazetteerEntry>();

  for (const item of items) {
    const found = findRange(resolved, item);
    const exact = found && !removed.has(found) ? found : undefined;
    const raw = findRange(input.raw, item);
    const overlapping: ResolvedMatch[] = [];
    for (let i = Math.max(0, lastEndingBefore(resolved, item.start) + 1); i < resolved.length; i++) {
      const m = resolved[i];
      if (!m || m.start >= item.end) break;
      if (m !== exact && !removed.has(m) && m.end > item.start) overlapping.push(m);
    }
    // A longer gazetteer name holds the item ("the town of Nova Kakhovka" read from inside): leave it.
    if (overlapping.some((m) => m.start <= item.start && m.end >= item.end)) continue;
    const where = whereIs(item, view);
    const candidates = (raw?.candidates ?? []).filter((c) => c.kind === 'city');
    const inRegion = where.region ? candidates.find((c) => c.region === where.region?.id) : undefined;
    let replacement: ResolvedMatch | undefined;
    if (inRegion) {
      const base = exact ?? raw;
      if (!base) continue;
      replacement = {
        ...base,
        entry: inRegion,
        resolution: exact?.entry === inRegion ? exact.resolution : 'settlement-list',
      };
    } else {
      // Without a region from the text, a name the gazetteer has keeps the feature the resolver gave it.
      if (exact && (!where.region || !item.village)) continue;
      if (!item.village && (exact || raw)) continue;
      if (!where.region && !where.country) continue;
      const place = makePlace(input.text.slice(item.start, item.end), where, made);
      replacement = {
        sentence: item.sentence,
        start: item.start,
        end: item.end,
        candidates: [place],
        dateline: false,
        adjective: false,
        entry: place,
        resolution: 'unlocated-settlement',
      };
    }
    if (exact) removed.add(exact);
    for (const m of overlapping) removed.add(m);
    added.push(replacement);
  }
  const out = [...resolved.filter((m) => !removed.has(m)), ...added].sort((a, b) => a.start - b.start);
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

/** How far after its first mention a made-up place's name is looked for: more than any article. */
const LATER_MENTION_REACH = 50_000;

/** Later bare mentions of a made-up place ("near Zolota Balka" after "the villages of … Zolota Balka"). */
function withLaterMentions(
  resolved: ResolvedMatch[],
  made: ReadonlyMap<string, GazetteerEntry>,
  input: SettlementInput,
): ResolvedMatch[] {
  const { folded, sentences } = input;
  const firstOf = new Map<GazetteerEntry, ResolvedMatch>();
  for (const m of resolved)
    if (!firstOf.has(m.entry) && m.entry.unlocated !== undefined) firstOf.set(m.entry, m);
  const extra: ResolvedMatch[] = [];
  for (const place of made.values()) {
    const first = firstOf.get(place);
    if (!first) continue;
    const needle = folded.slice(first.start, first.end);
    const limit = first.end + LATER_MENTION_REACH;
    for (
      let at = folded.indexOf(needle, first.end);
      at !== -1 && at < limit;
      at = folded.indexOf(needle, at + 1)
    ) {
      const end = at + needle.length;
      if (/[\p{L}\p{N}]/u.test(folded.charAt(at - 1)) || /[\p{L}\p{N}]/u.test(folded.charAt(end))) continue;
      const previous = resolved[lastEndingBefore(resolved, at) + 1];
      if (previous && previous.start < end) continue;
      const s = sentences[lastEndingBefore(sentences, at) + 1];
      if (!s || s.start > at || s.end < end) continue;
      extra.push({
        sentence: s.index,
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
  extra.sort((a, b) => a.start - b.start);
  // Two made-up names may overlap ("Nova Kamianka", "Kamianka"): the first kept wins.
  const kept: ResolvedMatch[] = [];
  for (const m of extra) if ((kept.at(-1)?.end ?? -1) <= m.start) kept.push(m);
  return [...resolved, ...kept].sort((a, b) => a.start - b.start);
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

/**
 * The region the text gives for a listed settlement: a region named in its sentence (the nearest after it, else
 * before), a town named in the sentence outside the list, a region named earlier in the paragraph, the region
 * most known members of the list share, or the last region named before it; and the country of that region or,
 * failing one, of the last place named before it.
 */
function whereIs(item: SettlementItem, view: View): Where {
  const { compiled, places } = view;
  const inSentence = view.inSentence(item.sentence);
  const locatedHere = inSentence.filter((m) => view.isLocatedRegion(m));
  const after = locatedHere.find((m) => m.start >= item.end);
  const before = locatedHere.filter((m) => m.end <= item.start).at(-1);
  let region: GazetteerEntry | undefined = (after ?? before)?.entry;
  if (!region) {
    const town = inSentence.find(
      (m) => m.entry.kind === 'city' && m.entry.region !== undefined && !view.itemKeys.has(key(m)),
    );
    region = town?.entry.region === undefined ? undefined : compiled.byId.get(town.entry.region);
  }
  const lastLocated = view.lastLocatedBefore(item.start);
  if (!region && lastLocated && view.paragraphOf(lastLocated.sentence) === view.paragraphOf(item.sentence))
    region = lastLocated.entry;
  if (!region) {
    const votes = new Map<string, number>();
    for (const other of view.itemsByList.get(item.list) ?? []) {
      if (other === item) continue;
      const m = findRange(places, other);
      const r = m && m.candidates.length === 1 ? m.entry.region : undefined;
      if (r !== undefined) votes.set(r, (votes.get(r) ?? 0) + 1);
    }
    const best = [...votes.entries()].sort((a, b) => b[1] - a[1])[0];
    if (best) region = compiled.byId.get(best[0]);
  }
  region ??= lastLocated?.entry;
  if (region && region.kind !== 'region') region = undefined;
  let countryId = region?.id.split('-')[0];
  // The last place before the item that says which country it is in (a sea or a union does not).
  for (
    let i = lastEndingBefore(places, item.start), hops = 0;
    countryId === undefined && i >= 0 && hops < 20;
    i--, hops++
  ) {
    const entry = places[i]?.entry;
    if (entry) countryId = entry.kind === 'country' ? entry.id : regionOf(entry)?.split('-')[0];
  }
  const country = countryId === undefined ? undefined : compiled.byId.get(countryId);
  return { region, country: country?.kind === 'country' ? country : undefined };
}
