// The "naive page": what a developer writes in 25 lines to show the same outlines with MapLibre: a fill, an
// outline and a name label per feature, MapLibre's defaults for the rest; no app style, no React, no article. The
// app's style (hatching, status layers, symbol ordering) is measured against it. Marks data-map-state as the app does.
import { Map as MapLibreMap, setWorkerUrl, type LayerSpecification } from 'maplibre-gl';
import workerUrl from 'maplibre-gl/dist/maplibre-gl-worker.mjs?worker&url';
import 'maplibre-gl/dist/maplibre-gl.css';
import regions from '../data/regions.geojson?url';
import countries from '../data/countries.geojson?url';

setWorkerUrl(workerUrl);
const container = document.getElementById('map') as HTMLElement;
container.dataset.mapState = 'loading';
const layers = ['countries', 'regions'].flatMap((source): LayerSpecification[] => [
  { id: `${source}-fill`, type: 'fill', source, paint: { 'fill-color': '#e8e4da' } },
  { id: `${source}-line`, type: 'line', source, paint: { 'line-color': '#777777' } },
  {
    id: `${source}-name`,
    type: 'symbol',
    source,
    layout: { 'text-field': ['get', 'name'], 'text-font': ['sans-serif'] },
  },
]);
const map = new MapLibreMap({
  container,
  style: {
    version: 8,
    sources: { countries: { type: 'geojson', data: countries }, regions: { type: 'geojson', data: regions } },
    layers: [{ id: 'sea', type: 'background', paint: { 'background-color': '#cfe3ef' } }, ...layers],
  },
  bounds: [29.5, 43.9, 40.6, 56.0], // the app's first view (src/map/bounds.ts)
  fitBoundsOptions: { padding: 20 },
});
map.once('load', () => map.once('idle', () => (container.dataset.mapState = 'ready')));
