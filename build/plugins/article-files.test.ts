import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { detailFilesFor, DETAIL_MIN_ZOOM, type DetailIndex } from '../../src/geo/detail';
import { articleFiles, keepOnly, keepOnlyInIndex } from './article-files';

const index: DetailIndex = {
  files: [
    { file: 'country-RU', ids: ['RU'], drawn: 'always', boxes: [[27, 41, 190, 82]] },
    { file: 'country-UA', ids: ['UA', 'UA-14'], drawn: 'always', boxes: [[22, 44, 41, 53]] },
    { file: 'region-RU-BEL', ids: ['RU-BEL'], drawn: 'named', boxes: [[35, 49, 39, 52]] },
    { file: 'region-RU-KRS', ids: ['RU-KRS'], drawn: 'named', boxes: [[34, 50, 39, 53]] },
  ],
};

describe('articleFiles', () => {
  it('keeps the shape files of the places, every country, and only the regions the article names', () => {
    const places = [
      { id: 'UA-14' },
      { id: 'RU-BEL', shape: 'region-RU-BEL' },
      { id: 'river-dnipro', shape: 'river-dnipro' },
      { id: 'RU-BEL-again', shape: 'region-RU-BEL' },
    ];
    expect(articleFiles(places, index)).toEqual({
      shapes: ['region-RU-BEL', 'river-dnipro'],
      detail: ['country-RU', 'country-UA', 'region-RU-BEL'],
    });
  });

  it('keeps every file any view of the article can ask for (src/geo/detail.ts), and no other', () => {
    const real = JSON.parse(readFileSync('data/geo/detail/index.json', 'utf8')) as DetailIndex;
    const named = new Set(['RU-BEL', 'BY-MI', 'UA-14']);
    const kept = articleFiles(
      [...named].map((id) => ({ id })),
      real,
    ).detail;
    // Views all round the world, a little past each side of the antimeridian.
    const asked = new Set<string>();
    for (let west = -200; west < 200; west += 10)
      for (let south = -80; south < 80; south += 10)
        for (const file of detailFilesFor(real, [west, south, west + 12, south + 12], DETAIL_MIN_ZOOM, named))
          asked.add(file);
    expect(kept).toEqual([...asked].sort());
    expect(kept).toContain('region-RU-BEL');
    expect(kept).not.toContain('region-RU-KRS');
  });
});

describe('keepOnly', () => {
  const files = { shapes: ['region-RU-BEL'], detail: ['country-RU', 'region-RU-BEL'] };
  const shapes =
    "const FILES = import.meta.glob<string>('../../data/geo/*.geojson', { query: '?url', eager: true });";

  it('turns the glob of data/geo into the list of the files kept', () => {
    const out = keepOnly(shapes, '/p/src/map/shapes.ts', '/p', files);
    expect(out.folders).toEqual(['data/geo']);
    expect(out.code).toBe(
      'const FILES = import.meta.glob<string>(["../../data/geo/region-RU-BEL.geojson"], { query: \'?url\', eager: true });',
    );
  });

  it('turns the glob of data/geo/detail into its own list, from wherever the module is', () => {
    const out = keepOnly("import.meta.glob('./data/geo/detail/*.geojson')", '/p/x.ts', '/p', files);
    expect(out.folders).toEqual(['data/geo/detail']);
    expect(out.code).toBe(
      'import.meta.glob(["./data/geo/detail/country-RU.geojson","./data/geo/detail/region-RU-BEL.geojson"])',
    );
  });

  it('keeps nothing with a pattern that matches no file (an empty list is a Vite error)', () => {
    const out = keepOnly(shapes, '/p/src/map/shapes.ts', '/p', { shapes: [], detail: [] });
    expect(out.code).toContain('import.meta.glob<string>(["../../data/geo/*.none-kept"]');
  });

  it('leaves other globs alone', () => {
    const other = "import.meta.glob('../../data/other/*.geojson'); import.meta.glob('./*.ts')";
    expect(keepOnly(other, '/p/src/map/shapes.ts', '/p', files)).toEqual({ code: other, folders: [] });
  });
});

describe('keepOnlyInIndex', () => {
  it('lists only the files kept', () => {
    const out = JSON.parse(keepOnlyInIndex(JSON.stringify(index), ['country-RU'])) as DetailIndex;
    expect(out.files.map((f) => f.file)).toEqual(['country-RU']);
  });
});
