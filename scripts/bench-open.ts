/**
 * Opening an article (issue "Any article"), measured in headless Chromium against the production build:
 *   npm run build && npx tsx scripts/bench-open.ts [--runs N]
 * For a 1,500-word article (bench/articles/ten-days-in-october.txt), with the page's CPU slowed 4× (DevTools
 * protocol; the worker's own CPU is not slowed by it, so its figure is a lower bound): the linker's time in the
 * worker, "Map this article" → the new article's text and places on screen (the next paint after the header
 * changed), → the map drawn with its places (data-map-state ready for that article), and the bytes fetched for it.
 * Then a 100,000-word text, unthrottled: the longest task on the main thread while it is opened and drawn.
 * Prints medians; times nothing in CI.
 */
import { spawn } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { chromium, type Page } from '@playwright/test';

const PORT = Number(process.env.BENCH_OPEN_PORT ?? 4390);
const RUNS = Number(process.argv[process.argv.indexOf('--runs') + 1] || 5);
const ARTICLE = readFileSync('bench/articles/ten-days-in-october.txt', 'utf8');
const executablePath = ['/usr/bin/chromium', '/usr/bin/chromium-browser'].find((p) => existsSync(p));

if (!existsSync('dist/index.html')) {
  console.error('bench-open: run `npm run build` first');
  process.exit(2);
}

const server = spawn(
  'npx',
  ['vite', 'preview', '--host', '127.0.0.1', '--port', String(PORT), '--strictPort'],
  {
    stdio: 'ignore',
  },
);
const base = `http://127.0.0.1:${PORT}/`;
for (let i = 0; i < 100; i++) {
  try {
    if ((await fetch(base)).ok) break;
  } catch {
    // not up yet
  }
  await new Promise((r) => setTimeout(r, 100));
}

interface OpenFigures {
  linkMs: number;
  shownMs: number;
  mapMs: number;
  bytes: number;
  longestTask: number;
  places: number;
}

/** Pastes `text`, maps it, and returns the figures measured inside the page. */
async function openOnce(page: Page, text: string, throttle: number): Promise<OpenFigures> {
  await page.goto(base);
  await page.locator('[data-map-state=ready]').waitFor({ timeout: 60_000 });
  const cdp = await page.context().newCDPSession(page);
  await page.getByRole('button', { name: 'Open an article' }).click();
  await page.getByLabel('Article text').fill(text);
  await page.evaluate(() => {
    const w = window as unknown as Record<string, unknown>;
    const marks: Record<string, number> = {};
    w.__marks = marks;
    w.__tasks = [] as number[];
    new PerformanceObserver((list) => {
      for (const e of list.getEntries()) (w.__tasks as number[]).push(e.duration);
    }).observe({ type: 'longtask' });
    const header = document.querySelector('.topbar__meta');
    const map = document.querySelector('[data-testid=map]');
    const button = [...document.querySelectorAll('button')].find((b) => b.textContent === 'Map this article');
    button?.addEventListener('click', () => (marks.click = performance.now()), { capture: true });
    new MutationObserver(() => {
      if (marks.shown !== undefined) return;
      // The next paint after the header named the new article: its text and places are on screen.
      requestAnimationFrame(() => setTimeout(() => (marks.shown ??= performance.now()), 0));
    }).observe(header ?? document.body, { childList: true, characterData: true, subtree: true });
    new MutationObserver(() => {
      const el = map as HTMLElement | null;
      if (el?.dataset.mapState === 'ready' && el.dataset.article && el.dataset.article !== 'default')
        marks.map ??= performance.now();
    }).observe(map ?? document.body, { attributes: true });
    performance.clearResourceTimings();
  });
  if (throttle > 1) await cdp.send('Emulation.setCPUThrottlingRate', { rate: throttle });
  await page.getByRole('button', { name: 'Map this article' }).click();
  await page.waitForFunction(
    () => (window as unknown as { __marks: { map?: number } }).__marks.map !== undefined,
    null,
    {
      timeout: 120_000,
    },
  );
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: 1 });
  return page.evaluate(() => {
    const w = window as unknown as {
      __marks: Record<string, number>;
      __tasks: number[];
      atlasOpenProbe?: { linkMs: number };
    };
    const m = w.__marks;
    const click = m.click ?? 0;
    const bytes = performance
      .getEntriesByType('resource')
      .reduce((n, e) => n + ((e as PerformanceResourceTiming).encodedBodySize || 0), 0);
    const title = document.querySelector('#places-title')?.textContent ?? '';
    return {
      linkMs: w.atlasOpenProbe?.linkMs ?? NaN,
      shownMs: (m.shown ?? NaN) - click,
      mapMs: (m.map ?? NaN) - click,
      bytes,
      longestTask: Math.max(0, ...w.__tasks),
      places: Number(/\((\d+)\)/.exec(title)?.[1] ?? 0),
    };
  });
}

const median = (xs: number[]) => {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)] ?? NaN;
};

const browser = await chromium.launch({
  ...(executablePath ? { executablePath } : {}),
  args: ['--no-sandbox', '--disable-background-networking', '--disable-component-update'],
});
try {
  const runs: OpenFigures[] = [];
  for (let i = 0; i < RUNS; i++) {
    const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
    runs.push(await openOnce(await context.newPage(), ARTICLE, 4));
    await context.close();
  }
  const words = ARTICLE.split(/\s+/).filter(Boolean).length;
  console.log(
    `Open a ${words}-word article, page CPU 4× slower, median of ${RUNS} (each in a fresh profile):`,
  );
  const row = (label: string, key: keyof OpenFigures, unit: string, budget?: number) => {
    const m = median(runs.map((r) => r[key]));
    const verdict =
      budget === undefined
        ? ''
        : m <= budget
          ? `  (budget ≤ ${budget} ${unit}: met)`
          : `  (budget ≤ ${budget} ${unit}: NOT met)`;
    console.log(`  ${label.padEnd(44)} ${m.toFixed(unit === 'ms' ? 0 : 0).padStart(8)} ${unit}${verdict}`);
  };
  row('linking in the worker (worker not throttled)', 'linkMs', 'ms', 150);
  row('click → text and places on screen', 'shownMs', 'ms', 300);
  row('click → map drawn with its places', 'mapMs', 'ms', 1500);
  row('longest main-thread task meanwhile', 'longestTask', 'ms');
  row('bytes fetched for it (encoded bodies)', 'bytes', 'B');
  row('places linked', 'places', '');

  const big = Array.from({ length: Math.ceil(100_000 / words) }, () => ARTICLE).join('\n\n');
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
  const huge = await openOnce(await context.newPage(), big, 1);
  await context.close();
  const bigWords = big.split(/\s+/).filter(Boolean).length;
  console.log(
    `A ${bigWords.toLocaleString('en')}-word text (${(big.length / 1024).toFixed(0)} KB), unthrottled:`,
  );
  console.log(
    `  linking in the worker ${huge.linkMs.toFixed(0)} ms; click → text ${huge.shownMs.toFixed(0)} ms; → map ${huge.mapMs.toFixed(0)} ms`,
  );
  console.log(
    `  longest main-thread task ${huge.longestTask.toFixed(0)} ms (budget ≤ 200 ms: ${huge.longestTask <= 200 ? 'met' : 'NOT met'})`,
  );
} finally {
  await browser.close();
  server.kill();
}
