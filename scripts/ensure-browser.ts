// Makes sure a Chromium exists for the end-to-end tests before Playwright starts.
// Playwright cannot download its browser on our machines (no internet but the package registries), so on Debian we
// install the distribution's Chromium, as root, when it is missing; elsewhere we say what to do.
import { existsSync } from 'node:fs';
import { execSync } from 'node:child_process';
import { chromium } from '@playwright/test';

const system = ['/usr/bin/chromium', '/usr/bin/chromium-browser'].find((p) => existsSync(p));
const bundled = (() => {
  try {
    return existsSync(chromium.executablePath());
  } catch {
    return false;
  }
})();

if (!system && !bundled) {
  const isRoot = typeof process.getuid === 'function' && process.getuid() === 0;
  if (isRoot && existsSync('/usr/bin/apt-get')) {
    console.log("No Chromium found: installing Debian's chromium with apt-get…");
    execSync('apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium', {
      stdio: 'inherit',
    });
  } else {
    console.error(
      'No Chromium for the end-to-end tests. Install one: `sudo apt-get install chromium` (Debian/Ubuntu) ' +
        'or `npx playwright install chromium` (where the internet is reachable).',
    );
    process.exit(1);
  }
}
