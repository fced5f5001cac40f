import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { linkArticle, paragraphs } from './linking';
import { buildArticleModel } from './state/article';
import { parseGazetteer } from './state/data';
import { createAppStore } from './state/store';
import { App } from './app/App';
import { DEFAULT_ARTICLE, GAZETTEER_JSON } from './app/data';
import { gazetteerFor } from './app/world';
import './app/app.css';

const gazetteer = parseGazetteer(GAZETTEER_JSON);
const text = DEFAULT_ARTICLE;
const article = buildArticleModel(text, paragraphs(text), linkArticle(text, gazetteer), gazetteer.entries);
const store = createAppStore({ article });

// Another article may name places only the world gazetteer has; it is fetched then, and the article relinked.
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
