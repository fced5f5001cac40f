import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './app/App';
import { createStoreFromLocation, DEFAULT_GAZETTEER } from './app/boot';
import { syncUrlWithStore } from './app/urlSync';
import { loadMapModule } from './map/load';
import { linkArticle, paragraphs } from './linking';
import { buildArticleModel } from './state/article';
import { DEFAULT_ARTICLE } from './app/data';
import { gazetteerFor } from './app/world';
import './app/app.css';

// Start fetching MapLibre now, in parallel with rendering the text; a failure is handled in MapView.
loadMapModule().catch(() => undefined);

// The URL is read once, here; from now on the store is the source of truth and the URL follows it.
const store = createStoreFromLocation(window.location);
syncUrlWithStore(store);

// Another article may name places only the world gazetteer has; it is fetched then, and the article relinked.
// (Only the default article can be opened today, so this never fetches; see src/app/world.ts.)
const { text } = store.getState().article;
const gazetteer = DEFAULT_GAZETTEER;
void gazetteerFor(text, gazetteer, text === DEFAULT_ARTICLE).then((needed) => {
  if (needed === gazetteer) return;
  const relinked = linkArticle(text, needed);
  store.setState({ article: buildArticleModel(text, paragraphs(text), relinked, needed.entries) });
});

const root = document.getElementById('root');
if (!root) throw new Error('index.html has no #root');
createRoot(root).render(
  <StrictMode>
    <App store={store} />
  </StrictMode>,
);
