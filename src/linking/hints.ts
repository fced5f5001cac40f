/**
 * The one word list for kind hints ("the Kherson region", "the city of Kherson", "the villages of A, B and C"),
 * shared by the matcher (which orders candidates by it) and the resolver (which decides by it), so the two can
 * no longer disagree.
 */
import type { FeatureKind, TextRange } from './types';
import { wordAfter, wordBefore, type Word } from './words';

/** Nouns that make the name before them, or after "X of", a first-level region. */
export const REGION_NOUNS: ReadonlySet<string> = new Set([
  'region',
  'regions',
  'oblast',
  'oblasts',
  'province',
  'provinces',
]);
const PLURAL_REGION_NOUNS = new Set(['regions', 'oblasts', 'provinces']);

/** Nouns for a settlement; after a name only the singular counts ("Kherson city", not "Kherson villages"). */
export const SETTLEMENT_NOUNS: ReadonlySet<string> = new Set([
  'city',
  'cities',
  'town',
  'towns',
  'village',
  'villages',
  'settlement',
  'settlements',
  'hamlet',
  'hamlets',
  'port',
]);
const SINGULAR_SETTLEMENT_NOUNS = new Set(['city', 'town', 'village', 'settlement', 'hamlet', 'port']);

/**
 * Nouns that say a place is a village rather than a town: after "the villages of", a same-named city elsewhere
 * is not the place meant, and a name no gazetteer has is still a place.
 */
export const VILLAGE_NOUNS: ReadonlySet<string> = new Set([
  'village',
  'villages',
  'settlement',
  'settlements',
  'hamlet',
  'hamlets',
]);

/** A list of names can be this long before the hint stops reaching back or forward through it. */
const MAX_LIST_ITEMS = 16;
const MAX_NAME_WORDS = 3;

function lower(word: Word | undefined): string {
  return word?.word.toLowerCase() ?? '';
}

function isCapitalised(word: Word | undefined): word is Word {
  return word !== undefined && /^\p{Lu}/u.test(word.word);
}

/**
 * The word that opens the list holding the name at `start`, walking back over the names and separators
 * (", ", " and ", ", and ") before it: for "the villages of A, B and C" and C, the word "of". Undefined when the
 * list is longer than anyone writes.
 * @example listOpener('the villages of Ab, Cd and Ef', 0, 27)?.word // "of"
 */
export function listOpener(folded: string, lo: number, start: number): Word | undefined {
  let pos = start;
  for (let items = 0; items < MAX_LIST_ITEMS; items++) {
    const previous = wordBefore(folded, lo, pos);
    const joiner = lower(previous);
    let nameEnd: number;
    if (previous && (joiner === 'and' || joiner === 'or')) {
      // ", and": the comma sits right before the conjunction.
      let p = previous.start;
      while (p > lo && folded.charAt(p - 1) === ' ') p--;
      nameEnd = folded.charAt(p - 1) === ',' ? p - 1 : previous.start;
    } else if (!previous) {
      let p = pos;
      while (p > lo && folded.charAt(p - 1) === ' ') p--;
      if (p <= lo || folded.charAt(p - 1) !== ',') return undefined;
      nameEnd = p - 1;
    } else {
      return previous;
    }
    // Step back over one name of up to three capitalised words ("Velyka Oleksandrivka").
    let name = wordBefore(folded, lo, nameEnd);
    if (!isCapitalised(name)) return undefined;
    for (let w = 1; w < MAX_NAME_WORDS; w++) {
      const before = wordBefore(folded, lo, name.start);
      if (!isCapitalised(before) || before.end !== name.start - 1) break;
      name = before;
    }
    pos = name.start;
  }
  return undefined;
}

/**
 * The settlement noun before "of" that opens a list or a single name ("the villages of A, B and C", "near the
 * village of X", "the Donetsk region town of Lyman"), lower-cased, or undefined.
 * @example settlementNounBefore('the villages of Ab and Cd', 0, 23) // "villages"
 */
export function settlementNounBefore(folded: string, lo: number, start: number): string | undefined {
  const opener = listOpener(folded, lo, start);
  if (lower(opener) !== 'of' || !opener) return undefined;
  const noun = lower(wordBefore(folded, lo, opener.start));
  return SETTLEMENT_NOUNS.has(noun) ? noun : undefined;
}

/**
 * The kind the words around a name ask for: "X region/oblast", "X city/town/village", "city of X", "the villages
 * of A, B and X", "X, a village near…", and coordinated heads "the Kharkiv, Donetsk and X oblasts".
 * @example kindHint('the Kharkiv, Donetsk and Luhansk oblasts', { start: 0, end: 40 }, { start: 4, end: 11 }) // "region"
 */
export function kindHint(folded: string, sentence: TextRange, m: TextRange): FeatureKind | undefined {
  const nextWord = wordAfter(folded, m.end, sentence.end);
  const next = lower(nextWord);
  if (REGION_NOUNS.has(next)) return 'region';
  if (SINGULAR_SETTLEMENT_NOUNS.has(next)) return 'city';
  if (coordinatedHead(folded, sentence, m.end)) return 'region';
  if (appositiveSettlement(folded, sentence, m.end)) return 'city';
  const previous = wordBefore(folded, sentence.start, m.start);
  if (lower(previous) === 'of' && previous) {
    const noun = lower(wordBefore(folded, sentence.start, previous.start));
    if (SETTLEMENT_NOUNS.has(noun)) return 'city';
    if (REGION_NOUNS.has(noun)) return 'region';
    return undefined;
  }
  return settlementNounBefore(folded, sentence.start, m.start) === undefined ? undefined : 'city';
}

/** True when a list of names starting after `end` ends in a plural region noun: "X, Y and Z oblasts". */
function coordinatedHead(folded: string, sentence: TextRange, end: number): boolean {
  // Most names are followed by neither a comma nor "and"/"or": settle those without a regex.
  const c = folded.charAt(end);
  if (c !== ',' && !(c === ' ' && (folded.startsWith(' and ', end) || folded.startsWith(' or ', end))))
    return false;
  let pos = end;
  let joined = false;
  for (let items = 0; items < MAX_LIST_ITEMS; items++) {
    const gap = /^(?:,\s*and\s+|,\s*or\s+|\s+and\s+|\s+or\s+|,\s*)/u.exec(folded.slice(pos, pos + 8));
    if (!gap) return false;
    pos += gap[0].length;
    let name = wordAfter(folded, pos, sentence.end);
    if (!isCapitalised(name) || name.start !== pos) return false;
    for (let w = 1; w < MAX_NAME_WORDS; w++) {
      const after = wordAfter(folded, name.end, sentence.end);
      if (!isCapitalised(after) || after.start !== name.end + 1) break;
      name = after;
    }
    pos = name.end;
    joined ||= /and|or/u.test(gap[0]);
    const noun = lower(wordAfter(folded, pos, sentence.end));
    if (joined && PLURAL_REGION_NOUNS.has(noun)) return true;
  }
  return false;
}

/** True for "X, a village …" or "X, a small town …": an apposition that says what X is. */
function appositiveSettlement(folded: string, sentence: TextRange, end: number): boolean {
  if (folded.charAt(end) !== ',') return false;
  const article = wordAfter(folded, end + 1, sentence.end);
  if (!article || !['a', 'an', 'the'].includes(article.word.toLowerCase())) return false;
  let word = wordAfter(folded, article.end, sentence.end);
  // One adjective may sit between ("a small village", "a frontline town").
  if (word && !SINGULAR_SETTLEMENT_NOUNS.has(word.word.toLowerCase()))
    word = wordAfter(folded, word.end, sentence.end);
  return SINGULAR_SETTLEMENT_NOUNS.has(lower(word));
}

/**
 * First words of two-word settlement names ("Mala Oleksandrivka", "Nova Kamianka", and Russian forms): before a
 * bare gazetteer name they make a different place, so the bare name must not be linked.
 */
// prettier-ignore
export const SETTLEMENT_PREFIXES: ReadonlySet<string> = new Set([
  'velyka', 'velykyi', 'velyke', 'velyki', 'velykyy', 'mala', 'malyi', 'male', 'mali', 'malyy', 'nova', 'novyi',
  'nove', 'novi', 'novyy', 'stara', 'staryi', 'stare', 'stari', 'staryy', 'verkhnia', 'verkhnii', 'verkhnie',
  'verkhnya', 'nyzhnia', 'nyzhnii', 'nyzhnie', 'nyzhnya', 'zolota', 'zolotyi', 'chervona', 'chervonyi', 'chervone',
  'bila', 'bilyi', 'chorna', 'chornyi', 'krasna', 'krasnyi', 'suha', 'sukha', 'sukhyi', 'dolishnia',
  'velikaya', 'velikiy', 'velikoye', 'malaya', 'maly', 'maloye', 'novaya', 'novy', 'novoye', 'staraya', 'stary',
  'staroye', 'verkhnyaya', 'nizhnyaya', 'nizhny', 'nizhniy', 'bolshaya', 'bolshoy', 'krasnaya', 'krasny',
]);
