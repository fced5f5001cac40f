import type { DataUrls } from '../map/style/layers';
import type { FactGeometry, FactItem } from '../state/facts';
import type { FactsArticle, FactsRequest, FactsResponse } from './factsProtocol';

let worker: Worker | null = null;
let nextId = 1;

/** Worked out on the page's own thread, as before the worker: where there is no Worker, or it failed to start. */
const onThisThread = (article: FactsArticle, geometry: FactGeometry): Promise<FactItem[]> =>
  import('./factsCompute').then((module) => module.factsFrom(article, geometry));

/**
 * The facts of an article. The page reads the outlines (factsGeometry.ts); a worker (facts.worker.ts), started on
 * first use and kept for the next article, checks the claims against them. Rejects when the outlines cannot be
 * read; where the worker cannot run at all (no Worker, a script that fails to load), the facts are worked out on
 * this thread instead.
 */
export async function factsInWorker(article: FactsArticle, urls: DataUrls): Promise<FactItem[]> {
  const { factsGeometry } = await import('./factsGeometry');
  const geometry = await factsGeometry(article, urls);
  if (typeof Worker !== 'function') return onThisThread(article, geometry);
  // Vite emits the worker as a file of our own origin (allowed by `worker-src 'self'`).
  worker ??= new Worker(new URL('./facts.worker.ts', import.meta.url), { type: 'module', name: 'facts' });
  const w = worker;
  const id = nextId++;
  return new Promise<FactItem[]>((resolve, reject) => {
    const stop = () => {
      w.removeEventListener('message', onMessage);
      w.removeEventListener('error', onError);
    };
    const onMessage = (event: MessageEvent<FactsResponse>) => {
      const message = event.data;
      if (message.id !== id) return;
      stop();
      if ('items' in message) resolve(message.items);
      else reject(new Error(message.error));
    };
    const onError = () => {
      stop();
      if (worker === w) worker = null;
      w.terminate();
      onThisThread(article, geometry).then(resolve, reject);
    };
    w.addEventListener('message', onMessage);
    w.addEventListener('error', onError);
    const { text, sentences, mentions, places } = article;
    w.postMessage({ id, article: { text, sentences, mentions, places }, geometry } satisfies FactsRequest);
  });
}
