// Mounts and unmounts the app's real MapView on command, so the benchmark can watch the heap and the WebGL
// contexts across cycles. Nothing here ships in the app.
import { createRoot } from 'react-dom/client';
import { linkArticle, paragraphs } from '../src/linking';
import { buildArticleModel } from '../src/state/article';
import { parseGazetteer } from '../src/state/data';
import { createAppStore } from '../src/state/store';
import { StoreContext } from '../src/state/context';
import { MapView } from '../src/map/MapView';
import { DATA_URLS, DEFAULT_ARTICLE, GAZETTEER_JSON } from '../src/app/data';

const gazetteer = parseGazetteer(GAZETTEER_JSON);
const text = DEFAULT_ARTICLE;
const store = createAppStore({
  article: buildArticleModel(text, paragraphs(text), linkArticle(text, gazetteer), gazetteer.entries),
});
const element = document.getElementById('root');
if (!element) throw new Error('mount.html has no #root');
const root = createRoot(element);

function render(mounted: boolean): void {
  root.render(
    <StoreContext.Provider value={store}>
      {mounted ? <MapView urls={DATA_URLS} /> : null}
    </StoreContext.Provider>,
  );
}

Object.assign(window, { benchMount: () => render(true), benchUnmount: () => render(false) });
render(true);
