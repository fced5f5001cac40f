import { expectNoAxeViolations } from './axe';
import { boxOf, test, expect } from './fixtures';

// The embed on a phone: a one-finger swipe over the map must scroll the page, not pan the map (no scroll trap).
test.describe('the embed on a phone', () => {
  test('a one-finger swipe over the map scrolls the page and leaves the map where it was', async ({
    atlas,
    page,
  }) => {
    await atlas.open('/embed.html');
    // Open the article so the page is taller than the screen.
    await page.getByRole('button', { name: 'Read the article' }).tap();
    await expect(atlas.article).toBeVisible();
    await atlas.settled();
    const before = await atlas.center();
    const box = await boxOf(atlas.map);
    expect(await page.evaluate(() => window.scrollY)).toBe(0);

    // A real one-finger drag, as touch events through the browser's input pipeline (Playwright has no touch drag).
    const cdp = await page.context().newCDPSession(page);
    const x = Math.round(box.x + box.width / 2);
    const y = Math.round(box.y + box.height * 0.8);
    await cdp.send('Input.dispatchTouchEvent', { type: 'touchStart', touchPoints: [{ x, y }] });
    for (let i = 1; i <= 8; i++)
      await cdp.send('Input.dispatchTouchEvent', { type: 'touchMove', touchPoints: [{ x, y: y - i * 20 }] });
    await cdp.send('Input.dispatchTouchEvent', { type: 'touchEnd', touchPoints: [] });
    await expect.poll(() => page.evaluate(() => window.scrollY)).toBeGreaterThan(0);
    await atlas.settled();
    const after = await atlas.center();
    expect(after[0]).toBeCloseTo(before[0], 9);
    expect(after[1]).toBeCloseTo(before[1], 9);
  });
});

test.describe('the embed on a phone, as it finishes loading', () => {
  test('the facts box, which arrives after the map, does not move the article toggle under a finger', async ({
    atlas,
    page,
  }) => {
    // The box's code (its worker's script) is held back until the toggle has been measured without it, so the first measure cannot see it.
    let release = () => {};
    const held = new Promise<void>((resolve) => (release = resolve));
    await page.route(/\/assets\/facts\.worker-[^/]+\.js$/, async (route) => {
      await held;
      await route.continue();
    });
    await atlas.open('/embed.html');
    const toggle = page.getByRole('button', { name: 'Read the article' });
    const facts = page.getByRole('region', { name: /^Checked against the map/ });
    await expect(facts).toHaveCount(0);
    const before = await boxOf(toggle);
    release();
    await expect(facts).toBeVisible();
    expect(await boxOf(toggle)).toEqual(before);
  });
});

test.describe('the embed on a phone, for every reader', () => {
  test('every touch target outside running text is at least 44 × 44 px, and axe finds nothing wrong', async ({
    atlas,
    page,
  }) => {
    test.setTimeout(60_000);
    await atlas.open('/embed.html');
    const places = page.getByRole('navigation', { name: /Places in this article/ });
    await places.getByRole('button', { name: /^Places in this article/ }).tap();
    await places.getByRole('button', { name: /^Kyiv/ }).tap();
    await expect(atlas.passages).toBeVisible();
    await page.getByRole('button', { name: 'Read the article' }).tap();
    await expect(atlas.article).toBeVisible();
    await page.locator('.legend summary').tap();
    await expect(page.locator('.legend')).toHaveAttribute('open', '');
    const small = await page.evaluate(() =>
      [...document.querySelectorAll<HTMLElement>('button, a[href], summary, label, [tabindex="0"]')]
        // Names inside the article's sentences are inline targets, which WCAG 2.5.8 exempts.
        .filter((el) => !el.closest('.article p') && el.getClientRects().length > 0)
        .map((el) => {
          const r = el.getBoundingClientRect();
          return {
            what: `${el.tagName.toLowerCase()} ${el.textContent?.trim().slice(0, 30) ?? ''}`,
            w: r.width,
            h: r.height,
          };
        })
        .filter((t) => t.w < 44 || t.h < 44),
    );
    expect(small).toEqual([]);
    await expectNoAxeViolations(page, 'embed on a phone: places, passages, article and legend open');
  });
});
