import { readFileSync } from 'node:fs';
import type { Page } from '@playwright/test';
import { test, expect, type AtlasPage } from './fixtures';

// Articles written for this project (e2e/articles/README.md says what each must link).
const article = (name: string) => readFileSync(new URL(`./articles/${name}`, import.meta.url), 'utf8');
const LYMAN = article('lyman.txt');
const REFERENDUM = article('referendum.txt');
const STRIKES = new URL('./articles/strikes.html', import.meta.url).pathname;

// Kupiansk: the town of the Lyman article farthest from the others (Lyman and Drobysheve almost touch).
const KUPIANSK: [number, number] = [37.608, 49.711];

function dialogOf(page: Page) {
  return page.getByRole('dialog', { name: 'Open an article' });
}

/** Opens the dialog, pastes `text` and maps it; resolves when the map has drawn the new article. */
async function paste(atlas: AtlasPage, text: string): Promise<string> {
  const { page } = atlas;
  await page.getByRole('button', { name: 'Open an article' }).click();
  await dialogOf(page).getByLabel('Article text').fill(text);
  await dialogOf(page).getByRole('button', { name: 'Map this article' }).click();
  await expect(dialogOf(page)).toBeHidden();
  return drawn(atlas);
}

/** Waits for the map to have drawn an article other than the default; returns its id. */
async function drawn(atlas: AtlasPage, timeout = 10_000): Promise<string> {
  await expect(atlas.map).toHaveAttribute('data-article', /^[A-Za-z0-9_-]{12}$/, { timeout });
  await expect(atlas.map).toHaveAttribute('data-map-state', 'ready');
  return (await atlas.map.getAttribute('data-article')) ?? '';
}

const placesList = (page: Page) => page.getByRole('navigation', { name: /Places in this article/ });

test.describe('any article', () => {
  test('a pasted article gets its map: header, places, passages, and a click on the map', async ({
    atlas,
    page,
  }) => {
    await atlas.open();
    const id = await paste(atlas, LYMAN);
    expect(new URL(page.url()).searchParams.get('article')).toBe(id);
    // The header is the article's own, guessed from its first line and dateline.
    await expect(page.locator('.topbar__meta')).toHaveText(
      'Ukrainian flag goes up over Lyman as Russian troops pull out · AP',
    );
    await expect(atlas.mention('LYMAN')).toBeVisible();
    await expect(atlas.article).not.toContainText('MOSCOW');
    // Places outside the default article's groups are drawn and clickable.
    await atlas.clickAt(...KUPIANSK);
    await expect(atlas.passages.getByRole('heading')).toHaveText(/^Kupiansk — mentioned in 1 sentence$/);
    await expect.poll(() => atlas.featureState('gn:703656')).toMatchObject({ selected: true });
    // A name in the text selects its place on the map.
    await atlas.mention('Kreminna').click();
    await expect(atlas.passages.getByRole('heading')).toHaveText(/^Kreminna — mentioned in 3 sentences$/);
    await expect.poll(() => atlas.featureState('gn:704138')).toMatchObject({ selected: true });
    await expect.poll(() => atlas.featureState('gn:703656')).not.toMatchObject({ selected: true });
    // The legend is this article's: rivers appear, the Soviet Union (not named) does not.
    await expect(page.getByRole('checkbox', { name: /Rivers and seas/ })).toBeChecked();
    await expect(page.getByRole('checkbox', { name: /Former Soviet Union/ })).toHaveCount(0);
    await expect(page.locator('.legend')).toContainText('Siverskyi Donets');
  });

  test('a second article replaces the first, and a deep link to a place in it opens on that place', async ({
    atlas,
    page,
  }) => {
    await atlas.open();
    const id = await paste(atlas, REFERENDUM);
    await expect(placesList(page).getByRole('button', { name: /^Melitopol/ })).toBeVisible();
    await placesList(page)
      .getByRole('button', { name: /^Melitopol/ })
      .click();
    await expect(atlas.passages.getByRole('heading')).toHaveText(/^Melitopol — mentioned in/);
    await expect.poll(() => atlas.featureState('gn:701404')).toMatchObject({ selected: true });

    await atlas.page.goto(`/?article=${id}&place=gn:701404`);
    await drawn(atlas);
    await expect(atlas.passages.getByRole('heading')).toHaveText(/^Melitopol — mentioned in/);
    await expect.poll(() => atlas.featureState('gn:701404')).toMatchObject({ selected: true });
  });

  test('an HTML file is reduced to its text: no script runs, nothing is fetched, places abroad are drawn', async ({
    atlas,
    page,
  }) => {
    await atlas.open();
    await page.getByRole('button', { name: 'Open an article' }).click();
    await dialogOf(page).getByLabel('Or open a file').setInputFiles(STRIKES);
    await expect(dialogOf(page).getByLabel('Title')).toHaveValue(
      'Missiles hit Zaporizhzhia and Odesa region as Moldova protests',
    );
    await expect(dialogOf(page).getByLabel('Article text')).not.toHaveValue(/<script|onerror|javascript:/i);
    await dialogOf(page).getByRole('button', { name: 'Map this article' }).click();
    await drawn(atlas);
    await expect(atlas.article).not.toContainText('<');
    expect(await page.evaluate(() => (window as { pwned?: unknown }).pwned)).toBeUndefined();
    await expect(atlas.mention('Chișinău')).toBeVisible();
    await placesList(page)
      .getByRole('button', { name: /^Poland/ })
      .click();
    await expect(atlas.passages.getByRole('heading')).toHaveText(/^Poland — mentioned in/);
    await expect.poll(() => atlas.featureState('PL')).toMatchObject({ selected: true });
  });

  test('a Markdown file dropped on the dialog shows no markup', async ({ atlas, page }) => {
    await atlas.open();
    await page.getByRole('button', { name: 'Open an article' }).click();
    const markdown = article('kherson.md');
    const transfer = await page.evaluateHandle((text) => {
      const dt = new DataTransfer();
      dt.items.add(new File([text], 'kherson.md', { type: 'text/markdown' }));
      return dt;
    }, markdown);
    await dialogOf(page).dispatchEvent('drop', { dataTransfer: transfer });
    await expect(dialogOf(page).getByLabel('Article text')).toHaveValue(/Dudchany/);
    await expect(dialogOf(page).getByLabel('Article text')).not.toHaveValue(/\*\*|^#|\]\(/m);
    await dialogOf(page).getByRole('button', { name: 'Map this article' }).click();
    await drawn(atlas);
    await expect(atlas.mention('Dudchany')).toBeVisible();
    await expect(atlas.article).not.toContainText('**');
    // Its # and ## headings are the article's headings, for the eye and for a screen reader's heading list.
    await expect(atlas.article.getByRole('heading')).toHaveText([
      'Ukrainian tanks roll south along the Dnipro as Kherson front gives way',
      'Villages in ruins',
      'Pressure on Kherson city',
    ]);
    await expect(atlas.article.getByRole('heading', { level: 2 })).toHaveCount(1);
    await expect(atlas.article.getByRole('heading', { level: 3 })).toHaveCount(2);
    // A heading's name still selects its place, and a heading is no passage...
    const headline = 'Ukrainian tanks roll south along the Dnipro as Kherson front gives way';
    await atlas.article
      .getByRole('heading', { name: headline })
      .getByRole('button', { name: 'Dnipro' })
      .click();
    await expect(atlas.passages.getByRole('heading')).toHaveText(/^Dnipro/);
    await expect(atlas.passages.getByRole('listitem').first()).toContainText('west bank of the Dnipro');
    await expect(atlas.passages.getByRole('listitem').filter({ hasText: headline })).toHaveCount(0);
    // ...unless the article names the place nowhere else: "Kherson city" is named only in this subheading.
    await atlas.article
      .getByRole('heading', { name: 'Pressure on Kherson city' })
      .getByRole('button')
      .click();
    await expect(atlas.passages.getByRole('listitem')).toHaveText(['Pressure on Kherson city']);
  });

  test('kept in the browser: a reload finds it, Your articles lists it, delete really deletes', async ({
    atlas,
    page,
  }) => {
    await atlas.open();
    const id = await paste(atlas, LYMAN);
    await page.reload();
    await drawn(atlas);
    await expect(atlas.mention('Kreminna')).toBeVisible();
    // A review of it, kept in localStorage beside the record, must go with it.
    const reviewKey = `article-atlas:review:${id}`;
    await page.evaluate(
      (k) => localStorage.setItem(k, JSON.stringify({ version: 1, edits: [], imported: null })),
      reviewKey,
    );

    await page.getByRole('button', { name: 'Open an article' }).click();
    const entry = dialogOf(page).locator(`li[data-article="${id}"]`);
    await expect(entry).toContainText('Ukrainian flag goes up over Lyman');
    await expect(entry).toContainText(/\d+ places/);
    page.once('dialog', (d) => void d.accept('Lyman retaken'));
    await entry.getByRole('button', { name: /^Rename/ }).click();
    await expect(entry).toContainText('Lyman retaken');
    await expect(page.locator('.topbar__meta')).toContainText('Lyman retaken');

    page.once('dialog', (d) => void d.accept());
    await entry.getByRole('button', { name: /^Delete/ }).click();
    await expect(entry).toHaveCount(0);
    // The article on screen was the deleted one: the default article is back.
    await expect(atlas.article.locator('p').first()).toHaveText('MOSCOW');
    expect(await page.evaluate((k) => localStorage.getItem(k), reviewKey)).toBeNull();

    await atlas.page.goto(`/?article=${id}`);
    await expect(atlas.map).toHaveAttribute('data-map-state', 'ready');
    await expect(page.getByRole('status').filter({ hasText: `No saved article ‘${id}’` })).toBeVisible();
    await expect(atlas.article.locator('p').first()).toHaveText('MOSCOW');
    expect(new URL(page.url()).search).toBe('');
  });

  test('text typed but not mapped is kept as a draft across a reload', async ({ atlas, page }) => {
    await atlas.open();
    await page.getByRole('button', { name: 'Open an article' }).click();
    await dialogOf(page).getByLabel('Article text').fill('KHERSON, Ukraine — A draft about Beryslav.');
    // The draft is written once typing pauses; wait until storage has it rather than for a fixed time.
    await expect
      .poll(() =>
        page.evaluate(
          () =>
            new Promise<string>((resolve) => {
              const req = indexedDB.open('article-atlas');
              req.onsuccess = () => {
                const tx = req.result.transaction('drafts', 'readonly');
                const get = tx.objectStore('drafts').get('current');
                get.onsuccess = () => resolve(JSON.stringify(get.result ?? null));
                get.onerror = () => resolve('');
              };
              req.onerror = () => resolve('');
            }),
        ),
      )
      .toContain('A draft about Beryslav');
    await page.reload();
    await expect(atlas.map).toHaveAttribute('data-map-state', 'ready');
    await page.getByRole('button', { name: 'Open an article' }).click();
    await expect(dialogOf(page).getByLabel('Article text')).toHaveValue(
      'KHERSON, Ukraine — A draft about Beryslav.',
    );
  });
});

test.describe('bad input to Open an article', () => {
  const mapIt = (page: Page) => dialogOf(page).getByRole('button', { name: 'Map this article' }).click();
  // Text problems are reported when mapping is asked for; file problems as soon as the file is read.
  const cases: { name: string; message: RegExp; give: (page: Page) => Promise<void> }[] = [
    {
      name: 'empty text',
      message: /empty|no text/i,
      give: async (page) => {
        await dialogOf(page).getByLabel('Article text').fill('   \n\t  ');
        await mapIt(page);
      },
    },
    {
      name: 'a text that names no place',
      message: /No place found/,
      give: async (page) => {
        await dialogOf(page)
          .getByLabel('Article text')
          .fill('The committee met on Tuesday and adjourned until spring.');
        await mapIt(page);
      },
    },
    {
      name: 'an image',
      message: /image/i,
      give: (page) =>
        dialogOf(page)
          .getByLabel('Or open a file')
          .setInputFiles({
            name: 'photo.txt',
            mimeType: 'text/plain',
            buffer: Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13]),
          }),
    },
    {
      name: 'a PDF',
      message: /PDF/,
      give: (page) =>
        dialogOf(page)
          .getByLabel('Or open a file')
          .setInputFiles({
            name: 'report.pdf',
            mimeType: 'application/pdf',
            buffer: Buffer.from('%PDF-1.7\n%'),
          }),
    },
    {
      name: 'a file over 2 MB',
      message: /limit is 2 MB/,
      give: (page) =>
        dialogOf(page)
          .getByLabel('Or open a file')
          .setInputFiles({
            name: 'big.txt',
            mimeType: 'text/plain',
            buffer: Buffer.alloc(2 * 1024 * 1024 + 10, 65),
          }),
    },
    {
      name: 'invalid UTF-8',
      message: /UTF-8/,
      give: (page) =>
        dialogOf(page)
          .getByLabel('Or open a file')
          .setInputFiles({
            name: 'latin1.txt',
            mimeType: 'text/plain',
            buffer: Buffer.from('Kyiv and Lyman, caf\xe9 ', 'latin1'),
          }),
    },
  ];

  for (const c of cases) {
    test(`${c.name}: a clear message, the default article stays`, async ({ atlas, page }) => {
      await atlas.open();
      await page.getByRole('button', { name: 'Open an article' }).click();
      await c.give(page);
      await expect(dialogOf(page).getByRole('alert')).toHaveText(c.message);
      await page.keyboard.press('Escape');
      await expect(dialogOf(page)).toBeHidden();
      await expect(atlas.map).toHaveAttribute('data-article', 'default');
      await expect(atlas.article.locator('p').first()).toHaveText('MOSCOW');
      expect(new URL(page.url()).search).toBe('');
    });
  }

  test('500 KB without a line break links without breaking the page', async ({ atlas, page }) => {
    // Half a megabyte goes through the worker, storage and the page: more than the default 30 s on a busy machine.
    test.slow();
    await atlas.open();
    // Town names the world gazetteer has, repeated into one enormous line.
    const names = ['Lyman', 'Kreminna', 'Svatove', 'Izium', 'Kupiansk', 'Sloviansk', 'Kramatorsk', 'Bakhmut'];
    const sentence = (i: number) =>
      `Shelling was reported near ${names[i % names.length] ?? 'Lyman'} on day ${i}. `;
    let text = '';
    for (let i = 0; text.length < 500_000; i++) text += sentence(i);
    await page.getByRole('button', { name: 'Open an article' }).click();
    await dialogOf(page).getByLabel('Article text').fill(text);
    await dialogOf(page).getByRole('button', { name: 'Map this article' }).click();
    await drawn(atlas, 60_000);
    await expect(placesList(page).getByRole('button', { name: /^Bakhmut/ })).toBeVisible();
    await placesList(page)
      .getByRole('button', { name: /^Bakhmut/ })
      .click();
    await expect(atlas.passages.getByRole('heading')).toHaveText(/^Bakhmut — mentioned in \d{3,} sentences$/);
  });

  test('an article naming 2,000 places maps them all', async ({ atlas, page }) => {
    test.slow();
    await atlas.open();
    const world = JSON.parse(
      readFileSync(new URL('../data/gazetteer-world.json', import.meta.url), 'utf8'),
    ) as {
      entries: { name: string; kind: string; point?: unknown }[];
    };
    // Distinct town names, each after a settlement cue so the linker takes even the smallest.
    const seen = new Set<string>();
    const towns = world.entries.filter(
      (e) => e.kind === 'city' && e.point && !seen.has(e.name) && seen.add(e.name),
    );
    expect(towns.length).toBeGreaterThanOrEqual(2000);
    const text = towns
      .slice(0, 2000)
      .map((t, i) => `Shelling hit the village of ${t.name} on day ${i}.`)
      .join('\n\n');
    await page.getByRole('button', { name: 'Open an article' }).click();
    await dialogOf(page).getByLabel('Article text').fill(text);
    await dialogOf(page).getByRole('button', { name: 'Map this article' }).click();
    await drawn(atlas, 60_000);
    const heading = await page.locator('#places-title').innerText();
    const count = Number(/\((\d+)\)/.exec(heading)?.[1] ?? 0);
    expect(count).toBeGreaterThan(1500);
  });

  test('an unknown or malformed article id: a notice and the default article', async ({ atlas, page }) => {
    await atlas.open('/?article=AAAAAAAAAAAA');
    await expect(
      page.getByRole('status').filter({ hasText: 'No saved article ‘AAAAAAAAAAAA’' }),
    ).toBeVisible();
    await expect(atlas.article.locator('p').first()).toHaveText('MOSCOW');
    await atlas.open('/?article=%3Cimg%20src%3Dx%3E');
    await expect(
      page.getByRole('status').filter({ hasText: 'No saved article ‘<img src=x>’' }),
    ).toBeVisible();
    await expect(atlas.article.locator('p').first()).toHaveText('MOSCOW');
  });
});
