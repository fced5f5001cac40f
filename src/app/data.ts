import articleText from '../../data/annexation-ceremony.txt?raw';
import gazetteerJson from '../../data/gazetteer.json';
import regions from '../../data/regions.geojson?url';
import countries from '../../data/countries.geojson?url';
import soviet from '../../data/soviet-union.geojson?url';
import places from '../../data/places.geojson?url';
import labels from '../../data/labels.geojson?url';
import type { DataUrls } from '../map/style/layers';

/** The default article, verbatim. */
export const DEFAULT_ARTICLE = articleText;
export const GAZETTEER_JSON: unknown = gazetteerJson;

/** Geodata served from our own origin as hashed assets; one object so effects that depend on it never re-run. */
export const DATA_URLS: DataUrls = { regions, countries, soviet, places, labels };
