import { readFileSync } from 'node:fs';
import { createElement as h } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { linkArticle, paragraphs, type GazetteerEntry } from '../src/linking';
import { buildArticleModel } from '../src/state/article';
import { StoreContext } from '../src/state/context';
import { parseGazetteer } from '../src/state/data';
import { createAppStore } from '../src/state/store';
import { ArticlePanel } from '../src/ui/ArticlePanel';
import { Notice } from '../src/ui/Notice';
import { Passages } from '../src/ui/Passages';
import { PlacesList } from '../src/ui/PlacesList';
import { test, expect, type AtlasPage } from './fixtures';
import {
  XSS_PAYLOADS,
  URL_PARAMETERS,
  expectedPlaceNotice,
  hostileSearchAndHash,
  installSentinel,
  readVisibleState,
} from './payloads';

// How this is tested, and why: the shipped app has exactly one article, bundled at build time, so there is no
// input path for a hostile article in the built page, and we ship no test-only route. Instead the real components
// (article, places list, passages, notice) are rendered by React in Node from an article and place names made of
// payloads, and the exact markup React produced is then parsed and run by Chromium next to a sentinel. React's
// client renderer writes text with text nodes and attributes with setAttribute, never HTML; the ESLint rule in
// eslint.config.js keeps innerHTML, outerHTML, insertAdjacentHTML, setHTML, document.write and
// dangerouslySetInnerHTML out of src/.

const realGazetteer = parseGazetteer(JSON.parse(readFileSync('data/gazetteer.json', 'utf8')));

/** Hostile place names, ids and aliases: the gazetteer is data too, and its strings reach attributes. */
const hostilePlaces: GazetteerEntry[] = XSS_PAYLOADS.slice(0, 12).map((payload, i) => ({
  id: i % 2 === 0 ? `evil-${i}` : payload,
  name: payload,
  kind: i % 3 === 0 ? 'region' : 'city',
  group: i % 3 === 0 ? 'named-regions' : 'towns',
  aliases: [`Eviltown${String.fromCharCode(65 + i)}`],
  seat: false,
  bbox: [30, 45, 31, 46],
}));

const text = [
  'MOSCOW',
  ...XSS_PAYLOADS.map(
    (p, i) => `Payload ${i + 1} reads ${p} near Donetsk and Eviltown${String.fromCharCode(65 + (i % 12))}.`,
  ),
].join('\n\n');

function hostileMarkup(selectedId: string): string {
  const gazetteer = { entries: [...realGazetteer.entries, ...hostilePlaces] };
  const article = buildArticleModel(text, paragraphs(text), linkArticle(text, gazetteer), gazetteer.entries);
  const live = createAppStore({ article });
  live.getState().select(selectedId, 'list');
  // On the server zustand renders getInitialState(); make that the state with the selection.
  const store = { ...live, getInitialState: live.getState };
  const markup = renderToStaticMarkup(
    h(StoreContext.Provider, { value: store }, h(PlacesList), h(Passages), h(ArticlePanel)),
  );
  // The notice line echoes input it could not use: feed it a payload too.
  live.getState().select(XSS_PAYLOADS[0] ?? '', 'list');
  return markup + renderToStaticMarkup(h(StoreContext.Provider, { value: store }, h(Notice)));
}

const ALLOWED_TAGS = new Set(
  ['html', 'head', 'body', 'script', 'nav', 'h2', 'h3', 'section', 'ul', 'li', 'button', 'span'].concat([
    'header',
    'p',
    'ol',
    'mark',
    'div',
    'article',
  ]),
);

test.describe('hostile text', () => {
  for (const selected of ['evil-0', XSS_PAYLOADS[1] ?? '']) {
    test(`${XSS_PAYLOADS.length} payloads in the article and the place names render as text (${selected.slice(0, 12)} selected)`, async ({
      page,
    }) => {
      expect(XSS_PAYLOADS.length).toBeGreaterThanOrEqual(50);
      const markup = hostileMarkup(selected);
      // The sentinel: any payload that runs calls __xss(n) and leaves its number behind.
      await page.setContent(
        `<!doctype html><html><head><script>window.__hits = []; window.__xss = (n) => window.__hits.push(n);</script></head><body>${markup}</body></html>`,
      );
      // Give focus, hover and scroll handlers a chance, as a reader would.
      for (const b of await page.getByRole('button').all()) await b.focus();
      await page.mouse.move(10, 10);
      await page.mouse.wheel(0, 2000);

      const report = await page.evaluate(() => {
        const all = [...document.querySelectorAll('*')];
        return {
          hits: (window as Window & { __hits?: number[] }).__hits ?? ['sentinel missing'],
          tags: [...new Set(all.map((e) => e.localName))],
          handlers: all.flatMap((e) =>
            [...e.attributes].filter((a) => /^on/i.test(a.name)).map((a) => a.name),
          ),
          urls: all.flatMap((e) =>
            [...e.attributes]
              .filter((a) => /^(href|src|srcdoc|action|formaction|style)$/i.test(a.name))
              .map((a) => a.name),
          ),
          scripts: document.scripts.length,
          text: document.body.textContent ?? '',
        };
      });
      expect(report.hits, 'payloads that ran').toEqual([]);
      expect(report.tags.filter((t) => !ALLOWED_TAGS.has(t))).toEqual([]);
      expect(report.handlers).toEqual([]);
      expect(report.urls).toEqual([]);
      expect(report.scripts).toBe(1);
      // Every payload is on the page, character for character, as text (the HTML parser drops NUL characters in text).
      for (const p of XSS_PAYLOADS) expect(report.text).toContain(p.replaceAll(String.fromCharCode(0), ''));
      await expect(page.locator('#passages-title')).toContainText('— mentioned in');
      await expect(page.getByRole('status')).toContainText(`No place ‘${XSS_PAYLOADS[0] ?? ''}’`);
    });
  }

  test('the sentinel does catch a payload that is parsed as HTML (so the test above can fail)', async ({
    page,
  }) => {
    await page.setContent(
      `<!doctype html><html><head><script>window.__hits = []; window.__xss = (n) => window.__hits.push(n);</script></head><body>${XSS_PAYLOADS[1] ?? ''}${XSS_PAYLOADS[2] ?? ''}</body></html>`,
    );
    await expect
      .poll(() => page.evaluate(() => (window as Window & { __hits?: number[] }).__hits?.sort()))
      .toEqual([2, 3]);
  });

  test('payloads in the URL query and hash change nothing and run nothing in the real app', async ({
    atlas,
    page,
  }) => {
    // This branch reads no URL parameters; this guards whatever reads them later (deep links, embed options).
    await page.addInitScript(() => {
      const w = window as Window & { __hits?: number[]; __xss?: (n: number) => void };
      w.__hits = [];
      w.__xss = (n) => w.__hits?.push(n);
    });
    const names = ['place', 'article', 'layers', 'select', 'q', 'embed', 'origin'];
    for (const [i, chunk] of [XSS_PAYLOADS.slice(0, 33), XSS_PAYLOADS.slice(33)].entries()) {
      const query = chunk
        .map((p, j) => `${names[j % names.length] ?? 'x'}=${encodeURIComponent(p)}`)
        .join('&');
      await atlas.open(`/?${query}#${encodeURIComponent(chunk[i] ?? '')}`);
      await expect(atlas.article.getByRole('button')).toHaveCount(44);
      await expect(atlas.passages).toBeHidden();
      expect(await page.evaluate(() => (window as Window & { __hits?: number[] }).__hits)).toEqual([]);
    }
  });

  test(`${XSS_PAYLOADS.length} payloads through each of ${URL_PARAMETERS.join(', ')} in the full app: shown as text, nothing runs, nothing else changes`, async ({
    atlas,
    page,
  }) => {
    // One load per payload (the embed.html half of this is in embed-host.spec.ts, inside a real host page).
    test.setTimeout(240_000);
    await page.addInitScript(installSentinel);
    await atlas.open('/');
    await atlas.settled();
    const home: Home = { camera: await atlas.center(), state: await page.evaluate(readVisibleState) };
    expect(home.state).toMatchObject({ notice: null, passages: false, pressed: 0, hits: [] });
    // The camera needs the map: it is checked on every fifth load, to keep the test's time in bounds.
    for (let i = 0; i < XSS_PAYLOADS.length; i++) await expectOnlyTheNotice(atlas, i, home, i % 5 === 4);
    expect(await page.evaluate(readVisibleState)).toMatchObject({ hits: [] });
  });
});

interface Home {
  camera: [number, number];
  state: ReturnType<typeof readVisibleState>;
}

/** Opens the full app with hostile load `i`'s URL; the only change from `home` must be the notice, as text. */
async function expectOnlyTheNotice(atlas: AtlasPage, i: number, home: Home, withMap: boolean) {
  const { page } = atlas;
  const url = `/${hostileSearchAndHash(i)}`;
  await page.goto(url);
  await expect(page.locator('.notice')).toBeVisible();
  expect(await page.evaluate(readVisibleState), url).toEqual({
    ...home.state,
    notice: expectedPlaceNotice(XSS_PAYLOADS[i] ?? ''),
    noticeElements: ['button'],
  });
  if (!withMap) return;
  await expect(atlas.map).toHaveAttribute('data-map-state', 'ready');
  await atlas.settled();
  const [lng, lat] = await atlas.center();
  expect(lng, url).toBeCloseTo(home.camera[0], 6);
  expect(lat, url).toBeCloseTo(home.camera[1], 6);
  expect(await atlas.layerVisibility('soviet-fill'), url).toBe('none');
  expect(await atlas.layerVisibility('places-circle'), url).toBe('visible');
}
