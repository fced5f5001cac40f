/// <reference lib="webworker" />
/**
 * The facts of the "Checked against the map" box, worked out off the page's thread: the claim finder and turf take
 * about 140 ms at 4× CPU on the default article, which on the page's thread was one long task just after the map
 * became ready, in the way of a reader's first click. The page sends the article and the outlines it has read
 * (factsGeometry.ts); messages are the types in factsProtocol.ts.
 */
import { factsFrom } from './factsCompute';
import type { FactsRequest, FactsResponse } from './factsProtocol';

const scope = self as unknown as DedicatedWorkerGlobalScope;
const post = (message: FactsResponse) => scope.postMessage(message);

scope.onmessage = (event: MessageEvent<FactsRequest>) => {
  const { id, article, geometry } = event.data;
  try {
    post({ id, items: factsFrom(article, geometry) });
  } catch (error) {
    post({ id, error: error instanceof Error ? error.message : String(error) });
  }
};
