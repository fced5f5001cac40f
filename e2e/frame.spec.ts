import { test, expect } from './fixtures';

// Zooming to a country frames its main territory (gazetteer `frame`), not its overseas parts, and draws it whole.
test.describe('framing a country', () => {
  test('the United States frames the contiguous states; Russia is whole, past the antimeridian', async ({
    atlas,
    page,
  }) => {
    await atlas.open();
    const places = page.getByRole('navigation', { name: /Places in this article/ });

    await places.getByRole('button', { name: /^United States/ }).click();
    await expect(atlas.passages.getByRole('heading')).toHaveText(/^United States — /);
    await atlas.settled();
    const [usLon, usLat] = await atlas.center();
    // Alaska, Hawaii and the territories would pull the camera far west and into the Pacific.
    expect(usLon).toBeGreaterThan(-125);
    expect(usLon).toBeLessThan(-65);
    expect(usLat).toBeGreaterThan(25);
    expect(usLat).toBeLessThan(50);
    await page.screenshot({ path: test.info().outputPath('united-states.png') });

    await places.getByRole('button', { name: /^Russia/ }).click();
    await expect(atlas.passages.getByRole('heading')).toHaveText(/^Russia — /);
    await atlas.settled();
    const [ruLon] = await atlas.center();
    expect(ruLon).toBeGreaterThan(40);
    expect(ruLon).toBeLessThan(140);
    // Whole: its far east (Chukotka, past 180°) is on screen, not cut at a window's edge.
    const box = await atlas.map.boundingBox();
    const [x] = await atlas.map.evaluate((el) =>
      (
        el as HTMLElement & { atlasProbe: { project: (a: number, b: number) => [number, number] } }
      ).atlasProbe.project(185, 66),
    );
    expect(x).toBeGreaterThan(0);
    expect(x).toBeLessThan(box?.width ?? 0);
    await page.screenshot({ path: test.info().outputPath('russia.png') });
  });
});
