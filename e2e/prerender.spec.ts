import { test, expect } from './fixtures';
import { readFileSync } from 'node:fs';
import type { Page } from '@playwright/test';

// The built index.html carries the first view prerendered (src/app/prerender.tsx): the article paints from the
// HTML alone, and the script then adopts that HTML (hydration) instead of drawing the page again.

/** Keeps the first element with `selector` the HTML parser creates, before any script of the page runs. */
const keepFirst = (selector: string) => `(() => {
  new MutationObserver((records, observer) => {
    const found = document.querySelector(${JSON.stringify(selector)});
    if (found) { window.__first = found; observer.disconnect(); }
  }).observe(document, { childList: true, subtree: true });
})();`;

test.describe('the prerendered page', () => {
  test('holds the article, its linked names and the places list before any script runs', async ({
    browser,
    baseURL,
  }) => {
    const context = await browser.newContext({ javaScriptEnabled: false, ...(baseURL ? { baseURL } : {}) });
    const page = await context.newPage();
    await page.goto('/');
    const article = page.getByRole('article', { name: 'Article' });
    await expect(article).toContainText('Lugansk');
    await expect(article.getByRole('button')).toHaveCount(44);
    // The links were made at build time: exactly the expected mentions, in order, each with its place.
    const data = (name: string): unknown =>
      JSON.parse(readFileSync(new URL(`../data/${name}`, import.meta.url), 'utf8'));
    const expected = data('annexation-ceremony.expected.json') as {
      mentions: { text: string; place: string }[];
    };
    const gazetteer = data('gazetteer.json') as { entries: { id: string; name: string }[] };
    const idOf = new Map(gazetteer.entries.map((e) => [e.name, e.id]));
    const shown = await article
      .getByRole('button')
      .evaluateAll((els) => els.map((el) => [el.textContent, el.getAttribute('data-place')]));
    expect(shown).toEqual(expected.mentions.map((m) => [m.text, idOf.get(m.place)]));
    await expect(page.locator('#places-groups').getByRole('button')).toHaveCount(16);
    await expect(page.locator('p.noscript')).toBeVisible();
    await expect(page.locator('p.noscript')).toContainText('The map needs JavaScript');
    await expect(page.getByTestId('map')).toHaveAttribute('data-map-state', 'loading');
    await context.close();
  });

  test('on a narrow screen, the places list is folded before any script runs, and the legend waits for it', async ({
    browser,
    baseURL,
  }) => {
    const context = await browser.newContext({
      javaScriptEnabled: false,
      ...(baseURL ? { baseURL } : {}),
      viewport: { width: 390, height: 800 },
    });
    const page = await context.newPage();
    await page.goto('/');
    await expect(page.getByRole('article', { name: 'Article' })).toContainText('Lugansk');
    await expect(page.locator('#places-groups')).toBeHidden();
    // The legend's toggles work only with the map the script draws: the script draws the legend too.
    await expect(page.locator('.legend')).toHaveCount(0);
    await context.close();
  });

  test("the legend's empty slot is where the open legend will be, so a map made before the script frames its first view clear of it", async ({
    browser,
    baseURL,
    page,
  }) => {
    // Without any script: the slot only (and not on a narrow screen, where the legend starts folded).
    const boxes: Record<number, { x: number; width: number } | null> = {};
    for (const width of [1280, 800, 390]) {
      const context = await browser.newContext({
        javaScriptEnabled: false,
        ...(baseURL ? { baseURL } : {}),
        viewport: { width, height: 800 },
      });
      const bare = await context.newPage();
      await bare.goto('/');
      await expect(bare.getByRole('article', { name: 'Article' })).toContainText('Lugansk');
      boxes[width] = await bare.locator('.legend-slot').boundingBox();
      await context.close();
    }
    expect(boxes[390]).toBeNull();
    // With the script, at the same sizes: the legend drawn open over the slot's place, as wide as it at most.
    for (const width of [1280, 800]) {
      await page.setViewportSize({ width, height: 800 });
      await page.goto('/');
      await expect(page.getByTestId('map')).toHaveAttribute('data-map-state', 'ready');
      const legend = page.locator('details.legend[open]');
      await expect(legend).toBeVisible();
      await expect(page.locator('.legend-slot')).toHaveCount(0);
      const drawn = await legend.boundingBox();
      const slot = boxes[width];
      expect(slot, `the slot at ${width} px`).not.toBeNull();
      expect(drawn?.x).toBeCloseTo(slot?.x ?? NaN, 0);
      expect(drawn?.width).toBeLessThanOrEqual(slot?.width ?? NaN);
      expect(drawn?.width).toBeGreaterThan((slot?.width ?? NaN) - 1);
    }
  });

  /** Whether the page's script kept the element the HTML parser made (hydration) rather than drawing a new one. */
  const adopted = (page: Page, selector: string) =>
    page.evaluate((sel) => {
      const first = (window as { __first?: Element }).__first;
      if (!first) throw new Error(`the parser never made ${sel}`);
      return first === document.querySelector(sel);
    }, selector);

  test('the script adopts the prerendered HTML rather than drawing it again', async ({ atlas, page }) => {
    await page.addInitScript({ content: keepFirst('article.article') });
    // The fixture fails the test on a console error, which is how React reports HTML that does not match.
    await atlas.open('/');
    expect(await adopted(page, 'article.article')).toBe(true);
    // Adopted means live: a name in the article selects its place.
    await atlas.mention('Donetsk').click();
    await expect(atlas.passages.getByRole('heading')).toContainText('Donetsk');
  });

  test('React adopts the page in slices, and a name clicked part-way through is answered', async ({
    context,
    page,
  }) => {
    // Slowed 6× so that adopting the page takes long enough to click in the middle of it. React schedules each
    // slice as a message to itself (MessageChannel); the page's own message loop below runs in turn with them. It
    // clicks Kherson once the page's title has been adopted (React marks each element it adopts with a
    // `__reactFiber…` key) and before the button itself has been. Adopted in one task, as it once was, nothing could run in between, and the page
    // would record "already adopted". (Timers and frame callbacks came too rarely under load to see it. And not
    // slower than 6×: React finishes a transition that has waited 5 s in one go, which under load it then did.)
    const cdp = await context.newCDPSession(page);
    await cdp.send('Emulation.setCPUThrottlingRate', { rate: 6 });
    await page.addInitScript({
      content: `(() => {
        window.__clicked = 'not yet';
        const adopted = (el) => Object.keys(el).some((k) => k.startsWith('__reactFiber'));
        const channel = new MessageChannel();
        const check = () => {
          const root = document.getElementById('root');
          const title = root && root.querySelector('.topbar h1');
          const name = [...document.querySelectorAll('article button.mention')].find((b) => b.textContent === 'Kherson');
          if (title && name && adopted(title)) {
            window.__clicked = adopted(name) ? 'already adopted' : 'before the button was adopted';
            name.click();
          } else channel.port2.postMessage(null);
        };
        channel.port1.onmessage = check;
        channel.port2.postMessage(null);
      })();`,
    });
    await page.goto('/');
    await expect(page.getByTestId('passages').getByRole('heading')).toContainText('Kherson', {
      timeout: 60_000,
    });
    expect(await page.evaluate(() => (window as unknown as { __clicked: string }).__clicked)).toBe(
      'before the button was adopted',
    );
    await cdp.send('Emulation.setCPUThrottlingRate', { rate: 1 });
  });

  test('the first view lays out only the paragraphs on screen, and the rest once the script is idle', async ({
    atlas,
    page,
  }) => {
    const skipped = () =>
      atlas.article
        .locator('p')
        .evaluateAll((ps) => ps.filter((p) => getComputedStyle(p).contentVisibility === 'auto').length);
    // Before the script's idle moment (held off here), every paragraph may be skipped while off screen.
    await page.addInitScript({ content: 'window.requestIdleCallback = () => 0;' });
    await page.setViewportSize({ width: 640, height: 400 });
    await atlas.open('/?place=UA-14');
    await expect(page.locator('html')).toHaveClass('first-view');
    expect(await skipped()).toBe(await atlas.article.locator('p').count());
    // A scroll to a late sentence, on a small screen, lays the whole article out first and lands on the sentence.
    await atlas.passages.getByRole('listitem').last().getByRole('button').click();
    const sentence = atlas.article.locator('[data-sentence="18"]');
    await expect(sentence).toBeFocused();
    await expect(sentence).toBeInViewport({ ratio: 1 });
    await expect(page.locator('html')).not.toHaveClass('first-view');
    expect(await skipped()).toBe(0);
  });

  test('without a hold-up, the script lays the whole article out when it is first idle', async ({
    atlas,
    page,
  }) => {
    await atlas.open('/');
    await expect(page.locator('html')).not.toHaveClass('first-view');
  });

  test('the map started before hydration is the one React adopts: one map, in the prerendered container', async ({
    atlas,
    page,
  }) => {
    await page.addInitScript({ content: keepFirst('[data-testid="map"]') });
    await page.addInitScript(() => {
      // Every WebGL 2 context the page creates, whoever creates it.
      const w = window as unknown as { __contexts: number };
      w.__contexts = 0;
      const original = Object.getOwnPropertyDescriptor(HTMLCanvasElement.prototype, 'getContext')?.value as (
        this: HTMLCanvasElement,
        ...args: unknown[]
      ) => RenderingContext | null;
      HTMLCanvasElement.prototype.getContext = function (this: HTMLCanvasElement, ...args: unknown[]) {
        if (args[0] === 'webgl2') w.__contexts++;
        return original.apply(this, args);
      } as typeof HTMLCanvasElement.prototype.getContext;
    });
    await atlas.open('/');
    expect(await adopted(page, '[data-testid="map"]')).toBe(true);
    await expect(page.locator('[data-testid="map"] canvas.maplibregl-canvas')).toHaveCount(1);
    // One context to check for WebGL 2 (webgl.ts) and one for the map; a second map would make two more.
    expect(
      await page.evaluate(() => (window as unknown as { __contexts: number }).__contexts),
    ).toBeLessThanOrEqual(2);
    await atlas.mention('Donetsk').click();
    await expect(atlas.passages.getByRole('heading')).toContainText('Donetsk');
  });

  test('a link with only a camera is adopted too, and the map goes where it says', async ({
    atlas,
    page,
  }) => {
    await page.addInitScript({ content: keepFirst('article.article') });
    await atlas.open('/#map=6.5/48.2/37.6');
    expect(await adopted(page, 'article.article')).toBe(true);
    await expect.poll(() => page.evaluate(() => window.location.hash)).toBe('#map=6.5/48.2/37.6');
  });

  test('a link with a selection renders its own view over the prerendered one', async ({ atlas, page }) => {
    await page.addInitScript({ content: keepFirst('article.article') });
    await atlas.open('/?place=UA-14');
    expect(await adopted(page, 'article.article')).toBe(false);
    await expect(atlas.passages.getByRole('heading')).toContainText('Donetsk');
  });

  test('the embed page is prerendered and adopted as well, its way out linking to this view', async ({
    atlas,
    page,
  }) => {
    await page.addInitScript({ content: keepFirst('main.embed') });
    await atlas.open('/embed.html#map=6/48.5/38.5');
    expect(await adopted(page, 'main.embed')).toBe(true);
    await expect(page.getByRole('link', { name: 'Open full map' })).toHaveAttribute(
      'href',
      /^http:\/\/127\.0\.0\.1:\d+\/#map=6\/48\.5\/38\.5$/,
    );
  });

  test('its code comes in a few files before the map is ready, and app.css is the first of its styles', async ({
    atlas,
    page,
  }) => {
    // Each script file is a request the parser starts before it reaches the text, and one more on the way to the map
    // (vite.config.ts: firstViewCode); the bundler left alone made eleven of them.
    await page.addInitScript(() => {
      const w = window as unknown as { mapReadyAt?: number };
      new MutationObserver(() => {
        const map = document.querySelector('[data-testid="map"]');
        if (w.mapReadyAt === undefined && map?.getAttribute('data-map-state') === 'ready')
          w.mapReadyAt = performance.now();
      }).observe(document, { subtree: true, attributes: true, attributeFilter: ['data-map-state'] });
    });
    await atlas.open();
    const { scripts, firstRule } = await page.evaluate(() => {
      const ready = (window as unknown as { mapReadyAt?: number }).mapReadyAt ?? Infinity;
      const sheet = document.styleSheets[0];
      return {
        scripts: performance
          .getEntriesByType('resource')
          .filter((e) => e.startTime < ready && /\/assets\/[^/]+\.js$/.test(e.name))
          .map((e) => new URL(e.name).pathname.replace(/^.*\/assets\//, '').replace(/-[\w-]{8}\.js$/, '')),
        firstRule: sheet?.cssRules[0] instanceof CSSStyleRule ? sheet.cssRules[0].selectorText : null,
      };
    });
    // The page's entry, the code it shares with the embed, the bundler's runtime, the map's chunk and its worker.
    expect(scripts.sort()).toEqual(['app', 'controller', 'main', 'maplibre-gl-worker', 'rolldown-runtime']);
    // The other stylesheets come after app.css and override it; its first rule holds the colours.
    expect(firstRule).toBe(':root');
    await atlas.open('/embed.html');
    const embedFirst = await page.evaluate(() => {
      const rule = document.styleSheets[0]?.cssRules[0];
      return rule instanceof CSSStyleRule ? rule.selectorText : null;
    });
    expect(embedFirst).toBe(':root');
  });

  test('the embed page holds its passages before any script runs', async ({ browser, baseURL }) => {
    const context = await browser.newContext({ javaScriptEnabled: false, ...(baseURL ? { baseURL } : {}) });
    const page = await context.newPage();
    await page.goto('/embed.html');
    await expect(page.getByRole('button', { name: 'Read the article' })).toBeVisible();
    await expect(page.getByRole('link', { name: 'Open full map' })).toHaveAttribute('href', '/');
    await context.close();
  });
});
