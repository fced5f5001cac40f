/** Precision shared by the generated files. */
import type { Position } from 'geojson';
import type { Detail } from './source';

/*
 * Tolerances are Web Mercator metres: one pixel is 306 of them at zoom 8 (512-px tiles), 1.2 km at zoom 6,
 * 2.4 km at zoom 5. The values below were chosen to fit all files into 60 KB gzipped while keeping
 * borders around Ukraine within about 3 pixels at zoom 8.
 */

/** Regions: about 2.8 px at zoom 8 and 1.4 px at zoom 7, where an oblast fills the screen. */
export const REGION_DETAIL: Detail = { tolerance: 850, decimals: 3 };

/** Coordinates in the output: 0.001° is at most 111 m, a third of a pixel at zoom 8. Arcs may be coarser. */
export const DECIMALS = 3;
/** Camera boxes need no more than ~1 km. */
export const BBOX_DECIMALS = 2;
/** Half-size in degrees of the camera box around a point feature. */
export const CITY_VIEW_PAD = 0.1;
export const LANDMARK_VIEW_PAD = 0.02;

export const SIMFEROPOL: Position = [34.1, 44.95];

