import type { GazetteerEntry, LinkResult, Mention, Paragraph, Sentence } from '../linking/types';
import { isDatelineLine } from '../input/dateline';
import { legendFor, type LegendEntry } from './layers';

/** What a reader is told about where an article comes from; every field may be empty. */
export interface ArticleMeta {
  title: string;
  source: string;
  /** As the user or the dateline gave it (free text, e.g. "29 September 2022"); ISO dates are fine too. */
  date: string;
}

/**
 * INTERFACE: an article as a value, handed to the store (never a module import below app/). The default article
 * is one such value, linked at build time (virtual module); an opened one is linked in a worker; a published
 * site's is linked at build time like the default. `links` is the linker's output for `text` (with
 * `links.places` for places it made up); corrections made in review are applied on top (see src/review when it
 * exists).
 */
export interface ArticleValue {
  /** `default` for the landing article; otherwise a stable id for storage and `?article=<id>`. */
  id: string;
  text: string;
  meta: ArticleMeta;
  paragraphs: Paragraph[];
  links: LinkResult;
  /**
   * The gazetteer entries of the places `links` refers to, so a stored or shared value is whole without the
   * (large) world gazetteer. Absent for the default article, whose gazetteer ships with the page.
   */
  places?: GazetteerEntry[];
  /**
   * True when `links` are a person's corrections rather than the linker's (an article kept from a share link that
   * carried corrected links): its own share links carry them on (src/state/sharedLinks.ts).
   */
  corrected?: boolean;
}

/** A range of the text: [start, end) in JavaScript string indices. */
export interface Range {
  start: number;
  end: number;
}

/** Everything the UI and the map need to know about the loaded article; built once, never mutated. */
export interface ArticleModel {
  /** `default` for the landing article, else its storage id (see ArticleValue). */
  id: string;
  meta: ArticleMeta;
  /** True for a reader's own article kept in this browser: only such an article has an address (`?article=`). */
  stored: boolean;
  /**
   * The share-link fragment (src/state/fragment.ts) this article was opened from, while it is not kept in this
   * browser: its address then carries the article itself (`#…&a=`). Absent otherwise.
   */
  shared?: string;
  text: string;
  paragraphs: Range[];
  sentences: Sentence[];
  mentions: Mention[];
  /** Gazetteer entries of the places the article names, by id. */
  places: ReadonlyMap<string, GazetteerEntry>;
  /**
   * For each named place, the indices of the sentences that mention it, in article order, without repeats: its
   * passages. A headline or subheading ("Lyman") is no passage, unless the article names the place nowhere else.
   */
  sentencesByPlace: ReadonlyMap<string, number[]>;
  /** The article as the reader sees it: dateline, headline, subheadings and paragraphs (displayBlocks). */
  blocks: DisplayBlock[];
  /** The legend for this article: the groups of the places it names, worded from their names. */
  legend: LegendEntry[];
  /** True when the links are not the linker's as they came: a person's corrections (review) are applied. */
  corrected?: boolean;
}

/** The landing article's id. */
export const DEFAULT_ARTICLE_ID = 'default';

const NO_META: ArticleMeta = { title: '', source: '', date: '' };

/**
 * Derives the article model from the linker's output.
 * @example buildArticleModel(text, paragraphs(text), linkArticle(text, gazetteer), gazetteer.entries).places.has('UA-14')
 */
export function buildArticleModel(
  text: string,
  paragraphs: Range[],
  link: LinkResult,
  entries: readonly GazetteerEntry[],
  origin: { id: string; meta: ArticleMeta; stored?: boolean } = { id: DEFAULT_ARTICLE_ID, meta: NO_META },
): ArticleModel {
  // Places the linker made up (an unlocated village) are looked up like gazetteer entries.
  const byId = new Map([...entries, ...(link.places ?? [])].map((e) => [e.id, e]));
  const places = new Map<string, GazetteerEntry>();
  const blocks = displayBlocks(text, paragraphs);
  const inHeading = headingSentences(link.sentences, blocks);
  const sentencesByPlace = new Map<string, number[]>();
  const headingsByPlace = new Map<string, number[]>();
  for (const m of link.mentions) {
    const entry = byId.get(m.featureId);
    if (!entry) continue;
    places.set(entry.id, entry);
    const into = inHeading.has(m.sentence) ? headingsByPlace : sentencesByPlace;
    const list = into.get(entry.id) ?? [];
    if (list[list.length - 1] !== m.sentence) list.push(m.sentence);
    into.set(entry.id, list);
  }
  // A place named only in headings keeps them as its passages: it must lead somewhere in the text.
  for (const [id, list] of headingsByPlace) if (!sentencesByPlace.has(id)) sentencesByPlace.set(id, list);
  const mentions = link.mentions.filter((m) => byId.has(m.featureId));
  return {
    id: origin.id,
    meta: origin.meta,
    stored: origin.stored ?? false,
    text,
    paragraphs,
    sentences: link.sentences,
    mentions,
    places,
    sentencesByPlace,
    blocks,
    legend: legendFor(places.values()),
  };
}

/**
 * The model of an article value: its links resolved against `entries` (the gazetteer it was linked with, or the
 * entries stored with it).
 * @example articleModelOf(value, gazetteer.entries).meta.title
 */
export function articleModelOf(
  value: ArticleValue,
  entries: readonly GazetteerEntry[],
  stored = false,
): ArticleModel {
  const model = buildArticleModel(
    value.text,
    value.paragraphs,
    value.links,
    [...entries, ...(value.places ?? [])],
    {
      id: value.id,
      meta: value.meta,
      stored,
    },
  );
  return value.corrected ? { ...model, corrected: true } : model;
}

/**
 * A block of the article as displayed: the dateline line on its own, a headline the text starts with, a subheading
 * between paragraphs, or a paragraph.
 */
export interface DisplayBlock extends Range {
  kind: 'dateline' | 'headline' | 'heading' | 'paragraph';
}

// What ends a sentence, a list's lead-in or a clause; a heading ends in none of them. A question may end one ("What
// next for Kherson?", as an explainer's subheadings do), but not a quoted one: "“Where will we go?”" is speech.
const NOT_HEADING_END = /(?:[.!…:;,\u2014\u2013-]["'”’»)\]]*|\?["'”’»)\]]+)$/u;
// A heading starts as a title does: a capital or a number, perhaps after an opening quote.
const HEADING_START = /^["'“‘«(]?[\p{Lu}\p{N}]/u;
// Lines that say who wrote it or when, which stay as they are.
const BYLINE = /^(?:by|published|updated|posted|source|filed|reporting by|editing by)\b/i;

/**
 * Whether a paragraph reads as a heading: one line, short, no sentence (no final period, colon or comma; a question
 * may be one), starting with a capital; a headline (the first block) may be longer than a subheading.
 */
function headingLike(line: string, first: boolean): boolean {
  // The length first: a paragraph of a long text is never split into words here.
  if (line.length > (first ? 160 : 80) || /[\r\n\u2028\u2029]/u.test(line)) return false;
  return (
    line.split(/\s+/u).length <= (first ? 25 : 10) &&
    /\p{L}/u.test(line) &&
    HEADING_START.test(line) &&
    !NOT_HEADING_END.test(line) &&
    !BYLINE.test(line) &&
    !isDatelineLine(line)
  );
}

/**
 * Paragraphs as the reader sees them. A wire story's first line in capitals (its dateline, "MOSCOW") is its own
 * block. A plain text's headline and subheadings, one short line between blank lines that is no sentence
 * ("Lyman", "Strikes on Zaporizhzhia"), are headings. Such a line right under the headline is its standfirst or
 * credit, a run of them is a list of names, and the last block is a sign-off: these stay paragraphs.
 * @example displayBlocks('MOSCOW\nRussia said.', [{ start: 0, end: 19 }]).map((b) => b.kind) // ['dateline', 'paragraph']
 * @example displayBlocks('Lyman\n\nIt fell.', [{ start: 0, end: 5 }, { start: 7, end: 15 }]).map((b) => b.kind) // ['headline', 'paragraph']
 */
export function displayBlocks(text: string, paragraphs: readonly Range[]): DisplayBlock[] {
  const like = paragraphs.map((p, i) => headingLike(text.slice(p.start, p.end), i === 0));
  const blocks: DisplayBlock[] = paragraphs.map((p, i) => ({
    ...p,
    kind:
      i === 0
        ? like[0] && paragraphs.length > 1
          ? 'headline'
          : 'paragraph'
        : like[i] && i < paragraphs.length - 1 && !like[i - 1] && !like[i + 1]
          ? 'heading'
          : 'paragraph',
  }));
  const first = blocks[0];
  if (!first) return blocks;
  const lineEnd = text.slice(first.start, first.end).search(/\r?\n/);
  const firstLine = text.slice(first.start, lineEnd === -1 ? first.end : first.start + lineEnd);
  if (!isDatelineLine(firstLine)) return blocks;
  if (lineEnd === -1)
    return blocks.length > 1 ? [{ ...first, kind: 'dateline' }, ...blocks.slice(1)] : blocks;
  const rest = first.start + lineEnd + text.slice(first.start + lineEnd).search(/\S/);
  return [
    { start: first.start, end: first.start + firstLine.length, kind: 'dateline' },
    { start: rest, end: first.end, kind: 'paragraph' },
    ...blocks.slice(1),
  ];
}

/** Indices of the sentences that lie in a headline or subheading. */
function headingSentences(sentences: readonly Sentence[], blocks: readonly DisplayBlock[]): Set<number> {
  const out = new Set<number>();
  let b = 0;
  for (const s of sentences) {
    while (b < blocks.length && (blocks[b]?.end ?? 0) < s.end) b++;
    const block = blocks[b];
    if (block && (block.kind === 'headline' || block.kind === 'heading') && s.start >= block.start)
      out.add(s.index);
  }
  return out;
}

/**
 * "mentioned in 1 sentence" / "mentioned in 4 sentences".
 * @example mentionCountLabel(4) // 'mentioned in 4 sentences'
 */
export function mentionCountLabel(n: number): string {
  return `mentioned in ${n} ${n === 1 ? 'sentence' : 'sentences'}`;
}

/** Case and apostrophe style are not spellings: "MOSCOW" and "Luhans’k"/"Luhans'k" are written as the name is. */
function spellingForm(s: string): string {
  return s.replace(/[’‘ʼ]/gu, "'").toLowerCase();
}

/**
 * The spellings the article uses for a place that differ from its canonical name, in order of first use.
 * @example variantSpellings(article.mentions, 'UA-09', 'Luhansk') // ['Lugansk']
 */
export function variantSpellings(mentions: readonly Mention[], placeId: string, name: string): string[] {
  const seen = new Set<string>([spellingForm(name)]);
  const out: string[] = [];
  for (const m of mentions) {
    if (m.featureId !== placeId || m.reading === 'adjective') continue;
    const form = spellingForm(m.surface);
    if (seen.has(form)) continue;
    seen.add(form);
    out.push(m.surface);
  }
  return out;
}

/**
 * "spelled ‘Lugansk’ in the article", or with several spellings "spelled ‘Lugansk’ and ‘Luhans’k’ in the article".
 * @example spelledNote(['Lugansk']) // 'spelled ‘Lugansk’ in the article'
 */
export function spelledNote(spellings: readonly string[]): string | undefined {
  if (spellings.length === 0) return undefined;
  const quoted = spellings.map((s) => `‘${s}’`);
  const list =
    quoted.length === 1 ? quoted[0] : `${quoted.slice(0, -1).join(', ')} and ${quoted[quoted.length - 1]}`;
  return `spelled ${list} in the article`;
}

/**
 * How a mention reads, for a tooltip and for screen readers; undefined for a plain literal mention.
 * @example readingNote({ ...mention, reading: 'metonym' }, 'Kyiv') // 'Kyiv here stands for its government or forces (metonym)'
 */
export function readingNote(mention: Mention, name: string): string | undefined {
  if (mention.reading === 'metonym') return `${name} here stands for its government or forces (metonym)`;
  if (mention.reading === 'adjective') return `an adjective from ${name}`;
  return undefined;
}
