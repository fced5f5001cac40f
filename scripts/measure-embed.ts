// Measures what a reader downloads to see the embed: every request the embed page makes until the map is
// ready, each file's size raw and gzip-compressed (level 9, as a CDN or nginx gzip_comp_level 9 would send it).
// Run after `npm run build`:  npx tsx scripts/measure-embed.ts
import { spawn } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { brotliCompressSync, gzipSync } from 'node:zlib';
import { chromium } from '@playwright/test';

const port = Number(process.env.MEASURE_PORT ?? 4290);
const server = spawn('node', ['scripts/serve-static.mjs', `${port}=dist`], {
  stdio: ['ignore', 'pipe', 'inherit'],
});
await new Promise<void>((resolve) => server.stdout.once('data', () => resolve()));

const executablePath = ['/usr/bin/chromium', '/usr/bin/chromium-browser'].find((p) => existsSync(p));
const browser = await chromium.launch({
  ...(executablePath ? { executablePath } : {}),
  args: ['--no-sandbox'],
});
try {
  const page = await browser.newPage({ viewport: { width: 640, height: 560 } });
  const paths = new Set<string>();
  page.on('request', (req) => {
    const url = new URL(req.url());
    if (url.port === String(port)) paths.add(url.pathname === '/' ? '/index.html' : url.pathname);
  });
  await page.goto(`http://127.0.0.1:${port}/embed.html?place=UA-14`);
  await page.waitForSelector('[data-map-state="ready"]');

  let raw = 0;
  let gz = 0;
  let br = 0;
  const rows: string[] = [];
  for (const path of [...paths].sort()) {
    const body = readFileSync(join('dist', path));
    const g = gzipSync(body, { level: 9 }).length;
    const b = brotliCompressSync(body).length;
    raw += body.length;
    gz += g;
    br += b;
    rows.push(`${path.padEnd(52)} ${kb(body.length).padStart(9)} ${kb(g).padStart(9)} ${kb(b).padStart(9)}`);
  }
  console.log(`${'file'.padEnd(52)} ${'raw'.padStart(9)} ${'gzip'.padStart(9)} ${'brotli'.padStart(9)}`);
  console.log(rows.join('\n'));
  console.log(
    `${`total (${paths.size} requests)`.padEnd(52)} ${kb(raw).padStart(9)} ${kb(gz).padStart(9)} ${kb(br).padStart(9)}`,
  );
} finally {
  await browser.close();
  server.kill();
}

function kb(n: number): string {
  return `${(n / 1024).toFixed(1)} KB`;
}
