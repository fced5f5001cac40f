import landingArticle, { entries as landingEntries } from 'virtual:landing-article';
import type { GazetteerEntry } from '../linking/types';
import { buildArticleModel, type ArticleModel, type ArticleValue } from '../state/article';
import { parseGazetteer } from '../state/data';
import { defaultVisibility, legendGroup } from '../state/layers';
import type { ReviewOptions } from '../state/review';
import { createAppStore, type AppState, type AppStore } from '../state/store';
import { decodeUrlState } from '../state/url';
import { GAZETTEER_JSON } from './data';

/** The default gazetteer, validated once for the page (the article model's place facts). */
export const DEFAULT_GAZETTEER = parseGazetteer(GAZETTEER_JSON);

/**
 * The article the page opens with (the default, or the one a published site was built for), linked at build time
 * in a production build (e2e/prerender.spec.ts checks the built page's links against the expected file), at run
 * time on the dev server and in Vitest (build/plugins/landing-article.ts).
 */
export const LANDING_ARTICLE = landingArticle as ArticleValue;

/**
 * Said on a published site asked for another article (a share link's, or a saved one's): such a site shows its own
 * article only, and carries neither the linker nor the data another article needs (docs/publish.md).
 */
export const ONE_ARTICLE_NOTICE =
  'This page shows one published article only: open links to other articles in Article Atlas itself.';

let defaultModel: ArticleModel | undefined;

/**
 * The landing article's model (the default article, or the one a published site was built for), built once per
 * page from its links made at build time: the linker is not part of the page.
 */
export function defaultArticleModel(): ArticleModel {
  const { id, meta, text, paragraphs, links } = LANDING_ARTICLE;
  defaultModel ??= buildArticleModel(
    text,
    paragraphs,
    links,
    [...DEFAULT_GAZETTEER.entries, ...(landingEntries as GazetteerEntry[])],
    { id, meta },
  );
  return defaultModel;
}

/**
 * Builds the default article's model from its links and creates the store for one page, seeded from the page's
 * URL (a deep link or an embed's parameters). Parts of the URL we cannot use fall back to their defaults, with a notice.
 */
export function createStoreFromLocation(
  location: Pick<Location, 'search' | 'hash'>,
  review: ReviewOptions = {},
): AppStore {
  const article = defaultArticleModel();
  const { state, notices } = decodeUrlState(location.search, location.hash, {
    hasPlace: (id) => article.places.has(id),
    sentenceCount: article.sentences.length,
  });
  const place = state.place === null ? undefined : article.places.get(state.place);
  return createAppStore(
    {
      article,
      // A linked place is shown even if the link also hid its layer.
      layers: place ? { ...state.layers, [legendGroup(place)]: true } : state.layers,
      selectedId: state.place,
      sentence: state.sentence,
      view: state.view,
      notice: notices.length ? notices.join(' · ') : null,
    },
    review,
  );
}

/**
 * Whether a page whose store starts in `state` first renders exactly the HTML the build prerendered (the view of a
 * URL with no state: src/app/prerender.tsx), so the entry may hydrate that HTML instead of rendering anew. The
 * camera does not count: React renders nothing from it on the first pass (the map draws it), so a link with only
 * `#map=` still qualifies.
 */
export function rendersAsPrerendered(state: AppState): boolean {
  const layers = defaultVisibility();
  return (
    state.article.id === LANDING_ARTICLE.id &&
    state.selectedId === null &&
    state.focus === null &&
    state.notice === null &&
    // A corrected article (edits saved in this browser) differs from the prerendered linker's links.
    !state.article.corrected &&
    !state.reviewMode &&
    Object.entries(layers).every(([group, visible]) => state.layers[group as keyof typeof layers] === visible)
  );
}
