import { memo, useEffect, useMemo, useRef, useState, type ReactNode } from 'react';
import type { Mention } from '../linking/types';
import { readingNote, type ArticleModel, type DisplayBlock } from '../state/article';
import { legendGroup } from '../state/layers';
import { useAppStore, useAppStoreApi } from '../state/context';
import { layOutWholeArticle } from './firstView';
import { NARROW_SCREEN } from './useOpenOnWideScreens';

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
    layOutWholeArticle();
    const reduce = window.matchMedia('(prefers-reduced-motion: reduce)').matches;
    // On a phone the map stays over the top of the article and the passages sheet over its foot, leaving a band
    // a few lines high: centred there, a longer sentence began under the map. It starts at the band's top instead
    // (html's scroll-padding-top in app.css keeps it clear of the map), to be read from its first word.
    const narrow = window.matchMedia(NARROW_SCREEN).matches;
    el.scrollIntoView({ block: narrow ? 'start' : 'center', behavior: reduce ? 'auto' : 'smooth' });
    el.focus({ preventScroll: true });
  }, [focus]);

  return (
    <article ref={root} className="article" aria-label="Article">
      <ArticleBody article={article} focusedSentence={focus?.sentence ?? null} />
    </article>
  );
}

// A long text is drawn in slices of sentences, so no single render holds the page for long (100,000 words are
// about 5,000 sentences, and a text without line breaks is one paragraph); the first slice holds any ordinary
// article whole, so the prerendered page matches the first render.
const FIRST_SENTENCES = 600;
const MORE_SENTENCES = 300;

/** For each display block, its sentences, and for each sentence its mentions: one pass over each list. */
function layout(article: ArticleModel) {
  const { blocks, sentences, mentions } = article;
  let si = 0;
  let mi = 0;
  return blocks.map((block) => {
    const own: { sentence: (typeof sentences)[number]; mentions: Mention[] }[] = [];
    while (si < sentences.length && (sentences[si]?.end ?? 0) <= block.end) {
      const sentence = sentences[si++];
      if (!sentence || sentence.start < block.start) continue;
      while (mi < mentions.length && (mentions[mi]?.start ?? 0) < sentence.start) mi++;
      const list: Mention[] = [];
      while (mi < mentions.length && (mentions[mi]?.end ?? Infinity) <= sentence.end) {
        const m = mentions[mi++];
        if (m) list.push(m);
      }
      own.push({ sentence, mentions: list });
    }
    return { block, sentences: own };
  });
}

const ArticleBody = memo(function ArticleBody({
  article,
  focusedSentence,
}: {
  article: ArticleModel;
  focusedSentence: number | null;
}) {
  const { text } = article;
  const laid = useMemo(() => layout(article), [article]);
  const [shown, setShown] = useState({ article, count: FIRST_SENTENCES });
  // Another article starts again from its first slice.
  const count = shown.article === article ? shown.count : FIRST_SENTENCES;
  // A sentence asked for (a passage, a link) is drawn at once, with everything before it.
  const limit = Math.max(count, focusedSentence === null ? 0 : focusedSentence + 1);
  const total = article.sentences.length;
  useEffect(() => {
    if (limit >= total) return;
    const timer = setTimeout(() => setShown({ article, count: limit + MORE_SENTENCES }), 0);
    return () => clearTimeout(timer);
  }, [article, limit, total]);
  let budget = limit;
  return (
    <>
      {laid.map(({ block: p, sentences }, pi) => {
        if (budget <= 0) return null;
        const children: ReactNode[] = [];
        let cursor = p.start;
        const partial = sentences.length > budget;
        for (const { sentence: s, mentions: own } of partial ? sentences.slice(0, budget) : sentences) {
          if (s.start > cursor) children.push(text.slice(cursor, s.start));
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
        budget -= sentences.length;
        if (!partial && p.end > cursor) children.push(text.slice(cursor, p.end));
        return (
          <Block key={pi} kind={p.kind}>
            {children}
          </Block>
        );
      })}
    </>
  );
});

/**
 * A block's element: a headline is the article's own heading (h2, as the panel's other sections have), a
 * subheading one level below it, so a screen reader can move through the article's sections.
 */
export function Block({
  kind = 'paragraph',
  offset,
  children,
}: {
  kind?: DisplayBlock['kind'] | undefined;
  /** Where the block starts in the text, for review's selections (data-offset); the reader's view has none. */
  offset?: number;
  children: ReactNode;
}) {
  if (kind === 'headline')
    return (
      <h2 className="article__heading" data-offset={offset}>
        {children}
      </h2>
    );
  if (kind === 'heading')
    return (
      <h3 className="article__heading" data-offset={offset}>
        {children}
      </h3>
    );
  return (
    <p className={kind === 'dateline' ? 'dateline' : undefined} data-offset={offset}>
      {children}
    </p>
  );
}

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
