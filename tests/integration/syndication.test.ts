import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { useTemporaryDatabase } from '../support/temp-database';
import { creditOwners } from '../support/bylines';

/**
 * Feeds, sitemaps, the social-card lookup and redirects read only what readers may see, with the clock
 * pinned: drafts, pending, archived and future articles never appear, and a scheduled story appears on
 * its own once its time passes.
 */
const HOUR = 3_600_000;
const now = new Date('2026-11-27T12:00:00Z');
const hoursAgo = (hours: number) => new Date(now.getTime() - hours * HOUR);

let cleanup: () => Promise<void>;
let syndication: typeof import('@/db/syndication');
let redirects: typeof import('@/db/redirects');
const ids: Record<string, number> = {};
let worldId = 0;

beforeAll(async () => {
  ({ cleanup } = await useTemporaryDatabase());
  const { getDb } = await import('@/db');
  const schema = await import('@/db/schema');
  syndication = await import('@/db/syndication');
  redirects = await import('@/db/redirects');
  const db = getDb();
  const [world, sport, empty] = await db
    .insert(schema.categories)
    .values([
      { slug: 'world', name: 'World', position: 0 },
      { slug: 'sport', name: 'Sport', position: 1 },
      { slug: 'weather', name: 'Weather', position: 2 },
    ])
    .returning();
  const [ada, idle] = await db
    .insert(schema.users)
    .values([
      { email: 'ada@x.test', name: 'Ada Writer', slug: 'ada-writer', role: 'author' },
      { email: 'idle@x.test', name: 'Ida Idle', slug: 'ida-idle', role: 'author' },
    ])
    .returning();
  const [climate, draftsOnly] = await db
    .insert(schema.tags)
    .values([
      { slug: 'climate', name: 'Climate' },
      { slug: 'drafts-only', name: 'Drafts only' },
    ])
    .returning();
  if (!world || !sport || !empty || !ada || !idle || !climate || !draftsOnly) throw new Error('fixture insert failed');
  worldId = world.id;

  const base = { authorId: ada.id, summary: 'A summary', body: '<p>Body with <a href="/world/other">a link</a>.</p>' };
  const rows = await db
    .insert(schema.articles)
    .values([
      {
        ...base,
        slug: 'fresh',
        title: 'Fresh',
        status: 'published',
        categoryId: world.id,
        publishedAt: hoursAgo(1),
        updatedAt: hoursAgo(0.5),
      },
      {
        ...base,
        slug: 'day-old',
        title: 'Day old',
        status: 'published',
        categoryId: sport.id,
        publishedAt: hoursAgo(30),
        updatedAt: hoursAgo(30),
      },
      {
        ...base,
        slug: 'edge-in',
        title: 'Edge in',
        status: 'published',
        categoryId: world.id,
        publishedAt: hoursAgo(47.9),
        updatedAt: hoursAgo(47.9),
      },
      {
        ...base,
        slug: 'edge-out',
        title: 'Edge out',
        status: 'published',
        categoryId: world.id,
        publishedAt: hoursAgo(48.1),
        updatedAt: hoursAgo(48.1),
      },
      {
        ...base,
        slug: 'old',
        title: 'Old',
        status: 'published',
        categoryId: world.id,
        publishedAt: hoursAgo(24 * 20),
        updatedAt: hoursAgo(2),
      },
      // Edited before it was scheduled to go live: its modification time is when it went live.
      {
        ...base,
        slug: 'went-live',
        title: 'Went live',
        status: 'scheduled',
        categoryId: world.id,
        publishedAt: hoursAgo(3),
        updatedAt: hoursAgo(10),
      },
      {
        ...base,
        slug: 'future',
        title: 'Future',
        status: 'scheduled',
        categoryId: world.id,
        publishedAt: new Date(now.getTime() + 2 * HOUR),
      },
      {
        ...base,
        slug: 'future-published',
        title: 'Future published',
        status: 'published',
        categoryId: world.id,
        publishedAt: new Date(now.getTime() + HOUR),
      },
      { ...base, slug: 'draft', title: 'Draft', status: 'draft', categoryId: world.id, publishedAt: null },
      { ...base, slug: 'pending', title: 'Pending', status: 'pending', categoryId: world.id, publishedAt: hoursAgo(1) },
      { ...base, slug: 'archived', title: 'Archived', status: 'archived', categoryId: world.id, publishedAt: hoursAgo(1) },
      { ...base, slug: 'idle-draft', title: 'Idle draft', status: 'draft', categoryId: empty.id, authorId: idle.id, publishedAt: null },
      // Taken down after it went out: newer than every public story, on a tag and a byline that have them.
      { ...base, slug: 'taken-down', title: 'Taken down', status: 'draft', categoryId: world.id, publishedAt: hoursAgo(0.25) },
    ])
    .returning({ id: schema.articles.id, slug: schema.articles.slug });
  for (const row of rows) ids[row.slug] = row.id;
  const id = (slug: string) => ids[slug] ?? 0;
  await db.insert(schema.articleTags).values([
    { articleId: id('fresh'), tagId: climate.id },
    { articleId: id('old'), tagId: climate.id },
    { articleId: id('taken-down'), tagId: climate.id },
    { articleId: id('future-published'), tagId: climate.id },
    { articleId: id('draft'), tagId: draftsOnly.id },
    { articleId: id('future'), tagId: draftsOnly.id },
  ]);
  await db.insert(schema.articleSlugHistory).values([
    { slug: 'fresh-first-headline', articleId: id('fresh') },
    { slug: 'draft-old-slug', articleId: id('draft') },
  ]);
  await db.insert(schema.categorySlugHistory).values({ slug: 'international', categoryId: world.id });
  await db.insert(schema.tagSlugHistory).values({ slug: 'weather-and-climate', tagId: climate.id });
  await creditOwners();
});

afterAll(() => cleanup());

const hidden = ['future', 'future-published', 'draft', 'pending', 'archived', 'idle-draft', 'taken-down'];

describe('feeds', () => {
  it('list public articles newest first, with tags and a modification time never before publication', async () => {
    const entries = await syndication.getFeedEntries({ limit: 50, includeBody: false, now });
    expect(entries.map((entry) => entry.slug)).toEqual(['fresh', 'went-live', 'day-old', 'edge-in', 'edge-out', 'old']);
    const fresh = entries[0]!;
    expect(fresh).toMatchObject({
      title: 'Fresh',
      sectionSlug: 'world',
      bylines: [{ slug: 'ada-writer', name: 'Ada Writer' }],
      body: '',
      tags: [{ slug: 'climate', name: 'Climate' }],
    });
    expect(fresh.modifiedAt).toEqual(hoursAgo(0.5));
    const wentLive = entries.find((entry) => entry.slug === 'went-live')!;
    expect(wentLive.modifiedAt).toEqual(wentLive.publishedAt);
  });

  it('carry the body only when asked, and filter by section', async () => {
    const world = await syndication.getFeedEntries({ sectionId: worldId, limit: 2, includeBody: true, now });
    expect(world.map((entry) => entry.slug)).toEqual(['fresh', 'went-live']);
    expect(world[0]?.body).toContain('a link');
  });

  it('pick up a scheduled article once its time has passed', async () => {
    const later = new Date(now.getTime() + 3 * HOUR);
    const entries = await syndication.getFeedEntries({ limit: 3, includeBody: false, now: later });
    expect(entries.map((entry) => entry.slug)).toEqual(['future', 'future-published', 'fresh']);
  });
});

describe('news sitemap', () => {
  it('holds only public articles of the last 48 hours', async () => {
    const entries = await syndication.getNewsSitemapEntries(now);
    expect(entries.map((entry) => entry.slug)).toEqual(['fresh', 'went-live', 'day-old', 'edge-in']);
    expect(entries[0]).toMatchObject({ sectionSlug: 'world', title: 'Fresh', publishedAt: hoursAgo(1), tags: [{ name: 'Climate' }] });
  });

  it('moves with the clock: two days later only the newly public story is in it', async () => {
    const twoDaysLater = new Date(now.getTime() + 47 * HOUR);
    const slugs = (await syndication.getNewsSitemapEntries(twoDaysLater)).map((entry) => entry.slug);
    expect(slugs).toEqual(['future', 'future-published', 'fresh']);
  });
});

describe('sitemaps', () => {
  const allUrls = async (kind: import('@/db/syndication').SitemapKind, pageSize: number) => {
    const chunks = (await syndication.getSitemapChunks(now, pageSize)).filter((chunk) => chunk.kind === kind);
    const pages = await Promise.all(chunks.map((chunk) => syndication.getSitemapUrls(kind, chunk.page, now, pageSize)));
    return { chunks, urls: pages.flat() };
  };

  it('page public articles by id range, each page within its size, every public article exactly once', async () => {
    const { chunks, urls } = await allUrls('articles', 3);
    // Ids 1–6 are public; 7–13 are hidden at this time, so no page is listed for them.
    expect(chunks.map((chunk) => chunk.page)).toEqual([1, 2]);
    const paths = urls.map((url) => url.path);
    expect(paths.sort()).toEqual(['/sport/day-old', '/world/edge-in', '/world/edge-out', '/world/fresh', '/world/old', '/world/went-live']);
    for (const slug of hidden) expect(paths.join(' ')).not.toContain(`/${slug}`);
    for (const chunk of chunks) {
      const page = await syndication.getSitemapUrls('articles', chunk.page, now, 3);
      expect(page.length).toBeLessThanOrEqual(3);
      // The index's lastmod is the newest change in the page.
      expect(chunk.lastmod?.getTime()).toBe(Math.max(...page.map((url) => url.lastmod?.getTime() ?? 0)));
    }
    expect(urls.find((url) => url.path === '/world/old')?.lastmod).toEqual(hoursAgo(2));
  });

  it('list the home page, and only sections, authors and tags that show a public article, each with its newest', async () => {
    const sections = await syndication.getSitemapUrls('sections', 1, now);
    expect(sections).toEqual([
      { path: '/', lastmod: hoursAgo(1) },
      { path: '/world', lastmod: hoursAgo(1) },
      { path: '/sport', lastmod: hoursAgo(30) },
    ]);
    expect(await syndication.getSitemapUrls('authors', 1, now)).toEqual([{ path: '/author/ada-writer', lastmod: hoursAgo(1) }]);
    // The newest public story, past a newer one taken down and one not yet out.
    expect(await syndication.getSitemapUrls('tags', 1, now)).toEqual([{ path: '/tag/climate', lastmod: hoursAgo(1) }]);
    expect(await syndication.getSitemapUrls('articles', 2, now)).toEqual([]);
  });
});

describe('social card', () => {
  it('is found for public articles only', async () => {
    expect(await syndication.getSocialCardArticle(ids.fresh ?? 0, now)).toMatchObject({
      title: 'Fresh',
      sectionName: 'World',
      bylines: [{ slug: 'ada-writer', name: 'Ada Writer' }],
    });
    for (const slug of hidden) expect(await syndication.getSocialCardArticle(ids[slug] ?? 0, now)).toBeNull();
  });
});

describe('redirects', () => {
  it('send an old article slug, an old section slug and a section the article left to its current address', async () => {
    expect(await redirects.findRedirect('/world/fresh-first-headline', '', now)).toBe('/world/fresh');
    expect(await redirects.findRedirect('/sport/fresh-first-headline', '?utm_source=x', now)).toBe('/world/fresh?utm_source=x');
    expect(await redirects.findRedirect('/international/fresh', '', now)).toBe('/world/fresh');
    expect(await redirects.findRedirect('/sport/fresh', '', now)).toBe('/world/fresh');
    expect(await redirects.findRedirect('/international', '?before=1-2', now)).toBe('/world?before=1-2');
    expect(await redirects.findRedirect('/international/feed.xml', '', now)).toBe('/world/feed.xml');
    expect(await redirects.findRedirect('/tag/weather-and-climate', '', now)).toBe('/tag/climate');
  });

  it('leave current addresses, unknown ones and private articles alone', async () => {
    for (const path of [
      '/world/fresh',
      '/world',
      '/tag/climate',
      '/world/no-such-story',
      '/no-such-section',
      '/search',
      '/author/ada-writer',
      '/world/feed.xml',
    ]) {
      expect(await redirects.findRedirect(path, '', now), path).toBeNull();
    }
    // A draft's old slug must not reveal the draft's address.
    expect(await redirects.findRedirect('/world/draft-old-slug', '', now)).toBeNull();
    expect(await redirects.findRedirect('/sport/future', '', now)).toBeNull();
    expect(await redirects.findRedirect('/world/%E0%A4%A', '', now)).toBeNull();
  });

  it('tell the proxy which addresses name nothing public, so the 404 page is rendered on the server', async () => {
    for (const path of ['/world/fresh', '/world', '/tag/climate', '/author/ada-writer', '/search', '/world/feed.xml', '/', '/a/b/c']) {
      expect(await redirects.resolveAddress(path, '', now), path).toBeNull();
    }
    expect(await redirects.resolveAddress('/world', '?before=1-2', now)).toBeNull();
    for (const path of [
      '/world/no-such-story',
      '/no-such-section',
      '/tag/no-such-tag',
      '/author/no-such-author',
      // A draft, a story scheduled for later and an unknown page are as missing as an unknown story.
      '/world/draft-old-slug',
      '/sport/future',
      '/about',
    ]) {
      expect(await redirects.resolveAddress(path, '', now), path).toEqual({ missing: true });
    }
    // A cursor this site never made.
    expect(await redirects.resolveAddress('/world', '?before=nonsense', now)).toEqual({ missing: true });
    expect(await redirects.resolveAddress('/world', '?before=1-2&before=3-4', now)).toEqual({ missing: true });
    expect(await redirects.resolveAddress('/world/fresh-first-headline', '', now)).toEqual({ redirect: '/world/fresh' });
  });
});
