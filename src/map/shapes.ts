import type { Feature, FeatureCollection } from 'geojson';
import { outlineFeatures } from './featureFiles';

/**
 * The outline files of data/geo/ (built by `npm run data`), as hashed URLs of our own origin. Vite resolves the
 * glob at build time, so only files that exist are listed, and none is downloaded until an article names a
 * place in it.
 */
// Eager: a table of URLs in this module (a few KB), not one tiny module per file (there are hundreds).
const FILES = import.meta.glob<string>('../../data/geo/*.geojson', {
  query: '?url',
  import: 'default',
  eager: true,
});

/** A shape file's features, read once per page (a failure is not remembered: the next article may try again). */
function loadFile(shape: string): Promise<Feature[]> {
  const url = FILES[`../../data/geo/${shape}.geojson`];
  return url ? outlineFeatures(url) : Promise.reject(new Error(`no outline file ‘${shape}’`));
}

/**
 * The features with the given ids from the given shape files, fetched once per page each. A file that is missing
 * or fails is skipped (its places are then not drawn) and reported in `failed`.
 * @example await loadOutlines(['regions-RU'], new Set(['RU-BEL']))
 */
export async function loadOutlines(
  shapes: readonly string[],
  ids: ReadonlySet<string>,
): Promise<{ collection: FeatureCollection; failed: string[] }> {
  const failed: string[] = [];
  const lists = await Promise.all(
    shapes.map((shape) =>
      loadFile(shape).catch(() => {
        failed.push(shape);
        return [] as Feature[];
      }),
    ),
  );
  const features = lists.flat().filter((f) => ids.has(String(f.properties?.['id'])));
  return { collection: { type: 'FeatureCollection', features }, failed };
}
