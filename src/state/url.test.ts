import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { LayerGroup } from '../linking/types';
import { defaultVisibility, LAYERS } from './layers';
import { MALFORMED_URLS as MALFORMED } from './url-malformed';
import {
  decodeTheme,
  decodeUrlState,
  defaultUrlState,
  encodeUrlState,
  roundView,
  type UrlState,
} from './url';

const PLACES = ['UA-14', 'UA-09', 'UA-23', 'UA-65', 'UA-43', 'gn:703448', 'gn:704204', 'kremlin', 'RU', 'SU'];
const ctx = { hasPlace: (id: string) => PLACES.includes(id), sentenceCount: 30 };
const decode = (search: string, hash = '') => decodeUrlState(search, hash, ctx);

const groups = LAYERS.map((l) => l.group);
const view = fc.record({
  // Values a link can carry exactly: zoom to 2 decimals, coordinates to 5.
  zoom: fc.integer({ min: 0, max: 2200 }).map((n) => n / 100),
  lat: fc.integer({ min: -8505110, max: 8505110 }).map((n) => n / 1e5),
  lon: fc.integer({ min: -18000000, max: 18000000 }).map((n) => n / 1e5),
});
const state: fc.Arbitrary<UrlState> = fc.record({
  article: fc.option(fc.stringMatching(/^[A-Za-z0-9_-]{12}$/), { nil: null }),
  view: fc.option(view, { nil: null }),
  place: fc.option(fc.constantFrom(...PLACES), { nil: null }),
  sentence: fc.option(fc.integer({ min: 0, max: 29 }), { nil: null }),
  layers: fc
    .tuple(...groups.map(() => fc.boolean()))
    .map((bits) => Object.fromEntries(groups.map((g, i) => [g, bits[i]])) as Record<LayerGroup, boolean>),
});

describe('URL state', () => {
  it('every valid state encodes and decodes to itself', () => {
    fc.assert(
      fc.property(state, (s) => {
        const { search, hash } = encodeUrlState(s);
        const back = decode(search, hash);
        expect(back.notices).toEqual([]);
        expect(back.state).toEqual(s);
      }),
      { numRuns: 2000 },
    );
  });

  it('encoding any camera is stable after one round of rounding', () => {
    fc.assert(
      fc.property(
        fc.double({ min: 0, max: 22, noNaN: true }),
        fc.double({ min: -85, max: 85, noNaN: true }),
        fc.double({ min: -180, max: 180, noNaN: true }),
        (zoom, lat, lon) => {
          const s = { ...defaultUrlState(), view: { zoom, lat, lon } };
          const once = encodeUrlState(s);
          const back = decode(once.search, once.hash).state;
          expect(back.view).toEqual(roundView({ zoom, lat, lon }));
          expect(encodeUrlState(back)).toEqual(once);
        },
      ),
    );
  });

  it('the default state is the empty URL', () => {
    expect(encodeUrlState(defaultUrlState())).toEqual({ search: '', hash: '' });
    expect(decode('', '').state).toEqual(defaultUrlState());
  });

  it('carries a saved article’s id, and refuses anything that cannot be one with a notice', () => {
    expect(decode('?article=AbC_12-xyz90', '').state.article).toBe('AbC_12-xyz90');
    expect(encodeUrlState({ ...defaultUrlState(), article: 'AbC_12-xyz90', place: 'UA-14' }).search).toBe(
      '?article=AbC_12-xyz90&place=UA-14',
    );
    const bad = decode('?article=%3Cscript%3E', '');
    expect(bad.state.article).toBeNull();
    expect(bad.notices).toEqual(['No saved article ‘<script>’ in this browser; showing the default article']);
  });

  it('writes MapLibre’s map= form and readable parameters', () => {
    const s: UrlState = {
      article: null,
      view: { zoom: 5.5, lat: 48.3, lon: 37.3 },
      place: 'UA-14',
      sentence: 3,
      layers: { ...defaultVisibility(), soviet: true },
    };
    expect(encodeUrlState(s)).toEqual({
      search:
        '?place=UA-14&sentence=3&layers=claimed-2022,annexed-2014,named-regions,towns,water,countries,soviet,context',
      hash: '#map=5.5/48.3/37.3',
    });
    expect(
      encodeUrlState({ ...s, layers: Object.fromEntries(groups.map((g) => [g, false])) as never }).search,
    ).toBe('?place=UA-14&sentence=3&layers=none');
  });

  it('accepts MapLibre’s hash with bearing and pitch, and other hash parameters beside it', () => {
    expect(decode('', '#map=5/48/37/0/0').state.view).toEqual({ zoom: 5, lat: 48, lon: 37 });
    expect(decode('', '#map=5/48/37&foo=1').state.view).toEqual({ zoom: 5, lat: 48, lon: 37 });
  });

  it('carries a share link’s article after the camera, and still reads links made before it', () => {
    const s: UrlState = {
      ...defaultUrlState(),
      place: 'UA-14',
      view: { zoom: 5, lat: 48, lon: 37 },
      shared: '1.q-_Z9',
    };
    const { search, hash } = encodeUrlState(s);
    expect(hash).toBe('#map=5/48/37&a=1.q-_Z9');
    expect(decode(search, hash).state).toEqual(s);
    expect(encodeUrlState({ ...defaultUrlState(), shared: '1.abc' }).hash).toBe('#a=1.abc');
    // The article alone, or before the camera: both read.
    expect(decode('', '#a=1.abc&map=5/48/37').state).toEqual({
      ...defaultUrlState(),
      shared: '1.abc',
      view: { zoom: 5, lat: 48, lon: 37 },
    });
    // An old link (camera only) has no article, and an empty or doubled `a=` is none.
    expect(decode('', '#map=5/48/37').state).not.toHaveProperty('shared');
    expect(decode('', '#map=5/48/37&a=').state).not.toHaveProperty('shared');
    expect(decode('', '#a=1.x&a=1.y').state).not.toHaveProperty('shared');
    // Whatever it holds is carried as it is, for the fragment decoder to judge; the rest of the link still reads.
    expect(decode('?place=UA-14', '#map=5/48/37&a=<script>').state).toMatchObject({
      shared: '<script>',
      place: 'UA-14',
      view: { zoom: 5, lat: 48, lon: 37 },
    });
  });

  it('an unknown place falls back to no selection with a short notice', () => {
    const d = decode('?place=UA-99&sentence=2');
    expect(d.state).toEqual({ ...defaultUrlState(), sentence: 2 });
    expect(d.notices).toEqual(['No place ‘UA-99’ in this article']);
  });

  it('a notice never echoes a long or control-laden id whole', () => {
    const d = decode(`?place=${encodeURIComponent('\u0007' + 'x'.repeat(500))}`);
    expect(d.notices[0]).toBe(`No place ‘${'x'.repeat(24)}…’ in this article`);
  });

  it(`falls back to defaults on ${MALFORMED.length} malformed URLs without throwing`, () => {
    expect(MALFORMED.length).toBeGreaterThanOrEqual(30);
    for (const [search, hash] of MALFORMED) {
      const d = decode(search, hash);
      expect(d.state, `${search}${hash}`).toEqual(defaultUrlState());
    }
  });

  it('keeps the good parts of a partly broken URL', () => {
    const d = decode('?place=UA-14&sentence=oops&layers=bogus', '#map=5/48.5/37.25');
    expect(d.state).toEqual({
      ...defaultUrlState(),
      place: 'UA-14',
      view: { zoom: 5, lat: 48.5, lon: 37.25 },
    });
  });

  it('never throws on arbitrary strings', () => {
    fc.assert(
      fc.property(fc.string(), fc.string(), (search, hash) => {
        const d = decode(search, hash);
        expect(typeof d.state.layers).toBe('object');
      }),
    );
  });
});

describe('decodeTheme', () => {
  it('reads light or dark and ignores anything else', () => {
    expect(decodeTheme('?theme=dark')).toBe('dark');
    expect(decodeTheme('?place=UA-14&theme=light')).toBe('light');
    expect(decodeTheme('')).toBeNull();
    expect(decodeTheme('?theme=DARK')).toBeNull();
    expect(decodeTheme('?theme=purple')).toBeNull();
    expect(decodeTheme('?theme=dark&theme=light')).toBeNull();
    expect(decodeTheme('?theme=%E0%A4%A')).toBeNull();
  });
});
