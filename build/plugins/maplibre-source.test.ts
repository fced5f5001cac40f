import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { packageJsonForMapLibre, STUBS, stubOf } from './maplibre-source';

const SRC = fileURLToPath(new URL('../../node_modules/maplibre-gl/src/', import.meta.url));

/** A stub's code as the bundler would load it, evaluated as an ES module. */
const load = (path: string): Promise<Record<string, unknown>> =>
  import(`data:text/javascript,${encodeURIComponent(stubOf(SRC + path) ?? '')}`);

describe('the MapLibre stubs', () => {
  it('each replaces a module the package really has', () => {
    expect(Object.keys(STUBS).filter((path) => !existsSync(SRC + path))).toEqual([]);
  });

  it('are found by path, also with the dev server’s query, and only for stubbed modules', () => {
    expect(stubOf(`${SRC}render/terrain.ts?v=1234`)).toContain('class Terrain');
    expect(stubOf(`${SRC}ui/map.ts`)).toBeUndefined();
    expect(stubOf('/elsewhere/render/terrain.ts')).toBeUndefined();
  });

  it('throw a clear error from every class and function they export, when the feature is reached', async () => {
    const reached: string[] = [];
    for (const path of Object.keys(STUBS).filter((p) => !p.startsWith('shaders/'))) {
      for (const [name, value] of Object.entries(await load(path))) {
        if (typeof value !== 'function' || name.startsWith('is')) continue;
        const use = () =>
          /^[A-Z]/.test(name) ? new (value as new () => unknown)() : (value as () => unknown)();
        expect(use, `${path}: ${name}`).toThrow(/ is not built into Article Atlas/);
        reached.push(name);
      }
    }
    expect(reached).toContain('MLTVectorTile');
    expect(reached).toContain('createGlobeTransform');
    expect(reached).toContain('HeatmapStyleLayer');
    expect(reached).toContain('VectorTileWorkerSource');
  });

  it('keep the layer type guards real, since MapLibre asks them of every layer', async () => {
    const { isRasterStyleLayer } = (await load('style/style_layer/raster_style_layer.ts')) as {
      isRasterStyleLayer: (layer: { type: string }) => boolean;
    };
    expect(isRasterStyleLayer({ type: 'raster' })).toBe(true);
    expect(isRasterStyleLayer({ type: 'fill' })).toBe(false);
  });

  it('make a shader of a left-out feature fail to compile with the reason', async () => {
    const { default: source } = await load('shaders/glsl/heatmap.fragment.glsl.g.ts');
    expect(source).toMatch(/^#error The heatmap layer type is not built into Article Atlas\n/);
  });
});

describe('MapLibre’s package.json, as its modules get it', () => {
  it('holds its version and nothing else (they read nothing else of it)', () => {
    const real = readFileSync(`${SRC}../package.json`, 'utf8');
    const { version } = JSON.parse(real) as { version: string };
    expect(JSON.parse(packageJsonForMapLibre(real))).toEqual({ version });
    expect(version).toMatch(/^\d+\.\d+\.\d+/);
  });
});
