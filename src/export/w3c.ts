/**
 * W3C Web Annotation (JSON-LD): one annotation per mention. A link is `identifying` with the place as body (its
 * GeoNames URI where it has one, else our URN); words a person said are not a place are `assessing` with a
 * textual body "not a place". Each target is the article with a TextPositionSelector (JavaScript string offsets,
 * end exclusive; see OFFSETS_NOTE) and a TextQuoteSelector whose `exact` is `text.slice(start, end)`.
 * The review (status, who decided, by which rule, when) rides along in terms of our own vocabulary, so an export
 * read back with {@link importAnnotations} restores every link and status exactly.
 */
import type { Reading } from '../linking/types';
import type { LinkStatus, ReviewedMention } from '../review/types';
import { allMentions, articleIri, OFFSETS_NOTE, placeIri, type ExportInput } from './common';

export const ANNO_CONTEXT = 'http://www.w3.org/ns/anno.jsonld';

/** Our terms, mapped to one namespace so the document stays valid JSON-LD. */
export const ATLAS_CONTEXT = {
  atlas: 'urn:article-atlas:terms:',
  offsets: 'atlas:offsets',
  status: 'atlas:status',
  applied: 'atlas:applied',
  decidedBy: 'atlas:decidedBy',
  reading: 'atlas:reading',
  readingRule: 'atlas:readingRule',
  resolution: 'atlas:resolution',
  linkerPlace: { '@id': 'atlas:linkerPlace', '@type': '@id' },
} as const;

/** How many characters of context the quote selector carries on each side. */
const QUOTE_CONTEXT = 32;

export interface TextPositionSelector {
  type: 'TextPositionSelector';
  start: number;
  end: number;
}

export interface TextQuoteSelector {
  type: 'TextQuoteSelector';
  exact: string;
  prefix: string;
  suffix: string;
}

export interface MentionAnnotation {
  id: string;
  type: 'Annotation';
  motivation: 'identifying' | 'assessing';
  creator: { type: 'Software'; name: string } | { type: 'Person' };
  created?: string;
  body: { id: string; label: string } | { type: 'TextualBody'; value: 'not a place'; purpose: 'assessing' };
  target: { source: string; selector: [TextPositionSelector, TextQuoteSelector] };
  status: LinkStatus;
  applied: boolean;
  decidedBy: string;
  reading: Reading;
  readingRule: string;
  resolution?: string;
  /** For words that are not a place: the place the linker had proposed, so the review can be undone after import. */
  linkerPlace?: string;
}

export interface AnnotationDocument {
  '@context': [typeof ANNO_CONTEXT, typeof ATLAS_CONTEXT];
  id: string;
  type: 'AnnotationCollection';
  label: string;
  offsets: string;
  total: number;
  first: { type: 'AnnotationPage'; startIndex: 0; items: MentionAnnotation[] };
}

/**
 * The annotations of every mention, rejected ones included, in text order.
 * @example toW3cAnnotations(input).first.items[0]?.target.selector[1].exact // 'MOSCOW'
 */
export function toW3cAnnotations(input: ExportInput): AnnotationDocument {
  const source = articleIri(input);
  const items = allMentions(input.links).map((m) => annotation(input, source, m));
  return {
    '@context': [ANNO_CONTEXT, ATLAS_CONTEXT],
    id: `${source}#annotations`,
    type: 'AnnotationCollection',
    label: input.meta.title === '' ? 'Places named in the article' : `Places named in ‘${input.meta.title}’`,
    offsets: OFFSETS_NOTE,
    total: items.length,
    first: { type: 'AnnotationPage', startIndex: 0, items },
  };
}

function annotation(input: ExportInput, source: string, m: ReviewedMention): MentionAnnotation {
  const { text } = input;
  const rejected = m.status === 'not-a-place';
  const a: MentionAnnotation = {
    id: `${source}#mention-${m.start}-${m.end}`,
    type: 'Annotation',
    motivation: rejected ? 'assessing' : 'identifying',
    creator:
      m.provenance.by === 'person' ? { type: 'Person' } : { type: 'Software', name: 'Article Atlas linker' },
    body: rejected
      ? { type: 'TextualBody', value: 'not a place', purpose: 'assessing' }
      : { id: placeIri(m.featureId), label: input.placeOf(m.featureId)?.name ?? m.featureId },
    target: {
      source,
      selector: [
        { type: 'TextPositionSelector', start: m.start, end: m.end },
        {
          type: 'TextQuoteSelector',
          exact: text.slice(m.start, m.end),
          prefix: text.slice(wholeCharStart(text, Math.max(0, m.start - QUOTE_CONTEXT)), m.start),
          suffix: text.slice(m.end, wholeCharEnd(text, Math.min(text.length, m.end + QUOTE_CONTEXT))),
        },
      ],
    },
    status: m.status,
    applied: m.applied,
    decidedBy: m.provenance.rule,
    reading: m.reading,
    readingRule: m.rule,
  };
  if (m.provenance.at !== null) a.created = m.provenance.at;
  if (m.resolution !== undefined) a.resolution = m.resolution;
  if (rejected) a.linkerPlace = placeIri(m.featureId);
  return a;
}

// The context is cut at whole characters, so a prefix or suffix never starts or ends with half a surrogate pair.
const isLow = (text: string, i: number) => {
  const c = text.charCodeAt(i);
  return c >= 0xdc00 && c <= 0xdfff;
};
const isHigh = (text: string, i: number) => {
  const c = text.charCodeAt(i);
  return c >= 0xd800 && c <= 0xdbff;
};

function wholeCharStart(text: string, i: number): number {
  return i > 0 && isLow(text, i) && isHigh(text, i - 1) ? i + 1 : i;
}

function wholeCharEnd(text: string, i: number): number {
  return i < text.length && isLow(text, i) && isHigh(text, i - 1) ? i - 1 : i;
}
