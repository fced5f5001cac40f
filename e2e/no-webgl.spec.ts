import { expectNoAxeViolations } from './axe';
import { test, expect } from './fixtures';

// This file runs only in the 'no-webgl' project: Chromium launched with --disable-gpu --disable-software-rasterizer.
test.describe('without WebGL', () => {
  test('says so in one line and still offers the article, the places list, the passages and a static map', async ({
    atlas,
    page,
  }) => {
    await page.goto('/');
    const webgl2 = await page.evaluate(() => document.createElement('canvas').getContext('webgl2') !== null);
    expect(webgl2, 'this project must run in a browser without WebGL 2').toBe(false);
    await expect(atlas.map).toHaveAttribute('data-map-state', 'error');
    await expect(page.locator('canvas.maplibregl-canvas')).toHaveCount(0);

    const line = page.locator('.map-error');
    // One line: a single sentence that says what is missing and what still works.
    await expect(line).toHaveText(
      'No WebGL 2 in this browser, so the map is a static picture; the places list and passages work as usual.',
    );

    const picture = page.getByTestId('static-map');
    await expect(picture).toBeVisible();
    await expect(picture).toHaveAccessibleName(/static map with the places the article names: .*Donetsk/);
    await expect(picture.locator('path[data-place="UA-14"]')).toHaveCount(1);
    await expect(picture.locator('path[data-place="UA-43"]')).toHaveAttribute('stroke-dasharray', '6 4');
    await expect(picture.locator('g[data-place="gn:703448"] text')).toHaveText('Kyiv');

    // The places list works and the picture shows the selection.
    await page
      .getByRole('navigation', { name: /Places in this article/ })
      .getByRole('button', { name: /^Donetsk/ })
      .click();
    await expect(atlas.passages.getByRole('heading')).toHaveText('Donetsk — mentioned in 4 sentences');
    await expect(picture.locator('path[data-place="UA-14"]')).toHaveAttribute('data-selected', 'true');
    await expect(picture).toHaveAccessibleName(/Selected: Donetsk\./);

    // A name in the text, and a click on the picture itself, select as on the real map.
    await atlas.mention('Kherson').click();
    await expect(atlas.passages.getByRole('heading')).toHaveText('Kherson — mentioned in 1 sentence');
    await picture.locator('path[data-place="UA-09"]').click();
    await expect(atlas.passages.getByRole('heading')).toHaveText('Luhansk — mentioned in 1 sentence');
    await expect(picture.locator('path[data-place="UA-09"]')).toHaveAttribute('data-selected', 'true');

    await expectNoAxeViolations(page, 'no WebGL, Luhansk selected');

    // The legend's toggles apply to the picture too.
    await page.getByRole('checkbox', { name: /Towns and landmarks/ }).uncheck();
    await expect(picture.locator('g[data-place="gn:703448"]')).toHaveCount(0);
    await page.keyboard.press('Escape');
    await expect(atlas.passages).toBeHidden();
    await expect(picture.locator('[data-selected]')).toHaveCount(0);
    await page.screenshot({ path: test.info().outputPath('no-webgl.png') });
  });

  test('the embed says so too, shows the static map, and its places list and passages work', async ({
    atlas,
    page,
  }) => {
    await page.goto('/embed.html?place=UA-14');
    await expect(atlas.map).toHaveAttribute('data-map-state', 'error');
    await expect(page.locator('.map-error')).toHaveText(/^No WebGL 2 in this browser/);
    const picture = page.getByTestId('static-map');
    await expect(picture).toBeVisible();
    await expect(picture.locator('path[data-place="UA-14"]')).toHaveAttribute('data-selected', 'true');
    await expect(atlas.passages.getByRole('heading')).toHaveText('Donetsk — mentioned in 4 sentences');
    const places = page.getByRole('navigation', { name: /Places in this article/ });
    await places.getByRole('button', { name: /^Places in this article/ }).click();
    await places.getByRole('button', { name: /^Luhansk/ }).click();
    await expect(atlas.passages.getByRole('heading')).toHaveText(/^Luhansk — mentioned in/);
    await expect(picture.locator('path[data-place="UA-09"]')).toHaveAttribute('data-selected', 'true');
    await expectNoAxeViolations(page, 'embed without WebGL, Luhansk selected');
  });
});
