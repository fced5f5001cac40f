import type { ArticleModel } from './article';
import { CHAT_LINK_LIMIT, encodeArticleFragment } from './fragment';
import { correctionsOf } from './sharedLinks';
import type { AppState } from './store';
import { encodeUrlState, type UrlState } from './url';

/**
 * What a link to the current view says: the settled camera (or the one asked for, before the map has drawn),
 * the selection, the sentence in focus and the layers.
 * @example urlStateOf(store.getState()).place // 'UA-14'
 */
export function urlStateOf(s: AppState): UrlState {
  return {
    article: s.article.stored ? s.article.id : null,
    view: s.camera ?? s.viewRequest?.view ?? null,
    place: s.selectedId,
    sentence: s.focus?.sentence ?? null,
    layers: s.layers,
    // An article opened from a share link and not kept: its own address is the only way back to it.
    ...(!s.article.stored && s.article.shared !== undefined ? { shared: s.article.shared } : {}),
  };
}

/**
 * True for an article a link can only reach by carrying it: a reader's own (kept in this browser, which another
 * browser does not have) or one opened from a share link.
 * @example carriesArticle(store.getState().article) // true after pasting an article
 */
export function carriesArticle(article: ArticleModel): boolean {
  return article.stored || article.shared !== undefined;
}

const fragments = new WeakMap<ArticleModel, Promise<string>>();

/**
 * The share-link fragment of an article (computed once per article model: compressing is not free): its text, its
 * metadata and, when a person corrected its links, the links as they stand (sharedLinks.ts). Every correction makes
 * a new model, so the fragment always matches what is on screen. An article opened from a link and not corrected
 * since gives back the very fragment it came from.
 * @example await articleFragment(store.getState().article) // '1.…'
 */
export function articleFragment(article: ArticleModel): Promise<string> {
  if (article.shared !== undefined && !article.corrected) return Promise.resolve(article.shared);
  let fragment = fragments.get(article);
  if (!fragment) {
    const corrections = correctionsOf(article);
    fragment = encodeArticleFragment({
      text: article.text,
      meta: article.meta,
      ...(corrections ? { corrections } : {}),
    });
    fragments.set(article, fragment);
  }
  return fragment;
}

/**
 * The view of `s` as a state a link on another machine can open: a reader's own article travels in the fragment
 * (`fragment`, from {@link articleFragment}) instead of as `?article=<id>`, which only this browser knows.
 * @example shareStateOf(store.getState(), '1.abc').shared // '1.abc'
 */
export function shareStateOf(s: AppState, fragment: string | null): UrlState {
  const state = urlStateOf(s);
  if (fragment === null) return state;
  return { ...state, article: null, shared: fragment };
}

/**
 * Whether a link is longer than common chat tools and mail clients pass on whole ({@link CHAT_LINK_LIMIT}).
 * @example tooLongForChat('https://maps.example/#a=1.' + 'x'.repeat(9000)) // true
 */
export function tooLongForChat(link: string): boolean {
  return link.length > CHAT_LINK_LIMIT;
}

/**
 * A link to `page` (the full app or the embed, a URL relative to `base`) showing the given state.
 * @example linkTo(state, 'https://maps.example/atlas/', 'embed.html') // 'https://maps.example/atlas/embed.html?place=UA-14#map=5/48.3/37.3'
 */
export function linkTo(state: UrlState, base: string, page = ''): string {
  const { search, hash } = encodeUrlState(state);
  const url = new URL(page, base);
  return `${url.origin}${url.pathname}${search}${hash}`;
}

/** Height that fits the map and a few passages without a scrollbar in most pages; auto-height adjusts it. */
export const DEFAULT_EMBED_HEIGHT = 560;

/**
 * The HTML a newsroom pastes into its page: the iframe and, optionally, our auto-height script.
 * @example embedSnippet('https://maps.example/atlas/embed.html?place=UA-14', 'https://maps.example/atlas/', true)
 */
export function embedSnippet(embedUrl: string, base: string, autoHeight: boolean): string {
  const iframe =
    `<iframe src="${escapeAttr(embedUrl)}" title="Article Atlas: map of the places the article names" ` +
    `data-article-atlas width="100%" height="${DEFAULT_EMBED_HEIGHT}" loading="lazy" ` +
    `style="border:0;width:100%;max-width:1400px;min-width:280px;display:block"></iframe>`;
  if (!autoHeight) return iframe;
  return `${iframe}\n<script src="${escapeAttr(new URL('embed-host.js', base).href)}" async></script>`;
}

function escapeAttr(s: string): string {
  return s.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}
