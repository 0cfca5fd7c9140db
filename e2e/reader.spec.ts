import { formatRelativeTime } from '../lib/relative-time';
import { expect, test } from '@playwright/test';
import {
  demoArticleBySlug,
  demoArticlePath,
  demoArticleWithReadMore,
  hiddenDemoArticles,
  newestDemoArticle,
  publishedDemoArticles,
} from './support/demo';
import { E2E_BASE_URL } from './support/env';
import { DEMO_FRONT_PAGE_LEAD } from '../db/seed/demo-articles';
import { FIXTURE_SECTION, sportArchiveFixtures } from './support/fixtures';

test.describe('home page', () => {
  test('leads with the story the editor pinned, lists published stories once each, never unpublished ones', async ({ page }) => {
    await page.goto('/');
    const newest = newestDemoArticle();
    const lead = demoArticleBySlug(DEMO_FRONT_PAGE_LEAD);
    expect(lead.slug).not.toBe(newest.slug);
    await expect(page.locator('h1')).toHaveCount(1);
    const topStories = page.getByRole('region', { name: 'Top stories' });
    await expect(topStories.locator('.card-lead').getByRole('link', { name: lead.title })).toBeVisible();
    // The newest story, displaced from the lead, heads the top stories.
    await expect(topStories.locator('.top-stories .card').first().getByRole('link', { name: newest.title })).toBeVisible();
    await expect(topStories.locator('.top-stories .card')).toHaveCount(4);

    for (const section of ['World', 'Politics', 'Business', 'Technology', 'Sport', 'Culture']) {
      await expect(page.getByRole('heading', { level: 2, name: section })).toBeVisible();
    }
    // In place of Recent Posts (which repeated the stories above): the next newest, shown nowhere else.
    await expect(page.getByRole('complementary', { name: 'Recent Posts' })).toHaveCount(0);
    const latest = page.getByRole('complementary', { name: 'Latest' });
    await expect(latest.locator('.card')).toHaveCount(6);
    await expect(latest.locator('time').first()).toHaveText(/ago$/);
    const storyLinks = await page
      .getByRole('main')
      .locator('.card-title a')
      .evaluateAll((links) => links.map((link) => link.getAttribute('href')));
    expect(storyLinks.length).toBeGreaterThan(20);
    expect(new Set(storyLinks).size).toBe(storyLinks.length);

    const html = await page.content();
    for (const hidden of hiddenDemoArticles) expect(html).not.toContain(hidden.title);
    await expect(page.getByRole('contentinfo').locator('.footer-copyright')).toHaveText(
      `© ${new Date().getUTCFullYear()} Paradox. All rights reserved.`,
    );
    await expect(page.getByRole('contentinfo').getByRole('link', { name: 'Corrections policy' })).toHaveAttribute(
      'href',
      '/corrections-policy',
    );
  });
});

test.describe('section page', () => {
  test('shows only its own section, newest first, and pages through every story once', async ({ page }) => {
    await page.goto(`/${FIXTURE_SECTION}`);
    await expect(page.getByRole('heading', { level: 1, name: 'Sport' })).toBeVisible();
    const demoSport = publishedDemoArticles.filter((article) => article.section === FIXTURE_SECTION);
    const expectedTotal = demoSport.length + sportArchiveFixtures.length;

    const seen: string[] = [];
    for (let pageNumber = 1; pageNumber <= 10; pageNumber++) {
      const hrefs = await page
        .locator('.article-list .card-title a')
        .evaluateAll((links) => links.map((link) => link.getAttribute('href') ?? ''));
      expect(hrefs.length).toBeGreaterThan(0);
      expect(hrefs.length).toBeLessThanOrEqual(10);
      for (const href of hrefs) expect(href).toMatch(new RegExp(`^/${FIXTURE_SECTION}/`));
      seen.push(...hrefs);
      const older = page.getByRole('link', { name: 'Older stories →' });
      if ((await older.count()) === 0) break;
      const nextHref = (await older.getAttribute('href')) ?? '';
      await older.click();
      // Wait for this exact page: every older page's URL has ?before=, so a looser check could pass early.
      await page.waitForURL((url) => `${url.pathname}${url.search}` === nextHref);
      await expect(page.getByRole('link', { name: '← Newest stories' })).toBeVisible();
    }
    expect(seen).toHaveLength(expectedTotal);
    expect(new Set(seen).size).toBe(expectedTotal);
    // Newest first: the first item is the newest demo Sport story, the last the oldest fixture.
    expect(seen[0]).toBe(demoArticlePath(demoSport[0]!));
    expect(seen.at(-1)).toBe(`/${FIXTURE_SECTION}/${sportArchiveFixtures.at(-1)!.slug}`);
  });

  test('answers 404 for an unknown section and a forged page cursor', async ({ page }) => {
    expect((await page.goto('/no-such-section'))?.status()).toBe(404);
    expect((await page.goto(`/${FIXTURE_SECTION}?before=not-a-cursor`))?.status()).toBe(404);
  });
});

test.describe('article page', () => {
  test('shows every part of a news article', async ({ page }) => {
    const article = demoArticleWithReadMore();
    const response = await page.goto(demoArticlePath(article));
    expect(response?.status()).toBe(200);

    const main = page.getByRole('main');
    const body = main.locator('article.article');
    await expect(body.getByRole('link', { name: new RegExp(`^${article.section}$`, 'i') })).toHaveAttribute('href', `/${article.section}`);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(article.title);
    await expect(page.locator('h1')).toHaveCount(1);
    await expect(body.locator('.article-summary')).toHaveText(article.summary);

    const byline = body.locator('.byline-author');
    await expect(byline).toHaveText(/^By \S/);
    await expect(byline.getByRole('link').first()).toHaveAttribute('href', `/author/${article.author}`);
    const published = body.locator('.byline time').first();
    const datetime = await published.getAttribute('datetime');
    expect(Date.parse(datetime ?? '')).not.toBeNaN();
    const ageDays = (Date.now() - Date.parse(datetime ?? '')) / 86_400_000;
    expect(Math.abs(ageDays - article.publishedDaysAgo)).toBeLessThan(0.1);

    await expect(body.locator('.article-body blockquote').first()).toBeVisible();
    await expect(body.locator('.article-body h2').first()).toBeVisible();

    const readMoreSlug = /^READ MORE: (\S+)/m.exec(article.body)?.[1] ?? '';
    const target = demoArticleBySlug(readMoreSlug);
    const readMore = body.getByRole('link', { name: `READ MORE: ${target.title}` });
    await expect(readMore).toHaveAttribute('href', demoArticlePath(target));

    const topics = body.getByRole('navigation', { name: 'Topics' });
    for (const tag of article.tags) await expect(topics.getByRole('link', { name: tag })).toHaveAttribute('href', /^\/tag\//);

    const share = body.getByRole('navigation', { name: 'Share this article' });
    const url = encodeURIComponent(`${E2E_BASE_URL}${demoArticlePath(article)}`);
    expect(await share.getByRole('link', { name: 'Share on X' }).getAttribute('href')).toMatch(/^https:\/\/x\.com\//);
    expect(await share.getByRole('link', { name: 'Share on X' }).getAttribute('href')).toContain(`url=${url}`);
    await expect(share.getByRole('link', { name: 'Share on Facebook' })).toHaveAttribute('href', /facebook\.com/);
    await expect(share.getByRole('link', { name: 'Share on LinkedIn' })).toHaveAttribute('href', /linkedin\.com/);
    await expect(share.getByRole('link', { name: 'Share by email' })).toHaveAttribute('href', /^mailto:/);
    await expect(share.getByRole('link', { name: 'Copy link' })).toBeVisible();
    // No third-party scripts: every script the page loads is our own.
    const scriptSources = await page.locator('script[src]').evaluateAll((scripts) => scripts.map((s) => s.getAttribute('src') ?? ''));
    for (const src of scriptSources) expect(src).toMatch(/^\/_next\//);

    const related = page.getByRole('region', { name: 'Related stories' });
    const relatedLinks = related.locator('.card-title a');
    await expect(relatedLinks).toHaveCount(5);
    const relatedHrefs = await relatedLinks.evaluateAll((links) => links.map((link) => link.getAttribute('href')));
    expect(relatedHrefs).not.toContain(demoArticlePath(article));
    for (const hidden of hiddenDemoArticles) expect(relatedHrefs).not.toContain(demoArticlePath(hidden));

    const recent = page.getByRole('complementary', { name: 'Recent Posts' });
    await expect(recent.getByRole('listitem').first()).toBeVisible();
    const recentTime = recent.locator('time').first();
    await expect(recentTime).toHaveText(/ago$|just now/);
    await expect(recentTime).toHaveAttribute('title', /\d{4}/);
    await expect(page.getByRole('contentinfo')).toContainText('Paradox. All rights reserved.');
  });

  test('READ MORE, tag and author links lead to working pages', async ({ page }) => {
    const article = demoArticleWithReadMore();
    await page.goto(demoArticlePath(article));
    await page.locator('.article-body .read-more a').first().click();
    await expect(page.locator('h1')).toHaveCount(1);
    await expect(page).toHaveURL(/\/[a-z]+\/[a-z0-9-]+$/);

    await page.goto(demoArticlePath(article));
    const tag = article.tags[0]!;
    await page.getByRole('navigation', { name: 'Topics' }).getByRole('link', { name: tag }).click();
    await expect(page.getByRole('heading', { level: 1, name: tag })).toBeVisible();
    await expect(page.locator('.article-list').getByRole('link', { name: article.title })).toBeVisible();

    await page.goto(demoArticlePath(article));
    await page.locator('.byline-author a').click();
    await expect(page).toHaveURL(new RegExp(`/author/${article.author}$`));
    await expect(page.locator('.article-list .card').first()).toBeVisible();
  });

  test('an article under the wrong section redirects to its real address', async ({ page }) => {
    const article = newestDemoArticle();
    const other = article.section === 'world' ? 'culture' : 'world';
    await page.goto(`/${other}/${article.slug}`);
    await expect(page).toHaveURL(new RegExp(`${demoArticlePath(article)}$`));
  });
});

test.describe('pictures on listings', () => {
  test('tag, author and search pages show each story’s picture as a 16:9 crop, sized, lazy below the first', async ({ page }) => {
    // Every demo story has an illustration drawn for it (db/seed/illustrations.ts).
    const article = demoArticleWithReadMore();
    await page.goto(demoArticlePath(article));
    const tagHref = await page
      .getByRole('navigation', { name: 'Topics' })
      .getByRole('link', { name: article.tags[0] })
      .getAttribute('href');
    for (const path of [tagHref ?? '', `/author/${article.author}`, '/search?q=harbour']) {
      await page.goto(path);
      const images = page.locator(':is(.article-list, .card-list) .card-image img');
      await expect(images.first(), path).toBeVisible();
      for (const image of await images.all()) {
        await expect(image, path).toHaveAttribute('src', /^\/media\/[A-Za-z0-9_-]{16}\/card-x\d+-y\d+-w\d+\.webp$/);
        await expect(image, path).toHaveAttribute('srcset', /-w320\.webp 320w/);
        await expect(image, path).toHaveAttribute('sizes', /px/);
        const [width, height] = [Number(await image.getAttribute('width')), Number(await image.getAttribute('height'))];
        expect(Math.abs(width / height - 16 / 9), path).toBeLessThan(0.01);
      }
      // Only a listing's first story may load its picture at once; search results all wait.
      const eager = await images.evaluateAll((all) => all.map((image) => image.getAttribute('loading')));
      expect(
        eager.slice(1).every((loading) => loading === 'lazy'),
        path,
      ).toBe(true);
      if (path.startsWith('/search')) expect(eager[0], path).toBe('lazy');
    }
  });

  test('the front page’s lead picture is fetched first and preloaded; every other picture waits', async ({ browser }) => {
    // The server's HTML alone: once JavaScript runs, the links' prefetches add hints of their own.
    const reader = await browser.newContext({ javaScriptEnabled: false });
    const page = await reader.newPage();
    await page.goto('/');
    const lead = page.getByRole('region', { name: 'Top stories' }).locator('.card-lead .card-image img');
    await expect(lead).toHaveAttribute('fetchpriority', 'high');
    await expect(lead).toHaveAttribute('loading', 'eager');
    await expect(page.locator('main img[fetchpriority]')).toHaveCount(1);
    const others = await page
      .locator('main img:not([fetchpriority])')
      .evaluateAll((all) => all.map((image) => image.getAttribute('loading')));
    expect(others.length).toBeGreaterThan(4);
    expect(others.every((loading) => loading === 'lazy')).toBe(true);
    const preload = page.locator('head link[rel="preload"][as="image"]');
    await expect(preload).toHaveCount(1);
    await expect(preload).toHaveAttribute('imagesrcset', (await lead.getAttribute('srcset')) ?? '');
    await reader.close();
  });
});

test.describe('unpublished work stays private', () => {
  test('drafts and future-scheduled articles are 404 and appear in no listing', async ({ page, request }) => {
    expect(hiddenDemoArticles.length).toBeGreaterThanOrEqual(4);
    for (const hidden of hiddenDemoArticles) {
      const response = await request.get(demoArticlePath(hidden));
      expect(response.status(), hidden.slug).toBe(404);
    }
    for (const hidden of hiddenDemoArticles) {
      await page.goto(`/${hidden.section}`);
      await expect(page.getByRole('link', { name: hidden.title })).toHaveCount(0);
    }
  });

  test('unknown paths get a helpful 404 page', async ({ page }) => {
    const response = await page.goto('/world/this-story-does-not-exist');
    expect(response?.status()).toBe(404);
    await expect(page.getByRole('heading', { level: 1, name: 'We couldn’t find that page' })).toBeVisible();
    await expect(page.getByRole('link', { name: 'front page' })).toHaveAttribute('href', '/');
    await expect(page.getByRole('heading', { name: 'Latest stories' })).toBeVisible();
  });
});

test.describe('the 404 page', () => {
  // A story, a section, a tag and an address no route knows: each is one clean page with the chrome once.
  const missing = ['/world/this-story-does-not-exist', '/no-such-section', '/tag/no-such-tag', '/a/b/c/d'];

  test('has one masthead, one navigation and one footer, and answers 404', async ({ page }) => {
    for (const path of missing) {
      const response = await page.goto(path);
      expect(response?.status(), path).toBe(404);
      await expect(page.getByRole('heading', { level: 1, name: 'We couldn’t find that page' }), path).toBeVisible();
      await expect(page.getByRole('banner'), path).toHaveCount(1);
      await expect(page.getByRole('navigation', { name: 'Main' }), path).toHaveCount(1);
      await expect(page.getByRole('contentinfo'), path).toHaveCount(1);
    }
  });

  test.describe('without JavaScript', () => {
    test.use({ javaScriptEnabled: false });

    test('the server sends the whole page', async ({ page }) => {
      for (const path of missing) {
        const response = await page.goto(path);
        expect(response?.status(), path).toBe(404);
        await expect(page.getByRole('heading', { level: 1, name: 'We couldn’t find that page' }), path).toBeVisible();
        await expect(page.getByRole('heading', { name: 'Latest stories' }), path).toBeVisible();
        await expect(page.getByRole('banner'), path).toHaveCount(1);
        await expect(page.getByRole('contentinfo'), path).toHaveCount(1);
      }
    });
  });
});

test.describe('reading without JavaScript', () => {
  test.use({ javaScriptEnabled: false });

  test('an article reads completely and its links work', async ({ page }) => {
    const article = demoArticleWithReadMore();
    await page.goto(demoArticlePath(article));
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(article.title);
    const paragraphs = page.locator('.article-body > p:not(.read-more)');
    expect(await paragraphs.count()).toBeGreaterThanOrEqual(4);
    await expect(page.locator('.article-body blockquote').first()).toBeVisible();
    await expect(page.getByRole('region', { name: 'Related stories' }).locator('.card')).toHaveCount(5);
    await expect(page.getByRole('complementary', { name: 'Recent Posts' }).locator('time').first()).toHaveText(/ago$|just now/);
    // Copy link degrades to a plain permalink.
    await expect(page.getByRole('link', { name: 'Copy link' })).toHaveAttribute('href', `${E2E_BASE_URL}${demoArticlePath(article)}`);
    await page.locator('.article-body .read-more a').first().click();
    await expect(page.locator('.article-body')).toBeVisible();
  });
});

test.describe('caching', () => {
  test('articles, the home page and first listing pages come from the page cache; reader pages may be kept briefly by a CDN, the editor never', async ({
    request,
  }) => {
    // An article, the home page and a section's first page are served from the page cache once rendered.
    // Polled: the security tests beside these publish, and a publish expires the cached pages.
    for (const cachedPage of [demoArticlePath(newestDemoArticle()), '/', '/sport']) {
      expect((await request.get(cachedPage)).status(), cachedPage).toBe(200);
      await expect.poll(async () => (await request.get(cachedPage)).headers()['x-nextjs-cache'], { message: cachedPage }).toBe('HIT');
      expect((await request.get(cachedPage)).headers()['cache-control'], cachedPage).toMatch(/s-maxage=\d+/);
    }
    // The route the front page is served from is not a second address for it.
    const internal = await request.get('/front-page/latest', { maxRedirects: 0 });
    expect(internal.status()).toBe(301);
    expect(new URL(internal.headers()['location'] ?? '', E2E_BASE_URL).pathname).toBe('/');
    // Older listing pages and search are rendered per request, and may be kept briefly by a CDN.
    const sport = await request.get('/sport');
    const olderHref = /href="(\/sport\?before=[^"]+)"/.exec(await sport.text())?.[1]?.replace(/&amp;/g, '&');
    expect(olderHref, 'the sport page links to older stories').toBeTruthy();
    for (const readerPage of [olderHref ?? '', '/search?q=harbour']) {
      const response = await request.get(readerPage);
      expect(response.headers()['x-nextjs-cache'], readerPage).toBeUndefined();
      expect(response.headers()['cache-control'], readerPage).toMatch(/^public, s-maxage=\d+/);
    }
    for (const privatePage of ['/login', '/editor']) {
      const response = await request.get(privatePage, { maxRedirects: 0 });
      expect(response.headers()['cache-control'], privatePage).toMatch(/private/);
      expect(response.headers()['cache-control'], privatePage).not.toMatch(/s-maxage|public/);
    }
  });
});

test.describe('relative times under caching', () => {
  test('the browser recomputes a relative time when the page is older than it says', async ({ page }) => {
    const newest = newestDemoArticle();
    // Pretend the reader opens a copy of the page three days after it was rendered.
    const opened = new Date(Date.now() + 3 * 86_400_000);
    await page.clock.install({ time: opened });
    await page.goto('/');
    const leadTime = page.locator('.card-lead time');
    // The exact instant, with the site zone's offset (the e2e site is in UTC).
    await expect(leadTime).toHaveAttribute('datetime', /\+00:00$/);
    expect(newest.publishedDaysAgo).toBeLessThan(1);
    // Calendar days on the site's clock: 3, or 4 if the story went out late the evening before.
    const published = new Date((await leadTime.getAttribute('datetime')) ?? '');
    const expected = formatRelativeTime(published, opened, { timeZone: 'UTC', language: 'en-GB' });
    expect(expected).toMatch(/^[34] days ago$/);
    await expect(leadTime).toHaveText(expected);
  });
});

test.describe('layout', () => {
  test('marks the current section in the navigation, on its page and on its stories', async ({ page }) => {
    const article = demoArticleWithReadMore();
    const nav = page.getByRole('navigation', { name: 'Main' });
    await page.goto(`/${article.section}`);
    await expect(nav.locator('a[aria-current="page"]')).toHaveCount(1);
    await expect(nav.locator('a[aria-current="page"]')).toHaveAttribute('href', `/${article.section}`);
    await page.goto(demoArticlePath(article));
    await expect(nav.locator('a[aria-current="page"]')).toHaveAttribute('href', `/${article.section}`);
    await page.goto('/');
    await expect(nav.locator('a[aria-current="page"]')).toHaveAttribute('href', '/');
  });

  test('shows every section link on a 390px phone, none cut off or scrolled out of view', async ({ page }) => {
    await page.setViewportSize({ width: 390, height: 844 });
    await page.goto('/');
    const links = page.getByRole('navigation', { name: 'Main' }).getByRole('link');
    expect(await links.count()).toBeGreaterThanOrEqual(7);
    for (const link of await links.all()) {
      await expect(link).toBeInViewport({ ratio: 1 });
    }
  });

  test('fits a phone screen without sideways scrolling', async ({ page }) => {
    await page.setViewportSize({ width: 375, height: 800 });
    for (const path of ['/', `/${FIXTURE_SECTION}`, demoArticlePath(demoArticleWithReadMore())]) {
      await page.goto(path);
      const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
      expect(overflow, path).toBeLessThanOrEqual(0);
    }
  });

  test('follows the reader’s dark colour scheme', async ({ page }) => {
    await page.emulateMedia({ colorScheme: 'dark' });
    await page.goto('/');
    const dark = await page.evaluate(() => getComputedStyle(document.body).backgroundColor);
    await page.emulateMedia({ colorScheme: 'light' });
    const light = await page.evaluate(() => getComputedStyle(document.body).backgroundColor);
    expect(dark).toBe('rgb(21, 23, 26)');
    expect(light).toBe('rgb(251, 250, 247)');
  });
});
