import { MALFORMED_URLS_IN_BROWSER as MALFORMED_URLS } from '../src/state/url-malformed';
import { test, expect } from './fixtures';

const ALL_LAYERS = 'claimed-2022,annexed-2014,named-regions,towns,countries,soviet,context';

test.describe('deep links', () => {
  test('a link restores the view, the selection, its passages, the sentence and the layers', async ({
    atlas,
    page,
  }) => {
    await atlas.open(`/?place=UA-14&sentence=18&layers=${ALL_LAYERS}#map=6.5/48.2/37.6`);
    await expect(atlas.passages.getByRole('heading')).toHaveText('Donetsk — mentioned in 4 sentences');
    await expect.poll(() => atlas.featureState('UA-14')).toMatchObject({ selected: true });
    await expect(page.getByRole('checkbox', { name: /Former Soviet Union/ })).toBeChecked();
    expect(await atlas.layerVisibility('soviet-fill')).toBe('visible');
    await expect(atlas.article.locator('[data-sentence="18"]')).toHaveClass(/is-focused/);
    await atlas.settled();
    const [lng, lat] = await atlas.center();
    expect(lng).toBeCloseTo(37.6, 4);
    expect(lat).toBeCloseTo(48.2, 4);
    expect(
      await atlas.map.evaluate((el) =>
        (el as HTMLElement & { atlasProbe: { zoom: () => number } }).atlasProbe.zoom(),
      ),
    ).toBeCloseTo(6.5, 4);
    // The URL keeps describing the same screen.
    await expect.poll(() => page.url()).toContain('place=UA-14');
    await expect.poll(() => new URL(page.url()).hash).toBe('#map=6.5/48.2/37.6');
  });

  test('the URL follows the screen, and Back and Forward step through selections', async ({
    atlas,
    page,
  }) => {
    await atlas.open('/');
    await expect.poll(() => new URL(page.url()).hash).toMatch(/^#map=[\d.]+\/[\d.]+\/[\d.]+$/);
    await atlas.mention('Lugansk').click();
    await expect.poll(() => new URL(page.url()).searchParams.get('place')).toBe('UA-09');
    await atlas.mention('Kherson').click();
    await expect.poll(() => new URL(page.url()).searchParams.get('place')).toBe('UA-65');
    await page.getByRole('checkbox', { name: /Towns and landmarks/ }).uncheck();
    await expect.poll(() => new URL(page.url()).searchParams.get('layers')).not.toBeNull();

    await page.goBack();
    await expect(atlas.passages.getByRole('heading')).toHaveText('Luhansk — mentioned in 1 sentence');
    await expect.poll(() => atlas.featureState('UA-09')).toMatchObject({ selected: true });
    await expect.poll(() => atlas.featureState('UA-65')).toMatchObject({ selected: false });
    await page.goBack();
    await expect(atlas.passages).toBeHidden();
    await expect.poll(() => atlas.featureState('UA-09')).toMatchObject({ selected: false });
    await page.goForward();
    await expect(atlas.passages.getByRole('heading')).toHaveText('Luhansk — mentioned in 1 sentence');
    await page.goForward();
    await expect(atlas.passages.getByRole('heading')).toHaveText(/^Kherson — /);
    // The layer change was made on this entry, so it comes back with it.
    await expect(page.getByRole('checkbox', { name: /Towns and landmarks/ })).not.toBeChecked();
  });

  test('an unknown place opens the default view with a short notice', async ({ atlas, page }) => {
    await atlas.open('/?place=UA-99');
    await expect(
      page.getByRole('status').filter({ hasText: 'No place ‘UA-99’ in this article' }),
    ).toBeVisible();
    await expect(atlas.passages).toBeHidden();
  });

  test(`${MALFORMED_URLS.length} malformed links each open the default view without a console error`, async ({
    atlas,
    page,
  }) => {
    test.setTimeout(120_000);
    const probe = () =>
      atlas.map.evaluate((el) => {
        const p = (el as HTMLElement & { atlasProbe: { center: () => [number, number]; zoom: () => number } })
          .atlasProbe;
        return { center: p.center(), zoom: p.zoom() };
      });
    await atlas.open('/');
    await atlas.settled();
    const home = await probe();
    expect(MALFORMED_URLS.length).toBeGreaterThanOrEqual(15);
    for (const [search, hash] of MALFORMED_URLS) {
      // A fresh document each time: a change of hash alone would not reload the page.
      await page.goto('about:blank');
      await atlas.open(`/${search}${hash}`);
      await atlas.settled();
      const seen = await probe();
      expect(seen.zoom, `${search}${hash}`).toBeCloseTo(home.zoom, 6);
      expect(seen.center[0], `${search}${hash}`).toBeCloseTo(home.center[0], 6);
      expect(seen.center[1], `${search}${hash}`).toBeCloseTo(home.center[1], 6);
      await expect(atlas.passages).toBeHidden();
      expect(await atlas.layerVisibility('soviet-fill')).toBe('none');
      expect(await atlas.layerVisibility('places-circle')).toBe('visible');
    }
  });
});
