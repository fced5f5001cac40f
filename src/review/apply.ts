/**
 * Applies a person's edits to the linker's output. The links are recomputed from the base and the list of edits
 * every time (no mutation), so undo is "drop the last edit" and a saved list of edits always means the same thing.
 */
import type { LinkResult, Mention } from '../linking/types';
import type { LinkStatus, ReviewEdit, ReviewedLinks, ReviewedMention, StaleEdit } from './types';

/** The base links: the linker's output, or reviewed links (an import) to keep reviewing on top of. */
export type BaseLinks = LinkResult & { rejected?: readonly ReviewedMention[] };

const keyOf = (start: number, end: number) => `${start}:${end}`;

/**
 * A mention as the linker proposed it, not yet reviewed; reviewed mentions pass through unchanged.
 * @example asReviewed(mention).status // 'automatic'
 */
export function asReviewed(m: Mention | ReviewedMention): ReviewedMention {
  if ('status' in m) return m;
  return {
    ...m,
    status: 'automatic',
    applied: false,
    provenance: { by: 'linker', rule: m.resolution ?? m.rule, at: null },
  };
}

/**
 * The links after the edits, in order; later edits win. Edits that no longer fit the text or the links are
 * skipped and listed in `stale` (the rest still apply), so a changed linker never loses a whole review.
 * @example applyCorrections(text, linkArticle(text, gazetteer), [{ type: 'not-a-place', start: 7, end: 13, surface: 'Russia', at }]).rejected[0]?.status // 'not-a-place'
 */
export function applyCorrections(
  text: string,
  links: BaseLinks,
  edits: readonly ReviewEdit[],
): ReviewedLinks {
  const base = new Map<string, ReviewedMention>();
  for (const m of [...links.mentions, ...(links.rejected ?? [])]) {
    const r = asReviewed(m);
    base.set(keyOf(r.start, r.end), r);
  }
  const current = new Map(base);
  const stale: StaleEdit[] = [];
  for (const edit of edits) {
    const reason = applyEdit(text, links, base, current, edit);
    if (reason !== null) stale.push({ edit, reason });
  }
  const all = [...current.values()].sort((a, b) => a.start - b.start);
  const out: ReviewedLinks = {
    sentences: links.sentences,
    mentions: all.filter((m) => m.status !== 'not-a-place'),
    rejected: all.filter((m) => m.status === 'not-a-place'),
    stale,
  };
  if (links.places) out.places = links.places;
  return out;
}

/**
 * Why an edit cannot be made on these links now, or null when it can. `knownPlace` says whether a place id exists
 * (the gazetteer and the places the linker made up).
 * @example checkEdit(text, reviewed, { type: 'change', start: 0, end: 6, surface: 'MOSCOW', placeId: 'nowhere', at }, (id) => byId.has(id)) // 'No place ‘nowhere’ in the gazetteer.'
 */
export function checkEdit(
  text: string,
  links: BaseLinks,
  edit: ReviewEdit,
  knownPlace: (id: string) => boolean,
): string | null {
  if ((edit.type === 'change' || edit.type === 'add') && !knownPlace(edit.placeId)) {
    return `No place ‘${edit.placeId}’ in the gazetteer.`;
  }
  const result = applyCorrections(text, links, [edit]);
  return result.stale[0]?.reason ?? null;
}

function applyEdit(
  text: string,
  links: BaseLinks,
  base: ReadonlyMap<string, ReviewedMention>,
  current: Map<string, ReviewedMention>,
  edit: ReviewEdit,
): string | null {
  const { start, end } = edit;
  if (
    !Number.isSafeInteger(start) ||
    !Number.isSafeInteger(end) ||
    start < 0 ||
    end > text.length ||
    start >= end
  ) {
    return `The range ${String(start)}–${String(end)} is not inside the text.`;
  }
  if (text.slice(start, end) !== edit.surface) {
    return `The text at ${start}–${end} is no longer ‘${edit.surface}’.`;
  }
  const key = keyOf(start, end);
  const now = current.get(key);
  const person = (rule: string) => ({ by: 'person' as const, rule, at: edit.at });
  switch (edit.type) {
    case 'confirm':
    case 'not-a-place': {
      if (!now)
        return `No link at ‘${edit.surface}’ (${start}–${end}) to ${edit.type === 'confirm' ? 'confirm' : 'reject'}.`;
      const status: LinkStatus =
        edit.type === 'not-a-place' ? 'not-a-place' : statusFor(base.get(key), now.featureId);
      current.set(key, { ...now, status, applied: false, provenance: person(edit.type) });
      return null;
    }
    case 'change':
    case 'add': {
      if (now) {
        current.set(key, {
          ...now,
          featureId: edit.placeId,
          resolution: 'person',
          status: statusFor(base.get(key), edit.placeId),
          applied: false,
          provenance: person(edit.type),
        });
        return null;
      }
      for (const m of current.values()) {
        if (m.start < end && start < m.end) {
          return `‘${edit.surface}’ overlaps the link ‘${m.surface}’ (${m.start}–${m.end}).`;
        }
      }
      const sentence = links.sentences.find((s) => s.start <= start && end <= s.end);
      if (!sentence) return `‘${edit.surface}’ is not inside one sentence.`;
      current.set(key, {
        sentence: sentence.index,
        start,
        end,
        surface: edit.surface,
        featureId: edit.placeId,
        reading: 'literal',
        rule: 'person',
        resolution: 'person',
        status: 'changed',
        applied: false,
        provenance: person(edit.type),
      });
      return null;
    }
    case 'apply-to-identical': {
      if (!now) return `No link at ‘${edit.surface}’ (${start}–${end}) to apply to identical mentions.`;
      // Applying an unreviewed link says the person agrees with it.
      const source: ReviewedMention =
        now.status === 'automatic'
          ? { ...now, status: 'confirmed', applied: false, provenance: person('confirm') }
          : now;
      current.set(key, source);
      for (const [k, m] of current) {
        if (k === key || m.surface !== source.surface) continue;
        const status: LinkStatus =
          source.status === 'not-a-place' ? 'not-a-place' : statusFor(base.get(k), source.featureId);
        const next: ReviewedMention = {
          ...m,
          featureId: source.featureId,
          status,
          applied: true,
          provenance: person('apply-to-identical'),
        };
        if (source.featureId !== m.featureId) next.resolution = 'person';
        current.set(k, next);
      }
      return null;
    }
    case 'reset': {
      const original = base.get(key);
      if (original) current.set(key, original);
      else if (now) current.delete(key);
      else return `No link at ‘${edit.surface}’ (${start}–${end}) to reset.`;
      return null;
    }
  }
}

/** A person's choice is a confirmation when it is the place the base already had, else a change. */
function statusFor(original: ReviewedMention | undefined, placeId: string): LinkStatus {
  return original && original.featureId === placeId && original.status !== 'changed'
    ? 'confirmed'
    : 'changed';
}

/**
 * "12 of 44 reviewed": every mention, rejected ones included, and those no longer automatic.
 * @example reviewProgress(reviewed) // { reviewed: 12, total: 44 }
 */
export function reviewProgress(links: Pick<ReviewedLinks, 'mentions' | 'rejected'>): {
  reviewed: number;
  total: number;
} {
  const all = [...links.mentions, ...links.rejected];
  return { reviewed: all.filter((m) => m.status !== 'automatic').length, total: all.length };
}
