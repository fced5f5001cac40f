import type { Feature } from 'geojson';
import { detailFilesFor, type DetailIndex } from '../geo/detail';
import type { Bounds } from '../geo/geometry';
import INDEX from '../../data/geo/detail/index.json';
import { outlineFeatures } from './featureFiles';

/**
 * The finer outlines of data/geo/detail (src/geo/detail.ts), loaded by the controller from DETAIL_MIN_ZOOM up. A
 * chunk of its own, imported only once the reader zooms in that far: the first view never loads it.
 */
// Eager: a table of URLs of our own origin (hashed by Vite), not one module per file.
const FILES = import.meta.glob<string>('../../data/geo/detail/*.geojson', {
  query: '?url',
  import: 'default',
  eager: true,
});

const index: DetailIndex = INDEX as DetailIndex;

/**
 * The detail files this view needs beyond those the caller already holds (`held`), fetched; resolves with the features
 * of each that arrived (by file), or null when the view needs nothing new. Each file is fetched and parsed at most once
 * per page, through the same reader as the map's other GeoJSON files (featureFiles.ts), so a map mounted again gets
 * the files it needs from that reader; a file that failed is tried again on a later move, and meanwhile the base map
 * stays drawn there.
 * @example await loadDetailFor([-80, 35, -70, 42], 6, new Set(), new Set()) // Map { 'country-US' => [...], … }
 */
export async function loadDetailFor(
  view: Bounds,
  zoom: number,
  named: ReadonlySet<string>,
  held: ReadonlySet<string>,
): Promise<Map<string, Feature[]> | null> {
  const wanted = detailFilesFor(index, view, zoom, named).filter((file) => !held.has(file));
  if (wanted.length === 0) return null;
  const settled = await Promise.allSettled(
    wanted.map((file) => {
      const url = FILES[`../../data/geo/detail/${file}.geojson`];
      return url ? outlineFeatures(url) : Promise.reject(new Error(`no detail file ‘${file}’`));
    }),
  );
  const loaded = new Map<string, Feature[]>();
  settled.forEach((result, i) => {
    const file = wanted[i];
    if (file !== undefined && result.status === 'fulfilled') loaded.set(file, result.value);
  });
  return loaded;
}
