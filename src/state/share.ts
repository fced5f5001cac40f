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
  };
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
