import { checkClaims } from '../geo/facts';
import { shapeFiles } from '../map/articleData';
import { loadOutlines } from '../map/shapes';
import type { DataUrls } from '../map/style/layers';
import type { ArticleModel } from '../state/article';
import { baseFeatures } from '../map/featureFiles';
import { factContext, factItems, type FactItem } from '../state/facts';

/**
 * The facts of the "Checked against the map" box, loaded as a chunk of its own (turf and the claim finder) only
 * once the map is ready: the outlines are the files the map has already fetched (the browser's cache answers),
 * plus the data/geo/ files of the places the article names, which the map loads too.
 */

/** The facts the outlines can check in an article; empty when none. */
export async function articleFacts(article: ArticleModel, urls: DataUrls): Promise<FactItem[]> {
  const places = [...article.places.values()];
  const [regions, countries, outlines] = await Promise.all([
    baseFeatures(urls.base, 'region'),
    baseFeatures(urls.base, 'country'),
    loadOutlines(shapeFiles(places), new Set(places.map((p) => p.id))),
  ]);
  const ctx = factContext(places, { regions, countries, outlines: outlines.collection.features });
  return factItems(checkClaims(article.text, article.sentences, article.mentions, ctx), article);
}
