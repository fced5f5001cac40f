import type { AppStore } from '../state/store';
import type { MapController, MapOptions } from './controller';
import { loadMapModule } from './load';
import type { DataUrls } from './style/layers';

/**
 * The map, started before React hydrates the prerendered page.
 *
 * Why: MapLibre's worker, its data fetches and its first frames are the longest path to a drawn map, and waiting
 * for React to hydrate the article before creating the map put all of React's work in front of that path (the
 * benchmark's trace: the WebGL context was created ~260 ms after navigation on a busy machine, against ~160 ms on
 * a page that creates the map at once). The entry calls `startEarlyMap` on the prerendered map container right
 * after the store exists; MapView, once hydrated, adopts the controller made for that same element instead of
 * creating its own, and owns it from then on (destroys it on unmount, as before).
 *
 * React must not see MapLibre's children in that element: MapView renders it with an empty
 * `dangerouslySetInnerHTML`, which React neither hydrates nor rewrites. The store may change before hydration (a
 * map that fails sets an error status): zustand hands React the initial state while it hydrates, so the first render
 * still matches the prerendered HTML and the change shows in the render after.
 */
interface Early {
  element: HTMLElement;
  options: MapOptions;
  /** Set once MapView takes the controller over: from then on this module forgets it. */
  adopted: boolean;
  /** Set when MapView mounted on another element or with other options: the early map is not wanted. */
  abandoned: boolean;
  controller?: MapController;
  /** Settles when the map module has loaded (or failed to) and the controller exists (or not). */
  ready: Promise<MapController | null>;
}

let early: Early | null = null;

/** Creates the map in `element` as soon as the map module has loaded, for MapView to adopt. */
export function startEarlyMap(
  element: HTMLElement,
  store: AppStore,
  urls: DataUrls,
  options: MapOptions = {},
): void {
  const state: Early = { element, options, adopted: false, abandoned: false, ready: Promise.resolve(null) };
  state.ready = loadMapModule().then(
    (module) => {
      // MapView mounted first and did not want this one (another element): nothing to create.
      if (state.abandoned) return null;
      state.controller = new module.MapController(element, store, urls, options);
      return state.controller;
    },
    // MapView reports the failure when it loads the module itself.
    () => null,
  );
  early = state;
}

/**
 * The early map made for `element` with the same options, for MapView to own; null when there is none (no
 * prerendered page, another element after a remount, other options), in which case MapView creates its own.
 * Either way the early map is forgotten here: it can be adopted once.
 */
export function adoptEarlyMap(
  element: HTMLElement,
  options: MapOptions = {},
): Promise<MapController | null> | null {
  const state = early;
  early = null;
  if (!state || state.adopted) return null;
  state.adopted = true;
  const same =
    state.element === element && (state.options.cooperative ?? false) === (options.cooperative ?? false);
  if (same) return state.ready;
  // Not ours to keep: whatever was created is removed, and nothing is created after this.
  state.abandoned = true;
  void state.ready.then((controller) => controller?.destroy());
  return null;
}
