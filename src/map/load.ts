import type * as MapModuleType from './controller';

/**
 * MapLibre is most of the JavaScript we ship, so it lives in a chunk of its own, loaded after the article text
 * can paint. Boot calls this early so the download runs while React renders the text; MapView awaits the
 * same promise.
 */
type MapModule = typeof MapModuleType;
let pending: Promise<MapModule> | undefined;

export function loadMapModule(): Promise<MapModule> {
  pending ??= import('./controller');
  return pending;
}
