import { readFileSync } from 'node:fs';
import { deflateRawSync } from 'node:zlib';
import type { Page } from '@playwright/test';
import { AtlasPage, collectCspViolations, cspViolations, test, expect } from './fixtures';

// An article written for this project (e2e/articles/README.md says what it must link).
const LYMAN = readFileSync(new URL('./articles/lyman.txt', import.meta.url), 'utf8');
const KREMINNA = 'gn:704138';
const OWN_ID = /^[A-Za-z0-9_-]{12}$/;

const dialogOf = (page: Page) => page.getByRole('dialog', { name: 'Open an article' });

/** Waits for the map to have drawn an article other than the default; returns its id. */
async function drawn(atlas: AtlasPage): Promise<string> {
  await expect(atlas.map).toHaveAttribute('data-article', OWN_ID, { timeout: 10_000 });
  await expect(atlas.map).toHaveAttribute('data-map-state', 'ready');
  return (await atlas.map.getAttribute('data-article')) ?? '';
}

/** A fragment made by hand, as an attacker would: any JSON, deflated and base64url-encoded. */
const craft = (payload: string, version = '1') =>
  `${version}.${deflateRawSync(payload).toString('base64url')}`;
const lymanFragment = craft(JSON.stringify({ t: LYMAN, m: ['', '', ''] }));
// Cut at a length base64 can have, so the damage is found by the decompressor, not the alphabet check.
const cut = lymanFragment.slice(0, Math.floor(lymanFragment.length / 2 / 4) * 4);

const HOSTILE: [string, string, RegExp][] = [
  ['truncated', cut, /cut short or damaged/],
  ['not base64url', '1.abc*def(ghi)', /characters a share link never has/],
  [
    'a decompression bomb',
    craft(JSON.stringify({ t: 'a'.repeat(40 * 1024 * 1024), m: ['', '', ''] })),
    /unpacks to more than 2 MB/,
  ],
  [
    'markup',
    craft(JSON.stringify({ t: 'KYIV\n\n<img src=x onerror="window.pwned=1"> Kyiv held.', m: ['', '', ''] })),
    /holds HTML markup/,
  ],
  ['another version', `2.${lymanFragment.slice(2)}`, /another version of Article Atlas/],
  ['not an article', craft(JSON.stringify({ hello: 'Kyiv' })), /does not hold an article/],
];

test.describe('share links', () => {
  test('a pasted article’s link opens the same article, place and view in a fresh browser', async ({
    atlas,
    page,
    browser,
    baseURL,
  }) => {
    await atlas.open();
    await page.getByRole('button', { name: 'Open an article' }).click();
    await dialogOf(page).getByLabel('Article text').fill(LYMAN);
    await dialogOf(page).getByRole('button', { name: 'Map this article' }).click();
    await expect(dialogOf(page)).toBeHidden();
    const id = await drawn(atlas);
    await atlas.mention('Kreminna').click();
    await expect.poll(() => atlas.featureState(KREMINNA)).toMatchObject({ selected: true });
    await atlas.settled();
    const center = await atlas.center();

    await page.getByRole('button', { name: 'Copy link' }).click();
    const field = page.getByRole('textbox', { name: 'Link to this view' });
    await expect(field).toHaveValue(/#map=[\d.]+\/[\d.]+\/[\d.]+&a=1\.[A-Za-z0-9_-]+$/);
    const link = await field.inputValue();
    const url = new URL(link);
    // The link names the place and carries the article, not this browser's id for it.
    expect(url.searchParams.get('place')).toBe(KREMINNA);
    expect(url.searchParams.has('article')).toBe(false);
    expect(link).not.toContain(id);
    // A 700-word article fits a chat message: no warning.
    expect(link.length).toBeLessThan(8000);
    await expect(page.getByText(/too long for many chat tools/)).toHaveCount(0);

    // Another browser: a new context, with nothing stored.
    const context = await browser.newContext({ ...(baseURL ? { baseURL } : {}) });
    const other = await context.newPage();
    const errors: string[] = [];
    other.on('console', (msg) => {
      if (msg.type() === 'error') errors.push(msg.text());
    });
    other.on('pageerror', (err) => errors.push(String(err)));
    await other.addInitScript(collectCspViolations);
    const there = new AtlasPage(other);
    await other.goto(link);
    const sharedId = await drawn(there);
    expect(sharedId).not.toBe(id);
    await expect(other.locator('.topbar__meta')).toHaveText(
      'Ukrainian flag goes up over Lyman as Russian troops pull out · AP',
    );
    await expect(there.mention('LYMAN')).toBeVisible();
    await expect(there.passages.getByRole('heading')).toHaveText(/^Kreminna — mentioned in 3 sentences$/);
    await expect.poll(() => there.featureState(KREMINNA)).toMatchObject({ selected: true });
    await there.settled();
    const [lon, lat] = await there.center();
    expect(Math.abs(lon - center[0])).toBeLessThan(0.001);
    expect(Math.abs(lat - center[1])).toBeLessThan(0.001);
    // Someone else's article is shown, not stored unasked; the address still carries it.
    await expect(other.getByText('This article came with the link.')).toBeVisible();
    expect(new URL(other.url()).hash).toContain('&a=1.');
    // Kept when the reader asks: then it has an address of this browser's own.
    await other.getByRole('button', { name: 'Keep in Your articles' }).click();
    await expect(other.getByText('Kept in “Your articles” in this browser.')).toBeVisible();
    await expect.poll(() => new URL(other.url()).searchParams.get('article')).toMatch(OWN_ID);
    expect(new URL(other.url()).searchParams.get('place')).toBe(KREMINNA);
    expect(new URL(other.url()).hash).not.toContain('a=');
    await other.getByRole('button', { name: 'Open an article' }).click();
    await expect(dialogOf(other).getByText(/Ukrainian flag goes up over Lyman/)).toBeVisible();

    expect(errors, 'console errors in the other browser').toEqual([]);
    expect(await cspViolations(other)).toEqual([]);
    await context.close();
  });

  test('a corrected article’s link carries its corrected links to a fresh browser and to the embed', async ({
    atlas,
    page,
    browser,
    baseURL,
  }) => {
    test.setTimeout(60_000);
    await atlas.open();
    await page.getByRole('button', { name: 'Open an article' }).click();
    await dialogOf(page).getByLabel('Article text').fill(LYMAN);
    await dialogOf(page).getByRole('button', { name: 'Map this article' }).click();
    await drawn(atlas);
    const kreminna = atlas.article.getByRole('button', { name: 'Kreminna', exact: true });
    const count = await kreminna.count();
    expect(count).toBeGreaterThan(1);
    // One Kreminna is marked "not a place" in review.
    await page.getByRole('button', { name: 'Edit links' }).click();
    const review = page.getByRole('article', { name: 'Article under review' });
    await review.getByRole('button', { name: 'Kreminna', exact: true }).first().click();
    await page
      .getByRole('dialog', { name: 'Review ‘Kreminna’' })
      .getByRole('button', { name: 'Not a place' })
      .click();
    await page.getByRole('button', { name: 'Done editing links' }).click();
    await expect(kreminna).toHaveCount(count - 1);

    await page.getByRole('button', { name: 'Copy link' }).click();
    const field = page.getByRole('textbox', { name: 'Link to this view' });
    await expect(field).toHaveValue(/&a=1\.[A-Za-z0-9_-]+$/);
    const link = await field.inputValue();

    const context = await browser.newContext({ ...(baseURL ? { baseURL } : {}) });
    const other = await context.newPage();
    const errors: string[] = [];
    other.on('console', (msg) => {
      if (msg.type() === 'error') errors.push(msg.text());
    });
    const there = new AtlasPage(other);
    await other.goto(link);
    await drawn(there);
    // The same links as corrected, not the linker's: one Kreminna fewer, and no notice of anything dropped.
    await expect(there.article.getByRole('button', { name: 'Kreminna', exact: true })).toHaveCount(count - 1);
    await expect(other.getByText(/left out|could not be used/)).toHaveCount(0);
    // The embed snippet's page shows them too.
    const embed = link.replace(/\/(\?|#)/, '/embed.html$1');
    await other.goto(embed);
    await expect(other.getByTestId('map')).toHaveAttribute('data-article', OWN_ID, { timeout: 10_000 });
    await other.getByRole('button', { name: 'Read the article' }).click();
    await expect(
      other.locator('#embed-article').getByRole('button', { name: 'Kreminna', exact: true }),
    ).toHaveCount(count - 1);
    expect(errors, 'console errors in the other browser').toEqual([]);
    await context.close();
  });

  test('a link too long for chat tools says so and offers the article as a file', async ({ atlas, page }) => {
    // About 3,000 words of project-written reporting: a link of over 8,000 characters.
    const long = [
      readFileSync(new URL('../bench/articles/ten-days-in-october.txt', import.meta.url), 'utf8'),
      LYMAN,
      readFileSync(new URL('./articles/referendum.txt', import.meta.url), 'utf8'),
      readFileSync(new URL('./articles/kherson.md', import.meta.url), 'utf8'),
    ].join('\n\n');
    await atlas.open();
    await page.getByRole('button', { name: 'Open an article' }).click();
    await dialogOf(page).getByLabel('Article text').fill(long);
    await dialogOf(page).getByRole('button', { name: 'Map this article' }).click();
    await drawn(atlas);
    await page.getByRole('button', { name: 'Copy link' }).click();
    const link = await page.getByRole('textbox', { name: 'Link to this view' }).inputValue();
    expect(link.length).toBeGreaterThan(8000);
    await expect(page.getByRole('note')).toContainText(
      `This link is ${link.length.toLocaleString('en')} characters long`,
    );
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('link', { name: 'Download the article (.txt)' }).click(),
    ]);
    expect(download.suggestedFilename()).toBe(
      'ten-days-that-redrew-the-front-from-the-kremlin-ceremony-to.txt',
    );
    const saved = readFileSync(await download.path(), 'utf8');
    expect(saved).toContain(long.trim().slice(-200));
    // The long link still opens (browsers take far longer addresses than chat tools do).
    await page.goto(link);
    await drawn(atlas);
    await expect(page.getByText('This article came with the link.')).toBeVisible();
  });

  test('the embed snippet of a pasted article carries it too', async ({ atlas, page }) => {
    await atlas.open();
    await page.getByRole('button', { name: 'Open an article' }).click();
    await dialogOf(page).getByLabel('Article text').fill(LYMAN);
    await dialogOf(page).getByRole('button', { name: 'Map this article' }).click();
    await drawn(atlas);
    await page.getByRole('button', { name: 'Embed' }).click();
    const code = page.getByRole('textbox', { name: 'Embed code' });
    await expect(code).toHaveValue(
      /^<iframe src="http:\/\/127\.0\.0\.1:\d+\/embed\.html(\?[^#"]*)?#[^"]*a=1\./,
    );
    const src = /src="([^"]+)"/.exec(await code.inputValue())?.[1]?.replace(/&amp;/g, '&') ?? '';
    await page.goto(src);
    // The embed shows the article from its own address: linked there, not read from this browser's storage.
    await drawn(atlas);
    await expect(page.getByText('This article came with the link.')).toHaveCount(0);
  });

  for (const [what, fragment, message] of HOSTILE) {
    test(`a link with ${what} gives a notice and the default article`, async ({ atlas, page }) => {
      await atlas.open(`/?place=${KREMINNA}#map=6/48/37&a=${fragment}`);
      await expect(page.getByRole('status').filter({ hasText: message })).toContainText(
        'Showing the default article.',
      );
      await expect(atlas.map).toHaveAttribute('data-article', 'default');
      await expect(page.getByText('This article came with the link.')).toHaveCount(0);
      expect(await page.evaluate(() => (window as Window & { pwned?: number }).pwned)).toBeUndefined();
      expect(page.url()).not.toContain('a=');
    });
  }
});
