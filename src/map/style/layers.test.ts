import { describe, expect, it } from 'vitest';
import { validateStyleMin } from '@maplibre/maplibre-gl-style-spec';
import { defaultVisibility } from '../../state/layers';
import { buildLayers, buildStyle, INTERACTIVE_LAYERS, SOURCE_IDS } from './layers';
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
      expect(String((source as { data: unknown }).data)).toMatch(/^\//);
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

  it('keeps a thematic region out of the filter when its group is off, and regions the article does not name out of it always', () => {
    const regionFilter = (vis = options.visibility) => {
      const layer = buildLayers({ ...options, visibility: vis }).find((l) => l.id === 'regions-fill');
      return JSON.stringify(layer && 'filter' in layer ? layer.filter : null);
    };
    expect(regionFilter()).toContain('claimed-2022');
    expect(regionFilter({ ...options.visibility, 'claimed-2022': false })).not.toContain('claimed-2022');
    expect(regionFilter()).toContain('UA-14');
    expect(regionFilter()).not.toContain('UA-65');
  });

  it('draws text with local glyphs only', () => {
    for (const l of buildLayers(options)) {
      if (l.type === 'symbol') expect(l.layout?.['text-font']).toEqual(['sans-serif']);
    }
  });
});
