import { lazy, Suspense } from 'react';
import { useEscapeClears } from './useEscapeClears';
import { MapView } from '../map/MapView';
import { StoreContext } from '../state/context';
import type { AppStore } from '../state/store';
import { Announcer } from '../ui/Announcer';
import { ArticlePanel } from '../ui/ArticlePanel';
import { Legend } from '../ui/Legend';
import { Notice } from '../ui/Notice';
import { Passages } from '../ui/Passages';
import { PlacesList } from '../ui/PlacesList';
import { SkipLink } from '../ui/SkipLink';
import { ShareControls } from '../ui/ShareControls';
import { DATA_URLS } from './data';
import { ArticleMetaLine } from '../ui/ArticleMetaLine';
import { OpenArticle } from './OpenArticle';
import { ReviewTools } from './ReviewTools';
import { ReviewStoreContext } from '../state/review';
import { useAppStore } from '../state/context';
import { CheckedFacts } from './CheckedFacts';
import { SharedArticleBar } from './SharedArticleBar';
import './share.css';
import './open.css';

/** Composition only: the map, the legend and the article panel around one store. */
export function App({ store }: { store: AppStore }) {
  useEscapeClears(store);

  return (
    <StoreContext.Provider value={store}>
      <ReviewStoreContext.Provider value={store}>
        <div className="app">
          <SkipLink />
          <header className="topbar">
            <h1>Article Atlas</h1>
            <ArticleMetaLine />
            {/* A published site shows its one article (docs/publish.md). */}
            {!import.meta.env.ATLAS_ONE_ARTICLE && <OpenArticle />}
            <ShareControls />
          </header>
          <main className="layout">
            <div className="map-column">
              <MapView urls={DATA_URLS} />
              <Legend />
            </div>
            <aside className="panel" aria-label="Article and passages">
              <SharedArticleBar />
              <Notice />
              <PlacesList />
              <Passages />
              <ReviewTools />
              <ArticleOrReview />
              <CheckedFacts urls={DATA_URLS} />
            </aside>
          </main>
          <Announcer />
        </div>
      </ReviewStoreContext.Provider>
    </StoreContext.Provider>
  );
}

// The editing mode's article is a chunk of its own, loaded when a reader first switches to it: no first view has it.
const ReviewArticle = /* @__PURE__ */ lazy(() =>
  import('../ui/review/ReviewArticle').then((m) => ({ default: m.ReviewArticle })),
);

/** The reading article, or in the editing mode the article under review (every link marked by status). */
function ArticleOrReview() {
  const editing = useAppStore((s) => s.reviewMode);
  // While the chunk loads (a moment, once per page) the reading article stays. A published site has no editing mode.
  return editing && !import.meta.env.ATLAS_ONE_ARTICLE ? (
    <Suspense fallback={<ArticlePanel />}>
      <ReviewArticle />
    </Suspense>
  ) : (
    <ArticlePanel />
  );
}
