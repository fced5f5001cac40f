import { shapeFiles } from '../map/articleData';
import { baseFeatures } from '../map/featureFiles';
import { loadOutlines } from '../map/shapes';
import type { DataUrls } from '../map/style/layers';
import type { FactGeometry } from '../state/facts';
import type { FactsArticle } from './factsProtocol';

/**
 * The outlines the facts of the "Checked against the map" box are checked against, read on the page's thread once
 * the map is ready: the regions and countries of the base file the map has already drawn, and the data/geo/ files
 * of the places the article names, which the map has loaded too (each read at most once per page). The page reads
 * them, not the facts worker, so the worker needs no table of the outline files (a published site holds only its
 * article's: scripts/publish.ts) and no file is fetched twice.
 */
export async function factsGeometry(article: FactsArticle, urls: DataUrls): Promise<FactGeometry> {
  const places = [...article.places.values()];
  const [regions, countries, outlines] = await Promise.all([
    baseFeatures(urls.base, 'region'),
    baseFeatures(urls.base, 'country'),
    loadOutlines(shapeFiles(places), new Set(places.map((p) => p.id))),
  ]);
  return { regions, countries, outlines: outlines.collection.features };
}
