import { useEffect, useLayoutEffect, useRef, useState, type RefObject } from 'react';
import { mentionCountLabel, readingNote, spelledNote, variantSpellings } from '../state/article';
import { useAppStore, useAppStoreApi } from '../state/context';
import { kindLabel } from '../state/places';
import { renderWithMentions } from './ArticlePanel';

/** The sentences that mention the selected place, in article order, each a link back into the article. */
export function Passages() {
  const store = useAppStoreApi();
  const article = useAppStore((s) => s.article);
  const selectedId = useAppStore((s) => s.selectedId);
  // On a phone the passages are a sheet over the bottom of the screen; the reader can pull it up to read more.
  const [expanded, setExpanded] = useState(false);
  const box = useRef<HTMLElement>(null);
  useReturnFocus(selectedId);
  useClearOfPassages(box, selectedId);
  if (!selectedId) {
    return (
      <section className="passages passages--empty" aria-label="Passages">
        <p className="hint">
          Select a place on the map, in the places list or a highlighted name in the article to read what the
          article says about it.
        </p>
      </section>
    );
  }
  const place = article.places.get(selectedId);
  const indices = article.sentencesByPlace.get(selectedId) ?? [];
  if (!place) return null;
  const spelled = spelledNote(variantSpellings(article.mentions, selectedId, place.name));
  const kind = kindLabel(place);
  return (
    <section
      ref={box}
      className={expanded ? 'passages is-expanded' : 'passages'}
      aria-labelledby="passages-title"
      data-testid="passages"
      id="passages"
    >
      <header className="passages__header">
        <h2 id="passages-title">
          {place.name} — {mentionCountLabel(indices.length)}
        </h2>
        <button
          type="button"
          className="sheet-toggle"
          aria-expanded={expanded}
          aria-controls="passages"
          onClick={() => setExpanded(!expanded)}
        >
          {expanded ? 'Collapse' : 'Expand'}
        </button>
        <button
          type="button"
          className="close"
          aria-label="Clear selection"
          onClick={() => store.getState().clearSelection()}
        >
          ×
        </button>
      </header>
      {kind && <p className="passages__kind">{kind}</p>}
      {spelled && (
        <p className="passages__spelling" data-testid="spelled">
          {spelled}
        </p>
      )}
      <ol className="passages__list">
        {indices.map((i) => {
          const s = article.sentences[i];
          if (!s) return null;
          const own = article.mentions.filter(
            (m) => m.start >= s.start && m.end <= s.end && m.featureId === selectedId,
          );
          return (
            <li key={i}>
              <button
                type="button"
                className="passage"
                data-sentence-link={i}
                onClick={() => store.getState().focusSentence(i)}
              >
                {renderWithMentions(article.text, s.start, s.end, own, (m) => {
                  const note = readingNote(m, place.name);
                  return (
                    <mark key={m.start} title={note} aria-description={note} data-reading={m.reading}>
                      {m.surface}
                    </mark>
                  );
                })}
              </button>
            </li>
          );
        })}
      </ol>
    </section>
  );
}

/**
 * When the selection is cleared from inside the passages (the × button, Escape on a passage), the focused element
 * disappears with them; focus then goes back to the place's entry in the places list (or the list itself), never
 * to the top of the page.
 */
function useReturnFocus(selectedId: string | null): void {
  const previous = useRef<string | null>(null);
  useEffect(() => {
    const was = previous.current;
    previous.current = selectedId;
    if (selectedId !== null || was === null) return;
    const active = document.activeElement;
    if (active && active !== document.body) return;
    const entry = document.querySelector<HTMLElement>(`.places button[data-place="${CSS.escape(was)}"]`);
    (entry && entry.getClientRects().length > 0 ? entry : document.getElementById('places'))?.focus();
  }, [selectedId]);
}

/**
 * The passages box stands over the article: at the top of the panel, or on a phone as a sheet over the foot of the
 * screen. Its height becomes the scroll padding of that side of the scroller (the panel's top; on a phone the page's
 * bottom), so what the browser scrolls into view (a name reached with Tab, a sentence asked for) stops clear of the
 * box. And when the box appears or grows over the focused element (the name just clicked or pressed with Enter), that
 * element comes out from under it: a keyboard user must not lose the focus behind the page's own content (WCAG
 * 2.4.11). The padding is set on the one scroller, not as an inherited custom property: that restyled every element
 * of the page on each selection (the throttled bench's median click went from about 50 to 80 ms).
 */
function useClearOfPassages(box: RefObject<HTMLElement | null>, selectedId: string | null): void {
  useLayoutEffect(() => {
    const el = box.current;
    if (!el) return;
    const sheet = getComputedStyle(el).position === 'fixed';
    const scroller = sheet ? document.documentElement : el.closest<HTMLElement>('.panel');
    if (!scroller) return;
    const side = sheet ? 'scrollPaddingBottom' : 'scrollPaddingTop';
    const observer = new ResizeObserver(() => {
      const b = el.getBoundingClientRect();
      const padding = `${Math.ceil(b.height)}px`;
      if (scroller.style[side] !== padding) scroller.style[side] = padding;
      const active = document.activeElement;
      if (!(active instanceof HTMLElement) || el.contains(active) || !active.closest('.panel')) return;
      const a = active.getBoundingClientRect();
      if (a.bottom > b.top && a.top < b.bottom) active.scrollIntoView({ block: 'nearest' });
    });
    observer.observe(el);
    return () => {
      observer.disconnect();
      scroller.style[side] = '';
    };
  }, [box, selectedId]);
}
