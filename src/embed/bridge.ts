import type { AppState, AppStore } from '../state/store';
import type { OriginPolicy } from './origins';
import {
  parseHostMessage,
  PROTOCOL_VERSION,
  type ErrorCode,
  type FrameMessage,
  type FrameState,
  type HostMessage,
  type RejectReason,
} from './protocol';

/** The embed's debug log: how many messages were acted on and why the others were not. Read by tests and hosts' developers. */
export interface EmbedLog {
  accepted: number;
  rejected: number;
  reasons: Partial<Record<RejectReason, number>>;
}

/** The part of a window the bridge uses; a test can pass a fake. */
export interface BridgeWindow {
  addEventListener(type: 'message', listener: (e: MessageEvent) => void): void;
  removeEventListener(type: 'message', listener: (e: MessageEvent) => void): void;
}

export interface ParentWindow {
  postMessage(message: unknown, targetOrigin: string): void;
}

/**
 * What the frame reports about the store: the selection, its name, the sentence in focus and the layers.
 * @example frameState(store.getState()).place // 'UA-14'
 */
export function frameState(s: AppState): FrameState {
  return {
    place: s.selectedId,
    name: s.selectedId ? (s.article.places.get(s.selectedId)?.name ?? null) : null,
    sentence: s.focus?.sentence ?? null,
    layers: { ...s.layers },
  };
}

/**
 * Connects one embed's store to its host page: validated host messages become store actions, and the reader's
 * own selections are reported back, to the allowed origin only. Returns a function that disconnects.
 * @example const stop = connectEmbedBridge({ store, win: window, parent: window.parent, policy, log });
 */
export function connectEmbedBridge(opts: {
  store: AppStore;
  win: BridgeWindow;
  parent: ParentWindow;
  policy: OriginPolicy;
  log: EmbedLog;
}): () => void {
  const { store, win, parent, policy, log } = opts;
  let applying = false;

  const post = (message: FrameMessage) => {
    // State never goes to '*': with no known origin the host simply hears nothing but heights.
    if (policy.target) parent.postMessage(message, policy.target);
  };
  const reject = (reason: RejectReason) => {
    log.rejected += 1;
    log.reasons[reason] = (log.reasons[reason] ?? 0) + 1;
  };
  const replyError = (code: ErrorCode, message: string) =>
    post({
      type: 'article-atlas:error',
      version: PROTOCOL_VERSION,
      code,
      message,
      supportedVersions: [PROTOCOL_VERSION],
    });

  const onMessage = (event: MessageEvent) => {
    // Cheap identity checks first: a message from any other window or origin is not even parsed.
    if (event.source !== (parent as unknown)) return reject('source');
    if (!policy.allowed.has(event.origin)) return reject('origin');
    const parsed = parseHostMessage(event.data);
    if (!parsed.ok) {
      reject(parsed.reason);
      if (parsed.reply) replyError(parsed.reply.code, parsed.reply.message);
      return;
    }
    const problem = apply(parsed.message);
    if (problem) {
      reject('bad-fields');
      replyError(problem.code, problem.message);
      return;
    }
    log.accepted += 1;
  };

  const apply = (m: HostMessage): { code: ErrorCode; message: string } | null => {
    const s = store.getState();
    applying = true;
    try {
      switch (m.type) {
        case 'article-atlas:select':
          if ('place' in m) {
            if (!s.article.places.has(m.place))
              return { code: 'unknown-place', message: `No place ‘${m.place}’ in this article.` };
            s.select(m.place, 'host');
          } else {
            if (m.sentence >= s.article.sentences.length)
              return { code: 'unknown-sentence', message: `No sentence ${m.sentence} in this article.` };
            s.focusSentence(m.sentence);
          }
          return null;
        case 'article-atlas:clear':
          s.clearSelection();
          return null;
        case 'article-atlas:set-layers':
          for (const [group, visible] of Object.entries(m.layers) as [keyof AppState['layers'], boolean][])
            store.getState().setLayer(group, visible);
          return null;
        case 'article-atlas:set-view':
          s.requestView(m.view);
          return null;
      }
    } finally {
      applying = false;
    }
  };

  // Report what the reader did, not what the host asked for: the host already knows that.
  const unsubscribe = store.subscribe((next, prev) => {
    if (applying) return;
    if (next.selectedId !== prev.selectedId || next.focus !== prev.focus)
      post({ type: 'article-atlas:select', version: PROTOCOL_VERSION, ...frameState(next) });
  });

  win.addEventListener('message', onMessage);
  post({ type: 'article-atlas:ready', version: PROTOCOL_VERSION, ...frameState(store.getState()) });
  return () => {
    unsubscribe();
    win.removeEventListener('message', onMessage);
  };
}
