import { checkClaims } from '../geo/facts';
import { factContext, factItems, type FactGeometry, type FactItem } from '../state/facts';
import type { FactsArticle } from './factsProtocol';

/**
 * The facts the outlines can check in an article; empty when none. Pure, and the slow part (the claim finder and
 * turf: about 140 ms at 4× CPU for the default article), so it runs in the facts worker (facts.worker.ts).
 */
export function factsFrom(article: FactsArticle, geometry: FactGeometry): FactItem[] {
  const ctx = factContext([...article.places.values()], geometry);
  return factItems(checkClaims(article.text, article.sentences, article.mentions, ctx), article);
}
