import { test as base, expect, type Page } from '@playwright/test';
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { MapProbe } from '../src/map/controller';
import { AtlasPage } from './fixtures';

// `npm run publish` as a user runs it, on one of our own test articles: the site it writes is served by a plain
// static file server (scripts/serve-static.mjs, no headers of ours), and the docs' example host page embeds it
// from a second origin. The ports come from playwright.config.ts (the publish project's metadata).

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const ARTICLE = join(ROOT, 'e2e/articles/lyman-encircled.md');
// One paragraph more, so that the site needs files beyond the base map: Belgorod region's outline (data/geo, and its
// finer outline in data/geo/detail) and the Dnipro's line. Both are names only the world gazetteer has, so the
// article is linked with it (KHARKIV and Kharkiv are then the city rather than the region).
const EXTRA =
  '\nAcross the border, shelling of villages in Russia’s Belgorod region went on, and the ferries on the Dnipro river stood idle.\n';

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

// One site, published once in beforeAll and served on fixed ports: this file's tests run in order, in one worker.
test.describe.configure({ mode: 'default' });

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
  const work = mkdtempSync(join(tmpdir(), 'article-atlas-e2e-publish-'));
  site = join(work, 'site');
  const article = join(work, 'lyman-encircled.md');
  writeFileSync(article, readFileSync(ARTICLE, 'utf8') + EXTRA);
  const run = spawnSync(
    process.execPath,
    [
      join(ROOT, 'node_modules/tsx/dist/cli.mjs'),
      join(ROOT, 'scripts/publish.ts'),
      article,
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

type Probe = HTMLElement & {
  atlasProbe: {
    featureState: (id: string) => Record<string, unknown>;
    detailFiles: () => string[];
    outlinesAt: (lng: number, lat: number) => { id: string; source: string }[];
  };
};

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
    await expect(article.locator('[data-place="gn:706483"]')).toHaveText(['KHARKIV', 'Kharkiv']);
    await expect(article.locator('[data-place="RU-BEL"]')).toHaveText(['Belgorod']);
    await context.close();
  });

  test('it holds the outline files of the places it names, every country’s finer outline, and no other', () => {
    const assets = readdirSync(join(site, 'assets')).filter((f) => !/\.(br|gz)$/.test(f));
    const named = (pattern: RegExp) => assets.filter((f) => pattern.test(f));
    // Belgorod region twice (data/geo and its finer outline), the Dnipro's line; every country's finer outline.
    expect(named(/^region-RU-BEL-[\w-]+\.geojson$/)).toHaveLength(2);
    expect(named(/^river-dnipro-river-[\w-]+\.geojson$/)).toHaveLength(1);
    expect(named(/^country-[A-Z]{2}-[\w-]+\.geojson$/).length).toBeGreaterThan(200);
    // Nothing for places it does not name: its neighbour Kursk region, another river, the reservoir; no other
    // region at all; and neither the linker's worker nor the world gazetteer (the site opens no other article).
    expect(named(/^region-RU-KRS-/)).toEqual([]);
    expect(named(/^river-dniester-/)).toEqual([]);
    expect(named(/^water-/)).toEqual([]);
    expect(named(/^region-/)).toHaveLength(2);
    expect(named(/^(gazetteer-world|link\.worker)/)).toEqual([]);
  });

  test('closer in, the map loads the finer outlines of the places it names and of every country, with no request for a missing file', async ({
    page,
    siteOrigin,
  }) => {
    const map = page.getByTestId('map');
    const detailFiles = () => map.evaluate((el) => (el as Probe).atlasProbe.detailFiles());
    // The errors fixture fails the test on any response of 400 or more and on any console error. Each page.goto
    // names another path, so that it loads the page afresh rather than only changing the hash.

    // From zoom 5 over Belgorod region: its finer outline and the countries' in view, none of Kursk region's. (East
    // of it, so that the view is not wholly inside the box where the base map is as fine: src/geo/detail.ts.)
    await page.goto(`${siteOrigin}/#map=6.2/50.7/39.5`);
    await expect(map).toHaveAttribute('data-map-state', 'ready');
    await expect
      .poll(detailFiles)
      .toEqual(expect.arrayContaining(['country-RU', 'country-UA', 'region-RU-BEL']));
    expect(await detailFiles()).not.toContain('region-RU-KRS');
    // Over a country the article does not name (Poland): its finer outline is there too.
    await page.goto(`${siteOrigin}/index.html#map=6/52/19`);
    await expect(map).toHaveAttribute('data-map-state', 'ready');
    await expect.poll(detailFiles).toContain('country-PL');
  });

  test('a reader can go through every place it names, each selected on the map, with no request for a missing file', async ({
    page,
    siteOrigin,
  }) => {
    const map = page.getByTestId('map');
    // Every place the article names, one after the other: each is selected on the map, the camera going to it
    // (at once: with reduced motion the map jumps rather than flies).
    await page.emulateMedia({ reducedMotion: 'reduce' });
    await page.goto(`${siteOrigin}/`);
    await expect(map).toHaveAttribute('data-map-state', 'ready');
    const ids = [
      ...new Set(
        await articleOf(page)
          .locator('[data-place]')
          .evaluateAll((els) => els.map((el) => el.getAttribute('data-place') ?? '')),
      ),
    ];
    expect(ids).toEqual(expect.arrayContaining(['RU-BEL', 'dnipro-river', 'UA-14', 'gn:704204']));
    for (const id of [...ids.filter((i) => i !== 'RU-BEL'), 'RU-BEL']) {
      await articleOf(page).locator(`[data-place="${id}"]`).first().click();
      await expect
        .poll(() => map.evaluate((el, place) => (el as Probe).atlasProbe.featureState(place), id), {
          message: `${id} selected on the map`,
          intervals: [50],
        })
        .toMatchObject({ selected: true });
    }
    // Belgorod region, selected last: its passages, and its outline drawn from its own file.
    await expect(page.getByTestId('passages').getByRole('heading')).toContainText('Belgorod');
    await expect
      .poll(async () =>
        (await map.evaluate((el) => (el as Probe).atlasProbe.outlinesAt(36.6, 50.7))).some(
          (f) => f.id === 'RU-BEL',
        ),
      )
      .toBe(true);
  });

  test("while its map loads, it never draws names before its own article's: not the default article's", async ({
    page,
    siteOrigin,
  }) => {
    // Every frame from the first: how many names the map has placed, and whether the article's own towns and labels
    // are in its sources yet (drawnPlaces is set when they are handed over). The style's base files hold the default
    // article's names; a map that started with them drew those first (1919c75).
    await page.addInitScript({
      content: `(() => {
        window.__frames = [];
        const tick = () => {
          const map = document.querySelector('[data-testid="map"]');
          const probe = map && map.atlasProbe;
          if (probe) window.__frames.push([probe.labels().length, probe.drawnPlaces().length]);
          if (!map || map.dataset.mapState !== 'ready') requestAnimationFrame(tick);
        };
        requestAnimationFrame(tick);
      })();`,
    });
    await page.goto(`${siteOrigin}/`);
    await expect(page.getByTestId('map')).toHaveAttribute('data-map-state', 'ready');
    const frames = await page.evaluate(
      () => (window as unknown as { __frames: [number, number][] }).__frames,
    );
    expect(
      frames.some(([names]) => names > 0),
      'names drawn before ready',
    ).toBe(true);
    expect(frames.filter(([names, own]) => names > 0 && own === 0)).toEqual([]);
  });

  test("its map gets the article's own places while the base map is still on its way, not after drawing it", async ({
    page,
    siteOrigin,
  }) => {
    // The base map's file is held back until the article's towns, labels and outlines are in the map's sources. A
    // map that asks for them only at MapLibre's 'load' (every tile of the base map drawn) never gets there: it drew
    // the whole map once without them, then again with them.
    let release = (): void => {};
    const held = new Promise<void>((resolve) => (release = resolve));
    await page.route(/\/assets\/base-map-[^/]*\.geojson$/, async (route) => {
      await held;
      await route.continue();
    });
    const atlas = new AtlasPage(page);
    await page.goto(`${siteOrigin}/`);
    try {
      await expect.poll(async () => (await atlas.drawnPlaces()).length).toBeGreaterThan(0);
      await expect(atlas.map).toHaveAttribute('data-map-state', 'loading');
    } finally {
      release();
    }
    await expect(atlas.map).toHaveAttribute('data-map-state', 'ready');
    expect(
      await atlas.map.evaluate(
        (el) => (el as HTMLElement & { atlasProbe: MapProbe }).atlasProbe.labels().length,
      ),
    ).toBeGreaterThan(0);
  });

  test('it offers no other article: no "Open an article", no editing, and a link to another article says so', async ({
    page,
    siteOrigin,
  }) => {
    await page.goto(`${siteOrigin}/#a=1.not-this-site`);
    await expect(page.getByTestId('map')).toHaveAttribute('data-map-state', 'ready');
    await expect(page.getByRole('status').filter({ hasText: 'one published article only' })).toBeVisible();
    await expect(articleOf(page)).toContainText('they shoot like men who are packing');
    await expect(page.getByRole('button', { name: 'Open an article' })).toHaveCount(0);
    await expect(page.getByRole('button', { name: 'Edit links' })).toHaveCount(0);
    // Exporting the article's links stays.
    await expect(page.getByText('Export', { exact: true })).toBeVisible();

    // The embed too: a share link's article is not opened there, the published one stays, and it says why.
    await page.goto(`${siteOrigin}/embed.html#a=1.not-this-site`);
    await expect(page.getByTestId('map')).toHaveAttribute('data-map-state', 'ready');
    await expect(page.getByRole('status').filter({ hasText: 'one published article only' })).toBeVisible();
    await page.getByRole('button', { name: 'Read the article' }).click();
    await expect(articleOf(page)).toContainText('they shoot like men who are packing');
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
