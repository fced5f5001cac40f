// A small static server for the benchmark: dist/ at /, dist-bench/ at /bench/, compressed the way a production host
// would serve them, with the caching docs/publish.md asks of a host: hashed files under assets/ cached for a year,
// the rest revalidated. Every measured load opens a fresh browser context, so every load is still cold; within one
// page, a file fetched twice (by MapLibre's worker, then by the page) is fetched once, as it is from a real host.
// It sends brotli to a browser that accepts it (Chromium does, on loopback too), as a host serving the `.br` files
// `npm run publish` writes does, or gzip with `encoding: 'gzip'`; either way it reports what each response weighs
// both ways.
import { createServer, type Server } from 'node:http';
import { readFile } from 'node:fs/promises';
import { extname, join, normalize, sep } from 'node:path';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json',
  '.geojson': 'application/geo+json',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
};
const COMPRESSIBLE = new Set(['.html', '.js', '.mjs', '.css', '.json', '.geojson', '.svg']);

export interface Sent {
  path: string;
  /** Headers plus the gzip body. */
  bytes: number;
  /** Headers plus the brotli body. */
  brotli: number;
  /** When the request arrived (Date.now()), to tell what a page asked for before it was ready from what came after. */
  at: number;
}

/** What the server sends a browser that accepts it: brotli (quality 11) or gzip (level 9). */
export type Encoding = 'br' | 'gzip';

export interface BenchServer {
  server: Server;
  /**
   * The responses sent since the last call, then forgets them: path → what each weighs with a gzip body and with a
   * brotli body (quality 11, as `npm run publish` writes), whichever of them went on the wire.
   */
  takeSent: () => Sent[];
}

/**
 * Serves the two build folders on 127.0.0.1:port; resolves once listening. It counts what it sends, because
 * a dedicated worker's own requests (MapLibre's worker script) do not show up in the page's network events.
 */
export function startBenchServer(
  root: string,
  port: number,
  encoding: Encoding = 'br',
): Promise<BenchServer> {
  const gzipped = new Map<string, Buffer>();
  const brotlied = new Map<string, Buffer>();
  let sent: Sent[] = [];
  const server = createServer((req, res) => {
    void (async () => {
      const at = Date.now();
      const url = new URL(req.url ?? '/', 'http://localhost');
      let base = join(root, 'dist');
      let path = decodeURIComponent(url.pathname);
      if (path.startsWith('/bench/')) {
        base = join(root, 'dist-bench');
        path = path.slice('/bench'.length);
      }
      if (path.endsWith('/')) path += 'index.html';
      const file = normalize(join(base, path));
      if (!file.startsWith(base + sep)) {
        res.writeHead(403).end();
        return;
      }
      try {
        const body = await readFile(file);
        const ext = extname(file);
        const compressible = COMPRESSIBLE.has(ext);
        // Each file compressed each way once; the way not sent is compressed after the response has gone.
        const compressed = (kind: Encoding): Buffer => {
          if (!compressible) return body;
          const cache = kind === 'br' ? brotlied : gzipped;
          let out = cache.get(file);
          if (!out) {
            out =
              kind === 'br'
                ? brotliCompressSync(body, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } })
                : gzipSync(body, { level: 9 });
            cache.set(file, out);
          }
          return out;
        };
        const accepts = String(req.headers['accept-encoding'] ?? '');
        const sendAs: Encoding | null = !compressible
          ? null
          : encoding === 'br' && /\bbr\b/.test(accepts)
            ? 'br'
            : /\bgzip\b/.test(accepts)
              ? 'gzip'
              : null;
        const payload = sendAs ? compressed(sendAs) : body;
        const headers = {
          'Content-Type': TYPES[ext] ?? 'application/octet-stream',
          'Content-Length': String(payload.length),
          // A site's assets/ folder, at the root or under a sub-path (the published bench site's /bench/published/).
          'Cache-Control': /(^|\/)assets\//.test(path) ? 'public, max-age=31536000, immutable' : 'no-cache',
          ...(sendAs ? { 'Content-Encoding': sendAs, Vary: 'Accept-Encoding' } : {}),
        };
        res.writeHead(200, headers);
        res.end(payload);
        // Status line and headers, roughly as sent: "Name: value\r\n" each (the encoding's name aside).
        const headerBytes = Object.entries(headers).reduce((n, [k, v]) => n + k.length + v.length + 4, 17);
        sent.push({
          path: url.pathname,
          bytes: compressed('gzip').length + headerBytes,
          brotli: compressed('br').length + headerBytes,
          at,
        });
      } catch {
        res.writeHead(404).end();
      }
    })();
  });
  const takeSent = (): Sent[] => {
    const out = sent;
    sent = [];
    return out;
  };
  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, '127.0.0.1', () => resolve({ server, takeSent }));
  });
}
