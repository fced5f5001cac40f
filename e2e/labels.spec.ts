import { readFileSync } from 'node:fs';
import type { MapProbe } from '../src/map/controller';
import { test, expect, type AtlasPage } from './fixtures';

type ProbeElement = HTMLElement & { atlasProbe: MapProbe };

const PHONE = { name: 'phone', width: 412, height: 915 };
const DESKTOP = { name: 'desktop', width: 1280, height: 800 };

/** The names MapLibre placed once the map is idle, by layer (text only: a town's dot is not its name). */
async function placedLabels(atlas: AtlasPage): Promise<{ name: string; layer: string }[]> {
  await atlas.settled();
  await expect.poll(() => atlas.map.evaluate((el) => (el as ProbeElement).atlasProbe.idle())).toBe(true);
  return atlas.map.evaluate((el) => (el as ProbeElement).atlasProbe.labels());
}

// The first view of the default article at a desktop and a phone size (issue 12, "Drawing"). MapLibre keeps
// labels apart by construction once every label and every town dot takes part in placement (layers.test.ts checks
// the style); here we check that the article's regions keep their names on a crowded first view, and keep the
// screenshots for a human to look at.
for (const size of [DESKTOP, PHONE]) {
  test(`${size.name} first view: the article's regions keep their labels`, async ({ atlas, page }) => {
    await page.setViewportSize({ width: size.width, height: size.height });
    await atlas.open();
    const placed = await placedLabels(atlas);
    await page.screenshot({ path: test.info().outputPath(`${size.name}-first-view.png`) });
    const regions = placed.filter((l) => l.layer === 'region-labels').map((l) => l.name);
    for (const name of ['Donetsk', 'Luhansk', 'Zaporizhzhia', 'Kherson', 'Crimea']) {
      expect(regions, `${name} is labelled`).toContain(name);
    }
    const towns = placed.filter((l) => l.layer === 'places-label').map((l) => l.name);
    expect(towns).toContain('Lyman');
  });
}

// An article written for this project (e2e/articles/README.md): Lyman, with towns and regions crowded around it.
const LYMAN_ARTICLE = readFileSync(new URL('./articles/lyman.txt', import.meta.url), 'utf8');
const LYMAN: [number, number] = [37.803, 48.986];

test('phone: a town whose name gives way on the first view gets it back when the reader selects it', async ({
  atlas,
  page,
}) => {
  await page.setViewportSize({ width: PHONE.width, height: PHONE.height });
  await atlas.open();
  await page.getByRole('button', { name: 'Open an article' }).click();
  const dialog = page.getByRole('dialog', { name: 'Open an article' });
  await dialog.getByLabel('Article text').fill(LYMAN_ARTICLE);
  await dialog.getByRole('button', { name: 'Map this article' }).click();
  await expect(atlas.map).toHaveAttribute('data-article', /^[A-Za-z0-9_-]{12}$/);
  await expect(atlas.map).toHaveAttribute('data-map-state', 'ready');

  const first = (await placedLabels(atlas)).map((l) => l.name);
  // What makes this a test: on this view the regions around Lyman take the room its name would need.
  expect(first, 'the regions keep their names').toEqual(expect.arrayContaining(['Donetsk', 'Luhansk']));
  expect(first, 'Lyman’s name gives way before it is selected').not.toContain('Lyman');
  const view = await atlas.center();

  // A click on the map selects without moving the camera: the same view, so only the selection can change the names.
  await atlas.clickAt(...LYMAN);
  await expect(atlas.passages.getByRole('heading')).toHaveText(/^Lyman — /);
  await expect.poll(() => atlas.featureState('gn:704204')).toMatchObject({ selected: true });
  await expect.poll(async () => (await placedLabels(atlas)).map((l) => l.name)).toContain('Lyman');
  expect(await atlas.center()).toEqual(view);
  await page.screenshot({ path: test.info().outputPath('phone-lyman-selected.png') });
});

// Written for this test: an article naming the Black Sea, which the base labels file already has as a place of its
// own (`id` "black-sea", no `for`), and whose gazetteer label point lies elsewhere.
const BLACK_SEA_ARTICLE = [
  'ODESA, Ukraine - Russian warships in the Black Sea fired cruise missiles at the port of Odesa overnight, the',
  'regional governor said on Tuesday. Grain shipments from Odesa and Mykolaiv resumed in the afternoon, and the',
  'navy said the Black Sea corridor along the coast of Romania and Bulgaria remained open.',
].join(' ');

test('another article names each place on the map once: a sea the base map labels gets no second label', async ({
  atlas,
  page,
}) => {
  await page.setViewportSize({ width: DESKTOP.width, height: DESKTOP.height });
  await atlas.open();
  await page.getByRole('button', { name: 'Open an article' }).click();
  const dialog = page.getByRole('dialog', { name: 'Open an article' });
  await dialog.getByLabel('Article text').fill(BLACK_SEA_ARTICLE);
  await dialog.getByRole('button', { name: 'Map this article' }).click();
  await expect(atlas.map).toHaveAttribute('data-article', /^[A-Za-z0-9_-]{12}$/);
  await expect(atlas.map).toHaveAttribute('data-map-state', 'ready');
  await expect(atlas.mention('Black Sea').first()).toBeVisible();
  const placed = await placedLabels(atlas);
  expect(placed.filter((l) => l.name === 'Black Sea')).toHaveLength(1);
  // Odesa the city and Odesa the region may both be named, on their own layers; one layer never names a place twice.
  const keys = placed.map((l) => `${l.layer}: ${l.name}`);
  expect(
    keys.filter((k, i) => keys.indexOf(k) !== i),
    'no name placed twice on one layer',
  ).toEqual([]);
  await page.screenshot({ path: test.info().outputPath('black-sea-article.png') });
});
