import type { FeatureCollection, MultiPolygon, Polygon } from 'geojson';
import { decodeTopology } from '../geo/topoDecode';

/** The outline layers of data/borders.topojson, decoded, by the map source that draws them. */
export interface MapOutlines {
  regions: FeatureCollection<Polygon | MultiPolygon>;
  countries: FeatureCollection<Polygon | MultiPolygon>;
  soviet: FeatureCollection<Polygon | MultiPolygon>;
}

const loads = new Map<string, Promise<MapOutlines>>();

async function fetchOutlines(url: string): Promise<MapOutlines> {
  const response = await fetch(url);
  if (!response.ok) throw new Error(`${url}: HTTP ${response.status}`);
  const layers = decodeTopology(await response.json());
  const layer = (name: string) => {
    const found = layers[name];
    if (!found) throw new Error(`${url}: no layer ${name}`);
    return found;
  };
  return { regions: layer('regions'), countries: layer('countries'), soviet: layer('soviet-union') };
}

/**
 * Fetches and decodes the outlines once per URL: the WebGL map and the static fallback share one download, and
 * StrictMode's second mount does not start another. A failure is forgotten, so a later mount may try again.
 */
export function loadOutlines(url: string): Promise<MapOutlines> {
  let pending = loads.get(url);
  if (!pending) {
    pending = fetchOutlines(url);
    loads.set(url, pending);
    pending.catch(() => loads.delete(url));
  }
  return pending;
}
