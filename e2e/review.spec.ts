import { readFileSync, writeFileSync } from 'node:fs';
import type { Download, Locator, Page } from '@playwright/test';
import { test, expect } from './fixtures';

// Review, end to end, on the default article: a wrong link corrected and a missed name linked in the editing mode,
// both still there after a reload; the links exported (W3C, GeoJSON, PNG) and the W3C file imported into a fresh
// browser profile, which then shows the same links and statuses.

const text = readFileSync(new URL('../data/annexation-ceremony.txt', import.meta.url), 'utf8');
/** "five in Donetsk": the linker says the region; the casualty figure is the city's. */
const DONETSK = text.indexOf('Donetsk', text.indexOf('five in'));
const CITY = 'gn:709717';
/** "assembled in the Russian capital": Moscow, which the linker does not see in these words. */
const CAPITAL_WORDS = 'Russian capital';
const CAPITAL = text.indexOf(CAPITAL_WORDS);
const MOSCOW = 'gn:524901';

interface W3c {
  first: {
    items: {
      body: { id?: string };
      status: string;
      target: {
        selector: [{ start: number; end: number }, { exact: string }];
      };
    }[];
  };
}

interface Places {
  features: {
    geometry: { type: string } | null;
    properties: { id: string; mentions: { start: number; end: number; surface: string; status: string }[] };
  }[];
}

async function saved(download: Download): Promise<string> {
  const path = await download.path();
  return readFileSync(path, 'utf8');
}

/** Clicks an export button and returns the file it downloads. */
async function exportFile(page: Page, button: string): Promise<Download> {
  const details = page.locator('.review-tools__export');
  if (!(await details.evaluate((el) => (el as HTMLDetailsElement).open)))
    await details.locator('summary').click();
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    details.getByRole('button', { name: button, exact: true }).click(),
  ]);
  return download;
}

/** Drags the mouse over `words` inside `root`, as a reader selects them. */
async function selectWords(page: Page, root: Locator, words: string): Promise<void> {
  const box = await root.evaluate((el, w) => {
    const walker = document.createTreeWalker(el, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const at = node.textContent?.indexOf(w) ?? -1;
      if (at === -1) continue;
      const range = document.createRange();
      range.setStart(node, at);
      range.setEnd(node, at + w.length);
      range.startContainer.parentElement?.scrollIntoView({ block: 'center' });
      const r = range.getBoundingClientRect();
      return { left: r.left, right: r.right, y: r.top + r.height / 2 };
    }
    return null;
  }, words);
  if (!box) throw new Error(`‘${words}’ is not in the article`);
  await page.mouse.move(box.left + 1, box.y);
  await page.mouse.down();
  await page.mouse.move(box.right - 1, box.y, { steps: 5 });
  await page.mouse.up();
}

const reviewButton = (page: Page, start: number) =>
  page.getByRole('article', { name: 'Article under review' }).locator(`[data-review-start="${start}"]`);

test.describe('review and export', () => {
  test('correct a link and a missed name, reload, export, import into a fresh profile', async ({
    atlas,
    page,
    browser,
    baseURL,
  }, testInfo) => {
    // Two page loads, the world gazetteer, four downloads and a second profile: more than one page's budget.
    test.setTimeout(90_000);
    await atlas.open('/');
    await page.getByRole('button', { name: 'Edit links' }).click();
    await expect(page.getByRole('button', { name: 'Done editing links' })).toHaveAttribute(
      'aria-pressed',
      'true',
    );
    await expect(page.locator('.review-bar__progress')).toHaveText(/^0 of \d+ reviewed$/);

    // A wrong link: the region becomes the city, one of the gazetteer's candidates for the word.
    await atlas.settled();
    const before = await atlas.center();
    await reviewButton(page, DONETSK).click();
    const dialog = page.getByRole('dialog', { name: 'Review ‘Donetsk’' });
    await dialog.locator(`button[data-place="${CITY}"]`).click();
    await expect(reviewButton(page, DONETSK)).toHaveAttribute('data-status', 'changed');
    await expect(page.locator('.review-bar__progress')).toHaveText(/^1 of \d+ reviewed$/);
    // The map redraws the article's places for the edit, and leaves the camera where the reader had it.
    await expect.poll(() => atlas.drawnPlaces()).toContain(CITY);
    await expect(atlas.map).toHaveAttribute('data-map-state', 'ready');
    await atlas.settled();
    const after = await atlas.center();
    expect(after[0]).toBeCloseTo(before[0], 6);
    expect(after[1]).toBeCloseTo(before[1], 6);

    // A missed name: select the words, search the gazetteer, choose.
    const review = page.getByRole('article', { name: 'Article under review' });
    await selectWords(page, review, CAPITAL_WORDS);
    const linker = page.getByRole('dialog', { name: `Link ‘${CAPITAL_WORDS}’ to a place` });
    await linker.getByRole('searchbox').fill('Moscow');
    await linker
      .getByRole('list', { name: 'Search results' })
      .locator(`button[data-place="${MOSCOW}"]`)
      .click();
    await expect(reviewButton(page, CAPITAL)).toHaveAttribute('data-status', 'changed');
    await expect(reviewButton(page, CAPITAL)).toHaveText(CAPITAL_WORDS);

    // The reader's view follows at once: the city is a place of the article, the new words a link to Moscow.
    await page.getByRole('button', { name: 'Done editing links' }).click();
    await expect(atlas.article.locator(`button[data-place="${CITY}"]`)).toHaveCount(1);
    await expect(atlas.article.getByRole('button', { name: CAPITAL_WORDS })).toHaveAttribute(
      'data-place',
      MOSCOW,
    );
    // Choosing the city in the text selects it on the map: the map holds the corrected article's places.
    await atlas.article.locator(`button[data-place="${CITY}"]`).click();
    await expect.poll(() => atlas.featureState(CITY)).toMatchObject({ selected: true });

    // Saved at once: a reload shows both.
    await page.reload();
    await expect(atlas.map).toHaveAttribute('data-map-state', 'ready');
    await expect(atlas.article.locator(`button[data-place="${CITY}"]`)).toHaveCount(1);
    await expect(atlas.article.getByRole('button', { name: CAPITAL_WORDS })).toHaveAttribute(
      'data-place',
      MOSCOW,
    );

    // The exports draw the outlines the map draws: wait until they are loaded for this article.
    await expect(page.locator('.review-tools')).toHaveAttribute('data-outlines', 'ready');

    // W3C: every quote is the text at its offsets; both corrections are in it.
    const w3cDownload = await exportFile(page, 'Web Annotations');
    expect(w3cDownload.suggestedFilename()).toMatch(/annotations\.jsonld$/);
    const w3cText = await saved(w3cDownload);
    const w3c = JSON.parse(w3cText) as W3c;
    expect(w3c.first.items.length).toBeGreaterThan(40);
    for (const item of w3c.first.items) {
      const [position, quote] = item.target.selector;
      expect(quote.exact).toBe(text.slice(position.start, position.end));
    }
    const at = (start: number) => w3c.first.items.find((i) => i.target.selector[0].start === start);
    expect(at(DONETSK)?.status).toBe('changed');
    expect(at(DONETSK)?.body.id).toContain('709717');
    expect(at(CAPITAL)?.status).toBe('changed');
    expect(at(CAPITAL)?.body.id).toContain('524901');

    // GeoJSON: the city is a feature; every mention's surface is the text at its offsets.
    const geo = JSON.parse(await saved(await exportFile(page, 'GeoJSON'))) as Places;
    const ids = geo.features.map((f) => f.properties.id);
    expect(ids).toContain(CITY);
    expect(ids).toContain(MOSCOW);
    // A region carries its outline, a town its point.
    const geometryOf = (id: string) => geo.features.find((f) => f.properties.id === id)?.geometry?.type;
    expect(geometryOf('UA-09')).toMatch(/Polygon/);
    expect(geometryOf(CITY)).toBe('Point');
    let mentions = 0;
    for (const f of geo.features)
      for (const m of f.properties.mentions) {
        expect(m.surface).toBe(text.slice(m.start, m.end));
        mentions++;
      }
    expect(mentions).toBeGreaterThan(40);

    // PNG: a real picture of the map, decoded in the browser; not blank.
    const png = readFileSync(await (await exportFile(page, 'Map PNG')).path());
    // Kept with the test's output, for a person to look at.
    writeFileSync(testInfo.outputPath('map.png'), png);
    writeFileSync(testInfo.outputPath('annotations.jsonld'), w3cText);
    expect(png.subarray(1, 4).toString('latin1')).toBe('PNG');
    const colours = await page.evaluate(async (base64) => {
      const image = new Image();
      image.src = `data:image/png;base64,${base64}`;
      await image.decode();
      const canvas = document.createElement('canvas');
      canvas.width = image.naturalWidth;
      canvas.height = image.naturalHeight;
      const context = canvas.getContext('2d');
      if (!context) return { distinct: 0, width: 0 };
      context.drawImage(image, 0, 0);
      const data = context.getImageData(0, 0, canvas.width, canvas.height).data;
      const seen = new Set<number>();
      for (let i = 0; i < data.length; i += 4)
        seen.add(
          ((data[i] ?? 0) << 24) |
            ((data[i + 1] ?? 0) << 16) |
            ((data[i + 2] ?? 0) << 8) |
            (data[i + 3] ?? 0),
        );
      return { distinct: seen.size, width: canvas.width };
    }, png.toString('base64'));
    expect(colours.width).toBe(1200);
    expect(colours.distinct).toBeGreaterThan(100);

    // Import into a fresh profile: the same links and statuses.
    const fresh = await browser.newContext(baseURL ? { baseURL } : {});
    const other = await fresh.newPage();
    await other.goto('/');
    await expect(other.getByTestId('map')).toHaveAttribute('data-map-state', 'ready');
    const reader = other.getByRole('article', { name: 'Article' });
    await expect(reader.locator(`button[data-place="${CITY}"]`)).toHaveCount(0);
    await other.getByRole('button', { name: 'Edit links' }).click();
    await other.locator('.review-tools__export summary').click();
    await other.locator('.review-tools__export input[type="file"]').setInputFiles({
      name: 'annotations.jsonld',
      mimeType: 'application/ld+json',
      buffer: Buffer.from(w3cText),
    });
    // Read at once, or (the world gazetteer still loading) as soon as it is there; either way it says so.
    await expect(other.locator('.export-controls__message, .review-bar__message')).toContainText(/Imported/);
    for (const item of w3c.first.items) {
      const start = item.target.selector[0].start;
      await expect(reviewButton(other, start)).toHaveAttribute('data-status', item.status);
    }
    await other.getByRole('button', { name: 'Done editing links' }).click();
    await expect(reader.locator(`button[data-place="${CITY}"]`)).toHaveCount(1);
    await expect(reader.getByRole('button', { name: CAPITAL_WORDS })).toHaveAttribute('data-place', MOSCOW);
    await fresh.close();
  });

  test('a reader’s own article: an edit is kept with its record, and comes back when localStorage is cleared', async ({
    atlas,
    page,
  }) => {
    test.setTimeout(60_000);
    await atlas.open('/');
    await page.getByRole('button', { name: 'Open an article' }).click();
    const dialog = page.getByRole('dialog', { name: 'Open an article' });
    await dialog
      .getByLabel('Article text')
      .fill(readFileSync(new URL('./articles/lyman.txt', import.meta.url), 'utf8'));
    await dialog.getByRole('button', { name: 'Map this article' }).click();
    await expect(atlas.map).toHaveAttribute('data-article', /^[A-Za-z0-9_-]{12}$/);
    await expect(atlas.map).toHaveAttribute('data-map-state', 'ready');
    const id = (await atlas.map.getAttribute('data-article')) ?? '';
    const kreminna = atlas.article.getByRole('button', { name: 'Kreminna', exact: true });
    const count = await kreminna.count();
    expect(count).toBeGreaterThan(0);

    await page.getByRole('button', { name: 'Edit links' }).click();
    const review = page.getByRole('article', { name: 'Article under review' });
    const first = review.getByRole('button', { name: 'Kreminna', exact: true }).first();
    await first.click();
    await page
      .getByRole('dialog', { name: 'Review ‘Kreminna’' })
      .getByRole('button', { name: 'Not a place' })
      .click();
    await expect(first).toHaveAttribute('data-status', 'not-a-place');
    await page.getByRole('button', { name: 'Done editing links' }).click();
    await expect(kreminna).toHaveCount(count - 1);

    // The record in IndexedDB carries the same review as localStorage.
    const key = `article-atlas:review:${id}`;
    const local = await page.evaluate((k) => localStorage.getItem(k), key);
    expect(local).toContain('not-a-place');
    const stored = () =>
      page.evaluate(
        (articleId) =>
          new Promise<unknown>((resolve, reject) => {
            const request = indexedDB.open('article-atlas');
            request.onerror = () => reject(new Error('no database'));
            request.onsuccess = () => {
              const get = request.result.transaction('articles').objectStore('articles').get(articleId);
              get.onsuccess = () => {
                resolve((get.result as { corrections?: unknown } | undefined)?.corrections ?? null);
                request.result.close();
              };
            };
          }),
        id,
      );
    await expect.poll(stored).toBe(local);

    // localStorage cleared: the article opens with its review from the record.
    await page.evaluate((k) => localStorage.removeItem(k), key);
    await page.reload();
    await expect(atlas.map).toHaveAttribute('data-article', id);
    await expect(kreminna).toHaveCount(count - 1);
  });

  test('the embed has no editing mode', async ({ page }) => {
    await page.goto('/embed.html');
    await expect(page.getByTestId('map')).toHaveAttribute('data-map-state', 'ready');
    await expect(page.locator('#root')).not.toBeEmpty();
    await expect(page.getByRole('button', { name: 'Edit links' })).toHaveCount(0);
    await expect(page.locator('.review-tools')).toHaveCount(0);
  });
});
