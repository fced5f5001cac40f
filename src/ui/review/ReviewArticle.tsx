import { Fragment, useCallback, useMemo, useRef, useState, type ReactNode, type SyntheticEvent } from 'react';
import {
  describePlace,
  mentionCandidates,
  useReview,
  useReviewStoreApi,
  type ReviewedMention,
} from '../../state/review';
import { Block } from '../ArticlePanel';
import { MentionReview } from './MentionReview';
import { PlacePicker } from './PlacePicker';
import './review.css';

/** The longest selection that can become a link: a place name, not a passage. */
const MAX_SPAN = 80;

interface Span {
  start: number;
  end: number;
}

/** The text offset of a point in the DOM: every text node's parent carries the offset it starts at. */
function offsetOf(node: Node | null, offset: number): number | null {
  if (!node) return null;
  const el =
    node.nodeType === Node.TEXT_NODE ? node.parentElement : node instanceof HTMLElement ? node : null;
  const base = el?.closest<HTMLElement>('[data-offset]')?.dataset.offset;
  if (base === undefined) return null;
  return Number(base) + (node.nodeType === Node.TEXT_NODE ? offset : 0);
}

/** The selected span of the article, trimmed of spaces and punctuation at its ends; null when there is none. */
function selectedSpan(root: HTMLElement, text: string): Span | null {
  const selection = window.getSelection();
  if (!selection || selection.isCollapsed || selection.rangeCount === 0) return null;
  const range = selection.getRangeAt(0);
  if (!root.contains(range.commonAncestorContainer)) return null;
  let start = offsetOf(range.startContainer, range.startOffset);
  let end = offsetOf(range.endContainer, range.endOffset);
  if (start === null || end === null) return null;
  while (start < end && /[\s.,;:!?"“”'‘’()—–-]/u.test(text.charAt(start))) start++;
  while (end > start && /[\s.,;:!?"“”'‘’()—–-]/u.test(text.charAt(end - 1))) end--;
  if (end <= start || end - start > MAX_SPAN) return null;
  return { start, end };
}

/**
 * The article for review: every link (rejected ones too) marked with its status, unreviewed ones stand out; a
 * click opens the link's review under its paragraph; selecting words the linker missed offers to link them.
 * Text is rendered as React text nodes only.
 */
export function ReviewArticle() {
  const store = useReviewStoreApi();
  const article = useReview((s) => s.reviewArticle);
  const reviewed = useReview((s) => s.reviewed);
  const target = useReview((s) => s.reviewTarget);
  const root = useRef<HTMLElement>(null);
  const [span, setSpan] = useState<Span | null>(null);

  const all = useMemo(
    () => (reviewed ? [...reviewed.mentions, ...reviewed.rejected].sort((a, b) => a.start - b.start) : []),
    [reviewed],
  );
  const onSelect = useCallback(
    (event: SyntheticEvent) => {
      // Pointer and keys inside a review panel (its buttons, its search field) are not a new selection of the text.
      if (event.target instanceof Element && event.target.closest('.review-popover')) return;
      if (!root.current || !article) return;
      const next = selectedSpan(root.current, article.text);
      // A selection inside one existing link is a click on it, not a new span.
      if (next && all.some((m) => m.start < next.end && next.start < m.end)) return;
      setSpan(next);
    },
    [article, all],
  );

  if (!article || !reviewed) return null;
  const { text } = article;
  const active = target ? all.find((m) => m.start === target.start && m.end === target.end) : undefined;

  return (
    <article
      ref={root}
      className="article review-article"
      aria-label="Article under review"
      onMouseUp={onSelect}
      onKeyUp={onSelect}
    >
      {article.paragraphs.map((p) => {
        const holdsActive = active && active.start >= p.start && active.end <= p.end;
        const holdsSpan = span && span.start >= p.start && span.end <= p.end;
        return (
          <Fragment key={p.index}>
            <Block kind={p.kind} offset={p.start}>
              {renderParagraph(text, p, all, (m) => store.getState().openReview(m))}
            </Block>
            {holdsActive && <MentionReview mention={active} />}
            {holdsSpan && (
              <SpanLinker
                span={span}
                onDone={() => {
                  setSpan(null);
                  window.getSelection()?.removeAllRanges();
                }}
              />
            )}
          </Fragment>
        );
      })}
    </article>
  );
}

function renderParagraph(
  text: string,
  p: Span,
  mentions: readonly ReviewedMention[],
  open: (m: Span) => void,
): ReactNode[] {
  const out: ReactNode[] = [];
  let cursor = p.start;
  const plain = (from: number, to: number) => {
    if (to > from)
      out.push(
        <span key={`t${from}`} data-offset={from}>
          {text.slice(from, to)}
        </span>,
      );
  };
  for (const m of mentions) {
    if (m.start < cursor || m.end > p.end) continue;
    plain(cursor, m.start);
    out.push(<ReviewMentionButton key={`m${m.start}`} mention={m} onOpen={open} />);
    cursor = m.end;
  }
  plain(cursor, p.end);
  return out;
}

function ReviewMentionButton({ mention, onOpen }: { mention: ReviewedMention; onOpen: (m: Span) => void }) {
  const article = useReview((s) => s.reviewArticle);
  const open = useReview(
    (s) => s.reviewTarget?.start === mention.start && s.reviewTarget.end === mention.end,
  );
  const place = article?.gazetteer.byId.get(mention.featureId);
  const what =
    mention.status === 'not-a-place'
      ? 'not a place'
      : place && article
        ? `${place.name}, ${describePlace(place, article.gazetteer.byId)}`
        : mention.featureId;
  return (
    <button
      type="button"
      className={`review-mention review-mention--${mention.status}${mention.applied ? ' review-mention--applied' : ''}`}
      data-offset={mention.start}
      data-review-start={mention.start}
      data-status={mention.status}
      aria-expanded={open}
      aria-description={`${what}; ${mention.status === 'automatic' ? 'not reviewed' : mention.status}${mention.applied ? ', applied to identical mentions' : ''}`}
      onClick={() => onOpen({ start: mention.start, end: mention.end })}
    >
      {mention.surface}
    </button>
  );
}

function SpanLinker({ span, onDone }: { span: Span; onDone: () => void }) {
  const store = useReviewStoreApi();
  const article = useReview((s) => s.reviewArticle);
  if (!article) return null;
  const words = article.text.slice(span.start, span.end);
  return (
    <div className="review-popover" role="dialog" aria-label={`Link ‘${words}’ to a place`}>
      <h3 className="review-popover__title">Link ‘{words}’ to a place</h3>
      <PlacePicker
        gazetteer={article.gazetteer}
        candidates={mentionCandidates(words, article.gazetteer)}
        onChoose={(placeId) => {
          if (store.getState().reviewEdit(span, { type: 'add', placeId })) onDone();
        }}
      />
      <button type="button" className="review-link-button" onClick={onDone}>
        Cancel
      </button>
    </div>
  );
}
