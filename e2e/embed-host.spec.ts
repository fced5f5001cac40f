import { test as base, expect, type Frame, type Locator, type Page } from '@playwright/test';
import { expectNoAxeViolations } from './axe';
import { boxOf, collectCspViolations } from './fixtures';
import {
  XSS_PAYLOADS,
  URL_PARAMETERS,
  expectedPlaceNotice,
  hostileSearchAndHash,
  installSentinel,
  readVisibleState,
} from './payloads';

// A host page on one loopback origin embeds the app from another; a hostile frame sits on a third.
// The ports come from playwright.config.ts (the embed-host project's baseURL and metadata).

interface Message {
  type: string;
  place?: string | null;
  name?: string | null;
  sentence?: number | null;
  code?: string;
  height?: number;
}
interface EmbedLog {
  accepted: number;
  rejected: number;
  reasons: Record<string, number>;
}
interface HostWindow {
  atlasMessages: Message[];
  sendToAtlas: (m: unknown) => void;
  craftedMessages: () => { label: string; data: unknown; valid: boolean }[];
}
interface ProbeElement extends HTMLElement {
  atlasProbe: {
    featureState: (id: string) => Record<string, unknown>;
    layerVisibility: (id: string) => string;
    center: () => [number, number];
    zoom: () => number;
    moving: () => boolean;
  };
}

type Fixtures = { appOrigin: string; hostilePort: number; errors: string[] };

/**
 * Fails a test on any console error or uncaught exception in any frame, HTTP ≥ 400, a request off loopback, or a
 * Content-Security-Policy violation inside the embed's frame.
 */
const test = base.extend<Fixtures>({
  appOrigin: async ({}, use, info) => use(String(info.project.metadata.appOrigin)),
  hostilePort: async ({}, use, info) => use(Number(info.project.metadata.hostilePort)),
  errors: [
    async ({ page, appOrigin }, use) => {
      const errors: string[] = [];
      const outside: string[] = [];
      page.on('console', (msg) => {
        if (msg.type() === 'error') errors.push(msg.text());
      });
      page.on('pageerror', (err) => errors.push(String(err)));
      page.on('response', (res) => {
        if (res.status() >= 400) errors.push(`HTTP ${res.status()} for ${res.url()}`);
      });
      page.on('request', (req) => {
        const url = new URL(req.url());
        if (url.protocol.startsWith('http') && url.hostname !== '127.0.0.1') outside.push(req.url());
      });
      // Init scripts run in every frame, the cross-origin embed included, before the frame's own scripts.
      await page.addInitScript(collectCspViolations);
      await use(errors);
      expect(outside, 'requests off the loopback origins').toEqual([]);
      expect(errors, 'console errors').toEqual([]);
      const embeds = page.frames().filter((f) => f.url().startsWith(`${appOrigin}/embed.html`));
      for (const frame of embeds) {
        const violations = await frame.evaluate(
          () =>
            (window as Window & { __cspViolations?: string[] }).__cspViolations ?? [
              'the violation collector never ran',
            ],
        );
        expect(violations, 'Content-Security-Policy violations in the embed').toEqual([]);
      }
      expect(embeds.length, 'embed frames checked for CSP violations').toBeGreaterThan(0);
    },
    // Every test here, whether or not it names `errors`.
    { auto: true },
  ],
});

async function openHost(page: Page, appOrigin: string, embedQuery = '', expectReady = true): Promise<Frame> {
  await page.goto(
    `/example-host.html?app=${encodeURIComponent(appOrigin)}&embed=${encodeURIComponent(embedQuery)}`,
  );
  await expect(page.frameLocator('#atlas').getByTestId('map')).toHaveAttribute('data-map-state', 'ready');
  const frame = page.frames().find((f) => new URL(f.url()).pathname === '/embed.html');
  if (!frame) throw new Error('no embed frame');
  if (!expectReady) return frame;
  await expect
    .poll(() => messages(page).then((m) => m.some((x) => x.type === 'article-atlas:ready')))
    .toBe(true);
  return frame;
}

/** Presses Tab until `target` (in the host page or inside the frame) has focus, failing after `max` presses. */
async function pressTabUntil(page: Page, target: Locator, max: number): Promise<void> {
  for (let i = 0; i < max; i++) {
    if (await target.evaluate((el) => el === document.activeElement && document.hasFocus())) return;
    await page.keyboard.press('Tab');
  }
  throw new Error(`${target.toString()} not reached in ${max} Tab presses`);
}

const messages = (page: Page) => page.evaluate(() => (window as unknown as HostWindow).atlasMessages);
const send = (page: Page, m: unknown) =>
  page.evaluate((msg) => (window as unknown as HostWindow).sendToAtlas(msg), m);
const featureState = (frame: Frame, id: string) =>
  frame.evaluate(
    (fid) => document.querySelector<ProbeElement>('[data-testid="map"]')!.atlasProbe.featureState(fid),
    id,
  );
const layerVisibility = (frame: Frame, id: string) =>
  frame.evaluate(
    (lid) => document.querySelector<ProbeElement>('[data-testid="map"]')!.atlasProbe.layerVisibility(lid),
    id,
  );
const camera = (frame: Frame) =>
  frame.evaluate(() => {
    const p = document.querySelector<ProbeElement>('[data-testid="map"]')!.atlasProbe;
    return { center: p.center(), zoom: p.zoom(), moving: p.moving() };
  });
const embedLog = (frame: Frame) =>
  frame.evaluate(() => (window as unknown as { atlasEmbed: EmbedLog }).atlasEmbed);

test.describe('embedded in a page on another origin', () => {
  test('the iframe resizes itself to its content, once', async ({ page, appOrigin, errors }) => {
    const frame = await openHost(page, appOrigin);
    const iframe = page.locator('#atlas');
    const content = () =>
      frame.evaluate(() => Math.ceil(document.getElementById('root')!.getBoundingClientRect().height));
    await expect.poll(async () => (await iframe.boundingBox())?.height).toBe(await content());
    const height = (await iframe.boundingBox())?.height;
    expect(height).not.toBe(560);
    // Selecting a place from the host does not change the frame's height: the passages box is fixed.
    await send(page, { type: 'article-atlas:select', version: 1, place: 'UA-14' });
    await expect(page.frameLocator('#atlas').getByTestId('passages')).toBeVisible();
    expect((await iframe.boundingBox())?.height).toBe(height);
    const heights = (await messages(page)).filter((m) => m.type === 'article-atlas:height');
    expect(new Set(heights.map((m) => m.height)).size).toBe(1);
    expect(errors).toEqual([]);
  });

  test('the wheel over the embedded map scrolls the host page instead of zooming the map', async ({
    page,
    appOrigin,
  }) => {
    const frame = await openHost(page, appOrigin);
    await expect.poll(async () => (await camera(frame)).moving).toBe(false);
    const zoom = (await camera(frame)).zoom;
    const box = await boxOf(page.frameLocator('#atlas').getByTestId('map'));
    expect(await page.evaluate(() => window.scrollY)).toBe(0);
    await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
    await page.mouse.wheel(0, 400);
    await expect.poll(() => page.evaluate(() => window.scrollY)).toBeGreaterThan(0);
    expect((await camera(frame)).zoom).toBe(zoom);
  });

  test('the host selects, sets layers and view; the frame reports the reader’s own selections', async ({
    page,
    appOrigin,
  }) => {
    const frame = await openHost(page, appOrigin);
    const inFrame = page.frameLocator('#atlas');
    await send(page, { type: 'article-atlas:select', version: 1, place: 'UA-14' });
    await expect.poll(() => featureState(frame, 'UA-14')).toMatchObject({ selected: true });
    await expect(inFrame.getByTestId('passages').getByRole('heading')).toHaveText(
      'Donetsk — mentioned in 4 sentences',
    );

    await send(page, { type: 'article-atlas:set-layers', version: 1, layers: { soviet: true } });
    await expect.poll(() => layerVisibility(frame, 'soviet-fill')).toBe('visible');
    await send(page, { type: 'article-atlas:set-view', version: 1, view: { zoom: 6, lat: 45.3, lon: 34.4 } });
    await expect.poll(async () => (await camera(frame)).zoom).toBeCloseTo(6, 3);

    await send(page, { type: 'article-atlas:clear', version: 1 });
    await expect(inFrame.getByTestId('passages')).toBeHidden();
    // What the host asked for is not echoed back; only the ready message so far.
    expect((await messages(page)).filter((m) => m.type === 'article-atlas:select')).toEqual([]);

    await inFrame.getByRole('button', { name: 'Read the article' }).click();
    await inFrame
      .getByRole('article', { name: 'Article' })
      .getByRole('button', { name: 'Kherson', exact: true })
      .first()
      .click();
    await expect
      .poll(async () => (await messages(page)).filter((m) => m.type === 'article-atlas:select').at(-1))
      .toMatchObject({ place: 'UA-65', name: 'Kherson' });

    await send(page, { type: 'article-atlas:select', version: 2, place: 'UA-14' });
    await expect
      .poll(async () => (await messages(page)).find((m) => m.type === 'article-atlas:error'))
      .toMatchObject({ code: 'unsupported-version' });
    await send(page, { type: 'article-atlas:select', version: 1, place: 'UA-99' });
    await expect
      .poll(async () => (await messages(page)).filter((m) => m.type === 'article-atlas:error').at(-1))
      .toMatchObject({ code: 'unknown-place' });
    await expect.poll(() => featureState(frame, 'UA-65')).toMatchObject({ selected: true });
  });

  test('the example page’s buttons drive the map and its log shows the reader’s choices', async ({
    page,
    appOrigin,
  }) => {
    const frame = await openHost(page, appOrigin);
    await page.getByRole('button', { name: 'Select Crimea' }).click();
    await expect.poll(() => featureState(frame, 'UA-43')).toMatchObject({ selected: true });
    await page.getByRole('button', { name: 'Show the former Soviet Union' }).click();
    await expect.poll(() => layerVisibility(frame, 'soviet-fill')).toBe('visible');
    await page.getByRole('button', { name: 'Zoom to Crimea' }).click();
    await expect.poll(async () => (await camera(frame)).center[1]).toBeCloseTo(45.3, 3);
    await page.getByRole('button', { name: 'Clear' }).click();
    await expect.poll(() => featureState(frame, 'UA-43')).toMatchObject({ selected: false });
    await page.getByRole('button', { name: 'Show sentence 5' }).click();
    await expect(page.frameLocator('#atlas').locator('[data-sentence="5"]')).toHaveClass(/is-focused/);
    await page.frameLocator('#atlas').getByRole('button', { name: 'Lugansk', exact: true }).click();
    await expect(page.locator('#log')).toContainText('article-atlas:select place=UA-09 (Luhansk)');
  });

  test('hundreds of crafted messages from other frames, other origins and bad bodies change nothing', async ({
    page,
    appOrigin,
    hostilePort,
  }) => {
    test.setTimeout(90_000);
    const frame = await openHost(page, appOrigin);
    const hostOrigin = new URL(page.url()).origin;
    const hostileOrigin = `http://127.0.0.1:${hostilePort}`;
    // After the embed (which stays parent[0]): a frame on a third origin, and one on the host's own origin that
    // is not the embed's parent.
    await page.evaluate(
      ([a, b]) =>
        Promise.all(
          [a, b].map(
            (src) =>
              new Promise<void>((done) => {
                const f = document.createElement('iframe');
                f.src = `${src}/hostile.html`;
                f.onload = () => done();
                document.body.append(f);
              }),
          ),
        ),
      [hostileOrigin, hostOrigin] as const,
    );
    const hostile = page.frames().filter((f) => new URL(f.url()).pathname === '/hostile.html');
    expect(hostile.map((f) => new URL(f.url()).origin).sort()).toEqual([hostOrigin, hostileOrigin].sort());

    await expect.poll(async () => (await camera(frame)).moving).toBe(false);
    const before = { camera: await camera(frame), url: frame.url(), log: await embedLog(frame) };
    expect(before.log).toEqual({ accepted: 0, rejected: 0, reasons: {} });

    let sent = 0;
    for (const f of hostile)
      sent += await f.evaluate(() => (window as unknown as { attack: () => number }).attack());
    const fromOtherFrames = sent;
    // The real parent, on the right origin, sending every malformed body.
    await page.addScriptTag({ path: 'e2e/origins/crafted.js' });
    sent += await page.evaluate(() => {
      const w = window as unknown as HostWindow;
      const bad = w.craftedMessages().filter((m) => !m.valid);
      bad.forEach((m) => w.sendToAtlas(m.data));
      return bad.length;
    });
    expect(sent).toBeGreaterThan(600);

    await expect.poll(async () => (await embedLog(frame)).rejected, { timeout: 30_000 }).toBe(sent);
    const log = await embedLog(frame);
    expect(log.accepted).toBe(0);
    // Every message from the two other frames fails the source check before its body is read.
    expect(log.reasons.source).toBe(fromOtherFrames);
    expect(log.reasons.pollution).toBeGreaterThan(0);
    expect(log.reasons['too-large']).toBeGreaterThan(0);

    await expect(page.frameLocator('#atlas').getByTestId('passages')).toBeHidden();
    for (const id of ['UA-14', 'UA-09', 'RU', 'SU', 'kremlin'])
      expect(await featureState(frame, id)).not.toMatchObject({ selected: true });
    expect(await layerVisibility(frame, 'soviet-fill')).toBe('none');
    const after = await camera(frame);
    expect(after.zoom).toBeCloseTo(before.camera.zoom, 9);
    expect(after.center[0]).toBeCloseTo(before.camera.center[0], 9);
    expect(after.center[1]).toBeCloseTo(before.camera.center[1], 9);
    expect(frame.url()).toBe(before.url);
    expect(await frame.evaluate(() => (({}) as Record<string, unknown>).polluted)).toBeUndefined();
    expect(await page.evaluate(() => (({}) as Record<string, unknown>).polluted)).toBeUndefined();
    // The host heard nothing but ready, heights and the error replies to its own bad messages.
    const types = new Set((await messages(page)).map((m) => m.type));
    expect([...types].sort()).toEqual(['article-atlas:error', 'article-atlas:height', 'article-atlas:ready']);
  });

  test('with an allowlist in the embed URL, a parent not on it is refused and told nothing', async ({
    page,
    appOrigin,
  }) => {
    // No ready message reaches a parent that is not on the list.
    const embed = await openHost(
      page,
      appOrigin,
      '?origins=https://news.example,https://preview.news.example',
      false,
    );
    await send(page, { type: 'article-atlas:select', version: 1, place: 'UA-14' });
    await send(page, { type: 'article-atlas:clear', version: 1 });
    await expect.poll(async () => (await embedLog(embed)).reasons).toEqual({ origin: 2 });
    expect(await featureState(embed, 'UA-14')).not.toMatchObject({ selected: true });
    await page.frameLocator('#atlas').getByRole('button', { name: 'Read the article' }).click();
    await page.frameLocator('#atlas').getByRole('button', { name: 'Kherson', exact: true }).first().click();
    await expect(page.frameLocator('#atlas').getByTestId('passages')).toBeVisible();
    // Heights only: no state went to an origin that is not allowed.
    expect([...new Set((await messages(page)).map((m) => m.type))]).toEqual(['article-atlas:height']);
  });

  test('with an allowlist naming the host, the host is heard', async ({ page, appOrigin }) => {
    const host = 'http://127.0.0.1:' + new URL(test.info().project.use.baseURL ?? '').port;
    const frame = await openHost(page, appOrigin, `?origins=https://news.example,${host}`);
    await send(page, { type: 'article-atlas:select', version: 1, place: 'UA-43' });
    await expect.poll(() => featureState(frame, 'UA-43')).toMatchObject({ selected: true });
  });
});

test.describe('the embedded frame for keyboard and screen-reader users', () => {
  test('axe finds nothing wrong in the host page with the embed in it, in each state the journeys reach', async ({
    page,
    appOrigin,
  }) => {
    test.setTimeout(120_000);
    await openHost(page, appOrigin);
    const inFrame = page.frameLocator('#atlas');
    await expectNoAxeViolations(page, 'host page, embed default');

    await send(page, { type: 'article-atlas:select', version: 1, place: 'UA-14' });
    await expect(inFrame.getByTestId('passages').getByRole('heading')).toHaveText(
      'Donetsk — mentioned in 4 sentences',
    );
    await expectNoAxeViolations(page, 'host page, host selected Donetsk');

    await inFrame.getByRole('button', { name: 'Read the article' }).click();
    await inFrame.locator('.legend summary').click();
    await inFrame.getByRole('button', { name: /^Places in this article/ }).click();
    await expect(inFrame.getByRole('article', { name: 'Article' })).toBeVisible();
    await expectNoAxeViolations(page, 'host page, embed article, legend and places list open');
  });

  test('Tab goes into the frame, reaches the map, the places and the passages, and leaves it', async ({
    page,
    appOrigin,
  }) => {
    const frame = await openHost(page, appOrigin, '?place=UA-14');
    const inFrame = page.frameLocator('#atlas');
    const active = () =>
      frame.evaluate(() => {
        const el = document.activeElement;
        return document.hasFocus() && el
          ? `${el.tagName.toLowerCase()} ${el.textContent?.trim() ?? ''}`
          : 'none';
      });
    await expect.poll(async () => (await camera(frame)).moving).toBe(false);

    // The host page has nothing to focus before the frame: the first Tab lands on the map inside it.
    await page.keyboard.press('Tab');
    await expect(inFrame.locator('canvas.maplibregl-canvas')).toBeFocused();
    await expect(inFrame.locator('.map-hint')).toBeVisible();
    const before = await camera(frame);
    await page.keyboard.press('ArrowRight');
    await expect.poll(async () => (await camera(frame)).center[0]).toBeGreaterThan(before.center[0]);

    // On through the map's controls to the places list and the passages, every stop inside the frame.
    const toggle = inFrame.getByRole('button', { name: /^Places in this article/ });
    await pressTabUntil(page, toggle, 20);
    await expect(toggle).toBeFocused();
    await page.keyboard.press('Enter');
    await page.keyboard.press('Tab');
    const first = inFrame.locator('button.place').first();
    await expect(first).toBeFocused();
    await page.keyboard.press('Enter');
    const name = (await first.locator('.place__name').textContent()) ?? '';
    await expect(inFrame.getByTestId('passages').getByRole('heading')).toHaveText(
      new RegExp(`^${name} — mentioned in`),
    );
    const passage = inFrame.getByTestId('passages').getByRole('listitem').first().getByRole('button');
    await pressTabUntil(page, passage, 30);
    await expect(passage).toBeFocused();

    // Out of the frame: past the last stop inside it, focus moves on to the host's own controls.
    const hostButton = page.getByRole('button', { name: 'Select Donetsk' });
    await pressTabUntil(page, hostButton, 30);
    await expect(hostButton).toBeFocused();
    expect(await active()).toBe('none');
    // And back in with Shift+Tab, to the frame's last stop.
    await page.keyboard.press('Shift+Tab');
    await expect(inFrame.getByRole('link', { name: 'Open full map' })).toBeFocused();
  });

  test('the CSP collector inside the frame does see a violation (so the zero the fixture checks means something)', async ({
    page,
    appOrigin,
    errors,
  }) => {
    const frame = await openHost(page, appOrigin);
    const result = await frame.evaluate(async () => {
      const w = window as Window & { __cspViolations?: string[]; __ran?: boolean };
      const reported = new Promise<void>((resolve) =>
        document.addEventListener('securitypolicyviolation', () => resolve(), { once: true }),
      );
      const script = document.createElement('script');
      script.textContent = 'window.__ran = true';
      document.body.append(script);
      await reported;
      const seen = [...(w.__cspViolations ?? [])];
      // This violation was provoked on purpose; the fixture must not fail the test for it.
      w.__cspViolations = [];
      return { seen, ran: w.__ran === true };
    });
    expect(result.ran).toBe(false);
    expect(result.seen).toEqual([expect.stringMatching(/^script-src-elem blocked inline/)]);
    // The browser logs the blocked script as a console error; that one, and only that one, is expected here.
    const csp = (m: string) => /Content Security Policy/.test(m);
    await expect.poll(() => errors.filter(csp).length).toBe(1);
    errors.splice(0, errors.length, ...errors.filter((m) => !csp(m)));
  });
});

type Visible = ReturnType<typeof readVisibleState>;
const hits = (f: Frame | Page) =>
  f.evaluate(() => (window as Window & { __hits?: number[] }).__hits ?? ['sentinel missing']);

/** The embed frame showing `url`, once it has rendered the notice; null while it is still on its way. */
async function visibleStateAt(page: Page, url: string): Promise<Visible | null> {
  const frame = page.frames().find((f) => f.url() === url);
  if (!frame) return null;
  const state = await frame.evaluate(readVisibleState).catch(() => null);
  return state?.notice ? state : null;
}

type Camera = Awaited<ReturnType<typeof camera>>;

/** The host's embed frame, whatever its URL is now. */
function embedFrame(page: Page, appOrigin: string): Frame {
  const frame = page.frames().find((f) => f.url().startsWith(`${appOrigin}/embed.html`));
  if (!frame) throw new Error('no embed frame');
  return frame;
}

/**
 * Points the host's iframe at embed URL number `i` and checks that the notice, as text, is the only change from
 * `home`; with `withMap`, also waits for the map and checks the camera.
 */
async function expectOnlyTheNoticeInFrame(
  page: Page,
  appOrigin: string,
  i: number,
  home: { state: Visible; camera: Camera },
  withMap: boolean,
) {
  // As the browser writes it (it escapes ' in a query, say), so it can be told apart from the frame's last URL.
  const url = new URL(`${appOrigin}/embed.html${hostileSearchAndHash(i)}`).href;
  await page.evaluate(
    (src) => document.querySelector<HTMLIFrameElement>('#atlas')?.setAttribute('src', src),
    url,
  );
  await expect
    .poll(() => visibleStateAt(page, url), { message: url })
    .toEqual({
      ...home.state,
      notice: expectedPlaceNotice(XSS_PAYLOADS[i] ?? ''),
      noticeElements: ['button'],
    });
  if (!withMap) return;
  const frame = embedFrame(page, appOrigin);
  await expect(page.frameLocator('#atlas').getByTestId('map')).toHaveAttribute('data-map-state', 'ready');
  await expect.poll(async () => (await camera(frame)).moving).toBe(false);
  const seen = await camera(frame);
  expect(seen.zoom, url).toBeCloseTo(home.camera.zoom, 6);
  expect(seen.center[0], url).toBeCloseTo(home.camera.center[0], 6);
  expect(seen.center[1], url).toBeCloseTo(home.camera.center[1], 6);
  expect(await layerVisibility(frame, 'soviet-fill'), url).toBe('none');
}

test.describe('hostile text through the embed', () => {
  test(`${XSS_PAYLOADS.length} payloads through each of ${URL_PARAMETERS.join(', ')} of the embed inside the host page: shown as text, nothing runs, nothing else changes`, async ({
    page,
    appOrigin,
  }) => {
    test.setTimeout(240_000);
    await page.addInitScript(installSentinel);
    const first = await openHost(page, appOrigin);
    await expect.poll(async () => (await camera(first)).moving).toBe(false);
    const home = { camera: await camera(first), state: await first.evaluate(readVisibleState) };
    expect(home.state).toMatchObject({
      notice: null,
      passages: false,
      pressed: 0,
      fullMapQuery: '',
      hits: [],
    });
    // The camera needs the map: it is checked on every fifth load, to keep the test's time in bounds.
    for (let i = 0; i < XSS_PAYLOADS.length; i++)
      await expectOnlyTheNoticeInFrame(page, appOrigin, i, home, i % 5 === 4);
    // A hostile origins= list allows nobody: the real parent is told nothing and its commands are refused.
    const last = embedFrame(page, appOrigin);
    await send(page, { type: 'article-atlas:select', version: 1, place: 'UA-14' });
    await expect.poll(() => embedLog(last)).toEqual({ accepted: 0, rejected: 1, reasons: { origin: 1 } });
    expect(
      (await messages(page)).filter((m) => m.type !== 'article-atlas:height').map((m) => m.type),
    ).toEqual(['article-atlas:ready']);
    expect(await hits(last)).toEqual([]);
    expect(await hits(page)).toEqual([]);
  });

  test(`${XSS_PAYLOADS.length} payloads as place ids, layer names, view fields, types and versions from the real parent: nothing runs, nothing changes`, async ({
    page,
    appOrigin,
  }) => {
    test.setTimeout(90_000);
    await page.addInitScript(installSentinel);
    const frame = await openHost(page, appOrigin);
    await expect.poll(async () => (await camera(frame)).moving).toBe(false);
    const before = {
      camera: await camera(frame),
      state: await frame.evaluate(readVisibleState),
      url: frame.url(),
    };
    const bodies = XSS_PAYLOADS.flatMap((p) => [
      { type: 'article-atlas:select', version: 1, place: p },
      { type: 'article-atlas:select', version: 1, sentence: p },
      { type: 'article-atlas:set-layers', version: 1, layers: { [p]: true } },
      { type: 'article-atlas:set-view', version: 1, view: { zoom: p, lat: 48, lon: 37 } },
      { type: 'article-atlas:set-view', version: 1, view: { zoom: 5, lat: p, lon: 37 } },
      { type: 'article-atlas:set-view', version: 1, view: { zoom: 5, lat: 48, lon: p } },
      { type: p, version: 1, place: 'UA-14' },
      { type: `article-atlas:${p}`, version: 1 },
      { type: 'article-atlas:select', version: p, place: 'UA-14' },
    ]);
    for (const body of bodies) await send(page, body);
    await expect.poll(async () => (await embedLog(frame)).rejected).toBe(bodies.length);
    const log = await embedLog(frame);
    expect(log.accepted).toBe(0);
    // Every one came from the right window and origin, so each was judged on its body.
    expect(log.reasons.source ?? 0).toBe(0);
    expect(log.reasons.origin ?? 0).toBe(0);

    // Nothing in the frame changed, and nothing ran in the frame or the host.
    expect(await frame.evaluate(readVisibleState)).toEqual(before.state);
    const after = await camera(frame);
    expect(after.zoom).toBeCloseTo(before.camera.zoom, 9);
    expect(after.center[0]).toBeCloseTo(before.camera.center[0], 9);
    expect(after.center[1]).toBeCloseTo(before.camera.center[1], 9);
    expect(await layerVisibility(frame, 'soviet-fill')).toBe('none');
    expect(frame.url()).toBe(before.url);
    expect(await hits(frame)).toEqual([]);
    expect(await hits(page)).toEqual([]);

    // The only answers were error replies to the namespaced unknown types short enough to be read, and the host's
    // log shows them as text.
    const echoed = XSS_PAYLOADS.filter((p) => `article-atlas:${p}`.length <= 64).length;
    const errors = (await messages(page)).filter((m) => m.type === 'article-atlas:error');
    expect(errors.map((m) => m.code)).toEqual(Array.from({ length: echoed }, () => 'unknown-type'));
    await expect(page.locator('#log *')).toHaveCount(0);
    await expect(page.locator('#log')).toContainText('Unknown message type ‘article-atlas:');

    // The channel was open all along: a valid command still works.
    await send(page, { type: 'article-atlas:select', version: 1, place: 'UA-14' });
    await expect.poll(() => featureState(frame, 'UA-14')).toMatchObject({ selected: true });
  });
});

export { expect };
