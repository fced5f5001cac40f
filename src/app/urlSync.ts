import { urlStateOf } from '../state/share';
import type { AppState, AppStore } from '../state/store';
import { decodeUrlState, encodeUrlState } from '../state/url';

// Long enough to let a fling or a zoom animation come to rest; short enough that a copied URL is current.
const CAMERA_DEBOUNCE_MS = 400;

/**
 * Keeps the address bar describing what is on screen. The store is the one source of truth: a new selection
 * pushes a history entry (so Back/Forward step through selections), layers and the camera replace the current
 * one, and popstate writes the entry's state back into the store without writing the URL again.
 */
export function syncUrlWithStore(store: AppStore, win: Window = window): () => void {
  let timer: ReturnType<typeof setTimeout> | undefined;
  let restoring = false;

  const current = () => `${win.location.search}${win.location.hash}`;
  const target = (s: AppState) => {
    const { search, hash } = encodeUrlState(urlStateOf(s));
    return { rel: `${search}${hash}`, href: `${win.location.pathname}${search}${hash}` };
  };
  const write = (mode: 'push' | 'replace') => {
    clearTimeout(timer);
    const { rel, href } = target(store.getState());
    // `href` is always a path: it cannot change the origin, and a plain path with no query clears the old one.
    if (rel === current()) return;
    if (mode === 'push') win.history.pushState(null, '', href);
    else win.history.replaceState(win.history.state, '', href);
  };

  const unsubscribe = store.subscribe((next, prev) => {
    if (restoring) return;
    if (next.selectedId !== prev.selectedId || next.focus?.sentence !== prev.focus?.sentence) write('push');
    else if (next.layers !== prev.layers) write('replace');
    else if (next.camera !== prev.camera) {
      clearTimeout(timer);
      timer = setTimeout(() => write('replace'), CAMERA_DEBOUNCE_MS);
    }
  });

  const onPop = () => {
    const s = store.getState();
    const { state } = decodeUrlState(win.location.search, win.location.hash, {
      hasPlace: (id) => s.article.places.has(id),
      sentenceCount: s.article.sentences.length,
    });
    clearTimeout(timer);
    restoring = true;
    try {
      s.applyUrlState(state);
    } finally {
      restoring = false;
    }
  };
  win.addEventListener('popstate', onPop);

  return () => {
    clearTimeout(timer);
    unsubscribe();
    win.removeEventListener('popstate', onPop);
  };
}
