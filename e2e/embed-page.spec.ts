import { boxOf, test, expect } from './fixtures';

// The embed page on its own origin, as an iframe would load it; the cross-origin tests are in embed-host.spec.ts.

test.describe('the embed page', () => {
  for (const [width, height] of [
    [280, 320],
    [420, 640],
    [760, 480],
    [1400, 320],
    [1400, 900],
  ] as const) {
    test(`fits a ${width}×${height} frame: map, passages, the article toggle and a way out`, async ({
      atlas,
      page,
    }) => {
      await page.setViewportSize({ width, height });
      await atlas.open('/embed.html?place=UA-14');
      const map = await atlas.map.boundingBox();
      expect(map?.width).toBeGreaterThan(width * 0.55);
      expect(map?.height).toBeGreaterThanOrEqual(Math.min(190, height));
      expect(map?.height).toBeLessThanOrEqual(Math.max(height, 480));
      await expect(atlas.passages.getByRole('heading')).toHaveText('Donetsk — mentioned in 4 sentences');
      await expect(page.getByRole('button', { name: 'Read the article' })).toBeAttached();
      await expect(page.getByRole('link', { name: 'Open full map' })).toBeAttached();
      // Nothing sticks out sideways, so a narrow frame never scrolls horizontally.
      expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(width);
      // The legend starts folded.
      await expect(page.locator('details.legend')).not.toHaveAttribute('open');
    });
  }

  test('the article is behind a toggle, and opens itself for a sentence', async ({ atlas, page }) => {
    await atlas.open('/embed.html?place=UA-14');
    await expect(atlas.article).toBeHidden();
    await atlas.passages.getByRole('listitem').last().getByRole('button').click();
    await expect(atlas.article).toBeVisible();
    await expect(atlas.article.locator('[data-sentence="18"]')).toHaveClass(/is-focused/);
    await page.getByRole('button', { name: 'Hide the article' }).click();
    await expect(atlas.article).toBeHidden();
    await page.getByRole('button', { name: 'Read the article' }).click();
    await expect(atlas.article).toBeVisible();
  });

  test('Escape clears the selection', async ({ atlas, page }) => {
    await atlas.open('/embed.html?place=UA-14');
    await expect(atlas.passages).toBeVisible();
    await page.keyboard.press('Escape');
    await expect(atlas.passages).toBeHidden();
    await expect.poll(() => atlas.featureState('UA-14')).toMatchObject({ selected: false });
  });

  test('“Open full map” links to the full app with the same state', async ({ atlas, page }) => {
    await atlas.open('/embed.html?place=UA-09&layers=claimed-2022,towns#map=6/48.5/38.5');
    const link = page.getByRole('link', { name: 'Open full map' });
    await expect(link).toHaveAttribute(
      'href',
      /\/\?place=UA-09&layers=claimed-2022,towns#map=6\/48\.5\/38\.5$/,
    );
    await expect(link).toHaveAttribute('target', '_blank');
    // The embed never writes its own URL: that would add entries to the host page's history.
    expect(new URL(page.url()).search).toBe('?place=UA-09&layers=claimed-2022,towns');
  });

  test('opens a saved article named by ?article= as the app does, and says why when it cannot', async ({
    atlas,
    page,
  }) => {
    // Mapped in the full app, which keeps it in this browser.
    await atlas.open('/');
    await page.getByRole('button', { name: 'Open an article' }).click();
    const dialog = page.getByRole('dialog', { name: 'Open an article' });
    // Written for this test.
    await dialog
      .getByLabel('Article text')
      .fill(
        'KYIV, Ukraine\n\nArtillery struck Lyman in the Donetsk region overnight, local officials said. ' +
          'Shelling was also reported near Kreminna, across the border in the Luhansk region.',
      );
    await dialog.getByRole('button', { name: 'Map this article' }).click();
    await expect(atlas.map).toHaveAttribute('data-article', /^[A-Za-z0-9_-]{12}$/);
    const id = (await atlas.map.getAttribute('data-article')) ?? '';

    // The embed shows it, with what the rest of the link asks for.
    await atlas.open(`/embed.html?article=${id}&place=gn:704204`);
    await expect(atlas.map).toHaveAttribute('data-article', id);
    await expect(atlas.passages.getByRole('heading')).toHaveText('Lyman — mentioned in 1 sentence');
    await expect(page.getByRole('status')).toHaveCount(0);
    await page.getByRole('button', { name: 'Read the article' }).click();
    await expect(atlas.article).toContainText('Artillery struck Lyman');

    // An id this browser has not saved, and a value that is no id at all: the default article, with a notice.
    for (const [value, said] of [
      ['AAAAAAAAAAAA', 'No saved article ‘AAAAAAAAAAAA’'],
      ['<img src=x>', 'No saved article ‘<img src=x>’'],
    ] as const) {
      await atlas.open(`/embed.html?article=${encodeURIComponent(value)}`);
      await expect(atlas.map).toHaveAttribute('data-article', 'default');
      const notice = page.getByRole('status').filter({ hasText: said });
      await expect(notice).toBeVisible();
      await expect(notice).toContainText('opens only in the browser that saved it');
    }
  });

  test('cooperative gestures: the wheel does not zoom the map until the reader clicks it', async ({
    atlas,
    page,
  }) => {
    await page.setViewportSize({ width: 420, height: 640 });
    await atlas.open('/embed.html');
    await atlas.settled();
    const zoom = () =>
      atlas.map.evaluate((el) =>
        (el as HTMLElement & { atlasProbe: { zoom: () => number } }).atlasProbe.zoom(),
      );
    const before = await zoom();
    // One finger scrolls the host page (src/map/maplibre.css keeps MapLibre's touch-action for cooperative gestures).
    const canvas = page.locator('.maplibregl-canvas');
    await expect(canvas).toHaveCSS('touch-action', 'pan-x pan-y');
    const box = await boxOf(atlas.map);
    // MapLibre says how to zoom instead of zooming: it marks its hint shown for 100 ms only, too short for a test to
    // poll for on a busy machine, so the page records the mark as it is made.
    const hint = page.locator('.maplibregl-cooperative-gesture-screen');
    await hint.evaluate((el) => {
      const w = window as unknown as { __hintShown: boolean };
      w.__hintShown = false;
      new MutationObserver(() => {
        if (el.classList.contains('maplibregl-show')) w.__hintShown = true;
      }).observe(el, { attributes: true, attributeFilter: ['class'] });
    });
    await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
    await page.mouse.wheel(0, -400);
    await expect
      .poll(() => page.evaluate(() => (window as unknown as { __hintShown: boolean }).__hintShown))
      .toBe(true);
    await expect(hint).toContainText('Ctrl + scroll');
    await atlas.settled();
    expect(await zoom()).toBe(before);
    await expect(hint).not.toHaveClass(/maplibregl-show/);
    // And marked shown, the hint is drawn opaque over the map (src/map/maplibre.css), not left see-through.
    await hint.evaluate((el) => el.classList.add('maplibregl-show'));
    await expect(hint).toBeVisible();
    await expect(hint).toHaveCSS('opacity', '1');
    await hint.evaluate((el) => el.classList.remove('maplibregl-show'));

    await page.mouse.click(box.x + box.width / 2, box.y + box.height / 2);
    await page.mouse.wheel(0, -400);
    await expect.poll(zoom).toBeGreaterThan(before);
    await expect(canvas).toHaveCSS('touch-action', 'none');
  });
});

test.describe('share controls in the full app', () => {
  test('“Copy link” copies the URL of what is on screen', async ({ atlas, page, context }) => {
    await context.grantPermissions(['clipboard-read', 'clipboard-write']);
    await atlas.open('/');
    await atlas.mention('Lugansk').click();
    await atlas.settled();
    await page.getByRole('button', { name: 'Copy link' }).click();
    await expect(page.getByText('Link copied.')).toBeVisible();
    const copied = await page.evaluate(() => navigator.clipboard.readText());
    expect(copied).toMatch(/\/\?place=UA-09#map=[\d.]+\/[\d.]+\/[\d.]+$/);
    await expect.poll(() => page.url()).toBe(copied);
  });

  test('“Embed” gives an iframe snippet for the current view, with the optional auto-height script', async ({
    atlas,
    page,
  }) => {
    await atlas.open('/?place=UA-43');
    await page.getByRole('button', { name: 'Embed' }).click();
    const code = page.getByRole('textbox', { name: 'Embed code' });
    await expect(code).toHaveValue(/^<iframe src="http:\/\/127\.0\.0\.1:\d+\/embed\.html\?place=UA-43#map=/);
    await expect(code).toHaveValue(/height="560"/);
    await expect(code).toHaveValue(
      /<script src="http:\/\/127\.0\.0\.1:\d+\/embed-host\.js" async><\/script>$/,
    );
    await page.getByRole('checkbox', { name: /Resize the frame/ }).uncheck();
    await expect(code).not.toHaveValue(/<script/);
  });
});
