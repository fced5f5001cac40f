/**
 * Measures what packing the outlines as a topology saves: gzip -9 of the regions, countries and soviet-union
 * GeoJSON the build wrote up to commit 8fff464 (read from git) against one packed topology of the same features,
 * plus the decoder's minified gzip cost, and checks that decoding gives back exactly that GeoJSON.
 *
 * Then times the decoder on the committed data/borders.topojson: in Node, and with --browser in headless Chromium
 * unthrottled and with the CPU slowed 4× (as the benchmark's throttled profile), median of 30 runs each. The
 * structured clone is what handing the decoded outlines to MapLibre's worker costs the main thread (postMessage).
 *
 * Usage: npx tsx scripts/measure-topology.ts [--browser]
 */
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { chromium } from '@playwright/test';
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
      formats: ['iife'],
      name: 'TopoDecode',
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

const median = (values: number[]): number =>
  [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)] ?? NaN;
const committedText = readFileSync(new URL('../data/borders.topojson', import.meta.url), 'utf8');
// As written by the build: one arc and one feature per line, layers packed regions, countries, soviet-union.
console.log(
  `committed file ${String(bytes(committedText)).padStart(7)} B raw ${String(gz(committedText)).padStart(6)} B gzip -9  (data/borders.topojson)`,
);
const RUNS = 30;
const parseTimes: number[] = [];
const decodeTimes: number[] = [];
for (let i = 0; i < RUNS; i++) {
  const t0 = performance.now();
  const json: unknown = JSON.parse(committedText);
  const t1 = performance.now();
  decodeTopology(json);
  parseTimes.push(t1 - t0);
  decodeTimes.push(performance.now() - t1);
}
console.log(
  `node           JSON.parse ${median(parseTimes).toFixed(2)} ms, decode ${median(decodeTimes).toFixed(2)} ms (median of ${RUNS})`,
);

if (process.argv.includes('--browser')) {
  const executablePath = ['/usr/bin/chromium', '/usr/bin/chromium-browser'].find((p) => existsSync(p));
  const browser = await chromium.launch(executablePath ? { executablePath } : {});
  const page = await browser.newPage();
  await page.addScriptTag({ content: code });
  const cdp = await page.context().newCDPSession(page);
  for (const rate of [1, 4]) {
    await cdp.send('Emulation.setCPUThrottlingRate', { rate });
    const times = await page.evaluate(
      ({ text, runs }) => {
        const decoder = (window as unknown as { TopoDecode: { decodeTopology: (v: unknown) => unknown } })
          .TopoDecode;
        const parse: number[] = [];
        const decode: number[] = [];
        const clone: number[] = [];
        for (let i = 0; i < runs; i++) {
          const t0 = performance.now();
          const json: unknown = JSON.parse(text);
          const t1 = performance.now();
          const outlines = decoder.decodeTopology(json);
          const t2 = performance.now();
          structuredClone(outlines);
          parse.push(t1 - t0);
          decode.push(t2 - t1);
          clone.push(performance.now() - t2);
        }
        return { parse, decode, clone };
      },
      { text: committedText, runs: RUNS },
    );
    console.log(
      `chromium ${rate}× CPU JSON.parse ${median(times.parse).toFixed(2)} ms, decode ${median(times.decode).toFixed(2)} ms, structured clone ${median(times.clone).toFixed(2)} ms (median of ${RUNS})`,
    );
  }
  await browser.close();
}
