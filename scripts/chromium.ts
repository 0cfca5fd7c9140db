import fs from 'node:fs';

/**
 * The Chromium every browser-driving command uses (Playwright's tests, the cluster test, the screenshots,
 * Lighthouse): CHROMIUM_PATH or CHROME_PATH, else the system's; undefined lets Playwright use its own.
 */
export function findChromium(): string | undefined {
  for (const candidate of [process.env.CHROMIUM_PATH, process.env.CHROME_PATH, '/usr/bin/chromium', '/usr/bin/chromium-browser']) {
    if (candidate && fs.existsSync(candidate)) return candidate;
  }
  return undefined;
}
