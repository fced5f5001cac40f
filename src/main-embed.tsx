// First, so the page's other stylesheets come after it and override it (vite.config.ts: firstViewCode).
import './app/app.css';
import './app/embed.css';
import { StrictMode, startTransition } from 'react';
import { createRoot, hydrateRoot } from 'react-dom/client';
import { createStoreFromLocation, ONE_ARTICLE_NOTICE, rendersAsPrerendered } from './app/boot';
import { EmbedApp } from './app/EmbedApp';
import { openSharedArticle, openStoredArticle } from './app/library';
import { connectEmbedBridge, type EmbedLog } from './embed/bridge';
import { reportHeight } from './embed/height';
import { resolveOrigins } from './embed/origins';
import { loadMapModule } from './map/load';
import { startEarlyMap } from './map/early';
import { DATA_URLS } from './app/data';
import { decodeTheme, decodeUrlState } from './state/url';

/** Said under a saved article the embed cannot open: what works instead. */
const EMBED_STORED_HINT =
  'A saved article opens only in the browser that saved it; the Embed button of the full map gives code that carries the article itself.';

// Start fetching MapLibre now, in parallel with rendering the passages; a failure is handled in MapView.
loadMapModule().catch(() => undefined);

// `?theme=light|dark` forces a colour scheme (an embed matching its host); the CSS and the map read data-theme.
const forcedTheme = decodeTheme(window.location.search);
if (forcedTheme) document.documentElement.dataset.theme = forcedTheme;

// Same parameters as the full app; the embed never writes its URL (that would add entries to the host's history).
const store = createStoreFromLocation(window.location, { embed: true });
// The article to show, read as the app reads it (main.tsx): a share link's (`#…&a=<fragment>`, the embed snippet of a
// reader's own article), linked before the first render; or one of the reader's own articles kept in this browser
// (`?article=<id>`). One that cannot be read leaves the default article with a notice. The embed never stores one.
const asked = decodeUrlState(window.location.search, window.location.hash, {
  hasPlace: () => false,
  sentenceCount: 0,
}).state;
/** Adds to the notice what works instead of a saved article the embed cannot open. */
const explainStored = () =>
  store.setState({ notice: `${store.getState().notice ?? ''} ${EMBED_STORED_HINT}`.trim() });
if (asked.shared !== undefined || asked.article !== null) {
  if (import.meta.env.ATLAS_ONE_ARTICLE) {
    // A published site shows its own article only (docs/publish.md), as main.tsx.
    store.setState({ notice: ONE_ARTICLE_NOTICE });
  } else {
    document.documentElement.dataset.opening = 'article';
    if (asked.shared !== undefined) await openSharedArticle(store, asked.shared, window.location);
    else if (!(await openStoredArticle(store, asked.article ?? '', window.location))) explainStored();
    delete document.documentElement.dataset.opening;
  }
} else if (new URLSearchParams(window.location.search).has('article')) {
  // Not an article id at all: createStoreFromLocation has already said so.
  explainStored();
}
const root = document.getElementById('root');
if (!root) throw new Error('embed.html has no #root');

// The debug log is a plain object hung on the window, read-only as a property, so tests and developers can read it.
const log: EmbedLog = { accepted: 0, rejected: 0, reasons: {} };
Object.defineProperty(window, 'atlasEmbed', { value: log });

if (window.parent !== window) {
  // Firefox has no ancestorOrigins; the referrer stands in for it there.
  const ancestors: DOMStringList | undefined = window.location.ancestorOrigins;
  const policy = resolveOrigins({
    ancestorOrigins: ancestors ? Array.from(ancestors) : [],
    referrer: document.referrer,
    allowlist: new URLSearchParams(window.location.search).get('origins'),
  });
  connectEmbedBridge({ store, win: window, parent: window.parent, policy, log });
  reportHeight(root, window.parent, policy.target);
}

const app = (
  <StrictMode>
    <EmbedApp store={store} />
  </StrictMode>
);
// As in main.tsx: embed.html holds the embed's first view prerendered; React adopts it when this URL renders the same.
if (root.firstElementChild && rendersAsPrerendered(store.getState())) {
  // The map starts now, on the prerendered container, rather than after React has hydrated the page (early.ts).
  const mapElement = root.querySelector<HTMLElement>('[data-testid="map"]');
  if (mapElement) startEarlyMap(mapElement, store, DATA_URLS, { cooperative: true });
  // As in main.tsx: hydrated in slices between the map's frames.
  startTransition(() => {
    hydrateRoot(root, app);
  });
} else {
  createRoot(root).render(app);
}
