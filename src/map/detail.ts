import type { Feature } from 'geojson';
import { detailFilesFor, type DetailIndex } from '../geo/detail';
import type { Bounds } from '../geo/geometry';
import INDEX from '../../data/geo/detail/index.json';

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

/** Every file asked for, once per page: a file that failed is not asked for again (the base map stays drawn). */
const requested = new Map<string, Promise<Feature[]>>();

async function fetchFile(file: string): Promise<Feature[]> {
  const url = FILES[`../../data/geo/detail/${file}.geojson`];
  if (!url) throw new Error(`no detail file ‘${file}’`);
  const response = await fetch(url);
  if (!response.ok) throw new Error(`detail file ‘${file}’: HTTP ${response.status}`);
  const json = (await response.json()) as { features?: unknown };
  return Array.isArray(json.features) ? (json.features as Feature[]) : [];
}

/**
 * The detail files this view needs that have not been asked for yet, fetched; resolves with the features of each
 * that arrived (by file), or null when the view needs nothing new.
 * @example await loadDetailFor([-80, 35, -70, 42], 6, new Set()) // Map { 'country-US' => [...], … }
 */
export async function loadDetailFor(
  view: Bounds,
  zoom: number,
  named: ReadonlySet<string>,
): Promise<Map<string, Feature[]> | null> {
  const wanted = detailFilesFor(index, view, zoom, named).filter((file) => !requested.has(file));
  if (wanted.length === 0) return null;
  for (const file of wanted) requested.set(file, fetchFile(file));
  const settled = await Promise.allSettled(wanted.map((file) => requested.get(file) ?? Promise.resolve([])));
  const loaded = new Map<string, Feature[]>();
  settled.forEach((result, i) => {
    const file = wanted[i];
    if (file !== undefined && result.status === 'fulfilled') loaded.set(file, result.value);
  });
  return loaded;
}
