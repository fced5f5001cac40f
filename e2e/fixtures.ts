import { test as base, expect, type Locator, type Page } from '@playwright/test';
import type { MapProbe } from '../src/map/controller';

/** What the map container exposes for tests: a type-only import, so no map code runs in the test process. */
type ProbeElement = HTMLElement & { atlasProbe: MapProbe };

/** Presses Tab (or `key`) until `target` has focus, failing after `max` presses; every stop on the way must show its focus. */
export async function tabTo(page: Page, target: Locator, max = 40, key = 'Tab') {
  for (let i = 0; i < max; i++) {
    if (await target.evaluate((el) => el === document.activeElement)) return;
    await page.keyboard.press(key);
    const outline = await page.evaluate(() => {
      const el = document.activeElement;
      if (!el || el === document.body) return 'body';
      const style = getComputedStyle(el);
      return `${style.outlineStyle} ${style.outlineWidth} on ${el.tagName.toLowerCase()}.${el.className}`;
    });
    expect(outline, 'the focused element shows a focus ring').toMatch(/^(solid|auto) [1-9]/);
  }
  throw new Error(`${target.toString()} not reached in ${max} Tab presses`);
}

/** A locator's box, which must exist: the element is on screen. */
export async function boxOf(
  locator: Locator,
): Promise<{ x: number; y: number; width: number; height: number }> {
  const box = await locator.boundingBox();
  if (!box) throw new Error(`${locator.toString()} has no bounding box`);
  return box;
}

/** The app as a reader sees it, plus a window onto our own map layers. */
export class AtlasPage {
  readonly map: Locator;
  readonly article: Locator;
  readonly passages: Locator;

  constructor(readonly page: Page) {
    this.map = page.getByTestId('map');
    this.article = page.getByRole('article', { name: 'Article' });
    this.passages = page.getByTestId('passages');
  }

  async open(path = '/'): Promise<void> {
    await this.page.goto(path);
    await expect(this.map).toHaveAttribute('data-map-state', 'ready');
  }

  /** Where a longitude/latitude is on the map element, in CSS pixels; fails if it is off the visible map. */
  async pointOf(lng: number, lat: number): Promise<{ x: number; y: number }> {
    await this.settled();
    const [x, y] = await this.map.evaluate((el, [a, b]) => (el as ProbeElement).atlasProbe.project(a, b), [
      lng,
      lat,
    ] as const);
    // The point must show the map canvas itself, not something drawn over it (the legend, a control).
    const onCanvas = await this.map.evaluate(
      (el, [px, py]) => {
        const r = el.getBoundingClientRect();
        const hit = px >= 0 && py >= 0 && px < r.width && py < r.height;
        return (
          hit && document.elementFromPoint(r.left + px, r.top + py)?.classList.contains('maplibregl-canvas')
        );
      },
      [x, y] as const,
    );
    expect(onCanvas, `${lng},${lat} projects to ${x},${y}, which is not open map`).toBe(true);
    return { x, y };
  }

  /** Waits until the camera has stopped moving. */
  async settled(): Promise<void> {
    await expect.poll(() => this.map.evaluate((el) => (el as ProbeElement).atlasProbe.moving())).toBe(false);
  }

  /** Clicks the map at a longitude/latitude. */
  async clickAt(lng: number, lat: number): Promise<void> {
    await this.map.click({ position: await this.pointOf(lng, lat) });
  }

  async hoverAt(lng: number, lat: number): Promise<void> {
    await this.map.hover({ position: await this.pointOf(lng, lat) });
  }

  featureState(id: string): Promise<Record<string, unknown>> {
    return this.map.evaluate((el, fid) => (el as ProbeElement).atlasProbe.featureState(fid), id);
  }

  layerVisibility(layerId: string): Promise<string> {
    return this.map.evaluate((el, lid) => (el as ProbeElement).atlasProbe.layerVisibility(lid), layerId);
  }

  center(): Promise<[number, number]> {
    return this.map.evaluate((el) => (el as ProbeElement).atlasProbe.center());
  }

  /** True when MapLibre has its style, data and label placement all done. */
  idle(): Promise<boolean> {
    return this.map.evaluate((el) => (el as ProbeElement).atlasProbe.idle());
  }

  /** The ids of the places whose data the map holds. */
  drawnPlaces(): Promise<string[]> {
    return this.map.evaluate((el) => (el as ProbeElement).atlasProbe.drawnPlaces());
  }

  /** Tiles MapLibre has laid out again since the map was marked ready. */
  tilesSinceReady(): Promise<number> {
    return this.map.evaluate((el) => (el as ProbeElement).atlasProbe.tilesSinceReady());
  }

  mention(text: string, nth = 0): Locator {
    return this.article.getByRole('button', { name: text, exact: true }).nth(nth);
  }
}

type CspWindow = Window & { __cspViolations?: string[] };

/** Runs in the page before any of its scripts: keeps every CSP violation report the page receives. */
export function collectCspViolations(): void {
  const w = window as CspWindow;
  w.__cspViolations = [];
  document.addEventListener('securitypolicyviolation', (e) => {
    w.__cspViolations?.push(
      `${e.effectiveDirective} blocked ${e.blockedURI || 'inline'} (${e.sourceFile}:${e.lineNumber})`,
    );
  });
}

/** The CSP violations the page has reported so far. */
export function cspViolations(page: Page): Promise<string[]> {
  return page.evaluate(() => (window as CspWindow).__cspViolations ?? ['the violation collector never ran']);
}

/**
 * Every test gets a page that fails it on any request outside the page's own origin and on any console error
 * or uncaught exception, and on any Content-Security-Policy violation.
 */
export const test = base.extend<{ atlas: AtlasPage }>({
  atlas: async ({ page, baseURL }, use) => {
    const origin = new URL(baseURL ?? 'http://127.0.0.1').origin;
    const outside: string[] = [];
    const errors: string[] = [];
    page.on('request', (req) => {
      const url = req.url();
      if (url.startsWith('data:') || url.startsWith('blob:')) return;
      if (new URL(url).origin !== origin) outside.push(url);
    });
    page.on('response', (res) => {
      if (res.status() >= 400) errors.push(`HTTP ${res.status()} for ${res.url()}`);
    });
    page.on('console', (msg) => {
      if (msg.type() === 'error') errors.push(msg.text());
    });
    page.on('pageerror', (err) => errors.push(String(err)));
    await page.addInitScript(collectCspViolations);
    await use(new AtlasPage(page));
    expect(outside, 'requests outside the page’s own origin').toEqual([]);
    expect(errors, 'console errors').toEqual([]);
    expect(await cspViolations(page), 'Content-Security-Policy violations').toEqual([]);
  },
});

export { expect };
