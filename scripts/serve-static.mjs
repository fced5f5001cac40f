// A tiny static file server for pages that embed the atlas from another origin: the example host page in docs/
// and the end-to-end tests' host and hostile pages. No dependencies.
//   node scripts/serve-static.mjs <port>=<dir>[,<dir>...] [<port>=<dir>...]
// e.g. node scripts/serve-static.mjs 8080=docs   then open http://127.0.0.1:8080/example-host.html
import { createServer } from 'node:http';
import { readFile } from 'node:fs/promises';
import { extname, join, normalize, resolve, sep } from 'node:path';

const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json',
  '.svg': 'image/svg+xml',
};

const specs = process.argv.slice(2);
if (specs.length === 0) {
  console.error('usage: node scripts/serve-static.mjs <port>=<dir>[,<dir>...] ...');
  process.exit(2);
}

for (const spec of specs) {
  const [portText, dirs = ''] = spec.split('=');
  const port = Number(portText);
  const roots = dirs.split(',').map((d) => resolve(d));
  createServer(async (req, res) => {
    const path = decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname);
    const rel = normalize(path === '/' ? '/index.html' : path);
    for (const root of roots) {
      const file = join(root, rel);
      // Never serve anything outside the given folders.
      if (!file.startsWith(root + sep)) break;
      try {
        const body = await readFile(file);
        res.writeHead(200, { 'content-type': TYPES[extname(file)] ?? 'application/octet-stream' });
        res.end(body);
        return;
      } catch {
        // try the next folder
      }
    }
    res.writeHead(404, { 'content-type': 'text/plain' });
    res.end('not found');
  }).listen(port, '127.0.0.1', () => console.log(`serving ${roots.join(', ')} on http://127.0.0.1:${port}/`));
}
