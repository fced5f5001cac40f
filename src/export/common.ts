/**
 * What every exporter needs: the article, its reviewed links, the places and their geometry (through a function,
 * so the exporters stay pure and the caller decides where outlines come from).
 */
import type { Geometry } from 'geojson';
import type { GazetteerEntry, PlaceStatus, Sentence } from '../linking/types';
import type { ReviewedLinks, ReviewedMention } from '../review/types';

/** Title, source and date of the article, as the reader was told (each may be empty). */
export interface ExportMeta {
  title: string;
  source: string;
  date: string;
}

export interface ExportInput {
  /** Stable id of the article (`default` for the landing article), for the identifiers in the exports. */
  articleId: string;
  text: string;
  meta: ExportMeta;
  links: ReviewedLinks;
  /** The gazetteer entry of a place id (the places the linker made up included). */
  placeOf: (id: string) => GazetteerEntry | undefined;
  /** The outline (or point) to draw a place with, or null when only the gazetteer's point is known. */
  geometryOf: (id: string) => Geometry | null;
  /**
   * The place's status in the data where the caller knows it better than the gazetteer entry (the outlines carry
   * `properties.status`); absent: the entry's `status`.
   */
  statusOf?: (id: string) => PlaceStatus | undefined;
}

/** The status of a place: the caller's, else the gazetteer's, else none. */
export function statusFor(input: ExportInput, entry: GazetteerEntry): PlaceStatus {
  return input.statusOf?.(entry.id) ?? entry.status ?? 'none';
}

/** Said in every export that carries offsets, because W3C's own selector counts code points instead. */
export const OFFSETS_NOTE =
  'start and end are JavaScript string indices (UTF-16 code units) into the article text, end exclusive: text.slice(start, end) is the quoted words. They differ from Unicode code point counts after any character outside the Basic Multilingual Plane.';

/**
 * The GeoNames URI of a `gn:<id>` place; our own URN for every other id.
 * @example placeIri('gn:703448') // 'https://sws.geonames.org/703448/'
 */
export function placeIri(id: string): string {
  const gn = /^gn:(\d+)$/u.exec(id);
  return gn ? `https://sws.geonames.org/${gn[1]}/` : `urn:article-atlas:place:${encodeURIComponent(id)}`;
}

/**
 * The place id an IRI made by {@link placeIri} stands for, or null for any other IRI.
 * @example placeIdFromIri('https://sws.geonames.org/703448/') // 'gn:703448'
 */
export function placeIdFromIri(iri: string): string | null {
  const gn = /^https?:\/\/sws\.geonames\.org\/(\d+)\/?$/u.exec(iri);
  if (gn) return `gn:${gn[1]}`;
  const ours = /^urn:article-atlas:place:(.+)$/u.exec(iri);
  if (!ours?.[1]) return null;
  try {
    return decodeURIComponent(ours[1]);
  } catch {
    return null;
  }
}

/**
 * The article's address: its source when that is a web address, else our URN for its id.
 * @example articleIri({ articleId: 'default', meta: { source: '', title: '', date: '' } }) // 'urn:article-atlas:article:default'
 */
export function articleIri(input: Pick<ExportInput, 'articleId' | 'meta'>): string {
  return /^https?:\/\/\S+$/u.test(input.meta.source)
    ? input.meta.source
    : `urn:article-atlas:article:${encodeURIComponent(input.articleId)}`;
}

/** Every mention, rejected ones included, in text order. */
export function allMentions(links: ReviewedLinks): ReviewedMention[] {
  return [...links.mentions, ...links.rejected].sort((a, b) => a.start - b.start);
}

/** The sentence a mention lies in, as offsets and words. */
export function sentenceOf(
  text: string,
  sentences: readonly Sentence[],
  m: ReviewedMention,
): { index: number; start: number; end: number; text: string } {
  const s = sentences[m.sentence] ?? { index: m.sentence, start: m.start, end: m.end };
  return { index: s.index, start: s.start, end: s.end, text: text.slice(s.start, s.end) };
}

/** The places the linked mentions name, in order of first mention, each with its mentions. */
export function placesInOrder(
  input: ExportInput,
): Array<{ entry: GazetteerEntry; mentions: ReviewedMention[] }> {
  const out = new Map<string, { entry: GazetteerEntry; mentions: ReviewedMention[] }>();
  for (const m of input.links.mentions) {
    const entry = input.placeOf(m.featureId);
    if (!entry) continue;
    const item = out.get(entry.id) ?? { entry, mentions: [] };
    item.mentions.push(m);
    out.set(entry.id, item);
  }
  return [...out.values()];
}

/** The outline the caller has, else the gazetteer's point, else nothing (a place no data locates). */
export function geometryFor(input: ExportInput, entry: GazetteerEntry): Geometry | null {
  const geometry = input.geometryOf(entry.id);
  if (geometry) return geometry;
  return entry.point ? { type: 'Point', coordinates: [entry.point[0], entry.point[1]] } : null;
}
