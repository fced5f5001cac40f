import { useEffect, useMemo, useState, useSyncExternalStore } from 'react';
import type { Feature, Geometry } from 'geojson';
import { fitProjection, pathData } from '../geo/svg';
import { useAppStore, useAppStoreApi } from '../state/context';
import { INITIAL_BOUNDS } from './bounds';
import { articleFrame, articleLabels, articlePoints, shapeFiles } from './articleData';
import { baseFeatures, outlineFeatures } from './featureFiles';
import { DEFAULT_ARTICLE_ID } from '../state/article';
import type { DataUrls } from './style/layers';
import { currentScheme, onSchemeChange, themeOf } from './scheme';
import type { Theme } from './style/theme';

const WIDTH = 800;
const HEIGHT = 600;

interface Shapes {
  countries: Feature[];
  regions: Feature[];
  places: Feature[];
  labels: Feature[];
}

const groupColours = (theme: Theme): Record<string, string> => ({
  'claimed-2022': theme.claimed,
  'annexed-2014': theme.annexed,
  'named-regions': theme.namedRegion,
});
// The same outline patterns as the WebGL map's regions-line layer, so colour is never the only cue here either.
const GROUP_DASH: Record<string, string | undefined> = {
  'annexed-2014': '6 4',
  'named-regions': '2 3',
};

const prop = (f: Feature, key: string): string => {
  const v: unknown = f.properties?.[key];
  return typeof v === 'string' ? v : '';
};

const pointOf = (g: Geometry): number[] | null => (g.type === 'Point' ? g.coordinates : null);

/** The legend group a region is drawn in when shown: its status in the data, else "other regions named". */
const regionGroup = (f: Feature): string => {
  const status = prop(f, 'status');
  return status === 'claimed-2022' || status === 'annexed-2014' ? status : 'named-regions';
};

/**
 * A static SVG picture of the map, drawn from the same GeoJSON as the WebGL map, for browsers without WebGL 2.
 * It shows the article's places, their status (colour and outline pattern) and the current selection; a click on a
 * place selects it as on the real map. Keyboard and screen-reader users have the places list for the same job,
 * so the picture itself is one image with a description rather than a second set of focus stops.
 */
export function StaticMap({ urls }: { urls: DataUrls }) {
  const store = useAppStoreApi();
  const places = useAppStore((s) => s.article.places);
  const articleId = useAppStore((s) => s.article.id);
  const article = useAppStore((s) => s.article);
  const selectedId = useAppStore((s) => s.selectedId);
  const theme = themeOf(useSyncExternalStore(onSchemeChange, currentScheme, () => 'light' as const));
  const hoveredId = useAppStore((s) => s.hoveredId);
  const layers = useAppStore((s) => s.layers);
  const legend = useAppStore((s) => s.article.legend);
  const groups = useMemo(() => legend.map((l) => l.group as string), [legend]);
  const [shapes, setShapes] = useState<Shapes | null>(null);
  const [failed, setFailed] = useState(false);

  useEffect(() => {
    let live = true;
    const entries = [...places.values()];
    Promise.all([
      Promise.all([
        baseFeatures(urls.base, 'country'),
        baseFeatures(urls.base, 'region'),
        outlineFeatures(urls.places),
        outlineFeatures(urls.labels),
      ]),
      // The outline table is a chunk of its own: most pages never need it.
      import('./shapes').then(({ loadOutlines }) =>
        loadOutlines(shapeFiles(entries), new Set(places.keys())),
      ),
    ]).then(
      ([[countries, regions, towns, labels], outlines]) => {
        // Another article's towns, labels and outlines come from its places (see articleData.ts).
        if (live)
          setShapes({
            countries,
            regions: [
              ...regions,
              ...outlines.collection.features.filter((f) => prop(f, 'kind') === 'region'),
            ],
            places: articlePoints(towns, entries).features,
            labels: articleLabels(labels, entries).features,
          });
      },
      () => {
        if (live) setFailed(true);
      },
    );
    return () => {
      live = false;
    };
  }, [urls, places]);

  const project = useMemo(
    () =>
      fitProjection(
        (articleId === DEFAULT_ARTICLE_ID ? null : articleFrame(article)) ?? INITIAL_BOUNDS,
        WIDTH,
        HEIGHT,
      ),
    [articleId, article],
  );
  const paths = useMemo(() => {
    if (!shapes) return null;
    const draw = (features: Feature[]) =>
      features.map((f) => ({ id: prop(f, 'id'), group: regionGroup(f), d: pathData(f.geometry, project) }));
    return { countries: draw(shapes.countries), regions: draw(shapes.regions) };
  }, [shapes, project]);

  const names = [...places.values()].map((p) => p.name).join(', ');
  const description = `A static map with the places the article names: ${names}.${
    selectedId ? ` Selected: ${places.get(selectedId)?.name ?? ''}.` : ''
  }`;

  if (failed) return null;
  const select = (id: string) => (places.has(id) ? store.getState().select(id, 'map') : undefined);
  const linked = (id: string) => places.has(id);
  const stroke = (id: string) => (id === selectedId ? theme.selected : undefined);
  const groupColour = groupColours(theme);

  return (
    <svg
      className="static-map"
      viewBox={`0 0 ${WIDTH} ${HEIGHT}`}
      preserveAspectRatio="xMidYMid meet"
      role="img"
      aria-label={description}
      data-testid="static-map"
      onClick={(e) => {
        if (e.target === e.currentTarget) store.getState().clearSelection();
      }}
    >
      <defs>
        <pattern
          id="static-hatch"
          width="6"
          height="6"
          patternUnits="userSpaceOnUse"
          patternTransform="rotate(45)"
        >
          <line x1="0" y1="0" x2="0" y2="6" stroke={theme.annexed} strokeWidth="2" />
        </pattern>
      </defs>
      <rect width={WIDTH} height={HEIGHT} fill={theme.sea} />
      {paths?.countries.map((c) => (
        <path
          key={`c-${c.id}`}
          d={c.d}
          data-place={linked(c.id) ? c.id : undefined}
          fill={linked(c.id) && layers.countries ? theme.countryNamedFill : theme.land}
          stroke={stroke(c.id) ?? theme.landOutline}
          strokeWidth={c.id === selectedId ? 3 : 0.8}
          onClick={() => select(c.id)}
        />
      ))}
      {paths?.regions.map((r) => {
        // The legend's toggles apply here as on the WebGL map: a hidden group is drawn as context.
        // Regions with a status are drawn in it whenever the article's legend has that layer (Sevastopol with Crimea).
        const thematic = layers[r.group as keyof typeof layers] && (linked(r.id) || groups.includes(r.group));
        const colour = groupColour[r.group] ?? theme.namedRegion;
        return (
          <path
            key={`r-${r.id}`}
            d={r.d}
            data-place={thematic ? r.id : undefined}
            data-selected={r.id === selectedId ? 'true' : undefined}
            fill={thematic ? colour : theme.contextRegionFill}
            fillOpacity={thematic ? (r.id === selectedId ? 0.6 : r.id === hoveredId ? 0.45 : 0.28) : 0.6}
            stroke={stroke(r.id) ?? (thematic ? colour : theme.contextRegionLine)}
            strokeWidth={r.id === selectedId ? 3 : thematic ? 1.5 : 0.8}
            strokeDasharray={thematic && r.id !== selectedId ? GROUP_DASH[r.group] : undefined}
            onClick={() => select(r.id)}
          />
        );
      })}
      {paths?.regions
        .filter((r) => r.group === 'annexed-2014' && groups.includes(r.group) && layers['annexed-2014'])
        .map((r) => (
          <path key={`h-${r.id}`} d={r.d} fill="url(#static-hatch)" pointerEvents="none" />
        ))}
      {shapes?.places.map((f) => {
        const id = prop(f, 'id');
        const p = pointOf(f.geometry);
        if (!p || !linked(id) || !layers.towns) return null;
        const [x, y] = project(p);
        const landmark = prop(f, 'kind') === 'landmark';
        return (
          <g key={`p-${id}`} data-place={id} onClick={() => select(id)}>
            <circle
              cx={x}
              cy={y}
              r={landmark ? 3 : id === selectedId ? 10 : 7}
              fill={landmark ? theme.landmark : theme.town}
              stroke={id === selectedId ? theme.selected : '#ffffff'}
              strokeWidth={id === selectedId ? 3 : 2}
            />
            {!landmark && (
              <text x={x} y={y + 22} textAnchor="middle" className="static-map__label">
                {prop(f, 'name')}
              </text>
            )}
          </g>
        );
      })}
      {shapes?.labels.map((f) => {
        const p = pointOf(f.geometry);
        const target = prop(f, 'for');
        if (!p || (target && !linked(target))) return null;
        const [x, y] = project(p);
        return (
          <text
            key={`l-${prop(f, 'id')}`}
            x={x}
            y={y}
            textAnchor="middle"
            className={target ? 'static-map__label' : 'static-map__label static-map__label--sea'}
          >
            {prop(f, 'name')}
          </text>
        );
      })}
    </svg>
  );
}
