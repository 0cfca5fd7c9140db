/**
 * The demo newsroom as a newcomer first sees it: `npm start` (building first when there is no build) on a
 * fresh database in a temporary folder, for the screenshots and the Lighthouse run to look at.
 */
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { Page } from '@playwright/test';

const projectRoot = path.resolve(__dirname, '..');

export interface DemoNewsroom {
  origin: string;
  stop: () => Promise<void>;
}

export async function startDemoNewsroom(port: number): Promise<DemoNewsroom> {
  if (!Number.isInteger(port) || port < 1 || port > 65535) throw new Error(`--port takes a port number (got "${port}").`);
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'paradox-demo-'));
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
      AUTH_SECRET: process.env.AUTH_SECRET ?? 'demo-only-secret-0123456789abcdefghijklmn',
      NEXT_TELEMETRY_DISABLED: '1',
    },
  });
  const stop = async () => {
    if (server.exitCode === null) {
      server.kill('SIGTERM');
      await new Promise((resolve) => server.once('exit', resolve));
    }
    fs.rmSync(dataDir, { recursive: true, force: true });
  };
  console.log(`Starting the demo newsroom with npm start on ${origin}…`);
  const deadline = Date.now() + 10 * 60_000; // a first start builds the site
  while (Date.now() < deadline) {
    if (server.exitCode !== null) {
      await stop();
      throw new Error(`npm start ended with code ${server.exitCode}`);
    }
    try {
      if ((await fetch(origin)).ok) return { origin, stop };
    } catch {
      // not listening yet
    }
    await new Promise((resolve) => setTimeout(resolve, 500));
  }
  await stop();
  throw new Error(`${origin} did not answer within ten minutes`);
}

/** One of each reader page, found by following the demo newsroom's own links as a reader would. */
export async function findReaderPages(page: Page, origin: string): Promise<Record<string, string>> {
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
