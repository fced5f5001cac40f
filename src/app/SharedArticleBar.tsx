import { useEffect, useState } from 'react';
import { useAppStore, useAppStoreApi } from '../state/context';
import { keepSharedArticle } from './library';

/**
 * Shown while the article on screen came from a share link: it is someone else's, so it is not stored unasked; the
 * reader may keep it in "Your articles".
 */
export function SharedArticleBar() {
  const store = useAppStoreApi();
  const article = useAppStore((s) => s.article);
  const fromLink = !article.stored && article.shared !== undefined;
  const [message, setMessage] = useState<string | null>(null);

  useEffect(() => setMessage(null), [article]);

  const onKeep = async () => {
    const kept = await keepSharedArticle(store);
    // On success the article becomes a stored one and this bar goes; say so where the reader was looking.
    if (kept.ok) store.setState({ notice: 'Kept in “Your articles” in this browser.' });
    else setMessage(kept.message);
  };

  if (!fromLink) return null;
  return (
    <p className="notice shared-article" role="status">
      This article came with the link. It is shown, not kept in this browser.{' '}
      <button type="button" onClick={() => void onKeep()}>
        Keep in Your articles
      </button>
      {message && <span> {message}</span>}
    </p>
  );
}
