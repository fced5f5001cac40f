import type { MapOutlines } from './outlines';

/**
 * `loadOutlines` from a chunk of its own: the decoder is needed only once the map mounts, so it stays out of the
 * JavaScript the page needs to become interactive. The chunk is about 1 KB and is requested when the map mounts,
 * still long before MapLibre's own chunk has arrived.
 */
export function loadOutlinesLazily(url: string): Promise<MapOutlines> {
  return import('./outlines').then((module) => module.loadOutlines(url));
}
