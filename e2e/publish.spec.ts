import { test as base, expect, type Page } from '@playwright/test';
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

// `npm run publish` as a user runs it, on one of our own test articles: the site it writes is served by a plain
// static file server (scripts/serve-static.mjs, no headers of ours), and the docs' example host page embeds it
// from a second origin. The ports come from playwright.config.ts (the publish project's metadata).

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const ARTICLE = join(ROOT, 'e2e/articles/lyman-encircled.md');

type Fixtures = { siteOrigin: string; hostOrigin: string; errors: string[] };

const test = base.extend<Fixtures>({
  siteOrigin: async ({}, use, info) => use(`http://127.0.0.1:${String(info.project.metadata.sitePort)}`),
  hostOrigin: async ({}, use, info) => use(`http://127.0.0.1:${String(info.project.metadata.hostPort)}`),
  errors: [
    async ({ page, siteOrigin, hostOrigin }, use) => {
      const errors: string[] = [];
      const outside: string[] = [];
      page.on('console', (msg) => {
        if (msg.type() === 'error') errors.push(msg.text());
      });
      page.on('pageerror', (err) => errors.push(String(err)));
      page.on('response', (res) => {
        if (res.status() >= 400) errors.push(`HTTP ${res.status()} for ${res.url()}`);
      });
      page.on('request', (req) => {
        const origin = new URL(req.url()).origin;
        if (req.url().startsWith('http') && origin !== siteOrigin && origin !== hostOrigin)
          outside.push(req.url());
      });
      await use(errors);
      expect(outside, 'requests off the site and host origins').toEqual([]);
      expect(errors, 'console errors').toEqual([]);
    },
    { auto: true },
  ],
});

let site = '';
const servers: ChildProcess[] = [];

/** Starts scripts/serve-static.mjs and resolves once it says it is listening (its first line of output). */
function serve(port: number, dirs: string): Promise<void> {
  const server = spawn(process.execPath, [join(ROOT, 'scripts/serve-static.mjs'), `${port}=${dirs}`], {
    cwd: ROOT,
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  servers.push(server);
  return new Promise((done, fail) => {
    server.once('error', fail);
    server.once('exit', (code) => fail(new Error(`serve-static on ${port} exited with ${code}`)));
    server.stdout?.once('data', () => done());
  });
}

test.beforeAll(async ({}, info) => {
  site = join(mkdtempSync(join(tmpdir(), 'article-atlas-e2e-publish-')), 'site');
  const run = spawnSync(
    process.execPath,
    [
      join(ROOT, 'node_modules/tsx/dist/cli.mjs'),
      join(ROOT, 'scripts/publish.ts'),
      ARTICLE,
      '--out',
      site,
      '--source',
      'Test dispatch',
      '--date',
      '1 October 2022',
    ],
    { cwd: ROOT, encoding: 'utf8' },
  );
  expect(run.stderr).toBe('');
  expect(run.status).toBe(0);
  await serve(Number(info.project.metadata.sitePort), site);
  await serve(Number(info.project.metadata.hostPort), 'docs');
});

test.afterAll(() => {
  for (const server of servers) server.kill();
  if (site) rmSync(join(site, '..'), { recursive: true, force: true });
});

const articleOf = (page: Page) => page.getByRole('article', { name: 'Article' });

test.describe('a published article', () => {
  test('its text and linked names are in the HTML, before any script runs', async ({
    browser,
    siteOrigin,
  }) => {
    const context = await browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto(`${siteOrigin}/`);
    await expect(page).toHaveTitle('Article Atlas — Ukrainian troops close a ring around Lyman');
    const article = articleOf(page);
    await expect(article).toContainText('they shoot like men who are packing');
    // Markdown is reduced to text: no asterisks, no link syntax.
    await expect(article).toContainText('counted the days by the church bells that stopped');
    await expect(article).not.toContainText('**');
    await expect(article).not.toContainText('example.invalid');
    // Linked at build time: the names are buttons with their places already.
    await expect(article.locator('[data-place="gn:704204"]').first()).toHaveText('Lyman');
    await expect(article.locator('[data-place="UA-14"]')).toHaveText(['Donetsk']);
    await expect(article.locator('[data-place="UA-63"]')).toHaveText(['KHARKIV', 'Kharkiv']);
    await context.close();
  });

  test('the map gets ready and a name in the article selects its place', async ({ page, siteOrigin }) => {
    await page.goto(`${siteOrigin}/`);
    await expect(page.getByTestId('map')).toHaveAttribute('data-map-state', 'ready');
    await articleOf(page).locator('[data-place="UA-14"]').click();
    await expect(page.getByTestId('passages').getByRole('heading')).toContainText('Donetsk');
  });

  test('its files have .br and .gz beside them, which decompress to the same bytes', async () => {
    const { brotliDecompressSync, gunzipSync } = await import('node:zlib');
    const index = readFileSync(join(site, 'index.html'));
    expect(brotliDecompressSync(readFileSync(join(site, 'index.html.br')))).toEqual(index);
    expect(gunzipSync(readFileSync(join(site, 'index.html.gz')))).toEqual(index);
  });

  test('its embed works in a page on another origin', async ({ page, siteOrigin }) => {
    await page.goto(`/example-host.html?app=${encodeURIComponent(siteOrigin)}`);
    const frame = page.frameLocator('#atlas');
    await expect(frame.getByTestId('map')).toHaveAttribute('data-map-state', 'ready');
    await expect
      .poll(() =>
        page.evaluate(() =>
          (window as unknown as { atlasMessages: { type: string }[] }).atlasMessages.some(
            (m) => m.type === 'article-atlas:ready',
          ),
        ),
      )
      .toBe(true);
    // The host drives the map: selecting a place the published article names shows its passages.
    await page.evaluate(() =>
      (window as unknown as { sendToAtlas: (m: unknown) => void }).sendToAtlas({
        type: 'article-atlas:select',
        version: 1,
        place: 'UA-14',
      }),
    );
    await expect(frame.getByTestId('passages')).toContainText('Lyman sits on the northern edge');
  });
});
