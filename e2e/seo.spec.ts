import { expect, test, type APIRequestContext } from '@playwright/test';
import { XMLParser, XMLValidator } from 'fast-xml-parser';
import { demoArticlePath, hiddenDemoArticles, newestDemoArticle, publishedDemoArticles } from './support/demo';
import { E2E_BASE_URL } from './support/env';
import { FIXTURE_SECTION, oldAddressFixtures, sportArchiveFixtures } from './support/fixtures';

const DAY = 86_400_000;
const absolute = (path: string) => `${E2E_BASE_URL}${path}`;

// Elements that may appear once or many times are always read as lists.
const listElements = new Set(['item', 'entry', 'url', 'sitemap', 'category']);
const parser = new XMLParser({
  ignoreAttributes: false,
  attributeNamePrefix: '@',
  isArray: (name, path) => listElements.has(name) || path === 'feed.entry.link',
});

async function fetchXml(request: APIRequestContext, path: string, mediaType: string) {
  const response = await request.get(path);
  expect(response.status(), path).toBe(200);
  expect(response.headers()['content-type'], path).toContain(mediaType);
  const text = await response.text();
  expect(XMLValidator.validate(text), `${path} is well-formed XML`).toBe(true);
  return { text, xml: parser.parse(text) as Record<string, any> };
}

const newest = newestDemoArticle();
const hiddenPaths = hiddenDemoArticles.map(demoArticlePath);

function expectNoHiddenArticle(text: string, where: string) {
  for (const hidden of hiddenDemoArticles) {
    expect(text, `${where} must not hold ${hidden.slug}`).not.toContain(hidden.slug);
    expect(text, `${where} must not hold ${hidden.slug}`).not.toContain(hidden.title);
  }
}

test.describe('feeds', () => {
  test('RSS 2.0 carries the newest published story with absolute links, a stable guid and its date, and no unpublished one', async ({
    request,
  }) => {
    const { text, xml } = await fetchXml(request, '/feed.xml', 'application/rss+xml');
    const channel = xml.rss.channel;
    expect(xml.rss['@version']).toBe('2.0');
    expect(channel.link).toBe(absolute('/'));
    const items: Array<Record<string, any>> = channel.item;
    expect(items.length).toBeGreaterThanOrEqual(10);
    const first = items[0]!;
    expect(first.title).toBe(newest.title);
    expect(first.link).toBe(absolute(demoArticlePath(newest)));
    expect(first.guid['@isPermaLink']).toBe('false');
    expect(first.guid['#text']).toMatch(/^tag:localhost,2026:article:\d+$/);
    expect(first['dc:creator']).toBeTruthy();
    const published = Date.parse(first.pubDate);
    expect(Math.abs(Date.now() - published - newest.publishedDaysAgo * DAY)).toBeLessThan(0.05 * DAY);
    // Newest first.
    const times = items.map((item) => Date.parse(item.pubDate));
    expect([...times].sort((a, b) => b - a)).toEqual(times);
    for (const item of items) expect(item.link).toMatch(new RegExp(`^${E2E_BASE_URL}/`));
    expectNoHiddenArticle(text, '/feed.xml');
  });

  test('Atom and JSON Feed 1.1 carry the same stories', async ({ request }) => {
    const { text: atomText, xml } = await fetchXml(request, '/atom.xml', 'application/atom+xml');
    const entries: Array<Record<string, any>> = xml.feed.entry;
    expect(entries[0]?.link[0]['@href']).toBe(absolute(demoArticlePath(newest)));
    expect(entries[0]?.id).toMatch(/^tag:localhost,2026:article:\d+$/);
    expect(Date.parse(entries[0]?.published)).not.toBeNaN();
    expect(Date.parse(entries[0]?.updated)).toBeGreaterThanOrEqual(Date.parse(entries[0]?.published));
    expectNoHiddenArticle(atomText, '/atom.xml');

    const response = await request.get('/feed.json');
    expect(response.headers()['content-type']).toContain('application/feed+json');
    const text = await response.text();
    const feed = JSON.parse(text) as {
      version: string;
      feed_url: string;
      items: Array<{ id: string; url: string; title: string; date_published: string; authors: unknown[] }>;
    };
    expect(feed.version).toBe('https://jsonfeed.org/version/1.1');
    expect(feed.feed_url).toBe(absolute('/feed.json'));
    expect(feed.items[0]).toMatchObject({ url: absolute(demoArticlePath(newest)), title: newest.title, id: entries[0]?.id });
    expect(feed.items[0]?.authors).toHaveLength(1);
    expectNoHiddenArticle(text, '/feed.json');
  });

  test('a section feed holds only that section’s public stories', async ({ request }) => {
    const { text, xml } = await fetchXml(request, `/${FIXTURE_SECTION}/feed.xml`, 'application/rss+xml');
    const links: string[] = xml.rss.channel.item.map((item: { link: string }) => item.link);
    const newestInSection = publishedDemoArticles.find((article) => article.section === FIXTURE_SECTION)!;
    expect(links[0]).toBe(absolute(demoArticlePath(newestInSection)));
    for (const link of links) expect(link.startsWith(absolute(`/${FIXTURE_SECTION}/`))).toBe(true);
    expectNoHiddenArticle(text, `/${FIXTURE_SECTION}/feed.xml`);
    for (const file of ['atom.xml', 'feed.json']) expect((await request.get(`/${FIXTURE_SECTION}/${file}`)).status()).toBe(200);
    expect((await request.get('/no-such-section/feed.xml')).status()).toBe(404);
  });

  test('every page advertises its feeds, and a section page its own first', async ({ page }) => {
    const alternates = async () =>
      page
        .locator('head link[rel="alternate"]')
        .evaluateAll((links) => links.map((link) => `${link.getAttribute('type')} ${link.getAttribute('href')}`));
    const siteFeeds = [
      `application/rss+xml ${absolute('/feed.xml')}`,
      `application/atom+xml ${absolute('/atom.xml')}`,
      `application/feed+json ${absolute('/feed.json')}`,
    ];
    for (const path of [
      '/',
      `/tag/${newest.tags[0]?.toLowerCase().replace(/\s+/g, '-')}`,
      `/author/${newest.author}`,
      '/search?q=port',
      '/no-such-page',
    ]) {
      await page.goto(path);
      expect(await alternates(), path).toEqual(expect.arrayContaining(siteFeeds));
    }
    await page.goto(`/${FIXTURE_SECTION}`);
    const sectionLinks = await alternates();
    expect(sectionLinks[0]).toBe(`application/rss+xml ${absolute(`/${FIXTURE_SECTION}/feed.xml`)}`);
    expect(sectionLinks).toEqual(
      expect.arrayContaining([...siteFeeds, `application/atom+xml ${absolute(`/${FIXTURE_SECTION}/atom.xml`)}`]),
    );
  });
});

test.describe('sitemaps', () => {
  test('the index lists child sitemaps that together hold every public page once, with lastmod, and no unpublished story', async ({
    request,
  }) => {
    const { xml } = await fetchXml(request, '/sitemap.xml', 'application/xml');
    const children: Array<{ loc: string; lastmod: string }> = xml.sitemapindex.sitemap;
    expect(children.map((child) => child.loc)).toEqual(
      expect.arrayContaining([absolute('/sitemaps/sections-1.xml'), absolute('/sitemaps/articles-1.xml')]),
    );
    const urls: Array<{ loc: string; lastmod?: string }> = [];
    for (const child of children) {
      expect(Date.parse(child.lastmod)).not.toBeNaN();
      const { text, xml: childXml } = await fetchXml(request, child.loc.replace(E2E_BASE_URL, ''), 'application/xml');
      const childUrls = (childXml.urlset.url ?? []) as Array<{ loc: string; lastmod?: string }>;
      expect(childUrls.length).toBeLessThanOrEqual(50_000);
      expectNoHiddenArticle(text, child.loc);
      urls.push(...childUrls);
    }
    const locs = urls.map((url) => url.loc);
    expect(new Set(locs).size).toBe(locs.length);
    // Every page carries its last change, tag pages too.
    for (const url of urls) expect(Date.parse(url.lastmod ?? ''), url.loc).not.toBeNaN();
    expect(locs).toEqual(
      expect.arrayContaining([
        absolute('/'),
        absolute(`/${FIXTURE_SECTION}`),
        absolute(demoArticlePath(newest)),
        absolute(`/author/${newest.author}`),
      ]),
    );
    for (const article of publishedDemoArticles) expect(locs).toContain(absolute(demoArticlePath(article)));
    for (const path of hiddenPaths) expect(locs).not.toContain(absolute(path));
    expect(locs.some((loc) => loc.startsWith(absolute('/tag/')))).toBe(true);
    expect((await request.get('/sitemaps/articles-99.xml')).status()).toBe(404);
    expect((await request.get('/sitemaps/nonsense.xml')).status()).toBe(404);
  });

  test('the news sitemap holds exactly the public stories of the last 48 hours', async ({ request }) => {
    const { text, xml } = await fetchXml(request, '/news-sitemap.xml', 'application/xml');
    expect(text).toContain('xmlns:news="http://www.google.com/schemas/sitemap-news/0.9"');
    const urls: Array<{ loc: string; 'news:news': Record<string, any> }> = xml.urlset.url;
    const expected = publishedDemoArticles
      .filter((article) => article.publishedDaysAgo < 2)
      .map((article) => absolute(demoArticlePath(article)));
    expect(expected.length).toBeGreaterThan(0);
    expect(urls.map((url) => url.loc).sort()).toEqual(expected.sort());
    for (const url of urls) {
      const news = url['news:news'];
      expect(news['news:publication']['news:name']).toBe('Paradox');
      expect(news['news:publication']['news:language']).toBe('en');
      expect(Date.now() - Date.parse(news['news:publication_date'])).toBeLessThan(2 * DAY);
      expect(news['news:title']).toBeTruthy();
    }
    expectNoHiddenArticle(text, '/news-sitemap.xml');
  });

  test('robots.txt keeps crawlers out of the editor and API and lists both sitemaps', async ({ request }) => {
    const response = await request.get('/robots.txt');
    expect(response.status()).toBe(200);
    const lines = (await response.text()).split('\n').map((line) => line.trim());
    for (const rule of ['Disallow: /editor/', 'Disallow: /editor$', 'Disallow: /api/', 'Disallow: /login$', 'Disallow: /setup$'])
      expect(lines).toContain(rule);
    expect(lines).toContain(`Sitemap: ${absolute('/sitemap.xml')}`);
    expect(lines).toContain(`Sitemap: ${absolute('/news-sitemap.xml')}`);
  });
});

test.describe('structured data and social cards', () => {
  async function jsonLdOf(page: import('@playwright/test').Page): Promise<Array<Record<string, any>>> {
    const blocks = await page.locator('script[type="application/ld+json"]').allTextContents();
    return blocks.map((block) => JSON.parse(block) as Record<string, any>);
  }

  test('an article page describes itself as a NewsArticle with a breadcrumb trail', async ({ page }) => {
    await page.goto(demoArticlePath(newest));
    const data = await jsonLdOf(page);
    const article = data.find((item) => item['@type'] === 'NewsArticle');
    expect(article).toBeDefined();
    const url = absolute(demoArticlePath(newest));
    expect(article).toMatchObject({
      '@context': 'https://schema.org',
      headline: newest.title,
      mainEntityOfPage: { '@type': 'WebPage', '@id': url },
      author: [{ '@type': 'Person', url: absolute(`/author/${newest.author}`) }],
      publisher: { '@type': 'Organization', name: 'Paradox', logo: { '@type': 'ImageObject', url: absolute('/logo.png') } },
    });
    expect([...(article?.keywords ?? [])].sort()).toEqual([...newest.tags].sort());
    expect(article?.articleSection).toBeTruthy();
    expect(Date.parse(article?.datePublished)).not.toBeNaN();
    expect(Date.parse(article?.dateModified)).toBeGreaterThanOrEqual(Date.parse(article?.datePublished));
    expect(article?.image[0].url).toMatch(new RegExp(`^${E2E_BASE_URL}/`));

    const breadcrumb = data.find((item) => item['@type'] === 'BreadcrumbList');
    const crumbs = (breadcrumb?.itemListElement ?? []) as Array<{ position: number; item: string }>;
    expect(crumbs.map((crumb) => crumb.item)).toEqual([absolute('/'), absolute(`/${newest.section}`), url]);
    expect(crumbs.map((crumb) => crumb.position)).toEqual([1, 2, 3]);

    await expect(page.locator('link[rel="canonical"]')).toHaveAttribute('href', url);
    await expect(page.locator('meta[property="og:type"]')).toHaveAttribute('content', 'article');
    await expect(page.locator('meta[property="article:published_time"]')).toHaveAttribute('content', article?.datePublished);
    await expect(page.locator('meta[property="article:section"]')).toHaveAttribute('content', article?.articleSection);
    await expect(page.locator('meta[property="article:tag"]')).toHaveCount(newest.tags.length);
    await expect(page.locator('meta[name="twitter:card"]')).toHaveAttribute('content', 'summary_large_image');
  });

  test('an article with a featured image shares its picture cropped to 1200 × 630 at its focal point', async ({ page, request }) => {
    // Every demo story has an illustration drawn for it, with its focal point on the drawing's subject.
    await page.goto(demoArticlePath(newest));
    const imageUrl = await page.locator('meta[property="og:image"]').getAttribute('content');
    expect(imageUrl).toMatch(new RegExp(`^${E2E_BASE_URL}/media/[A-Za-z0-9_-]{16}/social-x\\d+-y\\d+-w1200\\.jpg$`));
    await expect(page.locator('meta[property="og:image:width"]')).toHaveAttribute('content', '1200');
    await expect(page.locator('meta[property="og:image:height"]')).toHaveAttribute('content', '630');
    await expect(page.locator('meta[name="twitter:image"]')).toHaveAttribute('content', imageUrl ?? '');
    const response = await request.get(imageUrl ?? '');
    expect(response.status()).toBe(200);
    expect(response.headers()['content-type']).toBe('image/jpeg');
    expect(response.headers()['cache-control']).toBe('public, max-age=31536000, immutable');
    const bytes = await response.body();
    expect(bytes.subarray(0, 3).toString('hex')).toBe('ffd8ff');
    // The structured data offers the same crop and a 16:9 one, as Google shows stories at both.
    const article = (await jsonLdOf(page)).find((item) => item['@type'] === 'NewsArticle');
    expect(article?.image.map((image: { url: string }) => image.url)).toEqual([
      imageUrl,
      expect.stringMatching(/\/card-x\d+-y\d+-w1280\.webp$/),
    ]);
  });

  test('an article without a featured image gets a generated PNG social image', async ({ page, request }) => {
    // The fixture archive stories have no picture.
    await page.goto(`/${FIXTURE_SECTION}/${sportArchiveFixtures[0]?.slug}`);
    const imageUrl = await page.locator('meta[property="og:image"]').getAttribute('content');
    expect(imageUrl).toMatch(new RegExp(`^${E2E_BASE_URL}/og/articles/\\d+\\?v=\\d+$`));
    await expect(page.locator('meta[name="twitter:image"]')).toHaveAttribute('content', imageUrl ?? '');
    const response = await request.get(imageUrl ?? '');
    expect(response.status()).toBe(200);
    expect(response.headers()['content-type']).toBe('image/png');
    const bytes = await response.body();
    expect(bytes.subarray(0, 8).toString('hex')).toBe('89504e470d0a1a0a');
    // IHDR holds the size: 1200 × 630.
    expect([bytes.readUInt32BE(16), bytes.readUInt32BE(20)]).toEqual([1200, 630]);
    expect((await request.get('/og/articles/999999')).status()).toBe(404);
  });

  test('the home page names the site and its search box', async ({ page }) => {
    await page.goto('/');
    const site = (await jsonLdOf(page)).find((item) => item['@type'] === 'WebSite');
    expect(site).toMatchObject({
      url: absolute('/'),
      name: 'Paradox',
      potentialAction: {
        '@type': 'SearchAction',
        target: { urlTemplate: `${absolute('/search')}?q={search_term_string}` },
        'query-input': 'required name=search_term_string',
      },
    });
    // Next writes the root URL without its slash; both name the same page.
    await expect(page.locator('link[rel="canonical"]')).toHaveAttribute('href', E2E_BASE_URL);
    await expect(page.locator('meta[property="og:site_name"]')).toHaveAttribute('content', 'Paradox');
  });
});

test.describe('lasting addresses', () => {
  const get = (request: APIRequestContext, path: string) => request.get(path, { maxRedirects: 0 });

  test('an old article slug answers 301 with the article’s current address', async ({ request }) => {
    const response = await get(request, `/${newest.section}/${oldAddressFixtures.articleSlug}`);
    expect(response.status()).toBe(301);
    expect(response.headers().location).toBe(demoArticlePath(newest));
  });

  test('an old section slug answers 301, for the section, its feeds and its stories, in one hop', async ({ request }) => {
    const { sectionSlug, section } = oldAddressFixtures;
    const sportStory = publishedDemoArticles.find((article) => article.section === section)!;
    const expectations: Array<[string, string]> = [
      [`/${sectionSlug}`, `/${section}`],
      [`/${sectionSlug}/`, `/${section}`],
      [`/${sectionSlug}?before=1-2`, `/${section}?before=1-2`],
      [`/${sectionSlug}/feed.xml`, `/${section}/feed.xml`],
      [`/${sectionSlug}/${sportStory.slug}`, demoArticlePath(sportStory)],
    ];
    for (const [from, to] of expectations) {
      const response = await get(request, from);
      expect(response.status(), from).toBe(301);
      expect(response.headers().location, from).toBe(to);
    }
  });

  test('trailing slashes are removed with one 301, and the page then answers 200', async ({ request }) => {
    for (const [from, to] of [
      [`/${FIXTURE_SECTION}/`, `/${FIXTURE_SECTION}`],
      [`${demoArticlePath(newest)}/`, demoArticlePath(newest)],
      [`/${newest.section}/${oldAddressFixtures.articleSlug}/`, demoArticlePath(newest)],
    ] as const) {
      const response = await get(request, from);
      expect(response.status(), from).toBe(301);
      expect(response.headers().location, from).toBe(to);
      expect((await get(request, to)).status(), to).toBe(200);
    }
  });

  test('an unpublished story’s address neither redirects nor reveals it', async ({ request }) => {
    const hidden = hiddenDemoArticles[0]!;
    const other = hidden.section === 'world' ? 'culture' : 'world';
    expect((await get(request, `/${other}/${hidden.slug}`)).status()).toBe(404);
  });
});
