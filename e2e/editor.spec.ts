import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { expect, test, type Page } from '@playwright/test';
import sharp from 'sharp';
import { demoArticlePath, oldestPublishedDemoArticle } from './support/demo';
import { staff } from './support/staff';
import { toWallTimeInput } from '../lib/site-time';

type Account = (typeof staff)[keyof typeof staff];

// A 2×2 PNG, uploaded through the editor.
const png = Buffer.from(
  'iVBORw0KGgoAAAANSUhEUgAAAAIAAAACCAIAAAD91JpzAAAAFklEQVR4nGP8z8DAwMDAxMDAwMDAAAANHQEDasKb6QAAAABJRU5ErkJggg==',
  'base64',
);

async function signIn(page: Page, account: Account) {
  await page.goto('/login');
  await page.getByLabel('Email').fill(account.email);
  await page.getByLabel('Password').fill(account.password);
  await page.getByRole('button', { name: 'Sign in' }).click();
  await expect(page).toHaveURL(/\/editor$/);
}

/** The HTML Next's file-system page cache (server/page-cache-handler.mjs) holds for an address, or '' while there is none. */
function cachedPageHtml(pagePath: string): string {
  // .next/server/route-cache/APP_PAGE/<one folder per route>/$/world/slug.html
  const routes = path.join(__dirname, '..', '.next', 'server', 'route-cache', 'APP_PAGE');
  if (!fs.existsSync(routes)) return '';
  for (const route of fs.readdirSync(routes)) {
    const file = path.join(routes, route, '$', `${pagePath}.html`);
    if (fs.existsSync(file)) return fs.readFileSync(file, 'utf8');
  }
  return '';
}

let counter = 0;
function uniqueTitle(label: string) {
  counter++;
  return `${label} ${Date.now().toString(36)}${counter}`;
}

async function startArticle(page: Page, title: string, section = 'Politics') {
  await page.goto('/editor/articles/new');
  await page.getByLabel('Title').fill(title);
  await page.getByLabel('Category').selectOption({ label: section });
  await page.getByLabel('Summary').fill(`Summary of ${title}.`);
}

/** Unpublish asks first, naming the story. */
async function unpublish(page: Page) {
  await page.getByRole('button', { name: 'Unpublish', exact: true }).click();
  await page
    .getByRole('dialog', { name: /^Unpublish “/ })
    .getByRole('button', { name: 'Yes, unpublish' })
    .click();
}

async function typeInBody(page: Page, text: string) {
  const body = page.getByRole('textbox', { name: 'Body' });
  await body.click();
  await page.keyboard.type(text);
}

test.describe('signing in', () => {
  test('the editor redirects to sign-in when logged out', async ({ page }) => {
    await page.goto('/editor');
    await expect(page).toHaveURL(/\/login\?next=%2Feditor$/);
    await expect(page.getByRole('heading', { level: 1, name: 'Sign in' })).toBeVisible();
  });

  test('a wrong password fails with one generic message', async ({ page }) => {
    await page.goto('/login');
    await page.getByLabel('Email').fill(staff.editor.email);
    await page.getByLabel('Password').fill('not-the-password');
    await page.getByRole('button', { name: 'Sign in' }).click();
    await expect(page.getByRole('alert', { name: 'Sign-in error' })).toHaveText('Email or password is incorrect.');
    await page.getByLabel('Password').fill('whatever-else-entirely');
    await page.getByLabel('Email').fill('nobody@e2e.test');
    await page.getByRole('button', { name: 'Sign in' }).click();
    await expect(page.getByRole('alert', { name: 'Sign-in error' })).toHaveText('Email or password is incorrect.');
    await page.goto('/editor');
    await expect(page).toHaveURL(/\/login/);
  });

  test('sign-in never redirects to another site', async ({ page }) => {
    await page.goto('/login?next=//evil.example/steal');
    await page.getByLabel('Email').fill(staff.editor.email);
    await page.getByLabel('Password').fill(staff.editor.password);
    await page.getByRole('button', { name: 'Sign in' }).click();
    await expect(page).toHaveURL(/localhost:\d+\/editor$/);
  });
});

test.describe('publishing', () => {
  test('an editor writes an article with a quote, a READ MORE block and an image, and publishes it', async ({ page }) => {
    await signIn(page, staff.editor);
    const title = uniqueTitle('Harbour council approves night ferry');
    await startArticle(page, title, 'World');
    await page.getByLabel('Tags').fill('Harbour, Night Ferry');
    await typeInBody(page, 'The council voted on Tuesday to run ferries through the night.');
    await page.keyboard.press('Enter');
    await page.getByRole('toolbar', { name: 'Formatting' }).getByRole('button', { name: 'Quote' }).click();
    await page.keyboard.type('Night crossings will change the harbour for good.');
    // Each step is checked in the editor before the next, so a slow machine never races the toolbar.
    await expect(page.locator('.rte-prose blockquote')).toContainText('Night crossings will change the harbour for good.');
    await page.keyboard.press('Enter');
    await page.keyboard.press('Enter');
    await expect(page.getByRole('toolbar', { name: 'Formatting' }).getByRole('button', { name: 'Quote' })).toHaveAttribute(
      'aria-pressed',
      'false',
    );

    await page.getByRole('toolbar', { name: 'Formatting' }).getByRole('button', { name: 'READ MORE' }).click();
    await page.getByLabel('Find an article').fill('Port Averly strike');
    const result = page.locator('.rte-results button').first();
    await expect(result).toBeVisible();
    await result.click();

    const chooser = page.waitForEvent('filechooser');
    await page.getByRole('toolbar', { name: 'Formatting' }).getByRole('button', { name: 'Image' }).click();
    await (await chooser).setFiles({ name: 'ferry.png', mimeType: 'image/png', buffer: png });
    await page.getByLabel('Alt text (describe the image)').fill('The night ferry at its berth');
    await page.getByRole('button', { name: 'Upload and insert' }).click();
    await expect(page.locator('.rte-prose img')).toHaveAttribute('src', /^\/media\//);

    await page.getByLabel('Featured image').setInputFiles({
      name: 'lead.png',
      mimeType: 'image/png',
      buffer: await sharp({ create: { width: 1600, height: 900, channels: 3, background: '#2f5d7c' } })
        .png()
        .toBuffer(),
    });
    await page.getByLabel('Image alt text').fill('The ferry terminal at dusk');
    await expect(page.locator('input[name="featuredImageUrl"]')).toHaveValue(/^\/media\//);

    await expect(page.locator('input[type="hidden"][name="body"]')).toHaveValue(/<blockquote>.*Night crossings/s);
    await page.getByRole('button', { name: 'Publish' }).click();
    await expect(page.getByRole('status').filter({ hasText: 'Published' }).first()).toBeVisible();

    await page.goto('/');
    await expect(page.getByRole('link', { name: title }).first()).toBeVisible();
    // The lead is pinned in the demo newsroom, so the newest story heads the top stories.
    await expect(page.getByRole('region', { name: 'Top stories' }).getByRole('link', { name: title })).toBeVisible();
    await page.goto('/world');
    await page.getByRole('link', { name: title }).first().click();
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(title);
    await expect(page.locator('.article-body blockquote')).toContainText('Night crossings');
    await expect(page.locator('.article-body .read-more a')).toHaveText(/^READ MORE: Port Averly strike/);
    // The featured image comes from the variants stored at upload: WebP copies by width, the display image as fallback.
    const featured = page.locator('.article-image img');
    await expect(featured).toHaveAttribute('alt', 'The ferry terminal at dusk');
    const displaySrc = (await featured.getAttribute('src')) ?? '';
    expect(displaySrc).toMatch(/^\/media\/[A-Za-z0-9_-]{16}$/);
    await expect(featured).toHaveAttribute('width', '1600');
    await expect(featured).toHaveAttribute('height', '900');
    const widths = [320, 640, 960, 1280, 1600];
    await expect(page.locator('.article-image picture source[type="image/webp"]')).toHaveAttribute(
      'srcset',
      widths.map((width) => `${displaySrc}/${width}.webp ${width}w`).join(', '),
    );
    await expect.poll(() => featured.evaluate((img: HTMLImageElement) => img.complete && img.naturalWidth > 0)).toBe(true);
    expect(await featured.evaluate((img: HTMLImageElement) => new URL(img.currentSrc).pathname)).toMatch(
      new RegExp(`^${displaySrc}/(${widths.join('|')})\\.webp$`),
    );
    const copy = await page.request.get(`${displaySrc}/640.webp`);
    expect(copy.headers()['content-type']).toBe('image/webp');
    expect(copy.headers()['cache-control']).toBe('public, max-age=31536000, immutable');
    expect((await page.request.get(`${displaySrc}/641.webp`)).status()).toBe(404);
    // Next's image optimizer decodes nothing: it is off, for uploads and everything else.
    for (const url of [displaySrc, `${displaySrc}/1600.webp`, '/favicon.svg']) {
      const optimized = await page.request.get(`/_next/image?url=${encodeURIComponent(url)}&w=640&q=75`);
      expect(optimized.status(), url).toBe(404);
    }
    const image = page.locator('.article-body img');
    await expect(image).toHaveAttribute('alt', 'The night ferry at its berth');
    const imageResponse = await page.request.get((await image.getAttribute('src')) ?? '');
    expect(imageResponse.headers()['content-type']).toBe('image/png');
    expect(imageResponse.headers()['cache-control']).toContain('immutable');
  });

  test('readers served the front page from the server’s memory get a new story on their very next request', async ({ page, request }) => {
    // The reader (no session cookie) gets repeats of the front page from the production server's memory.
    await expect
      .poll(async () => (await request.get('/')).headers()['x-memory-cache'], { message: 'the front page from memory' })
      .toBe('HIT');

    await signIn(page, staff.editor);
    const title = uniqueTitle('Lighthouse keepers return to Averly Point');
    await startArticle(page, title, 'World');
    await typeInBody(page, 'The keepers moved back into the tower on Monday.');
    await page.getByRole('button', { name: 'Publish' }).click();
    await expect(page.getByRole('status').filter({ hasText: 'Published' }).first()).toBeVisible();

    // No waiting and no retry: the publish dropped every memory copy on this instance.
    const home = await request.get('/');
    expect(home.headers()['x-memory-cache']).toBeUndefined();
    expect(await home.text()).toContain(title);
  });

  test('a published story is rendered into the page cache right after the publish, before any reader asks for it', async ({
    page,
    request,
  }) => {
    await signIn(page, staff.editor);
    // The editor's browser must not ask for the story either (its link on the edit page is prefetched).
    await page.route(/\/world\/night-ferries-return-to-the-averly-crossing/, (route) => route.abort());
    const title = uniqueTitle('Night ferries return to the Averly crossing');
    await startArticle(page, title, 'World');
    await typeInBody(page, 'The first night ferry left at midnight with forty passengers.');
    await page.getByRole('button', { name: 'Publish' }).click();
    await expect(page).toHaveURL(/\/editor\/articles\/\d+\?saved=publish$/);
    const storyPath = `/world/${await page.getByLabel('Slug').inputValue()}`;
    // Nobody has asked for the story yet: the server renders it after the publish's response, on its own.
    // Waiting for the page cache's file on disk asks the server for nothing.
    await expect.poll(() => cachedPageHtml(storyPath), { message: `${storyPath} in the page cache` }).toContain(title);
    // Its first reader is answered from that entry, unless another test's publish in the meantime expired
    // every page (the suite runs two workers), in which case the page is rendered again: HIT is not asserted.
    const first = await request.get(storyPath);
    expect(first.status()).toBe(200);
    expect(await first.text()).toContain(title);
  });

  test('stories published together from the dashboard are rendered into the page cache before any reader asks for them', async ({
    page,
  }) => {
    await signIn(page, staff.editor);
    // Neither the editor's browser nor anyone else asks for the stories.
    await page.route(/\/world\/lantern-market-/, (route) => route.abort());
    const stories: Array<{ title: string; path: string }> = [];
    for (const label of ['Lantern market returns to the quay', 'Lantern market adds a night stall']) {
      const title = uniqueTitle(label);
      await startArticle(page, title, 'World');
      await typeInBody(page, 'Stalls opened at dusk along the quay.');
      await page.getByRole('button', { name: 'Save draft' }).click();
      await expect(page.getByRole('status').filter({ hasText: 'Saved' }).first()).toBeVisible();
      stories.push({ title, path: `/world/${await page.getByLabel('Slug').inputValue()}` });
    }
    await page.goto('/editor');
    for (const story of stories) await page.getByRole('checkbox', { name: `Select “${story.title}”` }).check();
    await page.getByLabel('With the selected').selectOption('publish');
    await page.getByRole('button', { name: 'Apply' }).click();
    await expect(page.getByRole('status').filter({ hasText: 'Published: 2 stories.' })).toBeVisible();
    // Rendered by the server on its own after the bulk action's response; waiting on disk asks it for nothing.
    for (const story of stories) {
      await expect.poll(() => cachedPageHtml(story.path), { message: `${story.path} in the page cache` }).toContain(story.title);
    }
  });

  test('the preview shows the story as readers will see it, its byline linking to real author addresses', async ({ page }) => {
    await signIn(page, staff.editor);
    const title = uniqueTitle('Preview of the harbour lights');
    await startArticle(page, title, 'World');
    await typeInBody(page, 'Lights along the harbour wall, tested before the festival.');
    await page.getByRole('button', { name: 'Save draft' }).click();
    await expect(page.getByRole('status').filter({ hasText: 'Saved' }).first()).toBeVisible();
    // The first save swaps the form for the story's own page; a click during the swap would land on neither.
    await expect(page).toHaveURL(/\/editor\/articles\/\d+\?saved=save$/);
    const preview = page.waitForEvent('popup');
    await page.getByRole('link', { name: 'Preview' }).click();
    const opened = await preview;
    await expect(opened.getByRole('heading', { level: 1 })).toHaveText(title);
    const authors = opened.locator('.byline-author a');
    expect(await authors.count()).toBeGreaterThan(0);
    for (const href of await authors.evaluateAll((links) => links.map((link) => link.getAttribute('href')))) {
      expect(href).toMatch(/^\/author\/[a-z0-9-]+$/);
    }
  });

  test('a contributor can only submit for review; an editor then publishes', async ({ browser }) => {
    const contributor = await browser.newPage();
    await signIn(contributor, staff.contributor);
    const title = uniqueTitle('Reader letters fill the opinion desk');
    await startArticle(contributor, title);
    await typeInBody(contributor, 'Letters arrived by the sackful this week.');
    await expect(contributor.getByRole('button', { name: 'Publish' })).toHaveCount(0);
    await expect(contributor.getByRole('button', { name: 'Schedule' })).toHaveCount(0);
    await contributor.getByRole('button', { name: 'Submit for review' }).click();
    await expect(contributor.getByRole('status').filter({ hasText: 'Submitted for review' }).first()).toBeVisible();
    // The first deliberate save opens the story's own address (an autosave may have kept /new until then).
    await expect(contributor).toHaveURL(/\/editor\/articles\/\d+\?saved=submit/);
    const editUrl = contributor.url();
    expect((await contributor.request.get(`/politics/${title.toLowerCase().replace(/[^a-z0-9]+/g, '-')}`)).status()).toBe(404);

    const editor = await browser.newPage();
    await signIn(editor, staff.editor);
    await editor.getByRole('link', { name: /Pending review/ }).click();
    await editor.getByRole('link', { name: title }).click();
    await editor.getByRole('button', { name: 'Publish' }).click();
    await expect(editor.getByRole('status').filter({ hasText: 'Published' }).first()).toBeVisible();
    await editor.goto('/politics');
    await expect(editor.locator('.article-list').getByRole('link', { name: title })).toBeVisible();

    // Published work is out of the contributor's hands.
    await contributor.goto(editUrl);
    await expect(contributor.getByRole('alert', { name: 'No access' })).toBeVisible();
  });

  test('an author page appears with the first public story and is gone the moment the last one is unpublished', async ({
    page,
    request,
  }) => {
    const authorPage = `/author/${staff.byline.name.toLowerCase().replace(/ /g, '-')}`;
    expect((await request.get(authorPage)).status()).toBe(404);
    await signIn(page, staff.byline);
    const title = uniqueTitle('Tide tables for the winter');
    await startArticle(page, title, 'World');
    await typeInBody(page, 'High water at Port Averly comes an hour later this winter.');
    await page.getByRole('button', { name: 'Publish' }).click();
    await expect(page.getByRole('status').filter({ hasText: 'Published' }).first()).toBeVisible();
    // Asked twice: the second answer comes from the page cache (or the server's memory copy of it).
    for (let visit = 0; visit < 2; visit++) {
      const listing = await request.get(authorPage);
      expect(listing.status()).toBe(200);
      expect(await listing.text()).toContain(title);
    }

    await unpublish(page);
    await expect(page.getByRole('status').filter({ hasText: 'Unpublished' }).first()).toBeVisible();
    // No waiting: the unpublish revalidated the author page along with the story's other pages.
    const gone = await request.get(authorPage);
    expect(gone.status()).toBe(404);
    expect(await gone.text()).not.toContain(title);
  });

  test('a scheduled article appears by itself at its time', async ({ page }) => {
    test.setTimeout(150_000);
    await signIn(page, staff.editor);
    const title = uniqueTitle('Lighthouse keepers return for the winter');
    await startArticle(page, title, 'Culture');
    await typeInBody(page, 'The keepers are back.');
    // Far enough ahead that the checks made before its time are done first on a busy machine; typed on
    // the site's clock (the e2e server's zone is the default, UTC).
    const when = toWallTimeInput(new Date(Date.now() + 25_000), 'UTC');
    await page.getByLabel('Publish date and time').fill(when);
    const slug = await page.getByLabel('Slug').inputValue();
    await page.getByRole('button', { name: 'Schedule' }).click();
    await expect(page.getByRole('status').filter({ hasText: 'Scheduled' }).first()).toBeVisible();
    await page.goto('/culture');
    await expect(page.locator('.article-list').getByRole('link', { name: title })).toHaveCount(0);
    expect(await (await page.request.get('/culture/feed.xml')).text()).not.toContain(title);
    // Pages served from the page cache before the time: the story's own address (a 404 for now) and
    // another article, whose Recent Posts must pick the story up without anyone publishing again.
    const storyPath = `/culture/${slug}`;
    const cachedPath = demoArticlePath(oldestPublishedDemoArticle());
    expect((await page.request.get(storyPath)).status()).toBe(404);
    await page.request.get(cachedPath);
    await expect
      .poll(
        async () => {
          await page.goto('/culture');
          return page.locator('.article-list').getByRole('link', { name: title }).count();
        },
        { timeout: 60_000, intervals: [1000] },
      )
      .toBe(1);
    expect((await page.request.get(storyPath)).status()).toBe(200);
    await page.goto(cachedPath);
    await expect(page.locator('.recent-posts').getByRole('link', { name: title })).toBeVisible();
    // Feeds and the news sitemap are rendered per request, so the story is in them as soon as it is on the page.
    for (const path of ['/feed.xml', '/culture/feed.xml', '/news-sitemap.xml']) {
      expect(await (await page.request.get(path)).text(), path).toContain(title);
    }
  });

  test('publishing puts a story in the feeds and sitemaps, unpublishing takes it out', async ({ page }) => {
    await signIn(page, staff.editor);
    const title = uniqueTitle('Ferry timetable changes for the winter');
    await startArticle(page, title, 'World');
    await typeInBody(page, 'The winter timetable starts on Monday.');
    await page.getByRole('button', { name: 'Publish' }).click();
    await expect(page).toHaveURL(/\/editor\/articles\/\d+\?saved=publish$/);
    const slug = await page.getByLabel('Slug').inputValue();
    const sitemapHolds = async () => {
      const index = await (await page.request.get('/sitemap.xml')).text();
      const children = [...index.matchAll(/<loc>[^<]*(\/sitemaps\/articles-\d+\.xml)<\/loc>/g)].map((match) => match[1] ?? '');
      const pages = await Promise.all(children.map(async (child) => (await page.request.get(child)).text()));
      return pages.some((xml) => xml.includes(`/world/${slug}</loc>`));
    };
    for (const path of ['/feed.xml', '/atom.xml', '/feed.json', '/world/feed.xml', '/news-sitemap.xml']) {
      expect(await (await page.request.get(path)).text(), path).toContain(title);
    }
    expect(await sitemapHolds()).toBe(true);

    await unpublish(page);
    await expect(page.getByRole('status').filter({ hasText: 'Unpublished' }).first()).toBeVisible();
    for (const path of ['/feed.xml', '/atom.xml', '/feed.json', '/world/feed.xml', '/news-sitemap.xml']) {
      expect(await (await page.request.get(path)).text(), path).not.toContain(title);
    }
    expect(await sitemapHolds()).toBe(false);
  });

  test('two tabs editing the same article get a conflict, not an overwrite', async ({ browser }) => {
    const context = await browser.newContext();
    const first = await context.newPage();
    await signIn(first, staff.editor);
    const title = uniqueTitle('Tram line extension costs rise');
    await startArticle(first, title);
    await typeInBody(first, 'Original text.');
    await first.getByRole('button', { name: 'Save draft' }).click();
    await expect(first).toHaveURL(/\/editor\/articles\/\d+\?saved=save$/);
    const url = first.url().replace(/\?.*$/, '');

    const second = await context.newPage();
    await second.goto(url);
    await first.goto(url);

    await first.getByLabel('Summary').fill('Saved first, from tab one.');
    await first.getByRole('button', { name: 'Save draft' }).click();
    await expect(first.locator('.save-state')).toHaveText('Saved');

    await second.getByLabel('Summary').fill('Typed in tab two, must not be lost.');
    await second.getByRole('button', { name: 'Save draft' }).click();
    await expect(second.getByRole('alert', { name: 'Edit conflict' })).toContainText('changed by Eddie Editor');
    await expect(second.getByLabel('Summary')).toHaveValue('Typed in tab two, must not be lost.');

    await first.reload();
    await expect(first.getByLabel('Summary')).toHaveValue('Saved first, from tab one.');
    await context.close();
  });

  test('changing a published article’s slug redirects the old address', async ({ page }) => {
    await signIn(page, staff.editor);
    const title = uniqueTitle('Museum reopens its map room');
    await startArticle(page, title, 'Culture');
    await page.getByLabel('Slug').fill(`map-room-${counter}-first`);
    await typeInBody(page, 'The map room is open again.');
    await page.getByRole('button', { name: 'Publish' }).click();
    await expect(page).toHaveURL(/\/editor\/articles\/\d+\?saved=publish$/);
    await page.getByLabel('Slug').fill(`map-room-${counter}-renamed`);
    await page.getByRole('button', { name: 'Update' }).click();
    await expect(page.locator('.save-state')).toHaveText('Saved');

    const response = await page.request.get(`/culture/map-room-${counter}-first`, { maxRedirects: 0 });
    expect(response.status()).toBe(301);
    expect(response.headers().location).toBe(`/culture/map-room-${counter}-renamed`);
    await page.goto(`/culture/map-room-${counter}-first`);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(title);
  });

  test('script and onerror payloads saved in a body never run for readers', async ({ page }) => {
    await signIn(page, staff.editor);
    const title = uniqueTitle('Payload test');
    await startArticle(page, title);
    await typeInBody(page, 'Harmless text.');
    // The draft's autosave settles first: a reply arriving later would put the editor's text back in the field.
    await expect(page.locator('.save-state')).toHaveText('Saved');
    // Bypass the editor as a hostile client would, and send raw HTML straight to the save action.
    await page.evaluate(() => {
      const input = document.querySelector<HTMLInputElement>('input[name="body"]');
      if (input) {
        input.value =
          '<p>Visible words</p><script>window.__xss = 1</script><img src="x" onerror="window.__xss = 2"><a href="javascript:window.__xss=3">link</a><svg onload="window.__xss=4"></svg>';
      }
    });
    await page.getByRole('button', { name: 'Publish' }).click();
    await expect(page).toHaveURL(/\/editor\/articles\/\d+\?saved=publish$/);

    const dialogs: string[] = [];
    page.on('dialog', (dialog) => {
      dialogs.push(dialog.message());
      void dialog.dismiss();
    });
    await page.goto('/politics');
    await page.locator('.article-list').getByRole('link', { name: title }).click();
    await expect(page.locator('.article-body')).toContainText('Visible words');
    await page
      .locator('.article-body a', { hasText: 'link' })
      .click()
      .catch(() => undefined);
    expect(await page.evaluate(() => (window as unknown as { __xss?: number }).__xss)).toBeUndefined();
    expect(await page.locator('.article-body').innerHTML()).not.toMatch(/script|onerror|onload|javascript:/i);
    expect(dialogs).toEqual([]);
  });
});

test.describe('sessions', () => {
  test('a disabled user is signed out on the next request', async ({ page }) => {
    await signIn(page, staff.leaver);
    await page.goto('/editor');
    await expect(page.getByRole('heading', { level: 1, name: 'Articles' })).toBeVisible();
    execFileSync(
      process.execPath,
      ['--conditions=react-server', '--import', 'tsx', 'scripts/user-disable.ts', '--email', staff.leaver.email],
      {
        env: { ...process.env, DATABASE_URL: `file:${path.resolve('.e2e/site.db')}` },
        stdio: 'pipe',
      },
    );
    await page.goto('/editor');
    await expect(page).toHaveURL(/\/login/);
  });
});

test.describe('administration', () => {
  test('an editor creates and renames a section, and its old address redirects', async ({ page }) => {
    await signIn(page, staff.editor);
    await page.goto('/editor/sections');
    const name = `Weather ${Date.now().toString(36)}`;
    const form = page.locator('form', { has: page.getByRole('button', { name: 'Create section' }) });
    await form.getByLabel('Name').fill(name);
    await form.getByRole('button', { name: 'Create section' }).click();
    await expect(page.getByRole('status').filter({ hasText: 'created' }).first()).toBeVisible();
    const oldSlug = name.toLowerCase().replace(/\s+/g, '-');
    expect((await page.request.get(`/${oldSlug}`)).status()).toBe(200);

    const row = page.getByRole('row', { name: new RegExp(name) });
    await row.getByText('Edit or delete').click();
    await row.getByLabel('Slug').fill(`${oldSlug}-desk`);
    await row.getByRole('button', { name: 'Save section' }).click();
    await expect(page.getByRole('status').filter({ hasText: 'redirect' }).first()).toBeVisible();
    const response = await page.request.get(`/${oldSlug}`, { maxRedirects: 0 });
    expect(response.status()).toBe(301);
    expect(response.headers().location).toBe(`/${oldSlug}-desk`);
  });

  test('an admin switches the feeds between summaries and full text', async ({ page }) => {
    await signIn(page, staff.admin);
    const feedItem = async () => {
      const rss = await (await page.request.get('/feed.xml')).text();
      return rss.slice(rss.indexOf('<item>'), rss.indexOf('</item>'));
    };
    expect(await feedItem()).not.toContain('<content:encoded>');

    await page.goto('/editor/settings');
    await page.getByLabel('Feeds carry').selectOption({ label: 'The full article text' });
    await page.getByRole('button', { name: 'Save settings' }).click();
    await expect(page.getByRole('status').filter({ hasText: 'Settings saved' }).first()).toBeVisible();
    const full = await feedItem();
    expect(full).toContain('<content:encoded><![CDATA[<p>');
    // Links inside the article point at the site, not at the feed reader.
    expect(full).not.toMatch(/href="\/[^/]/);
    const json = (await (await page.request.get('/feed.json')).json()) as { items: Array<{ content_html: string; summary?: string }> };
    expect(json.items[0]?.content_html).toContain('<p>');
    expect(json.items[0]?.summary).toBeTruthy();

    await page.getByLabel('Feeds carry').selectOption({ label: 'The summary, with a link to the article' });
    await page.getByRole('button', { name: 'Save settings' }).click();
    // The first save's confirmation is still on the page, so wait for the feed itself.
    await expect.poll(feedItem, { timeout: 15_000 }).not.toContain('<content:encoded>');
  });

  test('an admin creates a user who can then sign in, and sees it in the audit log', async ({ browser }) => {
    const admin = await browser.newPage();
    await signIn(admin, staff.admin);
    await admin.goto('/editor/users');
    const email = `new-${Date.now().toString(36)}@e2e.test`;
    await admin.getByLabel('Name', { exact: true }).fill('Nina Newcomer');
    await admin.getByLabel('Email', { exact: true }).fill(email);
    await admin.getByLabel('Role', { exact: true }).selectOption('author');
    await admin.getByLabel('Password', { exact: true }).fill('nina-long-passphrase');
    await admin.getByRole('button', { name: 'Create user' }).click();
    await expect(admin.getByRole('cell', { name: email })).toBeVisible();

    const newcomer = await browser.newPage();
    await signIn(newcomer, { email, password: 'nina-long-passphrase', name: 'Nina Newcomer', role: 'author' } as unknown as Account);
    await expect(newcomer.getByRole('link', { name: 'Users' })).toHaveCount(0);
    expect((await newcomer.goto('/editor/users'))?.status()).toBe(200);
    await expect(newcomer.getByText('You do not have access to this page.')).toBeVisible();

    await admin.goto('/editor/audit');
    await expect(admin.getByRole('row', { name: new RegExp(`user\\.create.*${email.replace('.', '\\.')}`) })).toBeVisible();
  });
});
