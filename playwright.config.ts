import { existsSync } from 'node:fs';
import { defineConfig, devices } from '@playwright/test';

// Debian's Chromium where it exists (no browser download is possible on our machines); Playwright's own elsewhere.
const systemChromium = ['/usr/bin/chromium', '/usr/bin/chromium-browser'].find((p) => existsSync(p));
// E2E_PORT lets two checkouts run their suites side by side.
const port = Number(process.env.E2E_PORT ?? 4173);
const launchArgs = [
  '--no-sandbox',
  '--disable-background-networking',
  '--disable-component-update',
  '--no-first-run',
];
const executable = systemChromium ? { executablePath: systemChromium } : {};
// The embed tests need two more loopback origins: a host page that embeds the app, and a hostile frame beside it.
// E2E_ORIGINS=0 leaves them out (then run only the desktop and phone projects).
const hostPort = Number(process.env.E2E_HOST_PORT ?? port + 1);
const hostilePort = Number(process.env.E2E_HOSTILE_PORT ?? port + 2);
const withOrigins = process.env.E2E_ORIGINS !== '0';
// The publish test serves the site it publishes on one more port, and the docs' host page on another.
const publishPort = Number(process.env.E2E_PUBLISH_PORT ?? port + 3);

export default defineConfig({
  testDir: 'e2e',
  // Two tests at a time, from any file: each test opens its own browser context. (Two spec files at a time, each file's
  // tests in order, left one worker idle for the last minute or so, on the longest file.)
  fullyParallel: true,
  workers: 2,
  forbidOnly: !!process.env.CI,
  retries: 0,
  // A test's whole time, not a wait: several tests here open the page three or four times, and the software-rendered
  // map makes each load cost seconds of CPU. CI's machine ran a test 1.7× as long as this one does (a publish test:
  // 29.9 s there, over the old 30 s, against 17.6 s here), so a test that takes 18 s here is not safe under 30 s there.
  timeout: 60_000,
  expect: { timeout: 10_000 },
  reporter: process.env.CI ? [['list']] : [['list']],
  use: {
    baseURL: `http://127.0.0.1:${port}`,
    trace: 'off',
    launchOptions: { ...executable, args: launchArgs },
  },
  projects: [
    {
      name: 'desktop',
      use: { ...devices['Desktop Chrome'], viewport: { width: 1280, height: 800 } },
      testIgnore: [/phone.*\.spec\.ts/, /no-webgl\.spec\.ts/, /embed-host\.spec\.ts/, /publish\.spec\.ts/],
    },
    { name: 'phone', use: { ...devices['Pixel 7'] }, testMatch: /phone.*\.spec\.ts/ },
    {
      // A browser without WebGL at all: the map must fall back to its static picture.
      name: 'no-webgl',
      use: {
        ...devices['Desktop Chrome'],
        viewport: { width: 1280, height: 800 },
        launchOptions: {
          ...executable,
          args: [...launchArgs, '--disable-gpu', '--disable-software-rasterizer'],
        },
      },
      testMatch: /no-webgl\.spec\.ts/,
    },
    {
      // `npm run publish` on a test article, served by a plain static server; its embed on another origin.
      name: 'publish',
      use: {
        ...devices['Desktop Chrome'],
        viewport: { width: 1280, height: 800 },
        baseURL: `http://127.0.0.1:${publishPort + 1}`,
      },
      testMatch: /publish\.spec\.ts/,
      metadata: { sitePort: publishPort, hostPort: publishPort + 1 },
    },
    ...(withOrigins
      ? [
          {
            name: 'embed-host',
            use: {
              ...devices['Desktop Chrome'],
              viewport: { width: 1280, height: 900 },
              baseURL: `http://127.0.0.1:${hostPort}`,
            },
            testMatch: /embed-host\.spec\.ts/,
            metadata: { appOrigin: `http://127.0.0.1:${port}`, hostilePort },
          },
        ]
      : []),
  ],
  webServer: [
    {
      command: `npx vite preview --host 127.0.0.1 --port ${port} --strictPort`,
      url: `http://127.0.0.1:${port}/`,
      reuseExistingServer: !process.env.CI,
      timeout: 60_000,
    },
    ...(withOrigins
      ? [
          {
            command: `node scripts/serve-static.mjs ${hostPort}=docs,e2e/origins ${hostilePort}=e2e/origins`,
            url: `http://127.0.0.1:${hostilePort}/hostile.html`,
            reuseExistingServer: !process.env.CI,
            timeout: 30_000,
          },
        ]
      : []),
  ],
});
