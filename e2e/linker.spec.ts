import { test, expect } from './fixtures';

test.describe('how the article links its places', () => {
  test('the default article never downloads the world gazetteer', async ({ atlas, page }) => {
    const requested: string[] = [];
    page.on('request', (req) => requested.push(new URL(req.url()).pathname));
    await atlas.open();
    await atlas.mention('Lugansk').click();
    await expect(atlas.passages.getByRole('heading')).toHaveText('Luhansk — mentioned in 1 sentence');
    // The listener does see the page's scripts (so an empty list below means something).
    const entry = await page.locator('script[type="module"]').first().getAttribute('src');
    expect(entry).not.toBeNull();
    expect(requested).toContain(entry);
    expect(requested.filter((path) => path.includes('gazetteer-world'))).toEqual([]);
  });

  test('the passages list says how the article spelled a place', async ({ atlas }) => {
    await atlas.open();
    await atlas.mention('Lugansk').click();
    await expect(atlas.passages.getByTestId('spelled')).toHaveText('spelled ‘Lugansk’ in the article');
    await atlas.mention('Donetsk').click();
    await expect(atlas.passages.getByRole('heading')).toHaveText('Donetsk — mentioned in 4 sentences');
    await expect(atlas.passages.getByTestId('spelled')).toHaveCount(0);
  });

  test('a metonym says so on hover and to screen readers', async ({ atlas }) => {
    await atlas.open();
    // "Kyiv’s forces": the name stands for Ukraine's army.
    const kyiv = atlas.mention('Kyiv');
    await expect(kyiv).toHaveAttribute('data-reading', 'metonym');
    await expect(kyiv).toHaveAttribute('title', /Kyiv here stands for its government or forces \(metonym\)/);
    await expect(kyiv).toHaveAccessibleDescription('Kyiv here stands for its government or forces (metonym)');
    // "officials in Kyiv said": the city itself, with no such note.
    const literal = atlas.article.locator('[data-place="gn:703448"][data-reading="literal"]');
    await expect(literal).toHaveCount(1);
    await expect(literal).toHaveAttribute('title', 'Kyiv: show on the map');
  });
});
