import { StrictMode } from 'react';
import { createRoot, hydrateRoot } from 'react-dom/client';
import { App } from './app/App';
import { createStoreFromLocation, DEFAULT_GAZETTEER, rendersAsPrerendered } from './app/boot';
import { syncUrlWithStore } from './app/urlSync';
import { loadMapModule } from './map/load';
import { DEFAULT_ARTICLE } from './app/data';
import './app/app.css';

// Start fetching MapLibre now, in parallel with rendering the text; a failure is handled in MapView.
loadMapModule().catch(() => undefined);

// The URL is read once, here; from now on the store is the source of truth and the URL follows it.
const store = createStoreFromLocation(window.location);
syncUrlWithStore(store);

// Another article may name places only the world gazetteer has; the linker and that gazetteer are fetched then,
// and the article relinked. (Only the default article can be opened today, linked at build time, so this never
// runs; see src/app/relink.ts.)
const { text } = store.getState().article;
if (text !== DEFAULT_ARTICLE) {
  void import('./app/relink').then(({ relinkWithWorldIfNeeded }) =>
    relinkWithWorldIfNeeded(store, DEFAULT_GAZETTEER),
  );
}

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
  hydrateRoot(root, app);
} else {
  createRoot(root).render(app);
}
