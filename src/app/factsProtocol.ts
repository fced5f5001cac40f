import type { ArticleModel } from '../state/article';
import type { FactGeometry, FactItem } from '../state/facts';

/** What the facts need of an article: its text, sentences, links and places (plain data, copied to the worker). */
export type FactsArticle = Pick<ArticleModel, 'text' | 'sentences' | 'mentions' | 'places'>;

/** Page → facts worker (facts.worker.ts): check this article's claims against these outlines. */
export interface FactsRequest {
  id: number;
  article: FactsArticle;
  geometry: FactGeometry;
}

/** Facts worker → page: the request's facts, or why there are none. */
export type FactsResponse = { id: number; items: FactItem[] } | { id: number; error: string };
