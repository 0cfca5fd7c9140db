import { execFile } from 'node:child_process';
import fs from 'node:fs';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { expect, test } from '@playwright/test';
import sharp from 'sharp';

/**
 * A WordPress export imported into the running site with the real command, then visited as a reader
 * would: old links answer 301 in one hop, private posts stay private, and the old site's pictures are
 * copied into the media library (the old site's uploads are served by this test, on this machine). Uses
 * the project's own fixture (an invented newsroom). In the editor project, after the reader tests,
 * because it adds content.
 */
test.describe.configure({ mode: 'serial' });

const fixture = path.resolve('tests/fixtures/wordpress/harbour-gazette.xml');
let oldSite: http.Server;

test.beforeAll(async () => {
  const ferry = await sharp({ create: { width: 1280, height: 854, channels: 3, background: '#35607a' } })
    .jpeg()
    .toBuffer();
  oldSite = http.createServer((request, response) => {
    if (request.url === '/wp-content/uploads/2019/03/ferry.jpg') response.writeHead(200, { 'content-type': 'image/jpeg' }).end(ferry);
    else response.writeHead(404).end();
  });
  await new Promise<void>((resolve) => oldSite.listen(0, '127.0.0.1', resolve));
  const uploads = `http://127.0.0.1:${(oldSite.address() as AddressInfo).port}/wp-content/uploads/`;
  const exportFile = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'paradox-wordpress-')), 'harbour-gazette.xml');
  fs.writeFileSync(exportFile, fs.readFileSync(fixture, 'utf8').replaceAll('https://gazette.saltmere.test/wp-content/uploads/', uploads));
  // Not execFileSync: this process serves the old site's pictures while the import runs.
  const { stdout } = await promisify(execFile)(
    process.execPath,
    ['--conditions=react-server', '--import', 'tsx', 'scripts/content-import.ts', exportFile],
    { env: { ...process.env, DATABASE_URL: `file:${path.resolve('.e2e/site.db')}` }, encoding: 'utf8' },
  );
  expect(stdout).toContain('posts: 8 imported');
  expect(stdout).toContain('pictures: 1 copied into the media library');
});

test.afterAll(async () => {
  await new Promise((resolve) => oldSite.close(resolve));
});

test('an old ?p= link answers 301 with the article’s new address, which readers can open', async ({ page }) => {
  const response = await page.request.get('/?p=101', { maxRedirects: 0 });
  expect(response.status()).toBe(301);
  expect(new URL(response.headers().location ?? '', 'http://x').pathname).toBe('/news/night-ferry-returns');

  await page.goto('/?p=101');
  await expect(page).toHaveURL(/\/news\/night-ferry-returns$/);
  await expect(page.getByRole('heading', { level: 1, name: 'Night ferry to Brannock returns after ten winters' })).toBeVisible();
  // Dates are WordPress's: published 4 March 2019 (GMT), last changed 6 March 2019, not the day of the import.
  await expect(page.locator('.byline-dates time').first()).toHaveAttribute('datetime', '2019-03-04T23:30:00+00:00');
  await expect(page.locator('.byline-updated time')).toHaveAttribute('datetime', '2019-03-06T08:00:00+00:00');
  // The featured image was copied from the old site into the media library, and shows.
  const featured = page.locator('.article-image img');
  await expect(featured).toHaveAttribute('src', /^\/media\/[A-Za-z0-9_-]+$/);
  await expect(featured).toHaveAttribute('alt', 'The Brannock ferry at the north quay');
  await expect.poll(() => featured.evaluate((img: HTMLImageElement) => img.complete && img.naturalWidth > 0)).toBe(true);
  // So is the picture in the story: one copy for both.
  await expect(page.locator('.article-body figure img').first()).toHaveAttribute('src', (await featured.getAttribute('src')) ?? '');
  await expect(page.locator('.article-body figcaption')).toHaveText('The Gannet will run the night crossing.');
});

test('date, slug and archive permalinks with a trailing slash redirect in one hop', async ({ page }) => {
  const expectations: Array<[string, string]> = [
    ['/2019/03/05/night-ferry-returns/', '/news/night-ferry-returns'],
    ['/2019/03/night-ferry-returns/', '/news/night-ferry-returns'],
    ['/night-ferry-returns/', '/news/night-ferry-returns'],
    ['/2021/05/02/%D0%B2%D1%8B%D1%81%D1%82%D0%B0%D0%B2%D0%BA%D0%B0/', '/kultura/vystavka'],
    ['/category/news/local/', '/tag/local'],
    ['/category/sailing/', '/sailing'],
    ['/tag/harbour-board/', '/tag/harbour-board'],
  ];
  for (const [oldPath, newPath] of expectations) {
    const response = await page.request.get(oldPath, { maxRedirects: 0 });
    expect(response.status(), oldPath).toBe(301);
    expect(new URL(response.headers().location ?? '', 'http://x').pathname, oldPath).toBe(newPath);
  }
  await page.goto('/2021/05/02/выставка/');
  await expect(page.getByRole('heading', { level: 1, name: 'Выставка парусов открывается в старом доке' })).toBeVisible();
});

test('private, password-protected and scheduled posts stay hidden, old links included', async ({ page }) => {
  for (const oldLink of ['/?p=107', '/?p=108', '/?p=104']) {
    const response = await page.request.get(oldLink, { maxRedirects: 0 });
    expect(response.status(), oldLink).toBe(200);
  }
  for (const newPath of ['/news/shift-rota', '/sailing/club-accounts', '/news/lighthouse-reopens']) {
    expect((await page.request.get(newPath)).status(), newPath).toBe(404);
  }
  // The private post's dated permalink leads nowhere: at most the trailing slash is dropped, then 404.
  const dated = await page.request.get('/2022/02/01/shift-rota/', { maxRedirects: 0 });
  expect(dated.headers().location ?? '').not.toContain('/news/');
  expect((await page.request.get('/2022/02/01/shift-rota/')).status()).toBe(404);
});

test('imported stories are searchable at once, and the site’s own addresses keep their behaviour', async ({ page }) => {
  await page.goto('/search?q=Brannock+timetable');
  await expect(page.getByRole('link', { name: 'Night ferry to Brannock returns after ten winters' })).toBeVisible();
  // A trailing slash on one of Paradox's pages still gets the plain permanent redirect.
  const section = await page.request.get('/world/', { maxRedirects: 0 });
  expect(section.status()).toBe(301);
  expect(new URL(section.headers().location ?? '', 'http://x').pathname).toBe('/world');
});
