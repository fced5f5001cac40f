import { useEffect, useState } from 'react';
import type { DataUrls } from '../map/style/layers';
import type { ArticleModel } from '../state/article';
import { useAppStore } from '../state/context';
import type { FactItem } from '../state/facts';
import { Facts } from '../ui/Facts';
import { factsInWorker } from './factsInWorker';
import { whenIdle } from './idle';

/**
 * The facts box for the current article (`fold`: see {@link Facts}). Its code (turf, the claim finder, in a worker of
 * its own: factsInWorker.ts) and any geometry it needs load only after the map is ready (or has failed and shown its
 * static picture), when the browser is idle: the first view downloads nothing more for it.
 */
export function CheckedFacts({ urls, fold }: { urls: DataUrls; fold?: 'open' | 'closed' }) {
  const article = useAppStore((s) => s.article);
  const mapSettled = useAppStore((s) => s.mapStatus.state !== 'loading');
  const [computed, setComputed] = useState<{ article: ArticleModel; items: FactItem[] } | null>(null);

  useEffect(() => {
    if (!mapSettled) return;
    let cancelled = false;
    const cancelIdle = whenIdle(() => {
      factsInWorker(article, urls).then(
        (items) => {
          if (!cancelled) setComputed({ article, items });
        },
        // Without its geometry the box has nothing to say; the rest of the page is unaffected.
        () => {
          if (!cancelled) setComputed({ article, items: [] });
        },
      );
    });
    return () => {
      cancelled = true;
      cancelIdle();
    };
  }, [article, urls, mapSettled]);

  return <Facts items={computed?.article === article ? computed.items : []} {...(fold ? { fold } : {})} />;
}
