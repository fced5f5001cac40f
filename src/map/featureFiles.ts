import type { Feature, FeatureCollection } from 'geojson';

/**
 * The map's GeoJSON files read on the page's own thread: by the facts box and the exports once the map is ready (the
 * map's worker has fetched the same hashed files by then, so a host that caches assets answers from the browser's
 * cache), and by the static map when there is no WebGL. Each file is fetched and parsed at most once per page,
 * whoever asks first. A failure is not remembered: the next caller tries again.
 */
const files = new Map<string, Promise<Feature[]>>();

export function outlineFeatures(url: string): Promise<Feature[]> {
  let pending = files.get(url);
  if (!pending) {
    pending = fetch(url).then(async (response) => {
      if (!response.ok) throw new Error(`${url}: HTTP ${response.status}`);
      const json = (await response.json()) as Partial<FeatureCollection>;
      return Array.isArray(json.features) ? json.features : [];
    });
    files.set(url, pending);
    pending.catch(() => files.delete(url));
  }
  return pending;
}

/** What data/base-map.geojson holds, by the `kind` of its features. */
export type BaseKind = 'country' | 'region' | 'union';

/**
 * The base map's features of the given kinds, from the one file the map's `base` source draws (read once per page).
 * @example await baseFeatures(DATA_URLS.base, 'region') // Ukraine's 27 regions
 */
export function baseFeatures(url: string, ...kinds: BaseKind[]): Promise<Feature[]> {
  const wanted = new Set<unknown>(kinds);
  return outlineFeatures(url).then((features) => features.filter((f) => wanted.has(f.properties?.['kind'])));
}
