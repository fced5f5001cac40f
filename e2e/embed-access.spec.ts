import { expectNoAxeViolations } from './axe';
import { test, expect, tabTo } from './fixtures';

// The embed page as an iframe loads it, checked by axe in every state its journeys reach.

test.describe('embed accessibility', () => {
  test('axe finds nothing wrong in the embed, wide', async ({ atlas, page }) => {
    test.setTimeout(120_000);
    await page.setViewportSize({ width: 1400, height: 900 });
    await atlas.open('/embed.html');
    await expectNoAxeViolations(page, 'embed default, 1400×900');

    await atlas.article.waitFor({ state: 'hidden' });
    await page.getByRole('button', { name: 'Read the article' }).click();
    await expect(atlas.article).toBeVisible();
    await expectNoAxeViolations(page, 'embed article open');

    await atlas.mention('Kherson').click();
    await expect(atlas.passages.getByRole('heading')).toHaveText(/^Kherson — mentioned in/);
    await expectNoAxeViolations(page, 'embed place selected from the article');

    await page.locator('.legend summary').click();
    await expect(page.locator('details.legend')).toHaveAttribute('open', '');
    await expectNoAxeViolations(page, 'embed legend open');

    const toggle = page.getByRole('button', { name: /^Places in this article/ });
    await expect(toggle).toHaveAttribute('aria-expanded', 'false');
    await toggle.click();
    await page
      .getByRole('navigation', { name: /Places in this article/ })
      .getByRole('button', { name: /^Crimea/ })
      .click();
    await expect(atlas.passages.getByRole('heading')).toHaveText(/^Crimea — mentioned in/);
    await expectNoAxeViolations(page, 'embed places list open, Crimea selected');

    // Back from the places list onto the map by keyboard, so the hint shows as it would for a reader.
    await tabTo(page, page.locator('canvas.maplibregl-canvas'), 40, 'Shift+Tab');
    await expect(page.locator('.map-hint')).toBeVisible();
    await expectNoAxeViolations(page, 'embed map focused, keyboard hint shown');
  });

  test('axe finds nothing wrong in the embed, narrow', async ({ atlas, page }) => {
    test.setTimeout(120_000);
    await page.setViewportSize({ width: 320, height: 480 });
    await atlas.open('/embed.html');
    await expectNoAxeViolations(page, 'embed default, 320×480');
    await atlas.open('/embed.html?place=UA-14');
    await expect(atlas.passages.getByRole('heading')).toHaveText('Donetsk — mentioned in 4 sentences');
    await expectNoAxeViolations(page, 'embed place selected, 320×480');
    await page.getByRole('button', { name: /^Places in this article/ }).click();
    await page.getByRole('button', { name: 'Read the article' }).click();
    await expect(atlas.article).toBeVisible();
    await expectNoAxeViolations(page, 'embed places list and article open, 320×480');
  });

  test('every keyboard stop in the embed shows its focus, and Escape clears the selection from anywhere', async ({
    atlas,
    page,
  }) => {
    await page.setViewportSize({ width: 760, height: 480 });
    await atlas.open('/embed.html?place=UA-14&sentence=5');
    await expect(atlas.article).toBeVisible();
    // Through the map, its controls, the legend, the places list, the passages and the article to the way out.
    await tabTo(page, page.getByRole('link', { name: 'Open full map' }), 120);
    await page.keyboard.press('Escape');
    await expect(atlas.passages).toBeHidden();
  });
});
