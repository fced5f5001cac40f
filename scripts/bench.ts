// npm run bench: loads the production app, a bare MapLibre page (the app's style), a naive MapLibre page and a blank page in
// rotating order, unthrottled and throttled, and prints medians, ratios and whether each budget is met.
// See the README's "Benchmark" section for what each figure means.
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Server } from 'node:http';
import { chromium, type Browser, type BrowserContext, type Page } from '@playwright/test';
import { startBenchServer, type BenchServer } from './bench-server';
import { categorise, median, ratio, totalBlockingTime, type ByteCategory } from './bench-stats';
import { heapSplit, type HeapSplit } from './bench-heap';
import { benchArticle } from './bench-article';

const ROOT = join(import.meta.dirname, '..');
const args = new Set(process.argv.slice(2));
if (args.has('--help')) {
  console.log(`usage: npm run bench [-- --quick] [-- --no-build]
  --quick     3 measured loads per page and profile, 10 reliability loads (a smoke run, not for figures)
  --no-build  use the existing dist/ and dist-bench/ instead of building them first
  --gzip      send gzip, not brotli, to the browser (how the benchmark served every page until 2026-11-30)
  --only=loads|interactions|memory|reliability   run one part only`);
  process.exit(0);
}
const QUICK = args.has('--quick');
// Brotli, as a host serving the .br files `npm run publish` writes does (docs/publish.md); --gzip for comparison.
const ENCODING = args.has('--gzip') ? 'gzip' : 'br';
// --only=loads|interactions|memory|reliability runs one part, for working on it; budgets of other parts say "skipped".
const ONLY = [...args].find((a) => a.startsWith('--only='))?.slice('--only='.length);
const want = (part: 'loads' | 'interactions' | 'memory' | 'reliability'): boolean => !ONLY || ONLY === part;
const MEASURED = QUICK ? 3 : 7;
const RELIABILITY_LOADS = QUICK ? 10 : 100;
// BENCH_PORT moves the two servers (PORT and PORT + 1), so two checkouts can run the benchmark at once.
const PORT = Number(process.env.BENCH_PORT ?? 4400);

/** Slow network for the throttled profile, applied by the server to every response (workers' fetches too). */
const SLOW = { latencyMs: 150, bytesPerSecond: (1638.4 * 1000) / 8 }; // Lighthouse's "Slow 4G" figures
const CPU_SLOWDOWN = 4;

type PageName = 'app' | 'published' | 'bare' | 'naive' | 'blank';
type ProfileName = 'unthrottled' | 'throttled';
const PATHS: Record<PageName, string> = {
  app: '/',
  published: '/bench/published/',
  bare: '/bench/bare.html',
  naive: '/bench/naive.html',
  blank: '/bench/blank.html',
};

interface InPage {
  lcp: number;
  fcp: number;
  ready: number;
  load: number;
  tasks: { start: number; duration: number }[];
  events: { name: string; id: number; duration: number }[];
  lastClick: number;
  /** Set by the memory phases, which read no timings: while true nothing is recorded, so the record cannot grow the heap. */
  paused: boolean;
}

interface LoadResult {
  page: PageName;
  profile: ProfileName;
  /** The round it was measured in: every page loads once per round, so a round's pages ran on the same machine state. */
  round: number;
  lcp: number;
  fcp: number;
  ready: number;
  tbt: number;
  /** Total blocking time from navigation start to ready: the same window for every page, whenever it first paints. */
  tbtFromStart: number;
  bytes: Record<ByteCategory, number>;
  /** The same responses with brotli bodies (what a host serving the .br files beside each file sends). */
  brotli: Record<ByteCategory, number>;
  /** JavaScript that blocked the first paint (render-blocking scripts). */
  criticalJs: number;
  /** The app's own JavaScript besides MapLibre: what it takes to make the page interactive. */
  appJs: number;
}

// Runs in the page before any of its scripts: paints, long tasks, Event Timing and the ready marker. A string,
// not a function: tsx compiles functions with name helpers that do not exist in the page.
const INSTRUMENT = `(() => {
  const m = { lcp: NaN, fcp: NaN, ready: NaN, load: NaN, tasks: [], events: [], lastClick: NaN, paused: false };
  window.__bench = m;
  addEventListener('click', (e) => { m.lastClick = e.timeStamp; }, true);
  const observe = (type, onEntry, extra) => {
    try {
      new PerformanceObserver((list) => list.getEntries().forEach(onEntry)).observe({ type, buffered: true, ...extra });
    } catch {
      // An entry type this browser lacks leaves its figure NaN.
    }
  };
  observe('largest-contentful-paint', (e) => { m.lcp = e.startTime; });
  observe('paint', (e) => { if (e.name === 'first-contentful-paint') m.fcp = e.startTime; });
  observe('longtask', (e) => { if (!m.paused) m.tasks.push({ start: e.startTime, duration: e.duration }); });
  observe('event', (e) => { if (!m.paused) m.events.push({ name: e.name, id: e.interactionId || 0, duration: e.duration }); },
    { durationThreshold: 16 });
  new MutationObserver((records) => {
    for (const r of records) {
      if (r.target.dataset && r.target.dataset.mapState === 'ready' && Number.isNaN(m.ready)) m.ready = performance.now();
    }
  }).observe(document, { subtree: true, attributes: true, attributeFilter: ['data-map-state'] });
  addEventListener('load', () => { m.load = performance.now(); });
})();`;

async function openPage(
  browser: Browser,
  profile: ProfileName,
): Promise<{ context: BrowserContext; page: Page; base: string }> {
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
  const page = await context.newPage();
  if (profile === 'throttled') {
    const cdp = await context.newCDPSession(page);
    await cdp.send('Emulation.setCPUThrottlingRate', { rate: CPU_SLOWDOWN });
  }
  await page.addInitScript({ content: INSTRUMENT });
  return { context, page, base: `http://127.0.0.1:${profile === 'throttled' ? PORT + 1 : PORT}` };
}

const readMetrics = (page: Page): Promise<InPage> =>
  page.evaluate(() => (window as unknown as { __bench: InPage }).__bench);

async function waitReady(page: Page, name: PageName): Promise<void> {
  if (name === 'blank') {
    await page.waitForFunction(() => {
      const m = (window as unknown as { __bench: InPage }).__bench;
      return !Number.isNaN(m.load) && !Number.isNaN(m.fcp);
    });
  } else {
    await page.waitForFunction(
      () => !Number.isNaN((window as unknown as { __bench: InPage }).__bench.ready),
      null,
      {
        timeout: 120_000,
      },
    );
  }
}

async function measureLoad(
  fast: BenchServer,
  browser: Browser,
  name: PageName,
  profile: ProfileName,
): Promise<Omit<LoadResult, 'round'>> {
  const { context, page, base } = await openPage(browser, profile);
  fast.takeSent();
  await page.goto(base + PATHS[name]);
  await waitReady(page, name);
  const m = await readMetrics(page);
  const origin = await page.evaluate(() => performance.timeOrigin);
  // What held up the first paint, as the browser itself reports it (Resource Timing's renderBlockingStatus).
  const blocking = new Set(
    await page.evaluate(() =>
      performance
        .getEntriesByType('resource')
        .filter(
          (e) =>
            (e as PerformanceResourceTiming & { renderBlockingStatus?: string }).renderBlockingStatus ===
            'blocking',
        )
        .map((e) => new URL(e.name).pathname),
    ),
  );
  await context.close();
  const bytes: Record<ByteCategory, number> = { critical: 0, app: 0, maplibre: 0, data: 0, other: 0 };
  const brotli: Record<ByteCategory, number> = { critical: 0, app: 0, maplibre: 0, data: 0, other: 0 };
  let criticalJs = 0;
  let appJs = 0;
  const end = name === 'blank' ? m.load : m.ready;
  // What the page asked for before it was ready (the blank page: before its load event). The facts box's code, and
  // the outline files it reads, are asked for later, when the browser is idle after the map is ready; how soon
  // depends on how busy the page is, and they are no part of drawing the map.
  const requested = fast.takeSent().filter((s) => s.at <= origin + end);
  for (const { path, bytes: n, brotli: br } of requested) {
    const category = categorise(path, blocking);
    bytes[category] += n;
    brotli[category] += br;
    if (category === 'critical' && path.endsWith('.js')) criticalJs += n;
    if (category === 'app' && path.endsWith('.js')) appJs += n;
  }
  return {
    page: name,
    profile,
    lcp: m.lcp,
    fcp: m.fcp,
    ready: m.ready,
    // A page that reports no first paint has no "from first paint" window: n/a, not 0.
    tbt: Number.isNaN(m.fcp) ? Number.NaN : totalBlockingTime(m.tasks, m.fcp, end),
    tbtFromStart: totalBlockingTime(m.tasks, 0, end),
    bytes,
    brotli,
    criticalJs,
    appJs,
  };
}

// Places to click on the map, each well inside its feature, and the name its passages heading starts with.
const PLACE_CLICKS: [number, number, string, string][] = [
  [37.3, 48.3, 'Donetsk', 'UA-14'],
  [33.6, 46.7, 'Kherson', 'UA-65'],
  [39.2, 48.9, 'Luhansk', 'UA-09'],
  [35.6, 47.4, 'Zaporizhzhia', 'UA-23'],
  [36.5, 49.6, 'Kharkiv', 'UA-63'],
];

interface InteractionResult {
  profile: ProfileName;
  placeClicks: number[];
  nameClicks: number[];
  /** Click on a name → the end of the first map frame drawn with the place highlighted. */
  nameToMap: number[];
  selectCycles: HeapGrowth;
}

/**
 * Event Timing durations of the pointer interactions after `from`; interactions under 16 ms report nothing and count
 * as 16. Key presses are left out: the Escape between the two series reports late and would count as a click.
 */
function interactionDurations(m: InPage, fromCount: number, expected: number): number[] {
  const byId = new Map<number, number>();
  const events = m.events.slice(fromCount);
  const pointer = new Set(events.filter((e) => e.name.startsWith('pointer')).map((e) => e.id));
  for (const e of events) {
    if (e.id > 0 && pointer.has(e.id)) byId.set(e.id, Math.max(byId.get(e.id) ?? 0, e.duration));
  }
  const found = [...byId.values()];
  while (found.length < expected) found.push(16);
  return found;
}

/** Heap growth over some cycles, in KB per cycle. */
interface HeapGrowth {
  cycles: number;
  /** V8's used heap after a forced garbage collection: includes the code V8 compiles as functions get hot. */
  usedKb: number;
  /** From heap snapshots: what stays reachable, split (see bench-heap.ts). The budgets are on `objectsKb`. */
  objectsKb: number;
  codeKb: number;
  browserKb: number;
}

interface HeapSample {
  used: number;
  split: HeapSplit;
}

async function sampleHeap(context: BrowserContext, page: Page): Promise<HeapSample> {
  const cdp = await context.newCDPSession(page);
  // Twice: the first pass can leave garbage that only becomes collectable after finalizers ran.
  await cdp.send('HeapProfiler.collectGarbage');
  await cdp.send('HeapProfiler.collectGarbage');
  const { usedSize } = await cdp.send('Runtime.getHeapUsage');
  const split = await heapSplit(cdp);
  await cdp.detach();
  return { used: usedSize, split };
}

function heapGrowth(before: HeapSample, after: HeapSample, cycles: number): HeapGrowth {
  const per = (a: number, b: number): number => (b - a) / 1024 / cycles;
  return {
    cycles,
    usedKb: per(before.used, after.used),
    objectsKb: per(before.split.objects, after.split.objects),
    codeKb: per(before.split.code, after.split.code),
    browserKb: per(before.split.browser, after.split.browser),
  };
}

const pauseRecording = (page: Page): Promise<void> =>
  page.evaluate(() => {
    (window as unknown as { __bench: InPage }).__bench.paused = true;
  });

/**
 * Waits until the pointer's hover has been answered everywhere: the place's names lit in the article, its hover
 * state set on the map and two frames painted after that (the map's hover frame included).
 *
 * Why: Playwright's click moves the pointer and presses within a millisecond, so the hover it causes (a hit test
 * on the map, the names lit, a map frame) would be handled in the same task as the press and counted in the
 * click's input delay. A reader's pointer reaches a name or a place well before the press (a click follows the
 * pointer's arrival by a few hundred milliseconds), so the hover is answered by then; measuring it inside the
 * click measured Playwright, not the reader.
 */
async function waitHoverDrawn(page: Page, id: string): Promise<void> {
  await page.waitForFunction((id) => {
    const lit = document.querySelector(`.article .mention.is-hovered[data-place="${id}"]`);
    const map = document.querySelector<
      HTMLElement & { atlasProbe?: { featureState: (id: string) => Record<string, unknown> } }
    >('[data-testid="map"]');
    return lit !== null && map?.atlasProbe?.featureState(id)['hover'] === true;
  }, id);
  await page.evaluate(
    () => new Promise<void>((resolve) => requestAnimationFrame(() => requestAnimationFrame(() => resolve()))),
  );
}

async function measureInteractions(browser: Browser, profile: ProfileName): Promise<InteractionResult> {
  const { context, page, base } = await openPage(browser, profile);
  await page.goto(base + '/');
  await waitReady(page, 'app');
  const map = page.getByTestId('map');
  const box = await map.boundingBox();
  if (!box) throw new Error('the map has no box');

  let before = (await readMetrics(page)).events.length;
  for (let i = 0; i < 20; i++) {
    const [lng, lat, name, id] = PLACE_CLICKS[i % PLACE_CLICKS.length] as [number, number, string, string];
    const [x, y] = await map.evaluate(
      (el, p) =>
        (
          el as HTMLElement & { atlasProbe: { project: (a: number, b: number) => [number, number] } }
        ).atlasProbe.project(p[0], p[1]),
      [lng, lat] as const,
    );
    await page.mouse.move(box.x + x, box.y + y);
    await waitHoverDrawn(page, id);
    await page.mouse.down();
    await page.mouse.up();
    await page.waitForFunction(
      (n) => document.querySelector('[data-testid="passages"] h2')?.textContent?.startsWith(n) === true,
      name,
    );
  }
  const placeClicks = interactionDurations(await readMetrics(page), before, 20);

  await page.keyboard.press('Escape');
  before = (await readMetrics(page)).events.length;
  const buttons = page.locator('article button');
  const placeIds = await buttons.evaluateAll((els) => els.map((el) => el.getAttribute('data-place') ?? ''));
  const picks: number[] = [];
  for (let i = 0; i < placeIds.length && picks.length < 20; i++) {
    if (picks.length === 0 || placeIds[picks[picks.length - 1] as number] !== placeIds[i]) picks.push(i);
  }
  // Two figures per click: Event Timing (the UI's answer painted) and the first map frame with the highlight.
  const nameToMap: number[] = [];
  for (const i of picks) {
    await buttons.nth(i).hover();
    await waitHoverDrawn(page, placeIds[i] ?? '');
    await page.mouse.down();
    await page.mouse.up();
    const drawn = await page.waitForFunction(() => {
      const m = (window as unknown as { __bench: InPage }).__bench;
      const map = document.querySelector<HTMLElement & { atlasProbe?: { selectionDrawnAt: () => number } }>(
        '[data-testid="map"]',
      );
      const at = map?.atlasProbe?.selectionDrawnAt() ?? Number.NaN;
      return at > m.lastClick ? at - m.lastClick : false;
    });
    nameToMap.push(Number(await drawn.jsonValue()));
  }
  const nameClicks = interactionDurations(await readMetrics(page), before, picks.length);

  // Select and deselect the same place again and again: the heap should stay flat. The timings are read by
  // now, and recording the cycles' own entries would grow the heap by the record itself.
  await pauseRecording(page);
  const donetsk = buttons.filter({ hasText: 'Donetsk' }).first();
  const cycle = async (): Promise<void> => {
    await donetsk.click();
    await page.waitForFunction(() => document.querySelector('[data-testid="passages"] h2') !== null);
    await page.keyboard.press('Escape');
    await page.waitForFunction(() => document.querySelector('[data-testid="passages"] h2') === null);
  };
  // Warm-up: the first cycles fill caches (MapLibre's and the JIT's) that then stay flat.
  for (let i = 0; i < 10; i++) await cycle();
  const heapBefore = await sampleHeap(context, page);
  for (let i = 0; i < 50; i++) await cycle();
  const heapAfter = await sampleHeap(context, page);
  await context.close();
  return {
    profile,
    placeClicks,
    nameClicks,
    nameToMap,
    selectCycles: heapGrowth(heapBefore, heapAfter, 50),
  };
}

interface MountResult extends HeapGrowth {
  webglWarnings: number;
}

/** Mount/unmount cycles on bench/mount.html (the app's MapView) or bench/bare-mount.html (MapLibre alone). */
async function measureMountCycles(browser: Browser, path: string): Promise<MountResult> {
  const { context, page, base } = await openPage(browser, 'unthrottled');
  let webglWarnings = 0;
  page.on('console', (msg) => {
    if (/webgl/i.test(msg.text()) && /context/i.test(msg.text())) webglWarnings++;
  });
  await page.goto(base + path);
  await pauseRecording(page);
  // A locator, not page.waitForSelector: the element handle that returns is never released and would keep
  // every unmounted map container alive, which is the benchmark leaking, not the page.
  const ready = (): Promise<void> => page.locator('[data-map-state="ready"]').waitFor();
  const cycle = async (): Promise<void> => {
    await page.evaluate(() => (window as unknown as { benchUnmount: () => void }).benchUnmount());
    await page.waitForFunction(() => document.querySelector('canvas') === null);
    await page.evaluate(() => (window as unknown as { benchMount: () => void }).benchMount());
    await ready();
  };
  await ready();
  // Warm-up: the first cycles fill caches (MapLibre's and the JIT's) that then stay flat.
  for (let i = 0; i < 10; i++) await cycle();
  const before = await sampleHeap(context, page);
  for (let i = 0; i < 30; i++) await cycle();
  const after = await sampleHeap(context, page);
  await context.close();
  return { ...heapGrowth(before, after, 30), webglWarnings };
}

async function measureReliability(browser: Browser): Promise<{ loads: number; failures: string[] }> {
  const failures: string[] = [];
  for (let i = 0; i < RELIABILITY_LOADS; i++) {
    const { context, page, base } = await openPage(browser, 'unthrottled');
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(e.message));
    try {
      await page.goto(base + '/');
      await page.waitForSelector('[data-map-state="ready"]', { timeout: 30_000 });
      if (errors.length) failures.push(`load ${i + 1}: ${errors.join('; ')}`);
    } catch (error) {
      failures.push(
        `load ${i + 1}: ${error instanceof Error ? error.message.split('\n')[0] : String(error)}`,
      );
    }
    await context.close();
  }
  return { loads: RELIABILITY_LOADS, failures };
}

/** Paces every response of the slow server through one shared 1.6 Mbit/s pipe after a 150 ms delay. */
function throttledServer(target: number): Promise<Server> {
  return import('node:http').then(({ createServer, request }) => {
    let nextFree = 0;
    const server = createServer((req, res) => {
      const upstream = request(
        { host: '127.0.0.1', port: target, path: req.url, method: req.method, headers: req.headers },
        (up) => {
          const chunks: Buffer[] = [];
          up.on('data', (c: Buffer) => chunks.push(c));
          up.on('end', () => {
            const body = Buffer.concat(chunks);
            setTimeout(() => {
              res.writeHead(up.statusCode ?? 502, up.headers);
              let offset = 0;
              const send = (): void => {
                if (offset >= body.length) {
                  res.end();
                  return;
                }
                const piece = body.subarray(offset, offset + 4096);
                offset += piece.length;
                const now = Date.now();
                const start = Math.max(now, nextFree);
                nextFree = start + (piece.length / SLOW.bytesPerSecond) * 1000;
                setTimeout(() => {
                  res.write(piece);
                  send();
                }, nextFree - now);
              };
              send();
            }, SLOW.latencyMs);
          });
        },
      );
      upstream.on('error', () => res.writeHead(502).end());
      req.pipe(upstream);
    });
    return new Promise<Server>((resolve) => server.listen(target + 1, '127.0.0.1', () => resolve(server)));
  });
}

const fmt = (n: number, unit = 'ms'): string => (Number.isFinite(n) ? `${Math.round(n)} ${unit}` : 'n/a');
const kb = (n: number): string => `${(n / 1024).toFixed(1)} KB`;
const heapLine = (g: HeapGrowth): string =>
  `objects kept ${g.objectsKb.toFixed(2)} KB, compiled code ${g.codeKb.toFixed(1)} KB, ` +
  `browser objects ${g.browserKb.toFixed(1)} KB (snapshots); V8 used heap ${g.usedKb.toFixed(1)} KB`;

async function main(): Promise<void> {
  if (!args.has('--no-build')) {
    console.log('Building the app and the comparison pages…');
    execFileSync('npx', ['vite', 'build', '--logLevel', 'warn'], { cwd: ROOT, stdio: 'inherit' });
    execFileSync('npx', ['vite', 'build', '--logLevel', 'warn', '-c', 'vite.bench.config.ts'], {
      cwd: ROOT,
      stdio: 'inherit',
    });
    // A published site for a 1,500-word article (scripts/bench-article.ts), served under /bench/published/.
    const work = mkdtempSync(join(tmpdir(), 'article-atlas-bench-'));
    try {
      const articleFile = join(work, 'article.txt');
      writeFileSync(articleFile, benchArticle());
      execFileSync(
        process.execPath,
        [
          join(ROOT, 'node_modules/tsx/dist/cli.mjs'),
          join(ROOT, 'scripts/publish.ts'),
          articleFile,
          '--out',
          join(ROOT, 'dist-bench/published'),
          '--base',
          '/bench/published/',
          '--title',
          'A 1,500-word article',
        ],
        { cwd: ROOT, stdio: ['ignore', 'ignore', 'inherit'] },
      );
    } finally {
      rmSync(work, { recursive: true, force: true });
    }
  }
  if (
    !existsSync(join(ROOT, 'dist/index.html')) ||
    !existsSync(join(ROOT, 'dist-bench/bare.html')) ||
    !existsSync(join(ROOT, 'dist-bench/published/index.html'))
  ) {
    throw new Error('dist/ or dist-bench/ is missing: run without --no-build');
  }
  const fast = await startBenchServer(ROOT, PORT, ENCODING);
  const slow = await throttledServer(PORT);
  const systemChromium = ['/usr/bin/chromium', '/usr/bin/chromium-browser'].find((p) => existsSync(p));
  const browser = await chromium.launch({
    ...(systemChromium ? { executablePath: systemChromium } : {}),
    args: ['--no-sandbox', '--disable-background-networking', '--disable-component-update', '--no-first-run'],
  });
  console.log(
    `Chromium ${browser.version()}; ${MEASURED} measured loads per page and profile after one warm-up round; ` +
      `every page sent ${ENCODING === 'br' ? 'brotli' : 'gzip'}-compressed.`,
  );

  const loads: LoadResult[] = [];
  const pages: PageName[] = ['app', 'published', 'bare', 'naive', 'blank'];
  for (const profile of want('loads') ? (['unthrottled', 'throttled'] as const) : []) {
    for (let round = 0; round <= MEASURED; round++) {
      // Rotate the order each round so no page always goes first or last.
      const order = pages.map((_, i) => pages[(i + round) % pages.length] as PageName);
      for (const name of order) {
        const result = await measureLoad(fast, browser, name, profile);
        if (round > 0) loads.push({ ...result, round });
      }
      process.stdout.write(`\r${profile}: round ${round}/${MEASURED}   `);
    }
    process.stdout.write('\n');
  }
  const interactions = want('interactions')
    ? [await measureInteractions(browser, 'unthrottled'), await measureInteractions(browser, 'throttled')]
    : [];
  const mount = want('memory') ? await measureMountCycles(browser, '/bench/mount.html') : undefined;
  const bareMount = want('memory') ? await measureMountCycles(browser, '/bench/bare-mount.html') : undefined;
  if (want('reliability')) console.log(`Reliability: ${RELIABILITY_LOADS} consecutive loads…`);
  const reliability = want('reliability') ? await measureReliability(browser) : undefined;
  const version = browser.version();
  await browser.close();
  fast.server.close();
  slow.close();

  const med = (page: PageName, profile: ProfileName, pick: (r: LoadResult) => number): number =>
    median(loads.filter((r) => r.page === page && r.profile === profile).map(pick));
  const total = (r: LoadResult): number => Object.values(r.bytes).reduce((a, b) => a + b, 0);
  const totalBrotli = (r: LoadResult): number => Object.values(r.brotli).reduce((a, b) => a + b, 0);

  const summary: Record<string, unknown> = {};
  for (const profile of want('loads') ? (['unthrottled', 'throttled'] as const) : []) {
    console.log(
      `\n== ${profile}${profile === 'throttled' ? ` (CPU ${CPU_SLOWDOWN}× slower, ${SLOW.latencyMs} ms + 1.6 Mbit/s)` : ''} ==`,
    );
    console.log(
      'page    text painted (LCP)   first paint   map ready   TBT to ready   TBT from start   bytes (gzip)',
    );
    for (const page of pages) {
      console.log(
        `${page.padEnd(8)}${fmt(med(page, profile, (r) => r.lcp)).padStart(19)}${fmt(med(page, profile, (r) => r.fcp)).padStart(14)}` +
          `${fmt(med(page, profile, (r) => r.ready)).padStart(12)}${fmt(med(page, profile, (r) => r.tbt)).padStart(15)}` +
          `${fmt(med(page, profile, (r) => r.tbtFromStart)).padStart(17)}` +
          `${kb(med(page, profile, total)).padStart(15)}`,
      );
    }
    console.log(
      `ratios: map ready app/bare ${ratio(
        med('app', profile, (r) => r.ready),
        med('bare', profile, (r) => r.ready),
      )}; ` +
        `app/naive ${ratio(
          med('app', profile, (r) => r.ready),
          med('naive', profile, (r) => r.ready),
        )}; ` +
        `text painted app LCP / blank first paint ${ratio(
          med('app', profile, (r) => r.lcp),
          med('blank', profile, (r) => r.fcp),
        )}, published ${ratio(
          med('published', profile, (r) => r.lcp),
          med('blank', profile, (r) => r.fcp),
        )}`,
    );
    // The medians above can hide how often a budget is missed; the same ratio per round (a page and the blank one
    // measured minutes apart at most) shows the spread.
    const perRound = (page: PageName): number[] =>
      loads
        .filter((r) => r.page === page && r.profile === profile)
        .flatMap((r) => {
          const blank = loads.find((b) => b.page === 'blank' && b.profile === profile && b.round === r.round);
          return blank ? [r.lcp / blank.fcp] : [];
        })
        .sort((a, b) => a - b);
    const spread = (page: PageName): string => {
      const xs = perRound(page);
      return `${xs.map((x) => x.toFixed(2)).join(' ')} (${xs.filter((x) => x <= 1.5).length}/${xs.length} within 1.5×)`;
    };
    if (profile === 'throttled')
      console.log(
        `text painted / blank first paint, round by round: app ${spread('app')}; published ${spread('published')}`,
      );
    summary[profile] = Object.fromEntries(
      pages.map((page) => [
        page,
        {
          lcp: med(page, profile, (r) => r.lcp),
          fcp: med(page, profile, (r) => r.fcp),
          ready: med(page, profile, (r) => r.ready),
          tbt: med(page, profile, (r) => r.tbt),
          tbtFromStart: med(page, profile, (r) => r.tbtFromStart),
          bytes: med(page, profile, total),
          brotli: med(page, profile, totalBrotli),
        },
      ]),
    );
  }
  const app = loads.filter((r) => r.page === 'app' && r.profile === 'unthrottled');
  const bytesOf = (c: ByteCategory): number => median(app.map((r) => r.bytes[c]));
  const brotliOf = (c: ByteCategory): number => median(app.map((r) => r.brotli[c]));
  const criticalJs = median(app.map((r) => r.criticalJs));
  const appJs = median(app.map((r) => r.appJs));
  if (want('loads')) {
    console.log(
      `\napp bytes (gzip, median): critical path before the text paints ${kb(bytesOf('critical'))} (JS ${kb(criticalJs)}), ` +
        `app scripts and styles to interactive ${kb(bytesOf('app'))} (JS ${kb(appJs)}), ` +
        `MapLibre + worker ${kb(bytesOf('maplibre'))}, data ${kb(bytesOf('data'))}, other ${kb(bytesOf('other'))}, ` +
        `total ${kb(median(app.map(total)))}`,
    );
    console.log(
      `app bytes (brotli, median): critical path ${kb(brotliOf('critical'))}, app scripts and styles ${kb(brotliOf('app'))}, ` +
        `MapLibre + worker ${kb(brotliOf('maplibre'))}, data ${kb(brotliOf('data'))}, other ${kb(brotliOf('other'))}, ` +
        `total ${kb(median(app.map(totalBrotli)))}; the naive page ${kb(
          median(loads.filter((r) => r.page === 'naive' && r.profile === 'unthrottled').map(totalBrotli)),
        )}, the published article ${kb(
          median(loads.filter((r) => r.page === 'published' && r.profile === 'unthrottled').map(totalBrotli)),
        )}`,
    );
  }
  for (const i of interactions) {
    console.log(
      `${i.profile}: place click → passages: median ${fmt(median(i.placeClicks))}, slowest ${fmt(Math.max(...i.placeClicks))}; ` +
        `name click → button painted: median ${fmt(median(i.nameClicks))}, slowest ${fmt(Math.max(...i.nameClicks))}; ` +
        `name click → map highlight drawn: median ${fmt(median(i.nameToMap))}, slowest ${fmt(Math.max(...i.nameToMap))} ` +
        `(Event Timing; under 16 ms counts as 16)`,
    );
    console.log(`${i.profile}: 50 select/deselect cycles, per cycle: ${heapLine(i.selectCycles)}`);
  }
  if (mount && bareMount) {
    console.log(
      `map mount/unmount, 30 cycles, per cycle: app MapView ${heapLine(mount)}; WebGL context warnings: ${mount.webglWarnings}`,
    );
    console.log(
      `  the same cycles on bare MapLibre: ${heapLine(bareMount)}; WebGL context warnings: ${bareMount.webglWarnings}`,
    );
  }
  if (reliability) {
    console.log(
      `reliability: ${reliability.loads - reliability.failures.length}/${reliability.loads} loads reached ready`,
    );
    for (const f of reliability.failures.slice(0, 5)) console.log(`  ${f}`);
  }

  const throttled = interactions[1];
  const loaded = want('loads');
  // null: that part was not run.
  const budgets: [string, boolean | null][] = [
    [
      'map ready ≤ 1.1× bare MapLibre (unthrottled and throttled)',
      loaded
        ? (['unthrottled', 'throttled'] as const).every(
            (p) => med('app', p, (r) => r.ready) <= 1.1 * med('bare', p, (r) => r.ready),
          )
        : null,
    ],
    [
      'map ready ≤ 1.05× the naive MapLibre page (unthrottled)',
      loaded
        ? med('app', 'unthrottled', (r) => r.ready) <= 1.05 * med('naive', 'unthrottled', (r) => r.ready)
        : null,
    ],
    [
      'article text painted ≤ 1.5× blank first paint (throttled)',
      loaded ? med('app', 'throttled', (r) => r.lcp) <= 1.5 * med('blank', 'throttled', (r) => r.fcp) : null,
    ],
    [
      'published 1,500-word article: text painted ≤ 1.5× blank first paint (throttled)',
      loaded
        ? med('published', 'throttled', (r) => r.lcp) <= 1.5 * med('blank', 'throttled', (r) => r.fcp)
        : null,
    ],
    [
      'critical-path JavaScript (before the text paints) ≤ 80 KB gzip',
      loaded ? criticalJs <= 80 * 1024 : null,
    ],
    ['fully rendered map ≤ 450 KB brotli', loaded ? median(app.map(totalBrotli)) <= 450 * 1024 : null],
    [
      'total blocking time ≤ 100 ms (throttled)',
      loaded ? med('app', 'throttled', (r) => r.tbt) <= 100 : null,
    ],
    [
      'slowest of 20 clicks ≤ 100 ms (throttled)',
      throttled ? Math.max(...throttled.placeClicks, ...throttled.nameClicks) <= 100 : null,
    ],
    [
      'mount/unmount ≤ 25 KB per cycle (objects kept), no WebGL context warnings',
      mount ? mount.objectsKb <= 25 && mount.webglWarnings === 0 : null,
    ],
    [
      'flat heap across select/deselect cycles (≤ 1 KB per cycle, objects kept)',
      interactions.length ? interactions.every((i) => i.selectCycles.objectsKb <= 1) : null,
    ],
    [
      `${RELIABILITY_LOADS} consecutive loads reach ready`,
      reliability ? reliability.failures.length === 0 : null,
    ],
  ];
  console.log('\nbudgets:');
  for (const [name, met] of budgets) {
    console.log(`  ${met === null ? 'skipped' : met ? 'met    ' : 'NOT met'}  ${name}`);
  }

  mkdirSync(join(ROOT, 'bench-results'), { recursive: true });
  const file = join(ROOT, 'bench-results', `bench-${new Date().toISOString().replace(/[:.]/g, '-')}.json`);
  writeFileSync(
    file,
    JSON.stringify(
      {
        chromium: version,
        quick: QUICK,
        only: ONLY ?? null,
        measured: MEASURED,
        slow: SLOW,
        cpuSlowdown: CPU_SLOWDOWN,
        summary,
        loads,
        interactions,
        mount,
        bareMount,
        reliability,
        budgets,
      },
      null,
      2,
    ),
  );
  console.log(`\nraw figures: ${file}`);
}

main().catch((error: unknown) => {
  console.error(`bench failed: ${error instanceof Error ? error.message : String(error)}`);
  process.exit(1);
});
