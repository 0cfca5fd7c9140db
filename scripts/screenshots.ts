/**
 * npm run screenshots — pictures of the reader's pages, so the next person sees the product before its code.
 *
 * Starts the site as the README does (`npm start`, building first when there is no build) on a fresh
 * demo newsroom in a temporary folder, then photographs home, a section, an article, an author, a search
 * and the 404 page at 390 and 1280 px, light and dark, in Chromium, into docs/screenshots/ (full pages,
 * cut at SCREENSHOT_MAX_HEIGHT). Options: --port 3180, --out <folder>.
 */
import fs from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { chromium, type Browser } from '@playwright/test';
import sharp from 'sharp';
import { findChromium } from './chromium';
import { findReaderPages, startDemoNewsroom, type DemoNewsroom } from './demo-server';

const projectRoot = path.resolve(__dirname, '..');
const WIDTHS = [390, 1280] as const;
const SCHEMES = ['light', 'dark'] as const;
/** Long pages are cut here: the top of a page is what a reader judges it by, and the files stay small. */
const SCREENSHOT_MAX_HEIGHT = 3200;

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
        await page.waitForFunction(
          () => Array.from(document.images).every((image) => image.complete && image.naturalWidth > 0),
          undefined,
          {
            timeout: 15_000,
          },
        );
        const height = await page.evaluate(() => document.documentElement.scrollHeight);
        const file = path.join(outDir, `${name}-${width}-${colorScheme}.png`);
        const shot = await page.screenshot({
          clip: { x: 0, y: 0, width, height: Math.min(height, SCREENSHOT_MAX_HEIGHT) },
          fullPage: true,
        });
        // A 256-colour palette keeps the committed pictures a few hundred kilobytes each, with no visible loss.
        await sharp(shot).png({ palette: true, quality: 90, effort: 8 }).toFile(file);
        console.log(`  ${path.relative(projectRoot, file)}  (${address})`);
        // A story's end (topics, share, related, more from the section) is below any cut: it gets its own picture.
        const end = name === 'article' ? await page.locator('.article-footer').boundingBox() : null;
        if (end) {
          const top = Math.max(0, Math.round(end.y + (await page.evaluate(() => window.scrollY)) - 40));
          const endShot = await page.screenshot({ clip: { x: 0, y: top, width, height: Math.min(height - top, 1800) }, fullPage: true });
          const endFile = path.join(outDir, `article-end-${width}-${colorScheme}.png`);
          await sharp(endShot).png({ palette: true, quality: 90, effort: 8 }).toFile(endFile);
          console.log(`  ${path.relative(projectRoot, endFile)}  (${address}, its end)`);
        }
      }
      await context.close();
    }
  }
}

async function main() {
  const { values } = parseArgs({ options: { port: { type: 'string', default: '3180' }, out: { type: 'string' } } });
  const port = Number(values.port);
  const outDir = path.resolve(values.out ?? path.join(projectRoot, 'docs', 'screenshots'));
  fs.mkdirSync(outDir, { recursive: true });
  let demo: DemoNewsroom | undefined;
  let browser: Browser | undefined;
  try {
    demo = await startDemoNewsroom(port);
    browser = await chromium.launch({ executablePath: findChromium() });
    const finder = await browser.newPage();
    const pages = await findReaderPages(finder, demo.origin);
    await finder.close();
    console.log(`Writing ${Object.keys(pages).length * WIDTHS.length * SCHEMES.length} screenshots:`);
    await photograph(browser, demo.origin, pages, outDir);
  } finally {
    await browser?.close();
    await demo?.stop();
  }
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exitCode = 1;
});
