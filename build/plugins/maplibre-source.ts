import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { transformWithOxc, type Plugin } from 'vite';

/*
 * MapLibre built from its own TypeScript (node_modules/maplibre-gl/src, which the npm package ships) instead of its
 * prebuilt dist/, so that the parts Article Atlas never uses can be left out: ~59 KB brotli less of MapLibre + its
 * worker than the prebuilt files (build/plugins/README.md has the figures and how to re-check after an upgrade).
 *
 * - `maplibre-gl` and `maplibre-gl/dist/maplibre-gl-worker.mjs` are aliased to src/index.ts and src/source/worker.ts,
 *   for bundling only: TypeScript still checks our code against the package's dist/*.d.ts.
 * - MapLibre's .ts files are compiled as MapLibre compiles them (class fields assigned, not defined: a subclass
 *   declares fields its parent's constructor sets), in the page's build and in the worker's build alike.
 * - STUBS replaces modules of features the app never uses with a few lines that throw "… is not built into
 *   Article Atlas" when reached, keyed on exact paths under src/.
 */

const SRC = fileURLToPath(new URL('../../node_modules/maplibre-gl/src/', import.meta.url));
// MapLibre's modules import its whole package.json (scripts, dependencies, …) for `version` alone, in both files.
const PACKAGE_JSON = /[\\/]node_modules[\\/]maplibre-gl[\\/]package\.json(\?.*)?$/;

/** What MapLibre's modules get for its package.json: the one field they read. */
export const packageJsonForMapLibre = (json: string): string =>
  JSON.stringify({ version: (JSON.parse(json) as { version: string }).version });
const WORKER = /[\\/]node_modules[\\/]maplibre-gl[\\/]src[\\/]source[\\/]worker\.ts$/;
// The dev server's ids carry a query (?v=…, ?worker_file…).
const IN_SRC = /[\\/]node_modules[\\/]maplibre-gl[\\/]src[\\/][^?]*\.ts(\?.*)?$/;

/** What a stub calls when the feature it replaced is reached at run time. */
const UNSUPPORTED = `function unsupported(what) {
  throw new Error(what + ' is not built into Article Atlas (build/plugins/maplibre-source.ts)');
}`;

/**
 * Stubs for modules whose exports are only classes to construct and functions to call: each throws
 * `<what> is not built into Article Atlas` when it is reached.
 */
function stubAll(
  reason: string,
  what: string,
  modules: Record<string, string[]>,
): Record<string, { reason: string; code: string }> {
  const message = JSON.stringify(what);
  return Object.fromEntries(
    Object.entries(modules).map(([path, exports]) => [
      path,
      {
        reason,
        code: exports
          .map((e) => {
            const [kind, name] = e.split(' ');
            return kind === 'class'
              ? `export class ${name} { constructor() { unsupported(${message}); } }`
              : `export function ${name}() { unsupported(${message}); }`;
          })
          .join('\n'),
      },
    ]),
  );
}

/** A layer type the style never uses: its style layer class (with its type guard kept) and its draw function. */
function layerType(
  file: string,
  type: string,
  guard: string,
  layerClass: string,
  draw: string,
): Record<string, { reason: string; code: string }> {
  const what = JSON.stringify(`The ${type} layer type`);
  const reason = `${type} layers: the style has background, fill, line, symbol and circle layers only`;
  return {
    [`style/style_layer/${file}_style_layer.ts`]: {
      reason,
      code: [
        `export const ${guard} = (layer) => layer.type === ${JSON.stringify(type)};`,
        `export class ${layerClass} { constructor() { unsupported(${what}); } }`,
      ].join('\n'),
    },
    [`webgl/draw/draw_${file}.ts`]: { reason, code: `export function ${draw}() { unsupported(${what}); }` },
  };
}

/**
 * GLSL that MapLibre prepares when it loads (shaders/shaders.ts) but never compiles unless the feature is used. The
 * stub declares one uniform so that MapLibre's parsing of the source still finds the lists it expects.
 */
function shaders(what: string, names: string[]): Record<string, { reason: string; code: string }> {
  const source = JSON.stringify(
    `#error ${what} is not built into Article Atlas\nuniform float u_not_built;\n`,
  );
  return Object.fromEntries(
    names.flatMap((name) =>
      ['vertex', 'fragment'].map((stage) => [
        `shaders/glsl/${name}.${stage}.glsl.g.ts`,
        { reason: `shaders of ${what.toLowerCase()}`, code: `export default ${source};` },
      ]),
    ),
  );
}

/**
 * MapLibre modules replaced by stubs, by path under node_modules/maplibre-gl/src. Each stub exports every name the
 * modules we keep import from the original, and throws when the feature is used.
 */
export const STUBS: Record<string, { reason: string; code: string }> = {
  'source/vector_tile_mlt.ts': {
    reason: 'MapLibre Tile (MLT) decoding: our sources are GeoJSON, whose tiles MapLibre encodes as MVT',
    code: `export class MLTVectorTile { constructor() { unsupported('MapLibre Tile (MLT) decoding'); } }`,
  },
  ...stubAll(
    'the globe and vertical-perspective projections: the map is Web Mercator only',
    'The globe projection',
    {
      'geo/projection/globe_projection.ts': ['class GlobeProjection'],
      'geo/projection/globe_transform.ts': ['function createGlobeTransform'],
      'geo/projection/globe_camera_helper.ts': ['class GlobeCameraHelper'],
      'geo/projection/vertical_perspective_projection.ts': ['class VerticalPerspectiveProjection'],
      'geo/projection/vertical_perspective_transform.ts': ['function createVerticalPerspectiveTransform'],
      'geo/projection/vertical_perspective_camera_helper.ts': ['class VerticalPerspectiveCameraHelper'],
    },
  ),
  ...stubAll('3D terrain (setTerrain, raster-dem elevation): the map is flat', '3D terrain', {
    'render/terrain.ts': ['class Terrain'],
    'webgl/render_to_texture.ts': ['class RenderToTexture'],
    'webgl/draw/draw_terrain.ts': [
      'function drawDepth',
      'function drawTerrain',
      'function drawTerrainHeightMap',
    ],
  }),
  // Layer types the style never uses (style/layers.ts has background, fill, line, symbol and circle layers only). The
  // type guards stay real, since the painter and the style ask them of every layer; the classes throw if built.
  ...layerType('heatmap', 'heatmap', 'isHeatmapStyleLayer', 'HeatmapStyleLayer', 'drawHeatmap'),
  ...layerType('hillshade', 'hillshade', 'isHillshadeStyleLayer', 'HillshadeStyleLayer', 'drawHillshade'),
  ...layerType(
    'color_relief',
    'color-relief',
    'isColorReliefStyleLayer',
    'ColorReliefStyleLayer',
    'drawColorRelief',
  ),
  ...layerType(
    'fill_extrusion',
    'fill-extrusion',
    'isFillExtrusionStyleLayer',
    'FillExtrusionStyleLayer',
    'drawFillExtrusion',
  ),
  ...layerType('raster', 'raster', 'isRasterStyleLayer', 'RasterStyleLayer', 'drawRaster'),
  ...stubAll(
    'source types other than GeoJSON: every source of the style is a GeoJSON file from our own origin',
    'A vector, raster, raster-dem, image, video or canvas source',
    {
      'source/vector_tile_source.ts': ['class VectorTileSource'],
      'source/raster_tile_source.ts': ['class RasterTileSource'],
      'source/raster_dem_tile_source.ts': ['class RasterDEMTileSource'],
      'source/image_source.ts': ['class ImageSource', 'function getCoordinatesCenterTileID'],
      'source/video_source.ts': ['class VideoSource'],
      'source/canvas_source.ts': ['class CanvasSource'],
      'source/vector_tile_worker_source.ts': ['class VectorTileWorkerSource'],
      'source/raster_dem_tile_worker_source.ts': ['class RasterDEMTileWorkerSource'],
    },
  ),
  // The GLSL of the programs the stubs above replaced: a program built from one fails to compile with its #error line,
  // which MapLibre throws as "Could not compile … shader: … <what> is not built into Article Atlas".
  ...shaders('The heatmap layer type', ['heatmap', 'heatmap_texture']),
  ...shaders('The hillshade layer type', ['hillshade', 'hillshade_prepare']),
  ...shaders('The color-relief layer type', ['color_relief']),
  ...shaders('The fill-extrusion layer type', ['fill_extrusion', 'fill_extrusion_pattern']),
  ...shaders('The raster layer type', ['raster']),
  ...shaders('3D terrain', ['terrain', 'terrain_depth', 'terrain_height']),
  ...shaders('The globe projection', ['_projection_globe', 'atmosphere']),
};

/** The code that replaces the MapLibre module `id` (a path, with or without a dev server query), if it is stubbed. */
export const stubOf = (id: string): string | undefined => {
  const match = /[\\/]node_modules[\\/]maplibre-gl[\\/]src[\\/]([^?]*\.ts)(\?.*)?$/.exec(id);
  const path = match?.[1]?.replaceAll('\\', '/');
  const stub = path === undefined ? undefined : STUBS[path];
  return stub && `${UNSUPPORTED}\n${stub.code}\n`;
};

/** Compiles MapLibre's TypeScript the way MapLibre's own build does, and swaps in the stubs (see the header). */
function compileMapLibre(): Plugin {
  return {
    name: 'article-atlas:maplibre-compile',
    enforce: 'pre',
    buildStart() {
      // After an upgrade a stubbed module may have moved: the build stops rather than quietly keep the feature.
      const gone = Object.keys(STUBS).filter((path) => !existsSync(SRC + path));
      if (gone.length)
        throw new Error(`maplibre-source: no such MapLibre modules to stub: ${gone.join(', ')}`);
    },
    load: {
      filter: { id: [IN_SRC, PACKAGE_JSON] },
      handler(id) {
        if (PACKAGE_JSON.test(id)) return packageJsonForMapLibre(readFileSync(id.replace(/\?.*$/, ''), 'utf8'));
        return stubOf(id) ?? null;
      },
    },
    transform: {
      filter: { id: IN_SRC },
      async handler(code, id) {
        const result = await transformWithOxc(code, id, {
          lang: 'ts',
          sourcemap: false,
          tsconfig: { compilerOptions: { useDefineForClassFields: false, verbatimModuleSyntax: false } },
        });
        return { code: result.code, map: null };
      },
    },
  };
}

/** Bundles MapLibre from the TypeScript sources its npm package ships, instead of its prebuilt dist. */
export function maplibreSource(): Plugin[] {
  return [
    compileMapLibre(),
    {
      name: 'article-atlas:maplibre-source',
      enforce: 'pre',
      config: (user) => ({
        worker: {
          plugins: () => [compileMapLibre()],
          // The worker keeps the file name the prebuilt one had (scripts/bench-stats.ts counts it as MapLibre's bytes).
          rolldownOptions: {
            output: {
              entryFileNames: (chunk) =>
                `${user.build?.assetsDir ?? 'assets'}/${WORKER.test(chunk.facadeModuleId ?? '') ? 'maplibre-gl-worker' : '[name]'}-[hash].js`,
            },
          },
        },
        resolve: {
          alias: [
            { find: /^maplibre-gl$/, replacement: `${SRC}index.ts` },
            { find: /^maplibre-gl\/dist\/maplibre-gl-worker\.mjs/, replacement: `${SRC}source/worker.ts` },
          ],
        },
        // The dev server serves MapLibre's modules through these plugins too, rather than pre-bundle it without them.
        // Its one CommonJS dependency still has to be pre-bundled into an ES module.
        optimizeDeps: { exclude: ['maplibre-gl'], include: ['maplibre-gl > murmurhash-js'] },
        // MapLibre's sources are compiled here with MapLibre's own settings, not with our tsconfig's.
        oxc: { exclude: [/\.js$/, IN_SRC] },
      }),
    },
  ];
}
