import { PROTOCOL_VERSION, type FrameMessage } from './protocol';
import type { ParentWindow } from './bridge';

/**
 * Posts the content's height to the host whenever it changes, for the auto-height script. A bare number is the
 * only thing the frame may send to any origin ('*'), and only when the host's origin is unknown.
 * @example const stop = reportHeight(document.getElementById('root')!, window.parent, policy.target);
 */
export function reportHeight(content: HTMLElement, parent: ParentWindow, target: string | null): () => void {
  let last = 0;
  const send = () => {
    const height = Math.ceil(content.getBoundingClientRect().height);
    if (height === last || height <= 0) return;
    last = height;
    const message: FrameMessage = { type: 'article-atlas:height', version: PROTOCOL_VERSION, height };
    parent.postMessage(message, target ?? '*');
  };
  const observer = new ResizeObserver(send);
  observer.observe(content);
  send();
  return () => observer.disconnect();
}
