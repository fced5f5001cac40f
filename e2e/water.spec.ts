import { readFileSync } from 'node:fs';
import { test, expect } from './fixtures';

// An article written for this project (e2e/articles/README.md) naming the Kakhovka reservoir and the front rivers.
const KAKHOVKA = readFileSync(new URL('./articles/kakhovka.txt', import.meta.url), 'utf8');
// Open water off Marhanets, well inside the reservoir's outline and away from the towns' dots and labels.
const IN_THE_RESERVOIR: [number, number] = [35.2, 47.6];

test('the Kakhovka reservoir is drawn as an area an article can select, by name and on the map', async ({
  atlas,
  page,
}) => {
  await atlas.open();
  // OpenStreetMap's credit is shown while its reservoir is drawn, not on every map.
  const credit = page.locator('.maplibregl-ctrl-attrib-inner');
  await expect(credit).toContainText('GeoNames (CC BY 4.0)');
  await expect(credit).not.toContainText('OpenStreetMap');
  await page.getByRole('button', { name: 'Open an article' }).click();
  const dialog = page.getByRole('dialog', { name: 'Open an article' });
  await dialog.getByLabel('Article text').fill(KAKHOVKA);
  await dialog.getByRole('button', { name: 'Map this article' }).click();
  await expect(atlas.map).toHaveAttribute('data-article', /^[A-Za-z0-9_-]{12}$/);
  await expect(atlas.map).toHaveAttribute('data-map-state', 'ready');
  await expect(credit).toContainText('© OpenStreetMap contributors (ODbL)');
  // Still two lines on a desktop: a taller credit covered the map's corner and became the page's largest text.
  const lines = await credit.evaluate(
    (e) => e.getBoundingClientRect().height / parseFloat(getComputedStyle(e).lineHeight || '16'),
  );
  expect(lines).toBeLessThanOrEqual(2.2);
  await expect(credit).toContainText('GeoNames (CC BY 4.0)');

  // Three spellings, one place; the dam and the town keep their own names. The headline names it too, but a
  // headline is no passage: two sentences.
  await atlas.mention('Kakhovka reservoir').click();
  await expect(atlas.passages.getByRole('heading')).toHaveText(
    /^Kakhovka Reservoir — mentioned in 2 sentences$/,
  );
  await expect.poll(() => atlas.featureState('kakhovka-reservoir')).toMatchObject({ selected: true });
  await page.keyboard.press('Escape');
  await expect.poll(() => atlas.featureState('kakhovka-reservoir')).not.toMatchObject({ selected: true });

  // A click on the water hits the outline, which only a drawn area can answer.
  await atlas.clickAt(...IN_THE_RESERVOIR);
  await expect(atlas.passages.getByRole('heading')).toHaveText(
    /^Kakhovka Reservoir — mentioned in 2 sentences$/,
  );

  // The rivers without a line in the data still link, as label points (the one in the headline too).
  await atlas.mention('Siverskyi Donets').first().click();
  await expect(atlas.passages.getByRole('heading')).toHaveText(
    /^Siverskyi Donets — mentioned in 2 sentences$/,
  );
});
