/**
 * Shapes of the review model: what a person said about each link, and who decided what. Pure data.
 */
import type { GazetteerEntry, LinkResult, Mention } from '../linking/types';

/**
 * Where a link stands in review. `automatic`: the linker's proposal, nobody looked yet; `confirmed`: a person
 * agreed; `changed`: a person chose another place (or linked a span the linker missed); `not-a-place`: a person
 * said the words name no place.
 */
export type LinkStatus = 'automatic' | 'confirmed' | 'changed' | 'not-a-place';

/** Who made a link, by which rule, and when (ISO 8601; `null` for the linker, which keeps no clock). */
export interface Provenance {
  by: 'linker' | 'person';
  /** For the linker the rule that chose the place (`Mention.resolution`, else `Mention.rule`); for a person the edit. */
  rule: string;
  at: string | null;
}

/** A mention with its review: `applied` is true when the status came from "apply to every identical mention". */
export interface ReviewedMention extends Mention {
  status: LinkStatus;
  applied: boolean;
  provenance: Provenance;
}

/**
 * The links after review. `mentions` is a valid `LinkResult` list (what the map and passages show); mentions a
 * person marked "not a place" move to `rejected` (kept so the review view can show and undo them). `stale` lists
 * edits that no longer fit the text or the links (the text or the linker changed since they were made).
 */
export interface ReviewedLinks extends LinkResult {
  mentions: ReviewedMention[];
  rejected: ReviewedMention[];
  stale: StaleEdit[];
}

/** An edit that could not be applied, and why (in words for the person who made it). */
export interface StaleEdit {
  edit: ReviewEdit;
  reason: string;
}

/** What a person can do to a mention, addressed by its range [start, end) and the words there (`surface`). */
export type ReviewAction =
  | { type: 'confirm' }
  | { type: 'change'; placeId: string }
  | { type: 'not-a-place' }
  /** Link a span the linker missed (a selection in the text) to a place. */
  | { type: 'add'; placeId: string }
  /** Give every other mention with exactly the same words the decision this one has now. */
  | { type: 'apply-to-identical' }
  /** Back to what the linker proposed (or remove a span a person added). */
  | { type: 'reset' };

/**
 * One edit, as saved with the article. `surface` is `text.slice(start, end)` when the edit was made, so an edit
 * that no longer matches the text is detected instead of applied to other words.
 * @example { type: 'change', start: 713, end: 720, surface: 'Donetsk', placeId: 'gn:709717', at: '2026-11-29T20:00:00.000Z' }
 */
export type ReviewEdit = ReviewAction & { start: number; end: number; surface: string; at: string };

/** A place offered for a mention, with what it is in words ("city in Donetsk region"). */
export interface Candidate {
  entry: GazetteerEntry;
  description: string;
}
