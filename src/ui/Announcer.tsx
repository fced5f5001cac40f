import { mentionCountLabel } from '../state/article';
import { useAppStore } from '../state/context';

/** A polite live region that tells screen-reader users what the selection now is. */
export function Announcer() {
  const message = useAppStore((s) => {
    if (!s.selectedId) return '';
    const place = s.article.places.get(s.selectedId);
    const n = s.article.sentencesByPlace.get(s.selectedId)?.length ?? 0;
    return place ? `${place.name} selected, ${mentionCountLabel(n)}.` : '';
  });
  return (
    <div className="visually-hidden" aria-live="polite" data-testid="announcer">
      {message}
    </div>
  );
}
