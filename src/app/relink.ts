import { linkArticle, paragraphs } from '../linking';
import type { Gazetteer } from '../linking/types';
import { buildArticleModel } from '../state/article';
import type { AppStore } from '../state/store';
import { gazetteerFor } from './world';

/**
 * Links the store's article again when it names places only the world gazetteer knows (fetching that gazetteer
 * first), and replaces the article model. A chunk of its own, with the linker: the default article never needs it.
 */
export async function relinkWithWorldIfNeeded(store: AppStore, base: Gazetteer): Promise<void> {
  const { text } = store.getState().article;
  const needed = await gazetteerFor(text, base, false);
  if (needed === base) return;
  store.setState({
    article: buildArticleModel(text, paragraphs(text), linkArticle(text, needed), needed.entries),
  });
}
