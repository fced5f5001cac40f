// First, so the page's other stylesheets come after it and override it (vite.config.ts: firstViewCode).
import './app/app.css';
import { StrictMode, startTransition } from 'react';
import { createRoot, hydrateRoot } from 'react-dom/client';
import { App } from './app/App';
import { createStoreFromLocation, ONE_ARTICLE_NOTICE, rendersAsPrerendered } from './app/boot';
import { syncUrlWithStore } from './app/urlSync';
import { loadMapModule } from './map/load';
import { startEarlyMap } from './map/early';
import { DATA_URLS } from './app/data';
import { openSharedArticle, openStoredArticle, saveCorrections, showDefaultArticle } from './app/library';
import { decodeTheme, decodeUrlState } from './state/url';
import { connectReview } from './app/review';
import { worldGazetteer } from './app/world';
import { whenIdle } from './app/idle';
import { layOutWholeArticle } from './ui/firstView';

// Start fetching MapLibre now, in parallel with rendering the text; a failure is handled in MapView.
loadMapModule().catch(() => undefined);

// `?theme=light|dark` forces a colour scheme (an embed matching its host); the CSS and the map read data-theme.
const forcedTheme = decodeTheme(window.location.search);
if (forcedTheme) document.documentElement.dataset.theme = forcedTheme;

// The URL is read once, here; from now on the store is the source of truth and the URL follows it.
const store = createStoreFromLocation(window.location, { storage: browserStorage() });
// Review follows every article shown from now on; its edits are saved at once (localStorage, and a reader's own
// article's record too).
// A published site offers no editing (ReviewTools.tsx), so it never needs the world gazetteer.
connectReview(store, import.meta.env.ATLAS_ONE_ARTICLE ? {} : { world: worldGazetteer, saveCorrections });

/** localStorage, or nothing when the browser refuses it (edits then last as long as the page). */
function browserStorage(): Storage | null {
  try {
    return window.localStorage;
  } catch {
    return null;
  }
}

// `?article=<id>`: one of the reader's own articles, kept in this browser; `#…&a=<fragment>`: an article a share link
// carries. Either is read before the first render, so the page shows it rather than the default article and then
// it; if it is gone or cannot be read, the default stays with a notice and the address no longer names it.
const asked = decodeUrlState(window.location.search, window.location.hash, {
  hasPlace: () => false,
  sentenceCount: 0,
}).state;
if (asked.shared !== undefined || asked.article !== null) {
  if (import.meta.env.ATLAS_ONE_ARTICLE) {
    // A published site shows its own article only (docs/publish.md): it carries neither the linker nor the data
    // another article needs.
    store.setState({ notice: ONE_ARTICLE_NOTICE });
    window.history.replaceState(null, '', window.location.pathname);
  } else {
    document.documentElement.dataset.opening = 'article';
    const found =
      asked.shared !== undefined
        ? await openSharedArticle(store, asked.shared, window.location)
        : await openStoredArticle(store, asked.article ?? '', window.location);
    if (!found) window.history.replaceState(null, '', window.location.pathname);
    delete document.documentElement.dataset.opening;
  }
}
syncUrlWithStore(store, window, (wanted, location) => {
  // A published site never adds an entry of another article to the history.
  if (import.meta.env.ATLAS_ONE_ARTICLE) return;
  if (wanted.shared !== undefined) void openSharedArticle(store, wanted.shared, location);
  else if (wanted.article === null) showDefaultArticle(store, location);
  else void openStoredArticle(store, wanted.article, location);
});

const root = document.getElementById('root');
if (!root) throw new Error('index.html has no #root');
const app = (
  <StrictMode>
    <App store={store} />
  </StrictMode>
);
// The built index.html holds the first view prerendered (vite.config.ts, src/app/prerender.tsx), which paints
// before any script arrives. React adopts that HTML when this URL's first render is the same (nothing selected,
// default layers; a camera is fine); otherwise (a selection, a notice to show) it renders afresh, and its first
// commit replaces the prerendered HTML in one step. The dev server's index.html has an empty #root.
if (root.firstElementChild && rendersAsPrerendered(store.getState())) {
  // The map starts now, on the prerendered container, rather than after React has hydrated the page (early.ts).
  const mapElement = root.querySelector<HTMLElement>('[data-testid="map"]');
  if (mapElement) startEarlyMap(mapElement, store, DATA_URLS);
  // Hydrated as a transition, so React adopts the page in slices of a few milliseconds between the map's frames
  // instead of one task (about 95 ms at 4× CPU); a click or key press meanwhile hydrates at once and is answered.
  startTransition(() => {
    hydrateRoot(root, app);
  });
} else {
  createRoot(root).render(app);
}
// The first paint laid out only the paragraphs on screen (src/ui/firstView.ts); the rest, when the page is idle.
whenIdle(layOutWholeArticle);
