/**
 * Measures what packing the outlines as a topology saves: gzip -9 of the regions, countries and soviet-union
 * GeoJSON the build wrote up to commit 8fff464 (read from git) against one packed topology of the same features,
 * plus the decoder's minified gzip cost, and checks that decoding gives back exactly that GeoJSON.
 *
 * Usage: npx tsx scripts/measure-topology.ts
 */
import { execFileSync } from 'node:child_process';
import { gzipSync } from 'node:zlib';
import { isDeepStrictEqual } from 'node:util';
import type { FeatureCollection, MultiPolygon, Polygon } from 'geojson';
import { build } from 'vite';
import { encodeTopology } from '../src/geo/topoEncode';
import { decodeTopology } from '../src/geo/topoDecode';
import { canonicalJson } from './build-data';

const LAYERS = ['regions', 'countries', 'soviet-union'] as const;
/** The last commit whose data/ held the outlines as GeoJSON. */
const GEOJSON_COMMIT = '8fff464';
const gz = (text: string): number => gzipSync(Buffer.from(text), { level: 9 }).length;
const bytes = (text: string): number => Buffer.byteLength(text, 'utf8');

const sources = Object.fromEntries(
  LAYERS.map((name) => [
    name,
    execFileSync('git', ['show', `${GEOJSON_COMMIT}:data/${name}.geojson`], { encoding: 'utf8' }),
  ]),
);
const layers = Object.fromEntries(
  LAYERS.map((name) => [
    name,
    (JSON.parse(sources[name] ?? '') as FeatureCollection<Polygon | MultiPolygon>).features,
  ]),
);
const topology = encodeTopology(layers, 1000);
const packed = canonicalJson(topology);
const decoded = decodeTopology(JSON.parse(packed));
for (const name of LAYERS) {
  const original = JSON.parse(sources[name] ?? '') as FeatureCollection;
  const again = decoded[name];
  const same =
    again !== undefined &&
    original.features.length === again.features.length &&
    original.features.every(
      (f, i) =>
        isDeepStrictEqual(f.geometry, again.features[i]?.geometry) &&
        isDeepStrictEqual(f.properties, again.features[i]?.properties),
    );
  console.log(
    `${name.padEnd(14)} ${String(bytes(sources[name] ?? '')).padStart(7)} B raw ${String(gz(sources[name] ?? '')).padStart(6)} B gzip -9  round trip exact: ${same}`,
  );
}
const before = LAYERS.reduce((sum, name) => sum + gz(sources[name] ?? ''), 0);
console.log(`geojson total  ${' '.repeat(19)}${String(before).padStart(6)} B gzip -9`);
console.log(
  `topology       ${String(bytes(packed)).padStart(7)} B raw ${String(gz(packed)).padStart(6)} B gzip -9  (${topology.arcs.length} arcs)`,
);

// The decoder as the app would ship it: minified by the same bundler, gzip -9.
const out = await build({
  configFile: false,
  logLevel: 'silent',
  build: {
    write: false,
    minify: true,
    lib: {
      entry: new URL('../src/geo/topoDecode.ts', import.meta.url).pathname,
      formats: ['es'],
      fileName: 'd',
    },
  },
});
const chunk = (Array.isArray(out) ? out[0] : out) as { output: { code?: string }[] };
const code = chunk.output[0]?.code ?? '';
console.log(
  `decoder        ${String(bytes(code)).padStart(7)} B min ${String(gz(code)).padStart(6)} B gzip -9`,
);
const saved = before - gz(packed) - gz(code);
console.log(`net saving     ${' '.repeat(19)}${String(saved).padStart(6)} B gzip -9`);
