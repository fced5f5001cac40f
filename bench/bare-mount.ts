// The mount/unmount cycles of mount.html on bare MapLibre: a new container and map per mount, map.remove() and
// the container taken out per unmount, with the map bare.html draws. What grows here grows without any of our
// code. (bare.ts is not imported: sharing it would change how bare.html loads, and that page is a floor.)
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

// The same linked places as bare.ts.
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
const root = document.getElementById('root');
if (!root) throw new Error('bare-mount.html has no #root');
let map: MapLibreMap | undefined;

function mount(): void {
  if (map || !root) return;
  const container = document.createElement('div');
  container.className = 'map';
  container.dataset.mapState = 'loading';
  root.append(container);
  const created = new MapLibreMap({
    container,
    style: buildStyle(
      { base, places, labels },
      { theme: THEME, visibility: defaultVisibility(), linkedIds: LINKED },
    ),
    bounds: INITIAL_BOUNDS,
    fitBoundsOptions: { padding: 20 },
    attributionControl: false,
  });
  created.once('load', () => {
    created.once('idle', () => {
      container.dataset.mapState = 'ready';
    });
  });
  map = created;
}

function unmount(): void {
  if (!map) return;
  const container = map.getContainer();
  map.remove();
  container.remove();
  map = undefined;
}

Object.assign(window, { benchMount: mount, benchUnmount: unmount });
mount();
