import { expectNoAxeViolations } from './axe';
import { test, expect, tabTo } from './fixtures';

test.describe('checked against the map', () => {
  test('the default article gets its three facts, and a fact brings its sentence into view', async ({
    atlas,
    page,
  }) => {
    await atlas.open();
    const box = page.getByRole('region', { name: 'Checked against the map' });
    await expect(box).toBeVisible();
    const facts = box.getByRole('listitem');
    await expect(facts).toHaveCount(3);
    await expect(box).toContainText('22.3 %');
    await expect(box).toContainText('(claimed by Russia in 2022): 17.7 %');
    await expect(box).toContainText('not the line of control');
    await expect(box).toContainText('Lyman lies inside Donetsk region');
    await expect(box).toContainText('Russia → Donetsk → Zaporizhzhia → Kherson → Crimea');
    await expect(box).toContainText('Natural Earth');
    await expectNoAxeViolations(page, 'facts shown');
    await box.screenshot({ path: test.info().outputPath('facts-box.png') });

    const lyman = box.getByRole('button', { name: /the Donetsk region town of Lyman/ });
    await lyman.click();
    const sentence = atlas.article.locator('.sentence.is-focused');
    await expect(sentence).toHaveCount(1);
    await expect(sentence).toContainText('the Donetsk region town of Lyman');
    await expect(sentence).toBeFocused();
    await expect(sentence).toBeInViewport();

    const corridor = box.getByRole('button', { name: /corridor between Russia/ });
    await corridor.click();
    await expect(atlas.article.locator('.sentence.is-focused')).toContainText('land corridor between Russia');
  });

  test('a claim the outlines contradict is shown as such, politely', async ({ atlas, page }) => {
    await atlas.open();
    await page.getByRole('button', { name: 'Open an article' }).click();
    const dialog = page.getByRole('dialog', { name: 'Open an article' });
    // Written for this test: Lyman is in the Donetsk region, not the Luhansk one.
    await dialog
      .getByLabel('Article text')
      .fill(
        'KYIV, Ukraine\n\nArtillery struck Lyman in the Luhansk region overnight, local officials said on Tuesday. ' +
          'Kyiv lies 300 km from Moscow, a commander told reporters.',
      );
    await dialog.getByRole('button', { name: 'Map this article' }).click();
    await expect(atlas.map).toHaveAttribute('data-article', /^[A-Za-z0-9_-]{12}$/);
    const box = page.getByRole('region', { name: 'Checked against the map' });
    await expect(box.getByRole('listitem')).toHaveCount(2);
    await expect(box.getByRole('listitem').first()).toContainText('The map differs');
    await expect(box.getByRole('listitem').first()).toContainText(
      "perhaps not: Lyman lies outside Luhansk region's outline",
    );
    await expect(box.getByRole('listitem').nth(1)).toContainText('Kyiv is 7');
  });

  test('its work runs in a worker started once the map is ready, and its geometry is what the map already fetched', async ({
    atlas,
    page,
  }) => {
    await page.addInitScript(() => {
      const w = window as unknown as { mapReadyAt?: number; workers: { name: string; at: number }[] };
      w.workers = [];
      // Every worker the page starts, by name, and when (MapLibre's own among them).
      const Native = window.Worker;
      window.Worker = class extends Native {
        constructor(url: string | URL, options?: WorkerOptions) {
          super(url, options);
          w.workers.push({ name: options?.name ?? String(url), at: performance.now() });
        }
      };
      new MutationObserver(() => {
        const map = document.querySelector('[data-testid="map"]');
        if (w.mapReadyAt === undefined && map?.getAttribute('data-map-state') === 'ready')
          w.mapReadyAt = performance.now();
      }).observe(document, { subtree: true, attributes: true, attributeFilter: ['data-map-state'] });
    });
    // Every GeoJSON file asked for, by the page or by any of its workers.
    const geojson = new Set<string>();
    page.on('request', (request) => {
      const name = new URL(request.url()).pathname.split('/').pop() ?? '';
      if (name.endsWith('.geojson')) geojson.add(name.replace(/-[A-Za-z0-9_-]{8}\.geojson$/, ''));
    });
    await atlas.open();
    await expect(page.getByRole('region', { name: 'Checked against the map' })).toBeVisible();
    // The exports read their outlines after the map is ready too; both have asked once this is set.
    await expect(page.locator('.review-tools')).toHaveAttribute('data-outlines', 'ready');
    const { readyAt, facts, chunk, geodata } = await page.evaluate(() => {
      const w = window as unknown as { mapReadyAt?: number; workers: { name: string; at: number }[] };
      const entries = performance.getEntriesByType('resource') as PerformanceResourceTiming[];
      const ready = w.mapReadyAt ?? Infinity;
      return {
        readyAt: ready,
        facts: w.workers.filter((x) => x.name === 'facts').map((x) => x.at),
        // The page's own copy of the claim finder is only for a browser where the worker cannot run.
        chunk: entries.some((e) => /\/assets\/factsCompute-[^/]*\.js$/.test(e.name)),
        // Geometry the page itself asked for after the map was ready.
        geodata: entries
          .filter((e) => e.startTime >= ready && /\.geojson$/.test(e.name))
          .map((e) => e.name.replace(/^.*\//, '').replace(/-[A-Za-z0-9_-]{8}\.geojson$/, '')),
      };
    });
    expect(facts).toHaveLength(1);
    expect(facts[0]).toBeGreaterThanOrEqual(readyAt);
    expect(chunk).toBe(false);
    // The page reads only the base file the map has already drawn (the exports: its Soviet Union), once.
    expect(geodata).toEqual(['base-map']);
    // And no file the map has not: no outline file of data/geo/ for this article, and nothing from the worker.
    expect([...geojson].sort()).toEqual(['base-map', 'labels', 'places']);
    test.info().annotations.push({
      type: 'facts',
      description: `facts worker started at ${Math.round(facts[0] ?? -1)} ms, map ready at ${Math.round(readyAt)} ms`,
    });
  });
});

test.describe('checked against the map, in the embed', () => {
  test('beside the map in a wide frame: the facts are shown, and a fact opens the article at its sentence', async ({
    atlas,
    page,
  }) => {
    await page.setViewportSize({ width: 1000, height: 600 });
    await atlas.open('/embed.html');
    const box = page.getByRole('region', { name: 'Checked against the map (3)' });
    await expect(box).toBeVisible();
    await expect(box.getByRole('button', { name: /^Checked against the map/ })).toHaveAttribute(
      'aria-expanded',
      'true',
    );
    await expect(box.getByRole('listitem')).toHaveCount(3);
    await expect(box).toContainText('Lyman lies inside Donetsk region');
    await expect(box).toContainText('not the line of control');
    await expectNoAxeViolations(page, 'embed facts shown');
    await page.screenshot({ path: test.info().outputPath('embed-wide-facts.png') });

    await expect(atlas.article).toBeHidden();
    await box.getByRole('button', { name: /the Donetsk region town of Lyman/ }).click();
    const sentence = atlas.article.locator('.sentence.is-focused');
    await expect(sentence).toContainText('the Donetsk region town of Lyman');
    await expect(sentence).toBeFocused();
    await expect(sentence).toBeInViewport();
  });

  test('folded in a narrow frame, and opened from the keyboard', async ({ atlas, page }) => {
    await page.setViewportSize({ width: 420, height: 640 });
    await atlas.open('/embed.html');
    const toggle = page.getByRole('button', { name: 'Checked against the map (3)' });
    await expect(toggle).toHaveAttribute('aria-expanded', 'false');
    const corridor = page.getByRole('button', { name: /corridor between Russia/ });
    await expect(corridor).toBeHidden();

    await tabTo(page, toggle);
    await page.keyboard.press('Enter');
    await expect(toggle).toHaveAttribute('aria-expanded', 'true');
    await expect(corridor).toBeVisible();
    await expectNoAxeViolations(page, 'embed facts unfolded, narrow');
    await page.screenshot({ path: test.info().outputPath('embed-narrow-facts.png'), fullPage: true });

    await tabTo(page, corridor);
    await page.keyboard.press('Enter');
    await expect(atlas.article.locator('.sentence.is-focused')).toContainText('land corridor between Russia');
  });
});
