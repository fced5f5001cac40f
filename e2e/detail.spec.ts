import type { MapProbe } from '../src/map/controller';
import { test, expect } from './fixtures';

type ProbeElement = HTMLElement & { atlasProbe: MapProbe };

/** A detail file's URL, as Vite emits it (`country-US-<hash>.geojson`); data/geo's region files are `region-…`. */
const DETAIL_COUNTRY = /\/country-[A-Z]{2}-[\w-]+\.geojson$/;
// Inland Pennsylvania: well inside the US, clear of labels and town dots at zoom 6.
const PENNSYLVANIA: [number, number] = [-77.6, 40.6];

test('the first view of the default article fetches no finer outline', async ({ atlas, page }) => {
  const fetched: string[] = [];
  page.on('request', (req) => fetched.push(req.url()));
  await atlas.open('/');
  await expect.poll(() => atlas.map.evaluate((el) => (el as ProbeElement).atlasProbe.idle())).toBe(true);
  expect(await atlas.map.evaluate((el) => (el as ProbeElement).atlasProbe.zoom())).toBeLessThan(5);
  expect(await atlas.map.evaluate((el) => (el as ProbeElement).atlasProbe.detailFiles())).toEqual([]);
  expect(fetched.filter((url) => DETAIL_COUNTRY.test(url))).toEqual([]);
});

test('zoomed in on the US, the map fetches its finer outline and draws it instead of the base map', async ({
  atlas,
  page,
}) => {
  const fetched: string[] = [];
  page.on('request', (req) => fetched.push(req.url()));
  await atlas.open('/#map=6/40.6/-77.6');
  await expect
    .poll(() => atlas.map.evaluate((el) => (el as ProbeElement).atlasProbe.detailFiles()))
    .toContain('country-US');
  // Each file once, from our own origin (the fixture fails the test on any other).
  const us = fetched.filter((url) => /\/country-US-[\w-]+\.geojson$/.test(url));
  expect(us).toHaveLength(1);
  expect(await atlas.map.evaluate((el) => (el as ProbeElement).atlasProbe.detailFiles())).not.toContain(
    'country-FR',
  );

  const drawnAt = ([lng, lat]: [number, number]) =>
    atlas.map.evaluate((el, [a, b]) => (el as ProbeElement).atlasProbe.outlinesAt(a, b), [lng, lat] as const);
  /** The layers that draw the US over Pennsylvania. */
  const usLayers = async () =>
    (await drawnAt(PENNSYLVANIA))
      .filter((f) => f.id === 'US')
      .map((f) => f.layer)
      .sort();
  await expect.poll(usLayers).toEqual(['countries-fill-detail', 'land-detail']);

  // The finer outline answers a click and takes the selection's feature-state, as the base one does.
  await atlas.clickAt(...PENNSYLVANIA);
  await expect(atlas.passages.getByRole('heading')).toHaveText(
    /^United States — mentioned in \d+ sentences?$/,
  );
  await expect.poll(() => atlas.featureState('US')).toMatchObject({ selected: true });
  // The finer feature drawn there carries it too (its own source's feature-state, same id).
  await expect
    .poll(async () => (await drawnAt(PENNSYLVANIA)).find((f) => f.layer === 'countries-fill-detail')?.state)
    .toMatchObject({ selected: true });

  // Zoomed back out below zoom 5, the base map draws the US again; nothing more is fetched.
  await page.getByRole('button', { name: 'Zoom out' }).click();
  await page.getByRole('button', { name: 'Zoom out' }).click();
  await atlas.settled();
  await expect.poll(() => atlas.map.evaluate((el) => (el as ProbeElement).atlasProbe.zoom())).toBeLessThan(5);
  await expect.poll(usLayers).toEqual(['countries-fill', 'land']);
  expect(fetched.filter((url) => /\/country-US-[\w-]+\.geojson$/.test(url))).toHaveLength(1);
});
