/**
 * Reads back an annotation file made by {@link toW3cAnnotations}, for the article it was made from. All or
 * nothing: either every annotation fits the text and the gazetteer and the links come back exactly, or the
 * result names the first annotation that does not and why, and nothing is applied.
 *
 * Hostile files are refused before they are looked at closely: too large, nested too deep, or carrying keys
 * that could reach an object's prototype. Names and labels in the file are never read (places come from our
 * gazetteer by id), so markup in a name cannot reach the page.
 */
import { segmentSentences } from '../linking';
import { MENTION_RULES, RESOLUTION_RULE_IDS, type Reading, type Sentence } from '../linking/types';
import type { LinkStatus, ReviewedLinks, ReviewedMention } from '../review/types';
import { placeIdFromIri } from './common';
import { ANNO_CONTEXT } from './w3c';

/** An article's annotations take tens of kilobytes; anything this large is not one. */
export const MAX_IMPORT_BYTES = 5 * 1024 * 1024;
/** Our export nests 7 levels deep; a little room, no more. */
export const MAX_IMPORT_DEPTH = 12;
const FORBIDDEN_KEYS = new Set(['__proto__', 'constructor', 'prototype']);
const STATUSES = new Set<LinkStatus>(['automatic', 'confirmed', 'changed', 'not-a-place']);
const READINGS = new Set<Reading>(['literal', 'metonym', 'adjective']);
const MAX_WORD = 100;

export type ImportResult = { ok: true; links: ReviewedLinks } | { ok: false; error: string };

export interface ImportOptions {
  /** Whether a place id exists (the gazetteer and the places the linker made up). */
  knownPlace: (id: string) => boolean;
  /** The article's sentences; by default segmented from the text as the linker does. */
  sentences?: readonly Sentence[];
}

class ImportError extends Error {}

/**
 * The links an annotation file describes, or the reason it cannot be used.
 * @example importAnnotations(JSON.stringify(toW3cAnnotations(input)), text, { knownPlace }).ok // true
 */
export function importAnnotations(json: string, text: string, options: ImportOptions): ImportResult {
  try {
    return { ok: true, links: read(json, text, options) };
  } catch (error) {
    if (error instanceof ImportError) return { ok: false, error: error.message };
    throw error;
  }
}

function read(json: string, text: string, options: ImportOptions): ReviewedLinks {
  // UTF-16 length is at most the byte length of the file it came from, so this bounds the work before parsing.
  if (json.length > MAX_IMPORT_BYTES) {
    throw new ImportError(
      `The file is ${(json.length / 1024 / 1024).toFixed(1)} MB; an annotation file is at most ${MAX_IMPORT_BYTES / 1024 / 1024} MB.`,
    );
  }
  checkDepth(json);
  let doc: unknown;
  try {
    doc = JSON.parse(json, (key, value: unknown) => {
      if (FORBIDDEN_KEYS.has(key))
        throw new ImportError(`The file has a key ‘${key}’, which is not allowed.`);
      return value;
    });
  } catch (error) {
    if (error instanceof ImportError) throw error;
    throw new ImportError('The file is not JSON.');
  }
  const items = annotationsOf(doc);
  const sentences = options.sentences ? [...options.sentences] : segmentSentences(text);
  const mentions = items.map((item, i) => mentionOf(item, i, text, sentences, options));
  const sorted = mentions.sort((a, b) => a.start - b.start);
  for (let i = 1; i < sorted.length; i++) {
    const a = sorted[i - 1];
    const b = sorted[i];
    if (a && b && b.start < a.end) {
      throw new ImportError(
        `Two annotations overlap: ‘${a.surface}’ (${a.start}–${a.end}) and ‘${b.surface}’ (${b.start}–${b.end}).`,
      );
    }
  }
  return {
    sentences,
    mentions: sorted.filter((m) => m.status !== 'not-a-place'),
    rejected: sorted.filter((m) => m.status === 'not-a-place'),
    stale: [],
  };
}

/** Brackets outside strings, counted without parsing: a deeply nested file never reaches JSON.parse. */
function checkDepth(json: string): void {
  let depth = 0;
  let inString = false;
  for (let i = 0; i < json.length; i++) {
    const c = json.charCodeAt(i);
    if (inString) {
      if (c === 0x5c) i++;
      else if (c === 0x22) inString = false;
    } else if (c === 0x22) inString = true;
    else if (c === 0x7b || c === 0x5b) {
      if (++depth > MAX_IMPORT_DEPTH) {
        throw new ImportError(
          `The file is nested more than ${MAX_IMPORT_DEPTH} levels deep; an annotation file is not.`,
        );
      }
    } else if (c === 0x7d || c === 0x5d) depth--;
  }
}

function isObject(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

function annotationsOf(doc: unknown): unknown[] {
  if (!isObject(doc) || doc.type !== 'AnnotationCollection') {
    throw new ImportError('The file is not an annotation collection (type ‘AnnotationCollection’).');
  }
  const context = doc['@context'];
  if (!(context === ANNO_CONTEXT || (Array.isArray(context) && context.includes(ANNO_CONTEXT)))) {
    throw new ImportError(`The file’s @context does not include ${ANNO_CONTEXT}.`);
  }
  const first = doc.first;
  if (!isObject(first) || !Array.isArray(first.items)) {
    throw new ImportError('The collection has no page of annotations (first.items).');
  }
  if (typeof doc.total === 'number' && doc.total !== first.items.length) {
    throw new ImportError(
      `The collection says it has ${doc.total} annotations but holds ${first.items.length}.`,
    );
  }
  return first.items;
}

/** A short, printable form of a value from the file, for messages (never markup: messages are shown as text). */
function show(v: unknown): string {
  const s = typeof v === 'string' ? v : (JSON.stringify(v) ?? String(v));
  return s.length > 60 ? `${s.slice(0, 57)}…` : s;
}

function word(a: Record<string, unknown>, key: string, where: string): string {
  const v = a[key];
  if (typeof v !== 'string' || v === '' || v.length > MAX_WORD) {
    throw new ImportError(`${where}: ‘${key}’ must be a short text, not ${show(v)}.`);
  }
  return v;
}

function mentionOf(
  item: unknown,
  i: number,
  text: string,
  sentences: readonly Sentence[],
  options: ImportOptions,
): ReviewedMention {
  let where = `Annotation ${i + 1}`;
  if (!isObject(item)) throw new ImportError(`${where} is not an object.`);
  if (typeof item.id === 'string') where += ` (${show(item.id)})`;
  if (item.type !== 'Annotation') throw new ImportError(`${where}: type must be ‘Annotation’.`);
  const { start, end, exact } = selectorsOf(item.target, where);
  if (
    !Number.isSafeInteger(start) ||
    !Number.isSafeInteger(end) ||
    start < 0 ||
    start >= end ||
    end > text.length
  ) {
    throw new ImportError(
      `${where}: the offsets ${show(start)}–${show(end)} are outside the article (0–${text.length}).`,
    );
  }
  const actual = text.slice(start, end);
  if (actual !== exact) {
    throw new ImportError(
      `${where}: the quote ‘${show(exact)}’ differs from the article’s ‘${show(actual)}’ at ${start}–${end}.`,
    );
  }
  const status = item.status;
  if (typeof status !== 'string' || !STATUSES.has(status as LinkStatus)) {
    throw new ImportError(`${where}: unknown status ${show(status)}.`);
  }
  const reading = item.reading;
  if (typeof reading !== 'string' || !READINGS.has(reading as Reading)) {
    throw new ImportError(`${where}: unknown reading ${show(reading)}.`);
  }
  if (typeof item.applied !== 'boolean') throw new ImportError(`${where}: ‘applied’ must be true or false.`);
  const rejected = status === 'not-a-place';
  if ((item.motivation === 'assessing') !== rejected || !(item.motivation === 'identifying' || rejected)) {
    throw new ImportError(`${where}: motivation ${show(item.motivation)} does not fit status ${status}.`);
  }
  const placeIri = rejected ? item.linkerPlace : isObject(item.body) ? item.body.id : undefined;
  const featureId = typeof placeIri === 'string' ? placeIdFromIri(placeIri) : null;
  if (featureId === null)
    throw new ImportError(`${where}: the place ${show(placeIri)} is not a place address we make.`);
  if (!options.knownPlace(featureId))
    throw new ImportError(`${where}: the place ${show(featureId)} is not in the gazetteer.`);
  const sentence = sentences.find((s) => s.start <= start && end <= s.end);
  if (!sentence)
    throw new ImportError(`${where}: ‘${show(exact)}’ at ${start}–${end} is not inside one sentence.`);
  const creator = item.creator;
  const by = isObject(creator) && creator.type === 'Person' ? 'person' : 'linker';
  let at: string | null = null;
  if (item.created !== undefined) {
    if (
      typeof item.created !== 'string' ||
      item.created.length > 40 ||
      Number.isNaN(Date.parse(item.created))
    ) {
      throw new ImportError(`${where}: ‘created’ is not a date: ${show(item.created)}.`);
    }
    at = item.created;
  }
  // Built in the linker's key order (resolution before the review), so the restored links serialise as before.
  return {
    sentence: sentence.index,
    start,
    end,
    surface: actual,
    featureId,
    reading: reading as Reading,
    rule: oneOf(MENTION_RULES, word(item, 'readingRule', where), where, 'readingRule'),
    ...(item.resolution === undefined
      ? {}
      : { resolution: oneOf(RESOLUTION_RULE_IDS, word(item, 'resolution', where), where, 'resolution') }),
    status: status as LinkStatus,
    applied: item.applied,
    provenance: { by, rule: word(item, 'decidedBy', where), at },
  };
}

function selectorsOf(target: unknown, where: string): { start: number; end: number; exact: string } {
  if (!isObject(target) || !Array.isArray(target.selector)) {
    throw new ImportError(`${where}: the target has no selectors.`);
  }
  const selectors = target.selector.filter(isObject);
  const position = selectors.find((s) => s.type === 'TextPositionSelector');
  const quote = selectors.find((s) => s.type === 'TextQuoteSelector');
  if (!position || !quote) {
    throw new ImportError(`${where}: the target needs a TextPositionSelector and a TextQuoteSelector.`);
  }
  if (typeof position.start !== 'number' || typeof position.end !== 'number') {
    throw new ImportError(`${where}: the position’s start and end must be numbers.`);
  }
  if (typeof quote.exact !== 'string') throw new ImportError(`${where}: the quote has no ‘exact’ text.`);
  return { start: position.start, end: position.end, exact: quote.exact };
}

/** A value that must be one of a known list of ids (a rule named in an annotation file). */
function oneOf<T extends string>(known: readonly T[], value: string, where: string, key: string): T {
  if (!(known as readonly string[]).includes(value))
    throw new ImportError(`${where}: ‘${key}’ is not a rule we know: ${show(value)}.`);
  return value as T;
}
