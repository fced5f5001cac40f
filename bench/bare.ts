// The floor the app is measured against: the same MapLibre, the same data files and the same style, with no
// React, no article and no store. It marks data-map-state the way the app does.
import { Map as MapLibreMap, setWorkerUrl } from 'maplibre-gl';
import workerUrl from 'maplibre-gl/dist/maplibre-gl-worker.mjs?worker&url';
import 'maplibre-gl/dist/maplibre-gl.css';
import base from '../data/base-map.geojson?url';
import places from '../data/places.geojson?url';
import labels from '../data/labels.geojson?url';
import { buildStyle } from '../src/map/style/layers';
import { THEME } from '../src/map/style/theme';
import { defaultVisibility } from '../src/state/layers';
import { INITIAL_BOUNDS } from '../src/map/bounds';

// The places the default article links (data/annexation-ceremony.expected.json), so the same features draw.
const LINKED = ['UA-09', 'UA-12', 'UA-14', 'UA-23', 'UA-40', 'UA-43', 'UA-63', 'UA-65'].concat([
  'RU',
  'UA',
  'US',
  'FR',
  'SU',
  'kremlin',
  'gn:703448',
  'gn:524901',
  'gn:704204',
]);

setWorkerUrl(workerUrl);
const container = document.getElementById('map');
if (!container) throw new Error('bare.html has no #map');
container.dataset.mapState = 'loading';
const map = new MapLibreMap({
  container,
  style: buildStyle(
    { base, places, labels },
    { theme: THEME, visibility: defaultVisibility(), linkedIds: LINKED },
  ),
  bounds: INITIAL_BOUNDS,
  fitBoundsOptions: { padding: 20 },
  attributionControl: false,
});
map.once('load', () => {
  map.once('idle', () => {
    container.dataset.mapState = 'ready';
  });
});
