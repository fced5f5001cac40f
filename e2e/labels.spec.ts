import type { MapProbe } from '../src/map/controller';
import { test, expect } from './fixtures';

type ProbeElement = HTMLElement & { atlasProbe: MapProbe };

// The first view of the default article at a desktop and a phone size (issue 12, "Drawing"). MapLibre keeps
// labels apart by construction once every label and every town dot takes part in placement (layers.test.ts checks
// the style); here we check that the article's regions keep their names on a crowded first view, and keep the
// screenshots for a human to look at.
for (const size of [
  { name: 'desktop', width: 1280, height: 800 },
  { name: 'phone', width: 412, height: 915 },
]) {
  test(`${size.name} first view: the article's regions keep their labels`, async ({ atlas, page }) => {
    await page.setViewportSize({ width: size.width, height: size.height });
    await atlas.open();
    await atlas.settled();
    await expect.poll(() => atlas.map.evaluate((el) => (el as ProbeElement).atlasProbe.idle())).toBe(true);
    await page.screenshot({ path: test.info().outputPath(`${size.name}-first-view.png`) });
    const placed = await atlas.map.evaluate((el) => (el as ProbeElement).atlasProbe.labels());
    const regions = placed.filter((l) => l.layer === 'area-labels').map((l) => l.name);
    for (const name of ['Donetsk', 'Luhansk', 'Zaporizhzhia', 'Kherson', 'Crimea']) {
      expect(regions, `${name} is labelled`).toContain(name);
    }
    const towns = placed.filter((l) => l.layer === 'places-label').map((l) => l.name);
    expect(towns).toContain('Lyman');
  });
}
