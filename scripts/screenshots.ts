/**
 * npm run screenshots — pictures of the reader's pages, so the next person sees the product before its code.
 *
 * Starts the site as the README does (`npm start`, building first when there is no build) on a fresh
 * demo newsroom in a temporary folder, then photographs home, a section, an article, an author, a search
 * and the 404 page at 390 and 1280 px, light and dark, in Chromium, into docs/screenshots/ (full pages,
 * cut at SCREENSHOT_MAX_HEIGHT). Options: --port 3180, --out <folder>.
 */
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { chromium, type Browser, type Page } from '@playwright/test';

const projectRoot = path.resolve(__dirname, '..');
const WIDTHS = [390, 1280] as const;
const SCHEMES = ['light', 'dark'] as const;
/** Long pages are cut here: the top of a page is what a reader judges it by, and the files stay small. */
const SCREENSHOT_MAX_HEIGHT = 4000;

function chromiumPath(): string | undefined {
  if (process.env.CHROMIUM_PATH) return process.env.CHROMIUM_PATH;
  return fs.existsSync('/usr/bin/chromium') ? '/usr/bin/chromium' : undefined;
}

async function waitForServer(origin: string, child: { exitCode: number | null }): Promise<void> {
  const deadline = Date.now() + 10 * 60_000; // a first start builds the site
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`npm start ended with code ${child.exitCode}`);
    try {
      const response = await fetch(origin);
      if (response.ok) return;
    } catch {
      // not listening yet
    }
    await new Promise((resolve) => setTimeout(resolve, 500));
  }
  throw new Error(`${origin} did not answer within ten minutes`);
}

/** The pages to photograph, found by following the demo newsroom's own links as a reader would. */
async function findPages(page: Page, origin: string): Promise<Record<string, string>> {
  await page.goto(origin);
  const section = await page.locator('header nav a[href^="/"]').nth(1).getAttribute('href');
  const article = await page.locator('main article h2 a, main article h3 a').first().getAttribute('href');
  if (!section || !article) throw new Error('The front page has no section link or story to follow.');
  await page.goto(origin + article);
  const author = await page.locator('main a[href^="/author/"]').first().getAttribute('href');
  const headline = (await page.locator('main h1').first().innerText()).split(/\s+/).slice(0, 3).join(' ');
  if (!author) throw new Error(`${article} has no byline link.`);
  return {
    home: '/',
    section,
    article,
    author,
    search: `/search?q=${encodeURIComponent(headline)}`,
    'not-found': '/this-page-does-not-exist',
  };
}

async function photograph(browser: Browser, origin: string, pages: Record<string, string>, outDir: string) {
  for (const width of WIDTHS) {
    for (const colorScheme of SCHEMES) {
      const context = await browser.newContext({ viewport: { width, height: 900 }, colorScheme, reducedMotion: 'reduce' });
      const page = await context.newPage();
      for (const [name, address] of Object.entries(pages)) {
        await page.goto(origin + address, { waitUntil: 'networkidle' });
        // Lazy pictures below the fold load before the shot, as they would for a reader scrolling.
        await page.evaluate(async () => {
          for (const image of Array.from(document.images)) image.loading = 'eager';
          await Promise.all(Array.from(document.images).map((image) => image.decode().catch(() => undefined)));
          await document.fonts.ready;
        });
        await page.waitForFunction(() => Array.from(document.images).every((image) => image.complete), undefined, { timeout: 15_000 });
        const height = await page.evaluate(() => document.documentElement.scrollHeight);
        const file = path.join(outDir, `${name}-${width}-${colorScheme}.png`);
        await page.screenshot({ path: file, clip: { x: 0, y: 0, width, height: Math.min(height, SCREENSHOT_MAX_HEIGHT) }, fullPage: true });
        console.log(`  ${path.relative(projectRoot, file)}  (${address})`);
      }
      await context.close();
    }
  }
}

async function main() {
  const { values } = parseArgs({ options: { port: { type: 'string', default: '3180' }, out: { type: 'string' } } });
  const port = Number(values.port);
  if (!Number.isInteger(port) || port < 1 || port > 65535) throw new Error(`--port takes a port number (got "${values.port}").`);
  const outDir = path.resolve(values.out ?? path.join(projectRoot, 'docs', 'screenshots'));
  fs.mkdirSync(outDir, { recursive: true });
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'paradox-screenshots-'));
  const origin = `http://localhost:${port}`;
  const server = spawn('npm', ['start'], {
    cwd: projectRoot,
    stdio: ['ignore', 'ignore', 'inherit'],
    env: {
      ...process.env,
      PORT: String(port),
      DATABASE_URL: `file:${path.join(dataDir, 'site.db')}`,
      SITE_URL: origin,
      SEED_DEMO: '1',
      AUTH_SECRET: process.env.AUTH_SECRET ?? 'screenshots-only-secret-0123456789abcdefghij',
      NEXT_TELEMETRY_DISABLED: '1',
    },
  });
  let browser: Browser | undefined;
  try {
    console.log(`Starting the demo newsroom with npm start on ${origin}…`);
    await waitForServer(origin, server);
    browser = await chromium.launch({ executablePath: chromiumPath() });
    const finder = await browser.newPage();
    const pages = await findPages(finder, origin);
    await finder.close();
    console.log(`Writing ${Object.keys(pages).length * WIDTHS.length * SCHEMES.length} screenshots:`);
    await photograph(browser, origin, pages, outDir);
  } finally {
    await browser?.close();
    server.kill('SIGTERM');
    await new Promise((resolve) => (server.exitCode === null ? server.once('exit', resolve) : resolve(null)));
    fs.rmSync(dataDir, { recursive: true, force: true });
  }
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exitCode = 1;
});
