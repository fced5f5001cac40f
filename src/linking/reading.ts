/**
 * Decides whether a place name is used literally or stands for a government (a metonym), from the words
 * around it. Only features marked `seat` (capitals, the Kremlin) can be metonyms.
 */
import type { Reading, ReadingRule } from './types';
import { wordCharAt, wordCharBefore } from './normalize';
import { wordAfter, wordBefore } from './words';

/** The reading of one mention and the id of the rule that decided it. */
export interface ReadingDecision {
  reading: Reading;
  rule: ReadingRule;
}

export type { ReadingRule } from './types';

/** What the rules need to know about one mention; `folded` is the apostrophe-folded text. */
export interface ReadingInput {
  folded: string;
  /** The sentence holding the mention; context never reaches across it. */
  sentenceStart: number;
  sentenceEnd: number;
  start: number;
  end: number;
  seat: boolean;
  dateline: boolean;
}

// "Kremlin spokesman", "Kyiv officials": the name says whom the person works for, which is the government.
// prettier-ignore
const ROLE_NOUNS = new Set([
  'spokesman', 'spokeswoman', 'spokesperson', 'spokespeople', 'official', 'officials', 'leader', 'leaders',
  'leadership', 'aide', 'aides', 'envoy', 'envoys', 'adviser', 'advisers', 'advisor', 'advisors', 'negotiator',
  'negotiators', 'diplomat', 'diplomats', 'representative', 'representatives', 'loyalist', 'loyalists', 'critic',
  'critics', 'ally', 'allies',
]);

// "officials in Kyiv said": what follows the preposition is where something happens, so the place itself.
// prettier-ignore
const LOCATIVE_PREPOSITIONS = new Set([
  'in', 'at', 'near', 'to', 'from', 'outside', 'inside', 'into', 'around', 'across', 'toward', 'towards', 'within',
  'through', 'throughout', 'via', 'beyond', 'opposite',
]);

// Words that may sit between a preposition and the name without changing how it is read ("in central Kyiv").
// prettier-ignore
const PLACE_MODIFIERS = new Set([
  'the', 'central', 'downtown', 'eastern', 'western', 'northern', 'southern', 'greater', 'suburban',
]);

// "Moscow-based", "Kyiv-born": the compound names a location, not an actor.
const LOCATIVE_SUFFIXES = new Set([
  'based',
  'born',
  'bound',
  'area',
  'region',
  'registered',
  'headquartered',
]);

// Verbs whose object, when it is a capital, is its government ("Moscow blamed Kyiv for the strikes").
// prettier-ignore
const GOVERNMENT_OBJECT_VERBS = new Set([
  'blamed', 'blames', 'accused', 'accuses', 'urged', 'urges', 'warned', 'warns', 'condemned', 'condemns',
  'criticised', 'criticized', 'pressed', 'thanked', 'sanctioned', 'rebuked', 'denounced', 'implored', 'lobbied',
]);

// A reaction noun and "from" or "by", then a list of capitalised names ending right before the mention.
const REACTION_SOURCE =
  /\b(?:condemnation|criticism|support|pressure|reactions?|warnings?|protests?|objections?|backing|praise|demands?|calls)\s+(?:from|by)\s+(?:the\s+)?(?:\p{Lu}[\p{L}'.-]*(?:\s+\p{Lu}[\p{L}'.-]*)*(?:,\s+and\s+|,\s+|\s+and\s+))*$/u;

// A modal right after the name makes it the subject of a decision ("Moscow should", "Kyiv won't").
// prettier-ignore
const MODALS = new Set([
  'will', 'would', 'should', 'could', 'can', 'may', 'might', 'must', 'shall', "won't", "wouldn't", "shouldn't",
  "couldn't", "can't", 'cannot', "mustn't", "'ll", "'d",
]);

// "Kyiv has said", "Moscow did not": an auxiliary only counts when a reporting/acting verb follows, because
// "Moscow has a population" and "Kyiv was shelled" are about the city.
const AUXILIARIES = new Set(['has', 'have', 'had', 'does', 'did', "hasn't", "hadn't", "doesn't", "didn't"]);

// Words that can sit between a subject and its verb ("Moscow again warned", "Kyiv has not said").
const SKIPPABLE_ADVERBS = new Set([
  'also',
  'again',
  'already',
  'still',
  'never',
  'now',
  'later',
  'then',
  'not',
  'since',
]);

// Verbs whose subject is an actor, as "base third-person past". The base form only counts after an
// auxiliary ("Moscow did not respond"): on its own it is usually a noun ("the Moscow plan", "a Kyiv call").
// prettier-ignore
const ACTOR_VERB_FORMS = [
  'say says said', 'announce announces announced', 'warn warns warned', 'deny denies denied', 'claim claims claimed',
  'insist insists insisted', 'accuse accuses accused', 'reject rejects rejected', 'demand demands demanded',
  'threaten threatens threatened', 'vow vows vowed', 'want wants wanted', 'refuse refuses refused',
  'agree agrees agreed', 'sign signs signed', 'recognise recognises recognised', 'recognize recognizes recognized',
  'annex annexes annexed', 'decide decides decided', 'declare declares declared', 'condemn condemns condemned',
  'call calls called', 'urge urges urged', 'seek seeks sought', 'hope hopes hoped', 'send sends sent',
  'launch launches launched', 'order orders ordered', 'approve approves approved', 'believe believes believed',
  'argue argues argued', 'confirm confirms confirmed', 'state states stated', 'tell tells told',
  'respond responds responded', 'reply replies replied', 'retaliate retaliates retaliated',
  'impose imposes imposed', 'expel expels expelled', 'summon summons summoned', 'blame blames blamed',
  'dismiss dismisses dismissed', 'welcome welcomes welcomed', 'offer offers offered', 'propose proposes proposed',
  'pledge pledges pledged', 'promise promises promised', 'ask asks asked', 'appeal appeals appealed',
  'react reacts reacted', 'maintain maintains maintained', 'counter counters countered',
  'consider considers considered', 'see sees saw', 'view views viewed', 'plan plans planned',
  'intend intends intended', 'stress stresses stressed', 'acknowledge acknowledges acknowledged',
  'admit admits admitted', 'mobilise mobilises mobilised', 'mobilize mobilizes mobilized',
  'invade invades invaded', 'oppose opposes opposed', 'support supports supported', 'fear fears feared',
  'accept accepts accepted', 'complain complains complained', 'protest protests protested',
  'object objects objected', 'suspend suspends suspended', 'withdraw withdraws withdrew', 'recall recalls recalled',
  'retort retorts retorted', 'regard regards regarded', 'notify notifies notified', 'signal signals signalled',
  'continue continues continued',
  'need needs needed', 'try tries tried', 'move moves moved', 'push pushes pushed', 'begin begins began',
  'capture captures captured', 'seize seizes seized', 'celebrate celebrates celebrated', 'make makes made',
  'pull pulls pulled', 'fire fires fired', 'strike strikes struck', 'veto vetoes vetoed', 'praise praises praised',
  'punish punishes punished', 'prepare prepares prepared', 'escalate escalates escalated',
];
const BASE_VERBS = new Set(ACTOR_VERB_FORMS.map((forms) => forms.split(' ')[0] ?? ''));
const FINITE_VERBS = new Set(ACTOR_VERB_FORMS.flatMap((forms) => forms.split(' ').slice(1)));
// "Moscow is punishing", "Kyiv was preparing": a form of "be" before an actor verb's -ing form. Spelled both
// ways where a final consonant may double (plan → planning), which adds harmless non-words.
const ING_FORMS = new Set(
  [...BASE_VERBS].flatMap((base) => {
    const stem = base.endsWith('e') && !base.endsWith('ee') ? base.slice(0, -1) : base;
    return [`${stem}ing`, `${base}${base.slice(-1)}ing`];
  }),
);
const FORMS_OF_BE = new Set(['is', 'are', 'was', 'were', "isn't", "aren't", "wasn't", "weren't"]);

/**
 * The reading of a mention: the first rule that applies, in the order documented in README.md.
 * @example decideReading({ folded: 'annexed by Moscow in 2014', sentenceStart: 0, sentenceEnd: 25, start: 11, end: 17, seat: true, dateline: false }) // {reading: 'metonym', rule: 'agent-by'}
 */
export function decideReading(input: ReadingInput): ReadingDecision {
  const { folded, sentenceStart: lo, sentenceEnd: hi, start, end } = input;
  if (!input.seat) return literal('not-seat');
  if (input.dateline) return literal('dateline');
  if (isPossessive(folded, end, hi)) return metonym('possessive');

  const compound = hyphenCompound(folded, lo, hi, start, end);
  if (compound) return compound;

  const previous = wordBefore(folded, lo, start);
  const prepositionBefore =
    previous?.word.toLowerCase() === 'the' ? wordBefore(folded, lo, previous.start) : previous;
  if (prepositionBefore?.word.toLowerCase() === 'by') return metonym('agent-by');
  // "Moscow blamed Kyiv", "urged the Kremlin": what one blames or urges is a government.
  const verbBefore =
    prepositionBefore?.word.toLowerCase() === 'on'
      ? wordBefore(folded, lo, prepositionBefore.start)
      : prepositionBefore;
  if (
    verbBefore &&
    (GOVERNMENT_OBJECT_VERBS.has(verbBefore.word.toLowerCase()) ||
      (verbBefore !== prepositionBefore && verbBefore.word.toLowerCase() === 'called'))
  )
    return metonym('object-of-verb');
  // "condemnation from Washington, Brussels and Berlin": a reaction comes from governments.
  if (REACTION_SOURCE.test(folded.slice(Math.max(lo, start - 160), start))) return metonym('reaction-source');

  const next = wordAfter(folded, end, hi);
  const nextWord = next?.word.toLowerCase();
  if (nextWord !== undefined && ROLE_NOUNS.has(nextWord)) return metonym('role-noun');

  if (isAfterLocative(folded, lo, start)) return literal('locative');
  if (next && startsPredicate(folded, next.start, hi)) return metonym('subject-verb');
  // "Kyiv and Moscow said": a name coordinated with another before the verb is a subject too.
  if (nextWord === 'and' || nextWord === 'or') {
    const other = next ? wordAfter(folded, next.end, hi) : undefined;
    if (other && /^\p{Lu}/u.test(other.word) && startsPredicate(folded, other.end, hi))
      return metonym('subject-verb');
  }
  return literal('default');
}

/**
 * True when the name is followed by a possessive 's (either apostrophe, after folding) that ends the word.
 * @example isPossessive("Kyiv's forces", 4, 13) // true
 */
export function isPossessive(folded: string, end: number, hi: number): boolean {
  return (
    end + 2 <= hi &&
    folded.charAt(end) === "'" &&
    (folded.charAt(end + 1) === 's' || folded.charAt(end + 1) === 'S') &&
    !wordCharAt(folded, end + 2)
  );
}

function hyphenCompound(
  folded: string,
  lo: number,
  hi: number,
  start: number,
  end: number,
): ReadingDecision | undefined {
  if (folded.charAt(end) === '-' && end + 1 < hi && wordCharAt(folded, end + 1)) {
    const suffix = wordAfter(folded, end + 1, hi)?.word.toLowerCase() ?? '';
    return LOCATIVE_SUFFIXES.has(suffix) ? literal('locative-compound') : metonym('hyphen-compound');
  }
  // "pro-Kremlin", "anti-Moscow": the prefix takes a side, so the name stands for its government.
  if (start - 1 > lo && folded.charAt(start - 1) === '-' && wordCharBefore(folded, start - 1)) {
    return metonym('hyphen-compound');
  }
  return undefined;
}

function isAfterLocative(folded: string, lo: number, start: number): boolean {
  let word = wordBefore(folded, lo, start);
  let listStart = start;
  for (let hops = 0; hops < 8; hops++) {
    if (!word) {
      // "in Kyiv, Lviv and Odesa": step back over a comma to the capitalised name before it.
      let p = listStart;
      while (p > lo && folded.charAt(p - 1) === ' ') p--;
      if (p <= lo || folded.charAt(p - 1) !== ',') return false;
      const previous = wordBefore(folded, lo, p - 1);
      if (!previous || !/^\p{Lu}/u.test(previous.word)) return false;
      listStart = previous.start;
      word = wordBefore(folded, lo, previous.start);
      continue;
    }
    const lower = word.word.toLowerCase();
    if (LOCATIVE_PREPOSITIONS.has(lower)) return true;
    if (lower === 'and' || lower === 'or') {
      // "officials in Washington and London said": the preposition covers the whole list.
      const previous = wordBefore(folded, lo, word.start);
      if (!previous || !/^\p{Lu}/u.test(previous.word)) return false;
      listStart = previous.start;
      word = wordBefore(folded, lo, previous.start);
      continue;
    }
    if (!PLACE_MODIFIERS.has(lower)) return false;
    listStart = word.start;
    word = wordBefore(folded, lo, word.start);
  }
  return false;
}

/** True when the words from `pos` begin a predicate: a modal, an actor verb, or an auxiliary before one. */
function startsPredicate(folded: string, pos: number, hi: number): boolean {
  let word = wordAfter(folded, pos, hi);
  let sawAuxiliary = false;
  let sawBe = false;
  for (let hops = 0; word && hops < 4; hops++) {
    const lower = word.word.toLowerCase();
    if (MODALS.has(lower) || FINITE_VERBS.has(lower) || (sawAuxiliary && BASE_VERBS.has(lower))) return true;
    if (sawBe && ING_FORMS.has(lower)) return true;
    if (FORMS_OF_BE.has(lower) && !sawBe && !sawAuxiliary) sawBe = true;
    else if (AUXILIARIES.has(lower) && !sawAuxiliary) sawAuxiliary = true;
    else if (!SKIPPABLE_ADVERBS.has(lower) && !/^\p{L}+ly$/u.test(lower)) return false;
    word = wordAfter(folded, word.end, hi);
  }
  return false;
}

function literal(rule: ReadingRule): ReadingDecision {
  return { reading: 'literal', rule };
}

function metonym(rule: ReadingRule): ReadingDecision {
  return { reading: 'metonym', rule };
}
