/**
 * Corrected links in a share link (`SharedArticle.corrections`, fragment.ts). A link carries the article's links as
 * they stand after review — every link, not the edits — as `[start, end, place id]` triples. The receiving side
 * links the text again (the sentences, and the readings of links nobody changed, come from there) and replaces the
 * linker's links with these. Carrying the result rather than the edits keeps the link short and lets it open on a
 * version whose linker differs: the ranges are offsets into the text the link also carries.
 *
 * Pure: the caller resolves the place ids (the default gazetteer, the linker's own made-up places, or the world
 * gazetteer) and builds the model.
 */
import type { GazetteerEntry, LinkResult, Mention } from '../linking/types';
import type { ArticleModel } from './article';

export const CORRECTIONS_VERSION = 1;
/** An article of 2 MB has far fewer names than this; a list this long is not ours. */
const MAX_LINKS = 50_000;
const MAX_ID_CHARS = 200;

export type LinkTriple = [start: number, end: number, placeId: string];

export interface SharedCorrections {
  v: typeof CORRECTIONS_VERSION;
  links: LinkTriple[];
}

/**
 * What a share link of `article` carries besides its text: its links when a person corrected them, else nothing.
 * @example correctionsOf(model)?.links[0] // [12, 18, 'UA-14']
 */
export function correctionsOf(article: ArticleModel): SharedCorrections | undefined {
  if (!article.corrected) return undefined;
  return { v: CORRECTIONS_VERSION, links: article.mentions.map((m) => [m.start, m.end, m.featureId]) };
}

/**
 * Reads the corrections a link carries for a text of `textLength` characters, as hostile input: a value that is
 * not a well-formed list of in-range, ordered, non-overlapping links is refused whole with a reason.
 */
export function readCorrections(
  value: unknown,
  textLength: number,
): { ok: true; links: LinkTriple[] } | { ok: false; reason: string } {
  const refuse = (reason: string) => ({ ok: false as const, reason });
  if (typeof value !== 'object' || value === null) return refuse('they are not a list of links');
  const { v, links } = value as { v?: unknown; links?: unknown };
  if (v !== CORRECTIONS_VERSION) return refuse('they were made by another version of Article Atlas');
  if (!Array.isArray(links) || links.length > MAX_LINKS) return refuse('they are not a list of links');
  const out: LinkTriple[] = [];
  let after = 0;
  for (const item of links as unknown[]) {
    if (!Array.isArray(item) || item.length !== 3) return refuse('a link in them is damaged');
    const [start, end, id] = item as unknown[];
    if (
      !Number.isSafeInteger(start) ||
      !Number.isSafeInteger(end) ||
      typeof id !== 'string' ||
      id.length === 0 ||
      id.length > MAX_ID_CHARS
    )
      return refuse('a link in them is damaged');
    const s = start as number;
    const e = end as number;
    if (s < after || e <= s || e > textLength) return refuse('a link in them does not fit the text');
    out.push([s, e, id]);
    after = e;
  }
  return { ok: true, links: out };
}

/**
 * The linker's result with its links replaced by `links` (ids all resolvable by `known`; the others are left out
 * and counted). A link over the same range as one of the linker's keeps that one's reading and rule; any other is
 * a person's link, read literally.
 */
export function applySharedLinks(
  text: string,
  linked: LinkResult,
  links: readonly LinkTriple[],
  known: (id: string) => boolean,
): { links: LinkResult; unknown: number } {
  const byRange = new Map(linked.mentions.map((m) => [`${m.start}:${m.end}`, m]));
  const sentenceAt = (offset: number): number => {
    const i = linked.sentences.findIndex((s) => s.start <= offset && offset < s.end);
    return i === -1 ? Math.max(0, linked.sentences.length - 1) : i;
  };
  let unknown = 0;
  const mentions: Mention[] = [];
  for (const [start, end, featureId] of links) {
    if (!known(featureId)) {
      unknown++;
      continue;
    }
    const same = byRange.get(`${start}:${end}`);
    mentions.push(
      same
        ? { ...same, featureId, ...(same.featureId === featureId ? {} : { rule: 'person' as const }) }
        : {
            sentence: sentenceAt(start),
            start,
            end,
            surface: text.slice(start, end),
            featureId,
            reading: 'literal',
            rule: 'person',
          },
    );
  }
  return { links: { ...linked, mentions }, unknown };
}

/** The entries of `entries` that `links` names, for a value that must be whole (ArticleValue.places). */
export function entriesNamed(
  links: LinkResult,
  entries: ReadonlyMap<string, GazetteerEntry>,
): GazetteerEntry[] {
  const ids = new Set(links.mentions.map((m) => m.featureId));
  return [...ids].flatMap((id) => entries.get(id) ?? []);
}
