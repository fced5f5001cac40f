import { test, expect } from './fixtures';

type LoseContext = { loseContext: () => void; restoreContext: () => void };

test.describe('when the GPU goes away', () => {
  test('a lost and restored WebGL context brings the map back with the same selection and layers', async ({
    atlas,
    page,
  }) => {
    await atlas.open();
    await page
      .getByRole('navigation', { name: /Places in this article/ })
      .getByRole('button', { name: /^Donetsk/ })
      .click();
    await page.getByRole('checkbox', { name: /Former Soviet Union/ }).check();
    await page.getByRole('checkbox', { name: /Towns and landmarks/ }).uncheck();
    await expect.poll(() => atlas.featureState('UA-14')).toMatchObject({ selected: true });
    await expect.poll(() => atlas.layerVisibility('soviet-fill')).toBe('visible');
    await atlas.settled();

    const canvas = page.locator('canvas.maplibregl-canvas');
    await canvas.evaluate((el: HTMLCanvasElement) => {
      const w = window as Window & { __contextEvents?: string[] };
      w.__contextEvents = [];
      for (const type of ['webglcontextlost', 'webglcontextrestored'])
        el.addEventListener(type, () => w.__contextEvents?.push(type));
      const ext = el.getContext('webgl2')?.getExtension('WEBGL_lose_context') as LoseContext | null;
      if (!ext) throw new Error('no WEBGL_lose_context');
      (w as Window & { __loseContext?: LoseContext }).__loseContext = ext;
      ext.loseContext();
    });
    const events = () =>
      page.evaluate(() => (window as Window & { __contextEvents?: string[] }).__contextEvents);
    await expect.poll(events).toEqual(['webglcontextlost']);
    await expect(atlas.map).toHaveAttribute('data-map-state', 'lost');

    await page.evaluate(() =>
      (window as Window & { __loseContext?: LoseContext }).__loseContext?.restoreContext(),
    );
    await expect.poll(events).toEqual(['webglcontextlost', 'webglcontextrestored']);
    await expect(atlas.map).toHaveAttribute('data-map-state', 'ready');

    await expect.poll(() => atlas.featureState('UA-14')).toMatchObject({ selected: true });
    expect(await atlas.layerVisibility('soviet-fill')).toBe('visible');
    expect(await atlas.layerVisibility('places-circle')).toBe('none');
    await expect(atlas.passages.getByRole('heading')).toHaveText('Donetsk — mentioned in 4 sentences');

    // The restored map still answers clicks and selection changes.
    await atlas.mention('Kherson').click();
    await expect.poll(() => atlas.featureState('UA-65')).toMatchObject({ selected: true });
    await expect.poll(() => atlas.featureState('UA-14')).toMatchObject({ selected: false });
    await page.keyboard.press('Escape');
    await expect.poll(() => atlas.featureState('UA-65')).toMatchObject({ selected: false });
    await atlas.clickAt(33.6, 46.7);
    await expect(atlas.passages.getByRole('heading')).toHaveText('Kherson — mentioned in 1 sentence');
    await expect.poll(() => atlas.featureState('UA-65')).toMatchObject({ selected: true });
  });
});
