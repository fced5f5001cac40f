import { memo, useEffect, useMemo, useRef, type ReactNode } from 'react';
import type { Mention } from '../linking/types';
import { displayBlocks, readingNote, type ArticleModel } from '../state/article';
import { legendGroup } from '../state/layers';
import { useAppStore, useAppStoreApi } from '../state/context';

/**
 * The article as written, paragraph by paragraph, each sentence a target for "scroll to passage" and each
 * linked place name a button that selects the place.
 */
export function ArticlePanel() {
  const article = useAppStore((s) => s.article);
  const focus = useAppStore((s) => s.focus);
  const root = useRef<HTMLElement>(null);

  useEffect(() => {
    if (!focus || !root.current) return;
    const el = root.current.querySelector<HTMLElement>(`[data-sentence="${focus.sentence}"]`);
    if (!el) return;
    const reduce = window.matchMedia('(prefers-reduced-motion: reduce)').matches;
    el.scrollIntoView({ block: 'center', behavior: reduce ? 'auto' : 'smooth' });
    el.focus({ preventScroll: true });
  }, [focus]);

  return (
    <article ref={root} className="article" aria-label="Article">
      <ArticleBody article={article} focusedSentence={focus?.sentence ?? null} />
    </article>
  );
}

const ArticleBody = memo(function ArticleBody({
  article,
  focusedSentence,
}: {
  article: ArticleModel;
  focusedSentence: number | null;
}) {
  const { text, sentences, mentions } = article;
  const blocks = useMemo(() => displayBlocks(text, article.paragraphs), [text, article.paragraphs]);
  return (
    <>
      {blocks.map((p, pi) => {
        const children: ReactNode[] = [];
        let cursor = p.start;
        for (const s of sentences) {
          if (s.start < p.start || s.end > p.end) continue;
          if (s.start > cursor) children.push(text.slice(cursor, s.start));
          const own = mentions.filter((m) => m.start >= s.start && m.end <= s.end);
          children.push(
            <span
              key={s.index}
              className={s.index === focusedSentence ? 'sentence is-focused' : 'sentence'}
              data-sentence={s.index}
              tabIndex={-1}
            >
              {renderWithMentions(text, s.start, s.end, own, (m) => (
                <MentionButton key={m.start} mention={m} />
              ))}
            </span>,
          );
          cursor = s.end;
        }
        if (p.end > cursor) children.push(text.slice(cursor, p.end));
        return (
          <p key={pi} className={p.kind === 'dateline' ? 'dateline' : undefined}>
            {children}
          </p>
        );
      })}
    </>
  );
});

/**
 * Splits text[start, end) into plain strings and rendered mentions; text is always rendered as text, never as markup.
 */
export function renderWithMentions(
  text: string,
  start: number,
  end: number,
  mentions: readonly Mention[],
  render: (m: Mention) => ReactNode,
): ReactNode[] {
  const out: ReactNode[] = [];
  let cursor = start;
  for (const m of mentions) {
    if (m.start < cursor || m.end > end) continue;
    if (m.start > cursor) out.push(text.slice(cursor, m.start));
    out.push(render(m));
    cursor = m.end;
  }
  if (end > cursor) out.push(text.slice(cursor, end));
  return out;
}

function MentionButton({ mention }: { mention: Mention }) {
  const store = useAppStoreApi();
  const id = mention.featureId;
  const selected = useAppStore((s) => s.selectedId === id);
  const hovered = useAppStore((s) => s.hoveredId === id);
  const place = useAppStore((s) => s.article.places.get(id));
  const className = [
    'mention',
    `mention--${place ? legendGroup(place) : 'context'}`,
    selected && 'is-selected',
    hovered && 'is-hovered',
    mention.reading === 'metonym' && 'mention--metonym',
  ]
    .filter(Boolean)
    .join(' ');
  const note = place ? readingNote(mention, place.name) : undefined;
  return (
    <button
      type="button"
      className={className}
      data-place={id}
      data-reading={mention.reading}
      aria-pressed={selected}
      // The accessible name stays the word as written; the reading is its description, read after it.
      aria-description={note}
      title={place ? (note ? `${note}: show on the map` : `${place.name}: show on the map`) : undefined}
      onClick={() => store.getState().select(id, 'text')}
      onMouseEnter={() => store.getState().hover(id)}
      onMouseLeave={() => store.getState().hover(null)}
      onFocus={() => store.getState().hover(id)}
      onBlur={() => store.getState().hover(null)}
    >
      {mention.surface}
    </button>
  );
}
