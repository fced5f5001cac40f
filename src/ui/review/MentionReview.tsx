import { useEffect, useRef } from 'react';
import {
  describePlace,
  mentionCandidates,
  useReview,
  useReviewStoreApi,
  type LinkStatus,
  type ReviewedMention,
} from '../../state/review';
import { PlacePicker } from './PlacePicker';

const STATUS_WORDS: Record<LinkStatus, string> = {
  automatic: 'not reviewed yet',
  confirmed: 'confirmed',
  changed: 'changed',
  'not-a-place': 'not a place',
};

/**
 * What a person sees of a link's state: "automatic (linker, rule region-default)", "confirmed (applied to every
 * identical mention, 20:00)".
 * @example statusLine(mention) // 'not reviewed yet (the linker, rule unique)'
 */
export function statusLine(m: ReviewedMention): string {
  const when = m.provenance.at ? `, ${new Date(m.provenance.at).toLocaleString('en-GB')}` : '';
  const how = m.applied
    ? 'applied to every identical mention'
    : m.provenance.by === 'linker'
      ? `the linker, rule ${m.provenance.rule}`
      : `a person: ${m.provenance.rule}`;
  return `${STATUS_WORDS[m.status]} (${how}${when})`;
}

/**
 * The review of one mention, shown next to it: what it is linked to and how it got there; confirm, choose
 * another place (the gazetteer's candidates for these words, or a search), not a place, apply to every identical
 * mention, and back to the linker's choice. Escape closes it and returns focus to the mention.
 */
export function MentionReview({ mention }: { mention: ReviewedMention }) {
  const store = useReviewStoreApi();
  const article = useReview((s) => s.reviewArticle);
  const others = useReview(
    (s) =>
      (s.reviewed ? [...s.reviewed.mentions, ...s.reviewed.rejected] : []).filter(
        (m) => m.surface === mention.surface && m.start !== mention.start,
      ).length,
  );
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => heading.current?.focus(), [mention.start]);
  if (!article) return null;

  const range = { start: mention.start, end: mention.end };
  const place =
    article.gazetteer.byId.get(mention.featureId) ??
    article.base.places?.find((p) => p.id === mention.featureId);
  const rejected = mention.status === 'not-a-place';
  const close = () => {
    store.getState().openReview(null);
    document.querySelector<HTMLElement>(`[data-review-start="${mention.start}"]`)?.focus();
  };
  const act = (action: Parameters<ReturnType<typeof store.getState>['reviewEdit']>[1]) => {
    store.getState().reviewEdit(range, action);
  };
  const candidates = mentionCandidates(mention.surface, article.gazetteer).filter(
    (c) => rejected || c.entry.id !== mention.featureId,
  );

  return (
    <div
      className="review-popover"
      role="dialog"
      aria-label={`Review ‘${mention.surface}’`}
      onKeyDown={(e) => {
        if (e.key === 'Escape') {
          e.stopPropagation();
          close();
        }
      }}
    >
      <h3 ref={heading} tabIndex={-1} className="review-popover__title">
        ‘{mention.surface}’
      </h3>
      <p className="review-popover__current">
        {rejected
          ? 'Marked as not a place'
          : place
            ? `Linked to ${place.name}, ${describePlace(place, article.gazetteer.byId)}`
            : `Linked to ${mention.featureId}`}
        {' — '}
        {statusLine(mention)}
      </p>
      <div className="review-popover__actions">
        {!rejected && mention.status !== 'confirmed' && (
          <button type="button" onClick={() => act({ type: 'confirm' })}>
            Confirm
          </button>
        )}
        {!rejected && (
          <button type="button" onClick={() => act({ type: 'not-a-place' })}>
            Not a place
          </button>
        )}
        <button
          type="button"
          disabled={others === 0}
          onClick={() => act({ type: 'apply-to-identical' })}
          title={others === 0 ? 'No other mention has these exact words' : undefined}
        >
          Apply to every identical mention ({others} other{others === 1 ? '' : 's'})
        </button>
        {mention.status !== 'automatic' && (
          <button type="button" onClick={() => act({ type: 'reset' })}>
            Back to the linker’s choice
          </button>
        )}
        <button type="button" className="review-link-button" onClick={close}>
          Close
        </button>
      </div>
      <PlacePicker
        gazetteer={article.gazetteer}
        candidates={candidates}
        candidatesLabel={rejected ? 'Link it to' : 'Other places with this name'}
        onChoose={(placeId) => act({ type: 'change', placeId })}
      />
    </div>
  );
}
