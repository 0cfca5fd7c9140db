import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { useTemporaryDatabase } from '../support/temp-database';
import { creditOwners } from '../support/bylines';

const HOUR = 3_600_000;
const now = new Date('2026-11-27T12:00:00Z');
let cleanup: () => Promise<void>;
let queries: typeof import('@/db/articles');
let ids: Record<string, number> = {};

beforeAll(async () => {
  ({ cleanup } = await useTemporaryDatabase());
  const { getDb } = await import('@/db');
  const { articles, articleTags, categories, tags, users } = await import('@/db/schema');
  queries = await import('@/db/articles');
  const db = getDb();
  const [world, sport] = await db
    .insert(categories)
    .values([
      { slug: 'world', name: 'World', position: 0 },
      { slug: 'sport', name: 'Sport', position: 1 },
    ])
    .returning();
  const [author] = await db.insert(users).values({ email: 'a@x.test', name: 'Ada Writer', slug: 'ada-writer', role: 'author' }).returning();
  const [climate, port] = await db
    .insert(tags)
    .values([
      { slug: 'climate', name: 'Climate' },
      { slug: 'port', name: 'Port' },
    ])
    .returning();
  if (!world || !sport || !author || !climate || !port) throw new Error('fixture insert failed');

  const base = { authorId: author.id, summary: 's', body: '<p>b</p>' };
  const rows = await db
    .insert(articles)
    .values([
      {
        ...base,
        slug: 'published-old',
        title: 'Published old',
        status: 'published',
        categoryId: world.id,
        publishedAt: new Date(now.getTime() - 30 * HOUR),
      },
      {
        ...base,
        slug: 'published-new',
        title: 'Published new',
        status: 'published',
        categoryId: world.id,
        publishedAt: new Date(now.getTime() - 1 * HOUR),
      },
      {
        ...base,
        slug: 'scheduled-past',
        title: 'Scheduled past',
        status: 'scheduled',
        categoryId: world.id,
        publishedAt: new Date(now.getTime() - 2 * HOUR),
      },
      {
        ...base,
        slug: 'scheduled-future',
        title: 'Scheduled future',
        status: 'scheduled',
        categoryId: world.id,
        publishedAt: new Date(now.getTime() + 2 * HOUR),
      },
      {
        ...base,
        slug: 'published-future',
        title: 'Published future',
        status: 'published',
        categoryId: world.id,
        publishedAt: new Date(now.getTime() + HOUR),
      },
      { ...base, slug: 'draft', title: 'Draft', status: 'draft', categoryId: world.id, publishedAt: null },
      { ...base, slug: 'pending', title: 'Pending', status: 'pending', categoryId: world.id, publishedAt: new Date(now.getTime() - HOUR) },
      {
        ...base,
        slug: 'archived',
        title: 'Archived',
        status: 'archived',
        categoryId: world.id,
        publishedAt: new Date(now.getTime() - HOUR),
      },
      ...Array.from({ length: 12 }, (_, i) => ({
        ...base,
        slug: `sport-${i}`,
        title: `Sport ${i}`,
        status: 'published' as const,
        categoryId: sport.id,
        // Two stories share each timestamp so pagination must break ties by id.
        publishedAt: new Date(now.getTime() - (10 + Math.floor(i / 2)) * HOUR),
      })),
    ])
    .returning({ id: articles.id, slug: articles.slug });
  ids = Object.fromEntries(rows.map((row) => [row.slug, row.id]));
  const id = (slug: string) => ids[slug] ?? 0;
  await db.insert(articleTags).values([
    { articleId: id('published-new'), tagId: climate.id },
    { articleId: id('published-new'), tagId: port.id },
    { articleId: id('sport-3'), tagId: climate.id },
    { articleId: id('sport-3'), tagId: port.id },
    { articleId: id('sport-5'), tagId: climate.id },
    { articleId: id('scheduled-future'), tagId: climate.id },
    { articleId: id('draft'), tagId: climate.id },
  ]);
  await creditOwners();
});

afterAll(() => cleanup());

describe('reader visibility', () => {
  it('shows published articles and scheduled ones whose time has passed, newest first', async () => {
    const latest = await queries.getLatestArticles(50, now);
    const slugs = latest.map((article) => article.slug);
    // sport-0 and sport-1 share a time; the newer id comes first.
    expect(slugs.slice(0, 3)).toEqual(['published-new', 'scheduled-past', 'sport-1']);
    expect(slugs).toContain('published-old');
    for (const hidden of ['scheduled-future', 'published-future', 'draft', 'pending', 'archived']) {
      expect(slugs).not.toContain(hidden);
    }
  });

  it('returns null for an article that is not public yet, and the article once its time comes', async () => {
    expect(await queries.getPublishedArticleBySlug('draft', now)).toBeNull();
    expect(await queries.getPublishedArticleBySlug('scheduled-future', now)).toBeNull();
    const later = new Date(now.getTime() + 3 * HOUR);
    const article = await queries.getPublishedArticleBySlug('scheduled-future', later);
    expect(article?.title).toBe('Scheduled future');
  });

  it('loads an article with its section, author and tags', async () => {
    const article = await queries.getPublishedArticleBySlug('published-new', now);
    expect(article).toMatchObject({
      sectionSlug: 'world',
      bylines: [{ id: expect.any(Number), slug: 'ada-writer', name: 'Ada Writer' }],
      body: '<p>b</p>',
    });
    expect(article?.tags.map((tag) => tag.slug)).toEqual(['climate', 'port']);
  });
});

describe('keyset pagination', () => {
  it('walks a section page by page with no repeats or gaps, ties broken by id', async () => {
    const { decodeCursor } = await import('../../lib/pagination');
    const seen: string[] = [];
    let cursor = null;
    const { getSectionBySlug } = await import('@/db/sections');
    const sectionId = (await getSectionBySlug('sport'))?.id;
    if (!sectionId) throw new Error('no sport section');
    for (let page = 0; page < 5; page++) {
      const result = await queries.getSectionArticlePage(sectionId, cursor, 5, now);
      seen.push(...result.items.map((item) => item.slug));
      if (!result.nextCursor) break;
      cursor = decodeCursor(result.nextCursor);
    }
    expect(seen).toHaveLength(12);
    expect(new Set(seen).size).toBe(12);
    expect(seen.every((slug) => slug.startsWith('sport-'))).toBe(true);
  });
});

describe('related stories', () => {
  it('are read from the stored list, filtered for visibility when read: a scheduled story joins on time', async () => {
    const { getDb } = await import('@/db');
    const { articles } = await import('@/db/schema');
    const { inArray } = await import('drizzle-orm');
    const { indexMissingArticles } = await import('../../newsroom/search-index');
    const { recomputeRelatedFor } = await import('../../newsroom/related');
    const harbour = '<p>Dockworkers extended the harbour strike over cranes, container backlogs and automation at the port.</p>';
    // Same subject for a public story, one scheduled for later, and a draft.
    await getDb()
      .update(articles)
      .set({ body: harbour })
      .where(inArray(articles.slug, ['published-new', 'published-old', 'scheduled-future', 'draft']));
    await indexMissingArticles();
    const article = await queries.getPublishedArticleBySlug('published-new', now);
    if (!article) throw new Error('missing');
    await recomputeRelatedFor([article.id]);

    const slugsAt = async (at: Date) => (await queries.getRelatedArticles(article, 10, at)).map((card) => card.slug);
    const today = await slugsAt(now);
    expect(today).toContain('published-old');
    expect(today).not.toContain('published-new');
    expect(today).not.toContain('scheduled-future');
    expect(today).not.toContain('draft');
    expect(await slugsAt(new Date(now.getTime() + 3 * HOUR))).toContain('scheduled-future');
  });
});

describe('tag and author listings', () => {
  it('lists only public articles with the tag', async () => {
    const { getTagBySlug } = await import('@/db/tags');
    const tag = await getTagBySlug('climate');
    if (!tag) throw new Error('missing tag');
    const page = await queries.getTagArticlePage(tag.id, null, 10, now);
    expect(page.items.map((item) => item.slug)).toEqual(['published-new', 'sport-3', 'sport-5']);
  });

  it('lists an author’s public articles without exposing private fields', async () => {
    const { getAuthorBySlug } = await import('@/db/authors');
    const author = await getAuthorBySlug('ada-writer');
    expect(author).toEqual({
      id: expect.any(Number),
      slug: 'ada-writer',
      name: 'Ada Writer',
      title: '',
      bio: '',
      photoUrl: null,
      websiteUrl: '',
      publicEmail: '',
      socialLinks: [],
    });
    const page = await queries.getAuthorArticlePage(author?.id ?? 0, null, 100, now);
    expect(page.items).toHaveLength(15);
    expect(page.nextCursor).toBeNull();
  });
});
