import { useEffect, useState } from 'react';
import { useAppStoreApi } from '../state/context';
import { selectionAnnouncement } from '../state/places';

/**
 * A polite live region that tells screen-reader users what the selection now is ("Donetsk, region of Ukraine,
 * mentioned in 4 sentences.") and when it was cleared, wherever the selection came from (map, list, text, Escape).
 */
export function Announcer() {
  const store = useAppStoreApi();
  const [message, setMessage] = useState('');
  useEffect(
    () =>
      store.subscribe((next, prev) => {
        if (next.selectedId === prev.selectedId) return;
        const place = next.selectedId ? next.article.places.get(next.selectedId) : undefined;
        if (place) {
          const n = next.article.sentencesByPlace.get(place.id)?.length ?? 0;
          setMessage(selectionAnnouncement(place, n));
        } else if (prev.selectedId) {
          setMessage('Selection cleared.');
        }
      }),
    [store],
  );
  return (
    <div className="visually-hidden" aria-live="polite" data-testid="announcer">
      {message}
    </div>
  );
}
