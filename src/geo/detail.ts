/**
 * The finer level of the map's outlines (data/geo/detail, built by `npm run data`): which files a view needs.
 * Pure, so that the build writes the table this reads and a unit test can pin the rule down.
 *
 * The map draws the base map (data/base-map.geojson and the region files of data/geo) below DETAIL_MIN_ZOOM and,
 * from there up, the finer outline of every country in view (and of the regions the article names) once its file
 * has arrived. Each file is listed once in data/geo/detail/index.json with the boxes of its parts, so the map can
 * tell from the camera alone which files to fetch.
 */
import type { Bounds } from './geometry';

/** The zoom from which the map draws the finer outlines (a 1 km tolerance is 0.4 px there, 3 px at zoom 8). */
export const DETAIL_MIN_ZOOM = 5;

/**
 * The box around Ukraine where the base map itself is drawn at about 2 km (scripts/data/countries.ts simplifies inside
 * it at that tolerance; Ukraine's coasts at 850 m), as fine as the finer level (1.5 km there) to within a pixel up to
 * zoom 7. A view wholly inside it fetches no finer file: the default article's regions, selected and zoomed to at about
 * 6.7, would otherwise fetch Ukraine's and Russia's finer files (94 KB gzip) to draw what is already drawn.
 */
export const BASE_FINE_BOX: Bounds = [22, 44, 41, 53];

const inside = ([w, s, e, n]: Bounds, [bw, bs, be, bn]: Bounds): boolean =>
  w >= bw && s >= bs && e <= be && n <= bn;

/** One file of data/geo/detail/. */
export interface DetailFile {
  /** The file's name without `.geojson`, e.g. `country-US` or `region-RU-BEL`. */
  file: string;
  /** The ids of the features it holds: the same places (and ids) as features of the base map or of data/geo. */
  ids: string[];
  /**
   * `always`: it replaces features the base map draws for every article (a country; Ukraine's file also holds its
   * regions); `named`: it replaces an outline data/geo holds, drawn only when the article names it (a region).
   */
  drawn: 'always' | 'named';
  /**
   * Boxes `[west, south, east, north]` covering its features' parts, parts close together sharing one box (the US
   * has the contiguous states, Alaska, Hawaii…). Longitudes may run past 180, as in the outlines.
   */
  boxes: Bounds[];
}

/** data/geo/detail/index.json. */
export interface DetailIndex {
  files: DetailFile[];
}

function overlaps([w, s, e, n]: Bounds, [vw, vs, ve, vn]: Bounds): boolean {
  if (s > vn || n < vs) return false;
  // The view and the boxes may each run past ±180: compare them a world to either side too.
  return [-360, 0, 360].some((shift) => w + shift <= ve && e + shift >= vw);
}

/**
 * The detail files a view needs: none below DETAIL_MIN_ZOOM or inside BASE_FINE_BOX; from there, every file with a part in view that holds
 * a country (or Ukraine's regions), and every file with a part in view that holds a place the article names.
 * `view` is the camera's box `[west, south, east, north]` (west may be below −180 or east above 180).
 * @example detailFilesFor(index, [-80, 35, -70, 42], 5.5, new Set()) // ['country-US', …]
 */
export function detailFilesFor(
  index: DetailIndex,
  view: Bounds,
  zoom: number,
  named: ReadonlySet<string>,
): string[] {
  if (zoom < DETAIL_MIN_ZOOM || inside(view, BASE_FINE_BOX)) return [];
  return index.files
    .filter((f) => f.drawn === 'always' || f.ids.some((id) => named.has(id)))
    .filter((f) => f.boxes.some((box) => overlaps(box, view)))
    .map((f) => f.file);
}
