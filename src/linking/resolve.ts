/**
 * Chooses the feature for each name found and refuses names that are probably not places. Works on the whole
 * text at once, because the context that decides ("Lyman" after "the Donetsk region", a village next to towns
 * of its own region) can sit in another sentence of the paragraph.
 */
import type { GazetteerEntry, Paragraph, ResolutionRule, Sentence } from './types';
import { kindHint, REGION_NOUNS } from './hints';
import { spellingKey } from './spelling';
import { wordAfter, wordBefore } from './words';

export type { ResolutionRule } from './types';

/** A name found by the matcher with every feature it may name, best first. */
export interface RawMatch {
  sentence: number;
  start: number;
  end: number;
  candidates: readonly GazetteerEntry[];
  dateline: boolean;
  adjective: boolean;
}

/** A name with its chosen feature and the rule that chose it. */
export interface ResolvedMatch extends RawMatch {
  entry: GazetteerEntry;
  resolution: ResolutionRule;
}

// Rules whose evidence is about this very mention; a later bare mention of the same name follows them.
const STRONG_RULES = new Set<ResolutionRule>([
  'kind-hint',
  'region-in-sentence',
  'city-cue',
  'dateline',
  'river-article',
  'region-cue',
  'possessive-region',
  'compass-region',
  'town-in-region',
]);

/** Towns under this many people are linked only with context; GeoNames has villages named like common words. */
export const MIN_POPULATION_WITHOUT_CONTEXT = 10_000;

// Words that make a bare "Kherson" or "Mykolaiv" the city rather than the region of the same name.
// prettier-ignore
const CITY_CUES = new Set([
  'city', "city's", 'mayor', 'downtown', 'streets', 'airport', 'suburbs', 'outskirts', 'port', 'metro',
]);
// "troops entered Kherson", "shelling of Donetsk": what one enters or shells is a town.
// prettier-ignore
const CITY_LEADERS = new Set([
  'entered', 'enter', 'entering', 'retook', 'retake', 'retaking', 'recaptured', 'liberated', 'shelled', 'shelling',
  'encircled', 'surrounded', 'downtown', 'central',
]);
const REGION_CUES_AFTER = new Set(['governor', "governor's", 'regional', 'oblast', 'province']);

function isPossessiveAt(folded: string, end: number): boolean {
  return folded.charAt(end) === "'" && (folded.charAt(end + 1) === 's' || folded.charAt(end + 1) === 'S');
}

// The same word lists as one regular expression each, tested once per sentence.
const wordsRe = (words: Iterable<string>) =>
  new RegExp(`(?<![\\p{L}'])(?:${[...words].join('|')})(?![\\p{L}'])`, 'iu');
const REGION_WORD_RE = wordsRe(REGION_NOUNS);
const CITY_CUE_RE = wordsRe(CITY_CUES);

// "the Kakhovka reservoir", "the Kerch Strait": the name qualifies a feature that is not the town.
const NOT_THE_TOWN = new Set(['reservoir', 'dam', 'canal', 'lake', 'strait', 'bay', 'spit']);
// Before a small place, these say that a place follows ("fighting near X", "they recaptured X").
// prettier-ignore
const PLACE_LEADERS = new Set([
  'in', 'near', 'outside', 'around', 'from', 'to', 'toward', 'towards', 'into', 'of', 'at', 'between', 'and', 'or',
  'recaptured', 'captured', 'retook', 'took', 'liberated', 'seized', 'shelled', 'struck', 'hit', 'entered',
  'encircled', 'surrounded', 'abandoned', 'reached', 'retaken', 'liberating', 'recapturing', 'capturing', 'taking',
]);
// Capitalised words that are names of people or ordinary words far more often than villages of that name.
// prettier-ignore
export const NOT_PLACES: ReadonlySet<string> = new Set([
  'january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november',
  'december', 'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday',
  'bar', 'van', 'batman', 'male', 'oral', 'pravda', 'chop', 'spas', 'buran', 'desna', 'frunze', 'lenina', 'lenino',
  'mirny', 'victoria', 'nikita', 'bohdan', 'sofia', 'wola', 'budy', 'bile', 'teple', 'kuty', 'huty', 'buky',
  'zoria', 'lazi', 'nyzy', 'vary', 'kodra', 'ladan', 'kacha', 'korop', 'iza', 'mena', 'auly', 'tabaky',
  'douglas', 'hamilton', 'engels', 'colombo', 'brody', 'stanley',
]);
// First names: a place-named word right before another capitalised word is then a person ("Vladimir Putin").
// prettier-ignore
export const FIRST_NAMES: ReadonlySet<string> = new Set([
  'vladimir', 'volodymyr', 'dmitry', 'dmytro', 'sergei', 'sergey', 'serhiy', 'oleksandr', 'alexander', 'olena',
  'mykola', 'nikolai', 'ivan', 'yuri', 'yuriy', 'andriy', 'andrei', 'oleksiy', 'alexei', 'viktor', 'vitali',
  'vitaliy', 'petro', 'pyotr', 'boris', 'yevgeny', 'ramzan', 'denis', 'leonid', 'sofia', 'nikita', 'bohdan',
  'anna', 'maria', 'olga', 'tatiana', 'irina', 'natalia', 'kirill', 'roman', 'igor', 'ihor', 'maxim', 'pavel',
  'pavlo', 'mikhail', 'mykhailo', 'vasyl', 'vasily', 'anatoly', 'valery', 'valerii', 'arseniy', 'kyrylo', 'denys',
  'taras', 'ruslan', 'oleh', 'oleg', 'stepan', 'yaroslav', 'borys', 'rustem', 'vadym', 'vadim', 'gennady',
  'konstantin', 'artem', 'artyom', 'yevhen', 'ilya', 'victoria', 'kira', 'vera', 'nadia', 'lyubov', 'alla',
  'chad', 'jordan', 'douglas', 'hamilton', 'stanley', 'georgia', 'lesya', 'lesia',
]);
// A capitalised head after a place name makes the whole an organisation, not the place: "Black Sea Fleet",
// "Donetsk People's Republic" (the self-declared republic is not the region; see README).
const ORGANISATION_HEADS = new Set(['fleet', 'flotilla', "people's", 'peoples']);
// prettier-ignore
const TITLES = new Set([
  'mr', 'mrs', 'ms', 'dr', 'president', 'gen', 'general', 'minister', 'governor', 'mayor', 'commander', 'colonel',
  'col', 'lt', 'sgt', 'maj', 'capt', 'captain', 'prof', 'sen', 'senator', 'rep', 'pope', 'king', 'queen',
  'prince', 'premier', 'chancellor', 'secretary', 'spokesman', 'spokeswoman', 'adviser', 'advisor', 'lawmaker',
]);

const EARTH_KM_PER_DEGREE = 111.2;
/** A same-named town nearer than this to the other places of the article is taken to be the one meant. */
const PROXIMITY_KM = 200;
/** How many paragraphs either side of a mention its context reaches (a news article has a dozen or two). */
const ANCHOR_PARAGRAPHS = 12;

/** A name certain without context, whose region and point help decide the others. */
export interface Anchor {
  match: RawMatch;
  entry: GazetteerEntry;
}

/** The article around a name, as the rules see it. */
export interface Context {
  raw: readonly RawMatch[];
  indexOf: (m: RawMatch) => number;
  inSentence: (sentence: number) => readonly RawMatch[];
  /** Whether the sentence has a region word ("region", "oblasts"…) and a city cue ("mayor", "streets"…). */
  sentenceCues: (sentence: number) => { region: boolean; city: boolean };
  folded: string;
  sentences: readonly Sentence[];
  paragraphOf: (sentence: number) => number;
  /** `kindHint` of a match, computed once: several rules ask for it. */
  hintOf: (m: RawMatch) => GazetteerEntry['kind'] | undefined;
}

/**
 * Resolves every match; matches judged not to be places are left out.
 * @example resolveMatches(raw, folded, sentences, paragraphs).map((m) => m.entry.id)
 */
export function resolveMatches(
  raw: readonly RawMatch[],
  folded: string,
  sentences: readonly Sentence[],
  paragraphs: readonly Paragraph[],
): ResolvedMatch[] {
  // Both lists are sorted, so one sweep assigns every sentence its paragraph.
  const paragraphBySentence: number[] = [];
  let q = 0;
  for (const s of sentences) {
    while (q < paragraphs.length && (paragraphs[q]?.end ?? 0) < s.end) q++;
    const p = paragraphs[q];
    paragraphBySentence.push(p && p.start <= s.start ? p.index : -1);
  }
  const indexOf = new Map(raw.map((m, i) => [m, i]));
  const bySentence = new Map<number, RawMatch[]>();
  for (const m of raw) {
    const list = bySentence.get(m.sentence);
    if (list) list.push(m);
    else bySentence.set(m.sentence, [m]);
  }
  const cuesCache = new Map<number, { region: boolean; city: boolean }>();
  const hints = new Map<RawMatch, GazetteerEntry['kind'] | undefined>();
  const ctx: Context = {
    raw,
    folded,
    sentences,
    paragraphOf: (i) => paragraphBySentence[i] ?? -1,
    indexOf: (m) => indexOf.get(m) ?? -1,
    inSentence: (i) => bySentence.get(i) ?? [],
    hintOf: (m) => {
      if (hints.has(m)) return hints.get(m);
      const sentence = sentences[m.sentence];
      const hint = sentence ? kindHint(folded, sentence, m) : undefined;
      hints.set(m, hint);
      return hint;
    },
    sentenceCues: (i) => {
      let cues = cuesCache.get(i);
      if (!cues) {
        const sentence = sentences[i];
        const text = sentence ? folded.slice(sentence.start, sentence.end) : '';
        cues = { region: REGION_WORD_RE.test(text), city: CITY_CUE_RE.test(text) };
        cuesCache.set(i, cues);
      }
      return cues;
    },
  };

  const kept = raw.filter((m) => !isPersonOrWord(m, ctx));
  // Anchors: what is certain without context. Their regions and points decide the uncertain names.
  const anchors = kept
    .filter((m) => !m.adjective && isCertain(m, ctx))
    .map((m) => ({ match: m, entry: m.candidates[0] as GazetteerEntry }));
  const anchorsByParagraph = new Map<number, Anchor[]>();
  for (const a of anchors) {
    const p = ctx.paragraphOf(a.match.sentence);
    const list = anchorsByParagraph.get(p);
    if (list) list.push(a);
    else anchorsByParagraph.set(p, [a]);
  }
  // Only anchors near a mention count, within a few paragraphs, so that a long text stays linear.
  const near = (paragraph: number, radius: number): Anchor[] => {
    const out: Anchor[] = [];
    for (let p = paragraph - radius; p <= paragraph + radius; p++)
      out.push(...(anchorsByParagraph.get(p) ?? []));
    return out;
  };

  const resolved: ResolvedMatch[] = [];
  // One sense per article: "Lyman" resolved by "the Donetsk region town of Lyman" stays that Lyman.
  const settled = new Map<string, GazetteerEntry>();
  for (const m of kept) {
    const paragraph = ctx.paragraphOf(m.sentence);
    let choice = choose(m, ctx, () => near(paragraph, ANCHOR_PARAGRAPHS));
    if (!choice) continue;
    // Only names with several features can be settled one way or another.
    const name = m.candidates.length > 1 ? spellingKey(folded.slice(m.start, m.end)) : '';
    const earlier = name === '' ? undefined : settled.get(name);
    if (name !== '' && STRONG_RULES.has(choice.rule)) settled.set(name, choice.entry);
    else if (
      earlier &&
      earlier !== choice.entry &&
      m.candidates.includes(earlier) &&
      earlier.kind === choice.entry.kind
    )
      choice = { entry: earlier, rule: 'same-as-before' };
    let accepted = acceptSmallPlace(
      m,
      choice.entry,
      ctx,
      () => near(paragraph, 0),
      () => near(paragraph, ANCHOR_PARAGRAPHS),
    );
    if (accepted === false) {
      // A small namesake without context loses to a large one that needs none ("Lyman" near Kharkiv villages).
      const large = m.candidates.find(
        (c) => c.kind === 'city' && (c.population ?? 0) >= MIN_POPULATION_WITHOUT_CONTEXT,
      );
      if (!large) continue;
      choice = { entry: large, rule: 'largest' };
      accepted = true;
    }
    resolved.push({
      sentence: m.sentence,
      start: m.start,
      end: m.end,
      candidates: m.candidates,
      dateline: m.dateline,
      adjective: m.adjective,
      entry: choice.entry,
      resolution: accepted === true ? choice.rule : accepted,
    });
  }
  return resolved;
}

function isCertain(m: RawMatch, ctx: Context): boolean {
  const first = m.candidates[0];
  if (!first) return false;
  // Cheap tests first: this runs for every name.
  if (m.candidates.length === 1) {
    if (first.kind !== 'city' || (first.population ?? Infinity) >= MIN_POPULATION_WITHOUT_CONTEXT)
      return true;
  } else if (first.kind === 'region' || first.kind === 'country') {
    return true;
  }
  const sentence = ctx.sentences[m.sentence];
  return sentence !== undefined && ctx.hintOf(m) !== undefined;
}

function regionOf(entry: GazetteerEntry): string | undefined {
  return entry.kind === 'region' ? entry.id : entry.region;
}

function pointOf(entry: GazetteerEntry): [number, number] {
  return entry.point ?? [(entry.bbox[0] + entry.bbox[2]) / 2, (entry.bbox[1] + entry.bbox[3]) / 2];
}

function distanceKm(a: [number, number], b: [number, number]): number {
  const dx = (a[0] - b[0]) * Math.cos((((a[1] + b[1]) / 2) * Math.PI) / 180);
  return Math.hypot(dx, a[1] - b[1]) * EARTH_KM_PER_DEGREE;
}

function lower(word: { word: string } | undefined): string {
  return word?.word.toLowerCase() ?? '';
}

/** What a resolution rule sees: one name, the candidates still in the running, and the article around it. */
export interface RuleInput {
  m: RawMatch;
  sentence: Sentence;
  candidates: readonly GazetteerEntry[];
  ctx: Context;
  anchorsNear: () => readonly Anchor[];
  /** The region and the cities among the candidates when both are there; set by `choose`. */
  pair?: { region: GazetteerEntry; cities: GazetteerEntry[] } | undefined;
}

/** A rule's verdict: the feature, a narrower set of candidates for the rules after it, or nothing to say. */
export type RuleDecision = GazetteerEntry | { narrow: GazetteerEntry[]; as?: ResolutionRule } | undefined;

/** One named resolution rule; `RESOLUTION_RULES` tries them in order and the first feature returned wins. */
export interface ResolutionUnit {
  id: ResolutionRule;
  decide: (input: RuleInput) => RuleDecision;
}

function regionAndCities(candidates: readonly GazetteerEntry[]) {
  const region = candidates.find((c) => c.kind === 'region');
  const cities = candidates.filter((c) => c.kind === 'city');
  return region && cities.length > 0 ? { region, cities } : undefined;
}

/** Rules that only apply when a region and a city share the name ("Kherson", "Kharkiv"). */
function regionOrCity(
  decide: (input: RuleInput, region: GazetteerEntry, cities: GazetteerEntry[]) => RuleDecision,
): (input: RuleInput) => RuleDecision {
  return (input) => {
    const pair = 'pair' in input ? input.pair : regionAndCities(input.candidates);
    return pair ? decide(input, pair.region, pair.cities) : undefined;
  };
}

// "north-eastern Kharkiv", "southern Kherson": a compass point before a shared name is said of the region.
// prettier-ignore
const COMPASS_WORDS = new Set([
  'northern', 'southern', 'eastern', 'western', 'northeastern', 'northwestern', 'southeastern', 'southwestern',
]);

/** The resolution rules, in the order they are tried (README "Choosing the feature"). */
export const RESOLUTION_RULES: readonly ResolutionUnit[] = [
  { id: 'demonym', decide: ({ m, candidates }) => (m.adjective ? candidates[0] : undefined) },
  { id: 'unique', decide: ({ candidates }) => (candidates.length === 1 ? candidates[0] : undefined) },
  {
    // A river takes the article ("the Dnipro"); a city does not ("in Dnipro").
    id: 'river-article',
    decide: ({ m, sentence, candidates, ctx }) => {
      const river = candidates.find((c) => c.kind === 'river');
      if (!river) return undefined;
      if (lower(wordBefore(ctx.folded, sentence.start, m.start)) === 'the') return river;
      return { narrow: candidates.filter((c) => c.kind !== 'river'), as: 'unique' };
    },
  },
  {
    id: 'kind-hint',
    decide: ({ m, candidates, ctx }) => {
      const hinted = ctx.hintOf(m);
      const match = hinted ? candidates.filter((c) => c.kind === hinted) : [];
      if (match.length === 1) return match[0];
      return match.length > 1 ? { narrow: match } : undefined;
    },
  },
  // A dateline names the city the story was filed from.
  { id: 'dateline', decide: regionOrCity(({ m }, _region, cities) => (m.dateline ? cities[0] : undefined)) },
  {
    // "five in Donetsk" in a sentence about regions.
    id: 'parallel-regions',
    decide: regionOrCity(({ m, ctx }, region) =>
      ctx.sentenceCues(m.sentence).region && otherRegionHinted(m, ctx) ? region : undefined,
    ),
  },
  {
    // "Kharkiv governor Oleh Syniehubov", "Kherson's regional council".
    id: 'region-cue',
    decide: regionOrCity(({ m, sentence, ctx }, region) => {
      const after = m.end + (isPossessiveAt(ctx.folded, m.end) ? 2 : 0);
      return REGION_CUES_AFTER.has(lower(wordAfter(ctx.folded, after, sentence.end))) ? region : undefined;
    }),
  },
  {
    // "Kherson’s Beryslav": a possessive before a town of the region is the region.
    id: 'possessive-region',
    decide: regionOrCity(({ m, ctx }, region) => {
      if (!isPossessiveAt(ctx.folded, m.end)) return undefined;
      const next = ctx.raw[ctx.indexOf(m) + 1];
      if (!next || next.sentence !== m.sentence || !/^\s+$/u.test(ctx.folded.slice(m.end + 2, next.start)))
        return undefined;
      return next.candidates.some((c) => c.kind === 'city' && c.region === region.id) ? region : undefined;
    }),
  },
  {
    id: 'compass-region',
    decide: regionOrCity(({ m, sentence, ctx }, region) =>
      COMPASS_WORDS.has(lower(wordBefore(ctx.folded, sentence.start, m.start))) ? region : undefined,
    ),
  },
  {
    // "Kupiansk, a town in Kharkiv": after "in", a shared name holding a town named before it is the region.
    id: 'town-in-region',
    decide: regionOrCity(({ m, sentence, ctx }, region, cities) => {
      if (lower(wordBefore(ctx.folded, sentence.start, m.start)) !== 'in') return undefined;
      const townBefore = ctx
        .inSentence(m.sentence)
        .some(
          (o) =>
            o.end <= m.start &&
            o.candidates.some((c) => c.kind === 'city' && c.region === region.id && !cities.includes(c)),
        );
      return townBefore ? region : undefined;
    }),
  },
  {
    // Mayor, streets, port… in the sentence, or "troops entered Kherson": the city.
    id: 'city-cue',
    decide: regionOrCity(({ m, sentence, ctx }, _region, cities) => {
      const previous = lower(wordBefore(ctx.folded, sentence.start, m.start));
      return ctx.sentenceCues(m.sentence).city || CITY_LEADERS.has(previous) ? { narrow: cities } : undefined;
    }),
  },
  {
    id: 'coordinated-region',
    decide: regionOrCity(({ m, ctx }, region) => (coordinatedWithRegion(m, ctx) ? region : undefined)),
  },
  {
    // The four regions Russia claimed in 2022 and Crimea are named bare in news of the war far more often than
    // their capitals; elsewhere ("Lviv", "Belgorod") the bare name is the city.
    id: 'region-default',
    decide: regionOrCity((_input, region) =>
      region.status === 'claimed-2022' ||
      region.status === 'annexed-2014' ||
      region.group === 'claimed-2022' ||
      region.group === 'annexed-2014'
        ? region
        : undefined,
    ),
  },
  { id: 'city-default', decide: regionOrCity((_input, _region, cities) => ({ narrow: cities })) },
  {
    id: 'region-in-sentence',
    decide: (input) =>
      inTier(input, (a) => a.entry.kind === 'region' && a.match.sentence === input.m.sentence),
  },
  {
    id: 'region-in-paragraph',
    decide: (input) =>
      inTier(
        input,
        (a) =>
          a.entry.kind === 'region' &&
          input.ctx.paragraphOf(a.match.sentence) === input.ctx.paragraphOf(input.m.sentence),
      ),
  },
  { id: 'town-in-sentence', decide: (input) => inTier(input, (a) => a.match.sentence === input.m.sentence) },
  {
    // Distances to towns only: a region's centre says little about where in it a village lies.
    id: 'proximity',
    decide: ({ m, candidates, anchorsNear }) => {
      const points = anchorsNear()
        .filter((a) => a.match !== m && (a.entry.kind === 'city' || a.entry.kind === 'landmark'))
        .map((a) => pointOf(a.entry));
      if (points.length === 0) return undefined;
      let best: GazetteerEntry | undefined;
      let bestKm = PROXIMITY_KM;
      for (const c of candidates) {
        const km = Math.min(...points.map((p) => distanceKm(pointOf(c), p)));
        if (km <= bestKm && (best === undefined || km < bestKm)) {
          best = c;
          bestKm = km;
        }
      }
      return best;
    },
  },
  { id: 'largest', decide: ({ candidates }) => candidates[0] },
];

/** The candidate in a region that the anchors picked by `which` (other names nearby) lie in. */
function inTier(input: RuleInput, which: (a: Anchor) => boolean): GazetteerEntry | undefined {
  const regions = new Set<string>();
  for (const a of input.anchorsNear()) {
    if (a.match === input.m || !which(a)) continue;
    const region = regionOf(a.entry);
    if (region !== undefined) regions.add(region);
  }
  if (regions.size === 0) return undefined;
  return input.candidates.find((c) => c.region !== undefined && regions.has(c.region));
}

/**
 * Runs the rules in order: the first that returns a feature decides; a rule that narrows the candidates to one
 * decides too, under its own id (or the id it names).
 */
function choose(
  m: RawMatch,
  ctx: Context,
  anchorsNear: () => readonly Anchor[],
): { entry: GazetteerEntry; rule: ResolutionRule } | undefined {
  const sentence = ctx.sentences[m.sentence];
  if (!sentence || m.candidates.length === 0) return undefined;
  // One input for all the rules: this runs for every name of every article.
  const input: RuleInput = {
    m,
    sentence,
    candidates: m.candidates,
    ctx,
    anchorsNear,
    // Most names have one feature; only a shared name needs the region/city pair.
    pair: m.candidates.length > 1 ? regionAndCities(m.candidates) : undefined,
  };
  for (const unit of RESOLUTION_RULES) {
    const decision = unit.decide(input);
    if (decision === undefined) continue;
    if ('narrow' in decision) {
      const only = decision.narrow[0];
      if (!only) return undefined;
      if (decision.narrow.length === 1) return { entry: only, rule: decision.as ?? unit.id };
      input.candidates = decision.narrow;
      input.pair = regionAndCities(decision.narrow);
      continue;
    }
    return { entry: decision, rule: unit.id };
  }
  return undefined;
}

/** True when another name in the sentence is marked as a region ("in the Dnipropetrovsk region, five in Donetsk"). */
function otherRegionHinted(m: RawMatch, ctx: Context): boolean {
  const sentence = ctx.sentences[m.sentence];
  if (!sentence) return false;
  return ctx.inSentence(m.sentence).some((other) => other !== m && ctx.hintOf(other) === 'region');
}

/** True when the name sits in a list ("Kherson and Zaporizhzhia", "Donetsk, Luhansk") next to a region. */
function coordinatedWithRegion(m: RawMatch, ctx: Context): boolean {
  const i = ctx.indexOf(m);
  const isRegion = (other: RawMatch | undefined) =>
    other !== undefined && other.sentence === m.sentence && other.candidates[0]?.kind === 'region';
  const joins = (from: number, to: number) =>
    /^(?:,\s*|\s+and\s+|,\s+and\s+|\s+or\s+)$/u.test(ctx.folded.slice(from, to));
  const previous = ctx.raw[i - 1];
  const next = ctx.raw[i + 1];
  return (
    (isRegion(previous) && previous !== undefined && joins(previous.end, m.start)) ||
    (isRegion(next) && next !== undefined && joins(m.end, next.start))
  );
}

/**
 * True for a name that is a person's ("President Vladimir Putin", "Sofia Petrenko") or a capitalised common word.
 */
function isPersonOrWord(m: RawMatch, ctx: Context): boolean {
  if (m.adjective || m.dateline) return false;
  const sentence = ctx.sentences[m.sentence];
  if (!sentence) return true;
  const { folded } = ctx;
  const surface = folded.slice(m.start, m.end).toLowerCase();
  // Only a word glued to the name by one space can make it a person's; most names have none.
  if (FIRST_NAMES.has(surface) && folded.charAt(m.end) === ' ' && isUpperAt(folded, m.end + 1)) return true;
  if (folded.charAt(m.start - 1) === ' ' && m.start - 1 > sentence.start) {
    const before = wordBefore(folded, sentence.start, m.start);
    if (before && before.end === m.start - 1 && isUpperAt(folded, before.start)) {
      const word = before.word.toLowerCase();
      if (TITLES.has(word) || FIRST_NAMES.has(word)) return true;
    }
    // Titles abbreviated with a full stop ("Gen. Lyman") sit one character further away.
    if (folded.charAt(m.start - 2) === '.') {
      const abbreviation = lower(wordBefore(folded, sentence.start, m.start - 2));
      if (TITLES.has(abbreviation)) return true;
    }
  }
  if (folded.charAt(m.end) === ' ' && isUpperAt(folded, m.end + 1)) {
    const head = wordAfter(folded, m.end, sentence.end);
    if (head && ORGANISATION_HEADS.has(lower(head))) return true;
  }
  const smallTowns = m.candidates.every((c) => c.kind === 'city' && c.population !== undefined);
  if (!smallTowns) return false;
  if (NOT_THE_TOWN.has(lower(wordAfter(folded, m.end, sentence.end)))) return true;
  return NOT_PLACES.has(surface) && !hasSettlementNoun(m, ctx);
}

function isUpperAt(s: string, i: number): boolean {
  const c = s.charCodeAt(i);
  if (c >= 0x41 && c <= 0x5a) return true;
  if (c < 0x80 || Number.isNaN(c)) return false;
  return /\p{Lu}/u.test(String.fromCodePoint(s.codePointAt(i) ?? 0));
}

function hasSettlementNoun(m: RawMatch, ctx: Context): boolean {
  const sentence = ctx.sentences[m.sentence];
  return sentence !== undefined && ctx.hintOf(m) === 'city';
}

/**
 * True when a place may be linked as it is; a rule id when it is small but the context says it is a place; false
 * when it is a small place named without such context (a false link is worse than a missed one).
 */
function acceptSmallPlace(
  m: RawMatch,
  entry: GazetteerEntry,
  ctx: Context,
  anchorsNear: () => readonly Anchor[],
  anchorsInArticle: () => readonly Anchor[],
): true | ResolutionRule | false {
  if (entry.kind !== 'city' || entry.population === undefined) return true;
  if (entry.population >= MIN_POPULATION_WITHOUT_CONTEXT) return true;
  if (m.dateline) return 'dateline';
  if (hasSettlementNoun(m, ctx)) return 'settlement-noun';
  const sentence = ctx.sentences[m.sentence];
  if (!sentence || entry.region === undefined) return false;
  // "the villages of Davydiv Brid and Velyka Oleksandrivka": a list that a settlement noun opened.
  const leader = lower(wordBefore(ctx.folded, sentence.start, m.start));
  if (!PLACE_LEADERS.has(leader) && ctx.folded.charAt(m.start - 2) !== ',') return false;
  const paragraph = ctx.paragraphOf(m.sentence);
  const regionNamed = anchorsNear().some(
    (a) =>
      a.match !== m && ctx.paragraphOf(a.match.sentence) === paragraph && regionOf(a.entry) === entry.region,
  );
  if (regionNamed) return 'region-in-paragraph';
  // "In Stary Saltiv and Veliky Burluk, police said…" in an article that names the Kharkiv region elsewhere.
  const regionInArticle = anchorsInArticle().some((a) => a.match !== m && a.entry.id === entry.region);
  return regionInArticle ? 'region-in-article' : false;
}
