import type { LinkDone, LinkRequest, LinkResponse, LinkStage } from './linkProtocol';

/** A link request in flight: its result, and a way to stop it (the worker is terminated, nothing is kept). */
export interface LinkJob {
  result: Promise<LinkDone>;
  cancel: () => void;
}

export class LinkCancelled extends Error {
  constructor() {
    super('Linking was cancelled.');
  }
}

let worker: Worker | null = null;
let nextId = 1;

function getWorker(): Worker {
  // Vite emits the worker as a file of our own origin (allowed by `worker-src 'self'`).
  worker ??= new Worker(new URL('./link.worker.ts', import.meta.url), { type: 'module', name: 'linker' });
  return worker;
}

/**
 * Links `text` in the worker. `onStage` hears where it is (fetching the world gazetteer, linking).
 * Cancelling terminates the worker; the next job starts a fresh one.
 */
export function linkInWorker(text: string, onStage: (stage: LinkStage) => void): LinkJob {
  const id = nextId++;
  const w = getWorker();
  // The executor runs at once, so `control.reject` is the promise's own before anyone can cancel.
  const control = { reject: (_error: Error): void => undefined };
  const result = new Promise<LinkDone>((resolve, reject) => {
    control.reject = reject;
    const onMessage = (event: MessageEvent<LinkResponse>) => {
      const message = event.data;
      if (message.id !== id) return;
      if (message.type === 'progress') onStage(message.stage);
      else {
        w.removeEventListener('message', onMessage);
        w.removeEventListener('error', onError);
        if (message.type === 'done') resolve(message);
        else reject(new Error(message.message));
      }
    };
    const onError = (event: ErrorEvent) => {
      w.removeEventListener('message', onMessage);
      w.removeEventListener('error', onError);
      worker = null;
      w.terminate();
      reject(new Error(event.message || 'The linker stopped.'));
    };
    w.addEventListener('message', onMessage);
    w.addEventListener('error', onError);
    w.postMessage({ id, text } satisfies LinkRequest);
  });
  return {
    result,
    cancel: () => {
      if (worker === w) worker = null;
      w.terminate();
      control.reject(new LinkCancelled());
    },
  };
}
