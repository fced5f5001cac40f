import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './app/App';
import { createStoreFromLocation } from './app/boot';
import { syncUrlWithStore } from './app/urlSync';
import { loadMapModule } from './map/load';
import './app/app.css';

// Start fetching MapLibre now, in parallel with rendering the text; a failure is handled in MapView.
loadMapModule().catch(() => undefined);

// The URL is read once, here; from now on the store is the source of truth and the URL follows it.
const store = createStoreFromLocation(window.location);
syncUrlWithStore(store);

const root = document.getElementById('root');
if (!root) throw new Error('index.html has no #root');
createRoot(root).render(
  <StrictMode>
    <App store={store} />
  </StrictMode>,
);
