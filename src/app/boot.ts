import { linkArticle, paragraphs } from '../linking';
import { buildArticleModel } from '../state/article';
import { parseGazetteer } from '../state/data';
import { createAppStore, type AppStore } from '../state/store';
import { decodeUrlState } from '../state/url';
import { DEFAULT_ARTICLE, GAZETTEER_JSON } from './data';

/** The default gazetteer, validated once for the page (boot links with it; main.tsx may widen it later). */
export const DEFAULT_GAZETTEER = parseGazetteer(GAZETTEER_JSON);

/**
 * Links the default article and creates the store for one page, seeded from the page's URL (a deep link or an
 * embed's parameters). Parts of the URL we cannot use fall back to their defaults, with a notice.
 */
export function createStoreFromLocation(location: Pick<Location, 'search' | 'hash'>): AppStore {
  const gazetteer = DEFAULT_GAZETTEER;
  const text = DEFAULT_ARTICLE;
  const article = buildArticleModel(text, paragraphs(text), linkArticle(text, gazetteer), gazetteer.entries);
  const { state, notices } = decodeUrlState(location.search, location.hash, {
    hasPlace: (id) => article.places.has(id),
    sentenceCount: article.sentences.length,
  });
  const place = state.place === null ? undefined : article.places.get(state.place);
  return createAppStore({
    article,
    // A linked place is shown even if the link also hid its layer.
    layers: place ? { ...state.layers, [place.group]: true } : state.layers,
    selectedId: state.place,
    sentence: state.sentence,
    view: state.view,
    notice: notices.length ? notices.join(' · ') : null,
  });
}
