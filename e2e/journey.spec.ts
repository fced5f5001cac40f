import { test, expect, boxOf } from './fixtures';

// Points well inside each feature (checked against data/*.geojson by scripts/build-data.test.ts's neighbours).
const DONETSK_REGION: [number, number] = [37.3, 48.3];
const KHERSON_REGION: [number, number] = [33.6, 46.7];
const KYIV: [number, number] = [30.5234, 50.4501];
const BLACK_SEA: [number, number] = [36.0, 44.0];
const KYIV_OBLAST_COUNTRYSIDE: [number, number] = [30.3, 49.6];

test.describe('the core journey', () => {
  test('draws the map with real WebGL2 and only our own data', async ({ atlas, page }) => {
    await atlas.open();
    const webgl2 = await page.evaluate(() => document.createElement('canvas').getContext('webgl2') !== null);
    expect(webgl2).toBe(true);
    await expect(page.locator('canvas.maplibregl-canvas')).toBeVisible();
    // The map's own credit line (the facts box, which arrives a moment after the map, names Natural Earth too).
    await expect(page.locator('.maplibregl-ctrl-attrib')).toContainText('Natural Earth');
    await expect(page.locator('.maplibregl-ctrl-attrib')).toBeVisible();
  });

  test('once ready, the map lays out none of its tiles again while nothing changes', async ({
    atlas,
    page,
  }) => {
    await atlas.open();
    // Two frames for anything asked of MapLibre as the map became ready to reach its worker, then until it is idle.
    await page.evaluate(
      () => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve))),
    );
    await expect.poll(() => atlas.idle()).toBe(true);
    expect(await atlas.tilesSinceReady()).toBe(0);
  });

  test('shows the article as written, with every linked place highlighted', async ({ atlas }) => {
    await atlas.open();
    await expect(atlas.article.locator('p').first()).toHaveText('MOSCOW');
    await expect(atlas.article.getByRole('button')).toHaveCount(44);
    await expect(atlas.mention('Lugansk')).toBeVisible();
    await expect(atlas.article).toContainText(
      'Kyiv’s forces are on the doorstep of the Donetsk region town of Lyman',
    );
  });

  test('clicking a region on the map lists its sentences, and a passage scrolls the article to it', async ({
    atlas,
  }) => {
    await atlas.open();
    await atlas.clickAt(...DONETSK_REGION);
    await expect(atlas.passages.getByRole('heading')).toHaveText('Donetsk — mentioned in 4 sentences');
    const items = atlas.passages.getByRole('listitem');
    await expect(items).toHaveCount(4);
    await expect(items.first()).toContainText('Kyiv’s forces are on the doorstep');
    await expect(items.first().locator('mark')).toHaveText('Donetsk');
    await expect.poll(() => atlas.featureState('UA-14')).toMatchObject({ selected: true });
    await expect(atlas.mention('Donetsk', 3)).toHaveAttribute('aria-pressed', 'true');

    await items.last().getByRole('button').click();
    const sentence = atlas.article.locator('[data-sentence="18"]');
    await expect(sentence).toHaveClass(/is-focused/);
    await expect(sentence).toBeInViewport();
    await expect(sentence).toBeFocused();
  });

  test('with the facts box in, the page itself never scrolls: a wheel at the end of the panel leaves it in place', async ({
    atlas,
    page,
  }) => {
    await atlas.open();
    await expect(
      page.getByRole('region', { name: 'Checked against the map' }).getByRole('listitem'),
    ).toHaveCount(3);
    // The facts' visually hidden "(show the sentence)" sat at the end of the article with the page as its box, and
    // made the page 3,178 px tall.
    expect(await page.evaluate(() => document.documentElement.scrollHeight)).toBe(800);
    const panel = page.locator('.panel');
    const box = await boxOf(panel);
    await panel.evaluate((el) => {
      el.scrollTop = el.scrollHeight;
    });
    // Over a panel at its end, Chromium keeps the first wheel with the panel and hands the next to the page, if the
    // page can scroll (on the page before the fix: 600 px).
    await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
    for (let i = 0; i < 2; i++) {
      await page.mouse.wheel(0, 600);
      await page.evaluate(
        () => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve))),
      );
    }
    expect(await page.evaluate(() => window.scrollY)).toBe(0);
  });

  test('clicking a town selects it rather than the region under it', async ({ atlas }) => {
    await atlas.open();
    await atlas.clickAt(...KYIV);
    await expect(atlas.passages.getByRole('heading')).toHaveText('Kyiv — mentioned in 4 sentences');
  });

  test('a region the article does not name is context: clicking it selects the country', async ({
    atlas,
  }) => {
    await atlas.open();
    await atlas.clickAt(...KYIV_OBLAST_COUNTRYSIDE);
    await expect(atlas.passages.getByRole('heading')).toHaveText('Ukraine — mentioned in 6 sentences');
  });

  test('clicking a name in the article selects the place and the map eases to it', async ({ atlas }) => {
    await atlas.open();
    const before = await atlas.center();
    await atlas.mention('Lugansk').click();
    await expect(atlas.passages.getByRole('heading')).toHaveText('Luhansk — mentioned in 1 sentence');
    await expect.poll(() => atlas.featureState('UA-09')).toMatchObject({ selected: true });
    await expect
      .poll(async () => {
        const [lng, lat] = await atlas.center();
        return lng > 37.5 && lng < 41 && lat > 47.5 && lat < 50.5;
      })
      .toBe(true);
    expect(before[0]).toBeLessThan(37.5);

    await atlas.mention('Kherson').click();
    await expect.poll(() => atlas.featureState('UA-09')).toMatchObject({ selected: false });
    await expect.poll(() => atlas.featureState('UA-65')).toMatchObject({ selected: true });
  });

  test('hovering a name lights up its place, and hovering a place lights up its names', async ({ atlas }) => {
    await atlas.open();
    await atlas.mention('Zaporizhzhia').hover();
    await expect.poll(() => atlas.featureState('UA-23')).toMatchObject({ hover: true });

    await atlas.hoverAt(...KHERSON_REGION);
    await expect(atlas.mention('Kherson')).toHaveClass(/is-hovered/);
    await expect.poll(() => atlas.featureState('UA-23')).toMatchObject({ hover: false });
  });

  test('Escape and a click on empty map clear the selection', async ({ atlas, page }) => {
    await atlas.open();
    await atlas.clickAt(...DONETSK_REGION);
    await expect(atlas.passages).toBeVisible();
    await atlas.clickAt(...BLACK_SEA);
    await expect(atlas.passages).toBeHidden();
    await expect.poll(() => atlas.featureState('UA-14')).toMatchObject({ selected: false });

    await atlas.mention('Kherson').click();
    await expect(atlas.passages).toBeVisible();
    await page.keyboard.press('Escape');
    await expect(atlas.passages).toBeHidden();
    await expect.poll(() => atlas.featureState('UA-65')).toMatchObject({ selected: false });
  });

  test('layer toggles hide and show their layers, and hidden places cannot be clicked', async ({
    atlas,
    page,
  }) => {
    await atlas.open();
    const towns = page.getByRole('checkbox', { name: /Towns and landmarks/ });
    await expect(towns).toBeChecked();
    await towns.uncheck();
    await expect.poll(() => atlas.layerVisibility('places-circle')).toBe('none');
    await atlas.clickAt(...KYIV);
    // With towns hidden, the click falls through to the country.
    await expect(atlas.passages.getByRole('heading')).toHaveText(/^Ukraine — /);
    await towns.check();
    await expect.poll(() => atlas.layerVisibility('places-circle')).toBe('visible');

    const soviet = page.getByRole('checkbox', { name: /Former Soviet Union/ });
    await expect(soviet).not.toBeChecked();
    expect(await atlas.layerVisibility('soviet-fill')).toBe('none');
    await atlas.mention('USSR').click();
    await expect(soviet).toBeChecked();
    await expect.poll(() => atlas.layerVisibility('soviet-fill')).toBe('visible');
    await expect.poll(() => atlas.featureState('SU')).toMatchObject({ selected: true });
  });
});
