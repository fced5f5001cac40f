import { test, expect, tabTo } from './fixtures';

// Enter and Space both activate a button; the journey alternates them.
const ACTIVATE = ['Enter', 'Space'] as const;
const SENTENCES = ['sentences', 'sentence', 'sentences'] as const;

test.describe('keyboard only', () => {
  test('every place is reached from the places list, its passages read, and Escape clears', async ({
    atlas,
    page,
  }) => {
    // Sixteen places, each checked in the text, the live region and the map's feature-state.
    test.setTimeout(120_000);
    await atlas.open();
    const list = page.getByRole('navigation', { name: /Places in this article/ });
    const entries = list.locator('button.place');
    await expect(entries).toHaveCount(16);
    const announcer = page.getByTestId('announcer');

    // The skip link is the first stop and lands just before the list.
    await page.keyboard.press('Tab');
    await expect(page.getByRole('link', { name: 'Skip to the places list' })).toBeFocused();
    await page.keyboard.press('Enter');
    await expect(list).toBeFocused();
    await page.keyboard.press('Tab');
    const toggle = list.getByRole('button', { name: /^Places in this article/ });
    await expect(toggle).toBeFocused();
    await expect(toggle).toHaveAttribute('aria-expanded', 'true');
    await page.keyboard.press('Tab');
    await expect(entries.first()).toBeFocused();

    const count = await entries.count();
    for (let i = 0; i < count; i++) {
      const entry = entries.nth(i);
      await expect(entry).toBeFocused();
      const id = await entry.getAttribute('data-place');
      const name = (await entry.locator('.place__name').textContent()) ?? '';
      const n = Number(
        /(\d+) sentences?/.exec((await entry.locator('.place__meta').textContent()) ?? '')?.[1],
      );
      expect(n).toBeGreaterThan(0);
      // Enter and Space both activate.
      await page.keyboard.press(ACTIVATE[i % 2] ?? 'Enter');
      const label = `${name} — mentioned in ${n} ${SENTENCES[Math.min(n, 2)]}`;
      await expect(atlas.passages.getByRole('heading')).toHaveText(label);
      await expect(atlas.passages.getByRole('listitem')).toHaveCount(n);
      await expect(entry).toHaveAttribute('aria-pressed', 'true');
      await expect(announcer).toHaveText(new RegExp(`^${name}, .+, mentioned in ${n} sentences?\\.$`));
      // Exactly what a map click does: the place is highlighted on the map.
      await expect.poll(() => atlas.featureState(id ?? '')).toMatchObject({ selected: true });
      await expect(entry).toBeFocused();
      await page.keyboard.press('Tab');
    }

    // Read one passage: Tab on into the passages and open the last one in the article.
    const passages = atlas.passages.getByRole('listitem').getByRole('button');
    await tabTo(page, passages.first());
    await page.keyboard.press('Enter');
    const focused = atlas.article.locator('.sentence.is-focused');
    await expect(focused).toBeFocused();
    await expect(focused).toBeInViewport();

    await page.keyboard.press('Escape');
    await expect(atlas.passages).toBeHidden();
    await expect(announcer).toHaveText('Selection cleared.');
    await expect(entries.last()).toHaveAttribute('aria-pressed', 'false');
  });

  test('names in the article activate with Enter and Space, and focus never gets stuck in the map', async ({
    atlas,
    page,
  }) => {
    await atlas.open();
    const kherson = atlas.mention('Kherson');
    await tabTo(page, kherson, 80);
    await page.keyboard.press('Enter');
    await expect(atlas.passages.getByRole('heading')).toHaveText('Kherson — mentioned in 1 sentence');
    await expect(kherson).toHaveAttribute('aria-pressed', 'true');
    await expect(page.getByTestId('announcer')).toHaveText(
      'Kherson, region of Ukraine, mentioned in 1 sentence.',
    );

    const lugansk = atlas.mention('Lugansk');
    await tabTo(page, lugansk);
    await page.keyboard.press('Space');
    await expect(atlas.passages.getByRole('heading')).toHaveText('Luhansk — mentioned in 1 sentence');
    await expect.poll(() => atlas.featureState('UA-09')).toMatchObject({ selected: true });

    // Shift+Tab back out through the map's canvas, past the share controls, to the skip link: nothing holds the focus.
    const canvas = page.locator('canvas.maplibregl-canvas');
    await tabTo(page, canvas, 120, 'Shift+Tab');
    await expect(canvas).toBeFocused();
    await page.keyboard.press('ArrowUp');
    await page.keyboard.press('Shift+Tab');
    await expect(canvas).not.toBeFocused();
    await tabTo(page, page.getByRole('link', { name: 'Skip to the places list' }), 5, 'Shift+Tab');
  });

  test('clearing the selection from inside the passages puts focus back on the place in the list', async ({
    atlas,
    page,
  }) => {
    await atlas.open();
    const entry = page.locator('.places button[data-place="UA-63"]');
    await entry.focus();
    await page.keyboard.press('Enter');
    await expect(atlas.passages.getByRole('heading')).toHaveText('Kharkiv — mentioned in 2 sentences');
    const close = atlas.passages.getByRole('button', { name: 'Clear selection' });
    await tabTo(page, close);
    await page.keyboard.press('Enter');
    await expect(atlas.passages).toBeHidden();
    await expect(entry).toBeFocused();

    // Escape from a passage does the same.
    await page.keyboard.press('Space');
    await tabTo(page, atlas.passages.getByRole('listitem').first().getByRole('button'));
    await page.keyboard.press('Escape');
    await expect(atlas.passages).toBeHidden();
    await expect(entry).toBeFocused();
  });

  test('the passages box never hides the focused name: not the one pressed, not the next one reached with Tab', async ({
    atlas,
    page,
  }) => {
    await atlas.open();
    const name = atlas.mention('Donetsk');
    // A reader who has scrolled the article: the name 120 px below the top of the panel, where the box will stand.
    await name.evaluate((el) => {
      const box = el.closest('.panel');
      if (box) box.scrollTop += el.getBoundingClientRect().top - box.getBoundingClientRect().top - 120;
    });
    await name.focus();
    await page.keyboard.press('Enter');
    await expect(atlas.passages.getByRole('heading')).toHaveText('Donetsk — mentioned in 4 sentences');
    // What stands at the middle of the focused element is the element itself, not the passages box over it.
    const shown = () =>
      page.evaluate(() => {
        const el = document.activeElement;
        if (!(el instanceof HTMLElement)) return 'nothing focused';
        const r = el.getBoundingClientRect();
        const top = document.elementFromPoint(r.left + r.width / 2, r.top + r.height / 2);
        return top && el.contains(top) ? `${el.textContent} shown` : `${el.textContent} hidden`;
      });
    await expect.poll(shown).toBe('Donetsk shown');
    await page.keyboard.press('Tab');
    await expect(atlas.mention('Lyman')).toBeFocused();
    await expect.poll(shown).toBe('Lyman shown');
  });
});
