import type { CDPSession } from '@playwright/test';
import { expectNoAxeViolations } from './axe';
import { boxOf, test, expect } from './fixtures';

/** One finger down at `from`, moved in ten steps to `to`, lifted: a real touch sequence through Chromium's input pipeline. */
async function touchDrag(cdp: CDPSession, from: [number, number], to: [number, number]): Promise<void> {
  const [x0, y0] = from;
  const [x1, y1] = to;
  await cdp.send('Input.dispatchTouchEvent', { type: 'touchStart', touchPoints: [{ x: x0, y: y0 }] });
  for (let i = 1; i <= 10; i++) {
    const t = i / 10;
    await cdp.send('Input.dispatchTouchEvent', {
      type: 'touchMove',
      touchPoints: [{ x: x0 + (x1 - x0) * t, y: y0 + (y1 - y0) * t }],
    });
  }
  await cdp.send('Input.dispatchTouchEvent', { type: 'touchEnd', touchPoints: [] });
}

// Runs in the 'phone' project (Pixel 7 emulation: touch, 412 × 839 CSS px).
test.describe('on a phone, for everyone', () => {
  test('the passages sheet can be expanded, axe is clean in every state, and screenshots are kept', async ({
    atlas,
    page,
  }) => {
    // Three full axe runs: seconds each on a busy two-core machine.
    test.setTimeout(90_000);
    await atlas.open();
    await expectNoAxeViolations(page, 'phone, default');
    await page.screenshot({ path: test.info().outputPath('phone-default.png') });

    const places = page.getByRole('navigation', { name: /Places in this article/ });
    await places.getByRole('button', { name: /^Places in this article/ }).tap();
    await places.getByRole('button', { name: /^Donetsk/ }).tap();
    await expect(atlas.passages.getByRole('heading')).toHaveText('Donetsk — mentioned in 4 sentences');
    const viewportHeight = page.viewportSize()?.height ?? 0;
    const sheet = await boxOf(atlas.passages);
    expect(sheet.height).toBeLessThanOrEqual(viewportHeight * 0.43);
    await expectNoAxeViolations(page, 'phone, sheet open');
    await page.screenshot({ path: test.info().outputPath('phone-sheet.png') });

    const toggle = atlas.passages.getByRole('button', { name: 'Expand' });
    await expect(toggle).toHaveAttribute('aria-expanded', 'false');
    await toggle.tap();
    const collapse = atlas.passages.getByRole('button', { name: 'Collapse' });
    await expect(collapse).toHaveAttribute('aria-expanded', 'true');
    await expect.poll(async () => (await boxOf(atlas.passages)).height).toBeGreaterThan(sheet.height + 50);
    await expect(atlas.passages.getByRole('listitem').last()).toBeInViewport();
    await expectNoAxeViolations(page, 'phone, sheet expanded');
    await page.screenshot({ path: test.info().outputPath('phone-sheet-expanded.png') });
    await collapse.tap();
    await expect(atlas.passages.getByRole('button', { name: 'Expand' })).toBeVisible();
  });

  test('every touch target outside running text is at least 44 × 44 px', async ({ atlas, page }) => {
    await atlas.open();
    const places = page.getByRole('navigation', { name: /Places in this article/ });
    await places.getByRole('button', { name: /^Places in this article/ }).tap();
    await places.getByRole('button', { name: /^Kyiv/ }).tap();
    await expect(atlas.passages).toBeVisible();
    await page.locator('.legend summary').tap();
    await expect(page.locator('.legend')).toHaveAttribute('open', '');
    const small = await page.evaluate(() => {
      const targets = [
        ...document.querySelectorAll<HTMLElement>('button, a[href], summary, label, [tabindex="0"]'),
      ].filter(
        (el) => !el.closest('.article p') && !el.matches('.skip-link') && el.getClientRects().length > 0,
      );
      return targets
        .map((el) => {
          const r = el.getBoundingClientRect();
          return {
            what: `${el.tagName.toLowerCase()} ${el.textContent?.trim().slice(0, 30) ?? ''}`,
            w: r.width,
            h: r.height,
          };
        })
        .filter((t) => t.w < 44 || t.h < 44);
    });
    expect(small).toEqual([]);
  });

  test('a drag on the map pans the map, a swipe on the article scrolls the page, and neither does the other', async ({
    atlas,
    page,
  }) => {
    await atlas.open();
    const cdp = await page.context().newCDPSession(page);
    const scrollY = () => page.evaluate(() => window.scrollY);

    // Drag left on the map with one finger: the map pans east, the page does not scroll.
    const before = await atlas.center();
    const map = await boxOf(atlas.map);
    const x = map.x + map.width / 2;
    const y = map.y + map.height / 2;
    await touchDrag(cdp, [x, y], [x - 150, y]);
    await atlas.settled();
    const panned = await atlas.center();
    expect(panned[0]).toBeGreaterThan(before[0] + 0.2);
    expect(await scrollY()).toBe(0);

    // Swipe up below the map: the page scrolls, the map stays put.
    const sx = map.x + map.width / 2;
    const sy = (page.viewportSize()?.height ?? 800) - 60;
    expect(sy).toBeGreaterThan(map.y + map.height);
    await touchDrag(cdp, [sx, sy], [sx, sy - 300]);
    await expect.poll(scrollY).toBeGreaterThan(100);
    expect(await atlas.center()).toEqual(panned);
  });
});
