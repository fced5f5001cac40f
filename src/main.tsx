import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { linkArticle, paragraphs } from './linking';
import { buildArticleModel } from './state/article';
import { parseGazetteer } from './state/data';
import { createAppStore } from './state/store';
import { App } from './app/App';
import { loadMapModule } from './map/load';
import { DEFAULT_ARTICLE, GAZETTEER_JSON } from './app/data';
import './app/app.css';

// Start fetching MapLibre now, in parallel with linking and rendering the text; a failure is handled in MapView.
loadMapModule().catch(() => undefined);

const gazetteer = parseGazetteer(GAZETTEER_JSON);
const text = DEFAULT_ARTICLE;
const article = buildArticleModel(text, paragraphs(text), linkArticle(text, gazetteer), gazetteer.entries);
const store = createAppStore({ article });

const root = document.getElementById('root');
if (!root) throw new Error('index.html has no #root');
createRoot(root).render(
  <StrictMode>
    <App store={store} />
  </StrictMode>,
);
