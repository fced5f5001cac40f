import { urlStateOf } from '../state/share';
import type { AppState, AppStore } from '../state/store';
import { decodeUrlState, encodeUrlState } from '../state/url';

// Long enough to let a fling or a zoom animation come to rest; short enough that a copied URL is current.
const CAMERA_DEBOUNCE_MS = 400;

/**
 * Keeps the address bar describing what is on screen. The store is the one source of truth: a new selection
 * pushes a history entry (so Back/Forward step through selections), layers and the camera replace the current
 * one, and popstate writes the entry's state back into the store without writing the URL again.
 * The writes wait for the next paint: `pushState` costs several milliseconds of main thread on a slow phone, and
 * in a click's own task it would hold back the passages the click shows. They keep their order and their URLs.
 */
export function syncUrlWithStore(
  store: AppStore,
  win: Window = window,
  /**
   * Back/Forward to an entry of another article (a saved one's id, a share link's fragment, or neither for the
   * default): the caller loads it.
   */
  onArticle: (
    wanted: { article: string | null; shared?: string },
    location: Pick<Location, 'search' | 'hash'>,
  ) => void = () => undefined,
): () => void {
  let timer: ReturnType<typeof setTimeout> | undefined;
  let restoring = false;
  // URLs to write, in order, each computed from the state that asked for it.
  let pending: { mode: 'push' | 'replace'; rel: string; href: string }[] = [];
  let frame = 0;
  let flushTimer: ReturnType<typeof setTimeout> | undefined;

  const current = () => `${win.location.search}${win.location.hash}`;
  const target = (s: AppState) => {
    const { search, hash } = encodeUrlState(urlStateOf(s));
    return { rel: `${search}${hash}`, href: `${win.location.pathname}${search}${hash}` };
  };
  const flush = () => {
    frame = 0;
    flushTimer = undefined;
    const writes = pending;
    pending = [];
    for (const { mode, rel, href } of writes) {
      // `href` is always a path: it cannot change the origin, and a plain path with no query clears the old one.
      if (rel === current()) continue;
      if (mode === 'push') win.history.pushState(null, '', href);
      else win.history.replaceState(win.history.state, '', href);
    }
  };
  const write = (mode: 'push' | 'replace') => {
    clearTimeout(timer);
    pending.push({ mode, ...target(store.getState()) });
    if (frame || flushTimer) return;
    // A task after the next animation frame runs once that frame's paint is on its way.
    frame = win.requestAnimationFrame(() => {
      frame = 0;
      flushTimer = setTimeout(flush, 0);
    });
  };
  const drop = () => {
    win.cancelAnimationFrame(frame);
    clearTimeout(flushTimer);
    frame = 0;
    flushTimer = undefined;
    pending = [];
  };

  const unsubscribe = store.subscribe((next, prev) => {
    if (restoring) return;
    if (next.article !== prev.article) write('push');
    else if (next.selectedId !== prev.selectedId || next.focus?.sentence !== prev.focus?.sentence)
      write('push');
    else if (next.layers !== prev.layers) write('replace');
    else if (next.camera !== prev.camera) {
      clearTimeout(timer);
      timer = setTimeout(() => write('replace'), CAMERA_DEBOUNCE_MS);
    }
  });

  const onPop = () => {
    const s = store.getState();
    const { article, shared } = decodeUrlState(win.location.search, win.location.hash, {
      hasPlace: () => false,
      sentenceCount: 0,
    }).state;
    const now = urlStateOf(s);
    if (article !== now.article || shared !== now.shared) {
      clearTimeout(timer);
      drop();
      onArticle(shared === undefined ? { article } : { article, shared }, {
        search: win.location.search,
        hash: win.location.hash,
      });
      return;
    }
    const { state } = decodeUrlState(win.location.search, win.location.hash, {
      hasPlace: (id) => s.article.places.has(id),
      sentenceCount: s.article.sentences.length,
    });
    clearTimeout(timer);
    // The entry the reader went to wins over writes still waiting for a paint.
    drop();
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
    drop();
    unsubscribe();
    win.removeEventListener('popstate', onPop);
  };
}
