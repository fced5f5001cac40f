import { expectNoAxeViolations } from './axe';
import { test, expect, tabTo } from './fixtures';

const DONETSK_REGION: [number, number] = [37.3, 48.3];

test.describe('accessibility', () => {
  test('axe finds nothing wrong in any state the journeys reach', async ({ atlas, page }) => {
    // Seven full axe runs: seconds each on a busy two-core machine.
    test.setTimeout(120_000);
    await atlas.open();
    await expectNoAxeViolations(page, 'default');
    await page.screenshot({ path: test.info().outputPath('desktop-default.png') });

    await atlas.clickAt(...DONETSK_REGION);
    await expect(atlas.passages.getByRole('heading')).toHaveText('Donetsk — mentioned in 4 sentences');
    await expectNoAxeViolations(page, 'region selected on the map');

    await atlas.mention('Kyiv').click();
    await expect(atlas.passages.getByRole('heading')).toHaveText('Kyiv — mentioned in 4 sentences');
    await expectNoAxeViolations(page, 'name selected in the text');

    await atlas.passages.getByRole('listitem').last().getByRole('button').click();
    await expect(atlas.article.locator('.sentence.is-focused')).toBeInViewport();
    await expectNoAxeViolations(page, 'passage shown in the article');

    await page.getByRole('checkbox', { name: /Former Soviet Union/ }).check();
    await page.getByRole('checkbox', { name: /Towns and landmarks/ }).uncheck();
    await expect.poll(() => atlas.layerVisibility('soviet-fill')).toBe('visible');
    await expectNoAxeViolations(page, 'layers toggled');

    await page.locator('.legend summary').click();
    await expect(page.locator('.legend')).not.toHaveAttribute('open', '');
    await expectNoAxeViolations(page, 'legend folded');

    await page.getByRole('link', { name: 'Skip to the places list' }).focus();
    // Past Open an article and the share controls in the top bar, onto the map.
    await tabTo(page, page.locator('canvas.maplibregl-canvas'), 5);
    await expect(page.locator('.map-hint')).toBeVisible();
    await expectNoAxeViolations(page, 'map focused, keyboard hint shown');
  });

  test('dark scheme: the page and the map follow it, and axe finds nothing wrong', async ({
    atlas,
    page,
  }) => {
    test.setTimeout(120_000);
    await page.emulateMedia({ colorScheme: 'dark' });
    await atlas.open();
    await expect(atlas.map).toHaveAttribute('data-map-theme', 'dark');
    const background = await page.evaluate(() => getComputedStyle(document.documentElement).backgroundColor);
    expect(background).toBe('rgb(22, 24, 25)');
    await expect(page.getByRole('region', { name: 'Checked against the map' })).toBeVisible();
    await expectNoAxeViolations(page, 'dark: default, facts shown');
    await page.screenshot({ path: test.info().outputPath('desktop-dark.png') });

    await atlas.clickAt(...DONETSK_REGION);
    await expect(atlas.passages.getByRole('heading')).toHaveText('Donetsk — mentioned in 4 sentences');
    await expectNoAxeViolations(page, 'dark: region selected on the map');

    await atlas.mention('Kyiv').click();
    await atlas.passages.getByRole('listitem').last().getByRole('button').click();
    await expect(atlas.article.locator('.sentence.is-focused')).toBeInViewport();
    await expectNoAxeViolations(page, 'dark: name selected, passage shown in the article');
    await page.screenshot({ path: test.info().outputPath('desktop-dark-selected.png') });

    // The reader switches the system back to light: the map repaints without reloading.
    await page.emulateMedia({ colorScheme: 'light' });
    await expect(atlas.map).toHaveAttribute('data-map-theme', 'light');
    await expect(atlas.map).toHaveAttribute('data-map-state', 'ready');
  });

  test('?theme= forces a scheme either way; an unknown value is ignored', async ({ atlas, page }) => {
    test.setTimeout(60_000);
    await page.emulateMedia({ colorScheme: 'light' });
    await atlas.open('/embed.html?theme=dark');
    await expect(atlas.map).toHaveAttribute('data-map-theme', 'dark');
    await expectNoAxeViolations(page, 'embed forced dark');
    await page.screenshot({ path: test.info().outputPath('embed-forced-dark.png') });

    await page.emulateMedia({ colorScheme: 'dark' });
    await atlas.open('/?theme=light');
    await expect(atlas.map).toHaveAttribute('data-map-theme', 'light');
    expect(await page.evaluate(() => getComputedStyle(document.documentElement).backgroundColor)).toBe(
      'rgb(251, 250, 247)',
    );

    await atlas.open('/?theme=%3Cb%3Epurple');
    await expect(atlas.map).toHaveAttribute('data-map-theme', 'dark');
    await expect(atlas.article).toContainText('Donetsk region town of Lyman');
  });

  test('the map canvas has a name, a description and a keyboard hint, and keyboard pan and zoom work', async ({
    atlas,
    page,
  }) => {
    await atlas.open();
    const canvas = page.locator('canvas.maplibregl-canvas');
    await expect(canvas).toHaveAccessibleName(/Map of the places the article names/);
    await expect(canvas).toHaveAccessibleDescription(/four regions Russia claimed to annex/);
    await expect(page.locator('.map-hint')).toBeHidden();

    // Tab from the skip link's neighbour onto the map, as a keyboard user would.
    await page.keyboard.press('Tab');
    await expect(page.getByRole('link', { name: 'Skip to the places list' })).toBeFocused();
    // Then past Open an article and the share controls in the top bar, onto the map.
    await tabTo(page, canvas, 5);
    await expect(page.locator('.map-hint')).toBeVisible();
    await expect(page.locator('.map-hint')).toHaveText(/Arrow keys pan/);

    const before = await atlas.center();
    await page.keyboard.press('ArrowRight');
    await atlas.settled();
    await expect.poll(async () => (await atlas.center())[0]).toBeGreaterThan(before[0]);
    const zoom = await page
      .getByTestId('map')
      .evaluate((el) => (el as HTMLElement & { atlasProbe: { zoom: () => number } }).atlasProbe.zoom());
    await page.keyboard.press('+');
    await expect
      .poll(() =>
        page
          .getByTestId('map')
          .evaluate((el) => (el as HTMLElement & { atlasProbe: { zoom: () => number } }).atlasProbe.zoom()),
      )
      .toBeGreaterThan(zoom);

    // Focus is never trapped in the map: Tab moves on to the map's own controls and beyond.
    await page.keyboard.press('Tab');
    await expect(canvas).not.toBeFocused();
    await expect(page.getByRole('button', { name: 'Zoom in' })).toBeFocused();
  });

  for (const { reducedMotion, moving: movingAfter, arrived } of [
    { reducedMotion: 'reduce', moving: false, arrived: true },
    { reducedMotion: 'no-preference', moving: true, arrived: false },
  ] as const) {
    test(`with prefers-reduced-motion: ${reducedMotion} the camera ${arrived ? 'jumps' : 'eases'}`, async ({
      atlas,
      page,
    }) => {
      await page.emulateMedia({ reducedMotion });
      await atlas.open();
      // Activate the name, then read the camera in the animation frame right after the map first draws the
      // selection (map updates wait one frame for the UI, so reading in the click's own task would be too early).
      const [moving, lng] = await page.evaluate(
        () =>
          new Promise<readonly [boolean, number]>((resolve) => {
            const probe = (
              document.querySelector('[data-testid="map"]') as HTMLElement & {
                atlasProbe: {
                  moving: () => boolean;
                  center: () => [number, number];
                  selectionDrawnAt: () => number;
                };
              }
            ).atlasProbe;
            const clicked = performance.now();
            document.querySelector<HTMLElement>('.article [data-place="UA-09"]')?.click();
            const check = (): void => {
              if (probe.selectionDrawnAt() >= clicked) resolve([probe.moving(), probe.center()[0]] as const);
              else requestAnimationFrame(check);
            };
            requestAnimationFrame(check);
          }),
      );
      expect(moving).toBe(movingAfter);
      expect(lng > 37.5).toBe(arrived);
      await expect.poll(async () => (await atlas.center())[0]).toBeGreaterThan(37.5);
    });
  }

  test('the layout reflows at 320 px wide without sideways scrolling or lost content', async ({
    atlas,
    page,
  }) => {
    await page.setViewportSize({ width: 320, height: 640 });
    await atlas.open();
    const overflow = () =>
      page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
    expect(await overflow()).toBeLessThanOrEqual(0);
    const places = page.getByRole('navigation', { name: /Places in this article/ });
    // Folded on narrow screens, so the article is not pushed a screen down; one tap opens it.
    const toggle = places.getByRole('button', { name: /^Places in this article/ });
    await expect(toggle).toHaveAttribute('aria-expanded', 'false');
    await expect(places.getByRole('button', { name: /^Donetsk/ })).toBeHidden();
    await toggle.click();
    await expect(toggle).toHaveAttribute('aria-expanded', 'true');
    await page
      .getByRole('navigation', { name: /Places in this article/ })
      .getByRole('button', { name: /^Donetsk/ })
      .click();
    await expect(atlas.passages.getByRole('heading')).toHaveText('Donetsk — mentioned in 4 sentences');
    expect(await overflow()).toBeLessThanOrEqual(0);
    await expectNoAxeViolations(page, '320 px wide, Donetsk selected');
    await page.screenshot({ path: test.info().outputPath('reflow-320.png') });
  });
});

test.describe('at 200 % zoom', () => {
  // A 1280 × 800 screen zoomed to 200 %: 640 × 400 CSS pixels, each two device pixels wide.
  test.use({ viewport: { width: 640, height: 400 }, deviceScaleFactor: 2 });

  test('the layout reflows without sideways scrolling, and every part stays reachable', async ({
    atlas,
    page,
  }) => {
    await atlas.open();
    const overflow = () =>
      page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
    expect(await overflow()).toBeLessThanOrEqual(0);
    await expect(atlas.map).toBeVisible();

    const places = page.getByRole('navigation', { name: /Places in this article/ });
    await places.getByRole('button', { name: /^Places in this article/ }).click();
    await places.getByRole('button', { name: /^Zaporizhzhia/ }).click();
    await expect(atlas.passages.getByRole('heading')).toHaveText('Zaporizhzhia — mentioned in 1 sentence');
    await expect(atlas.passages.getByRole('listitem')).toBeInViewport();
    await expect(atlas.passages.getByRole('button', { name: 'Clear selection' })).toBeInViewport();
    expect(await overflow()).toBeLessThanOrEqual(0);

    // The last paragraph of the article can still be scrolled to and read.
    const last = atlas.article.locator('p').last();
    await last.scrollIntoViewIfNeeded();
    await expect(last).toBeInViewport();
    await expectNoAxeViolations(page, '200 % zoom, Zaporizhzhia selected');
    await page.screenshot({ path: test.info().outputPath('zoom-200.png') });
  });
});
