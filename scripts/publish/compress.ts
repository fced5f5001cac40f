import { readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { extname, join } from 'node:path';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';

/** Files worth compressing; images other than SVG, and fonts like woff2, are compressed already. */
const COMPRESSIBLE = new Set([
  '.html',
  '.js',
  '.mjs',
  '.css',
  '.json',
  '.geojson',
  '.svg',
  '.txt',
  '.xml',
  '.map',
]);

/**
 * Writes `NAME.br` and `NAME.gz` beside every compressible file under `dir` (at the highest levels: they are made
 * once, at publish time), which static hosts such as nginx (`gzip_static`, `brotli_static`), Caddy
 * (`precompressed`) and most CDNs serve as they are. Returns the files written, relative to `dir`.
 */
export function precompress(dir: string): { file: string; raw: number; br: number; gz: number }[] {
  const out: { file: string; raw: number; br: number; gz: number }[] = [];
  const walk = (folder: string, prefix: string) => {
    for (const name of readdirSync(folder).sort()) {
      const path = join(folder, name);
      if (statSync(path).isDirectory()) {
        walk(path, `${prefix}${name}/`);
        continue;
      }
      if (!COMPRESSIBLE.has(extname(name).toLowerCase())) continue;
      const body = readFileSync(path);
      const br = brotliCompressSync(body, {
        params: {
          [constants.BROTLI_PARAM_QUALITY]: constants.BROTLI_MAX_QUALITY,
          [constants.BROTLI_PARAM_SIZE_HINT]: body.length,
        },
      });
      const gz = gzipSync(body, { level: 9 });
      writeFileSync(`${path}.br`, br);
      writeFileSync(`${path}.gz`, gz);
      out.push({ file: `${prefix}${name}`, raw: body.length, br: br.length, gz: gz.length });
    }
  };
  walk(dir, '');
  return out;
}
