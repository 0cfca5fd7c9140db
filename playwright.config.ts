import { defineConfig, devices } from '@playwright/test';
import { E2E_BASE_URL } from './e2e/support/env';
import { findChromium } from './scripts/chromium';

// Debian's Chromium where it exists (Playwright cannot download browsers on every machine);
// otherwise Playwright's own browser.
const chromiumPath = findChromium();

function browserUse() {
  return {
    ...devices['Desktop Chrome'],
    launchOptions: {
      executablePath: chromiumPath,
      args: [
        '--disable-gpu',
        '--disable-dev-shm-usage',
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
        '--no-first-run',
      ],
    },
  };
}

export default defineConfig({
  testDir: './e2e',
  fullyParallel: true,
  forbidOnly: !!process.env.CI,
  retries: 0,
  workers: 2,
  reporter: [['list']],
  timeout: 120_000,
  // The machines are shared and small: a sign-in (argon2) can take seconds when they are busy.
  expect: { timeout: 10_000 },
  use: {
    baseURL: E2E_BASE_URL,
    trace: 'retain-on-failure',
  },
  // Reader tests assert the pristine demo newsroom; editor tests then publish (and import) into it.
  // Security tests use accounts of their own, so they run beside the reader tests. The XSS corpus is
  // published only after the reader and editor tests (its words would turn up in their searches).
  projects: [
    { name: 'reader', testMatch: /(reader|search|seo|design)\.spec\.ts/, use: browserUse() },
    {
      name: 'editor',
      testMatch: /(editor|wordpress-import|corrections-and-pages|bylines|embeds|no-lost-work|working-together)\.spec\.ts/,
      use: browserUse(),
      dependencies: ['reader'],
    },
    { name: 'security', testMatch: /(security|hostile-requests|accounts)\.spec\.ts/, use: browserUse() },
    // Pins the lead and shows a banner for a few seconds: after the tests that read the demo front page.
    { name: 'front page', testMatch: /front-page\.spec\.ts/, use: browserUse(), dependencies: ['editor'] },
    // Uploads a picture and publishes two Business stories with it: beside the front page's tests, which read only the lead.
    { name: 'library', testMatch: /media-library\.spec\.ts/, use: browserUse(), dependencies: ['editor'] },
    { name: 'attack setup', testMatch: /attack\.setup\.ts/, dependencies: ['editor', 'front page', 'library'] },
    // Hundreds of page loads: a trace of each would cost more than the loads themselves.
    { name: 'attack', testMatch: /attack\.spec\.ts/, use: { ...browserUse(), trace: 'off' }, dependencies: ['attack setup'] },
    // Sets the site's time zone to Europe/Berlin for its own tests (and back to UTC after), so it runs
    // when the browser tests that read dates are done.
    { name: 'time zone', testMatch: /time-zone\.spec\.ts/, use: browserUse(), dependencies: ['attack'] },
    // Starts its own production servers on E2E_PORT + 1 with their own databases; no browser. Runs last,
    // so its servers' start-up does not slow the browser tests on a small machine.
    { name: 'server', testMatch: /production-server\.spec\.ts/, dependencies: ['attack'] },
    // Stops and restarts a production server of its own (E2E_PORT + 2) under an editor typing in Chromium.
    { name: 'outage', testMatch: /server-outage\.spec\.ts/, use: browserUse(), dependencies: ['attack'] },
  ],
  webServer: {
    command: 'node --conditions=react-server --import tsx e2e/server.ts',
    url: `${E2E_BASE_URL}/`,
    reuseExistingServer: false,
    timeout: 240_000,
    stdout: 'pipe',
    stderr: 'pipe',
  },
});
