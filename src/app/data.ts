import articleText from '../../data/annexation-ceremony.txt?raw';
import gazetteerJson from '../../data/gazetteer.json';
import base from '../../data/base-map.geojson?url';
import places from '../../data/places.geojson?url';
import labels from '../../data/labels.geojson?url';
import type { DataUrls } from '../map/style/layers';

/** The default article, verbatim. */
export const DEFAULT_ARTICLE = articleText;
export const GAZETTEER_JSON: unknown = gazetteerJson;

/** Geodata served from our own origin as hashed assets; one object so effects that depend on it never re-run. */
export const DATA_URLS: DataUrls = { base, places, labels };
