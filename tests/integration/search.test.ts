import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { useTemporaryDatabase } from '../support/temp-database';

const HOUR = 3_600_000;
const now = new Date('2026-11-27T12:00:00Z');
let cleanup: () => Promise<void>;
let search: typeof import('@/db/search');

beforeAll(async () => {
  ({ cleanup } = await useTemporaryDatabase());
  const { getDb } = await import('@/db');
  const { articles, categories, users } = await import('@/db/schema');
  const { indexMissingArticles } = await import('../../newsroom/search-index');
  search = await import('@/db/search');
  const db = getDb();
  const [world, archive] = await db
    .insert(categories)
    .values([
      { slug: 'world', name: 'World', position: 0 },
      { slug: 'archive', name: 'Archive', position: 1 },
    ])
    .returning();
  const [author] = await db.insert(users).values({ email: 'a@x.test', name: 'Ada Writer', slug: 'ada-writer', role: 'author' }).returning();
  if (!world || !archive || !author) throw new Error('fixture insert failed');
  const base = { authorId: author.id, summary: 'A summary.', status: 'published' as const };
  // Inserted oldest first, so rowids follow publication order as they do on a live site.
  await db.insert(articles).values([
    // The best match for "ferry" by far (in the title, twice in the body), but the oldest story.
    {
      ...base,
      slug: 'ferry-archive',
      title: 'Ferry ferry timetable',
      body: '<p>The ferry timetable and the ferry fares.</p>',
      categoryId: archive.id,
      publishedAt: new Date(now.getTime() - 90 * 24 * HOUR),
    },
    ...Array.from({ length: 6 }, (_, i) => ({
      ...base,
      slug: `ferry-${i}`,
      title: `Harbour update ${i}`,
      body: `<p>Passing mention of a ferry among many other words about the harbour, day ${i}.</p>`,
      categoryId: world.id,
      publishedAt: new Date(now.getTime() - (10 - i) * HOUR),
    })),
    {
      ...base,
      slug: 'ferry-draft',
      title: 'Ferry draft',
      body: '<p>ferry ferry ferry</p>',
      status: 'draft',
      categoryId: world.id,
      publishedAt: null,
    },
    {
      ...base,
      slug: 'ferry-later',
      title: 'Ferry later',
      body: '<p>ferry ferry ferry</p>',
      status: 'scheduled',
      categoryId: world.id,
      publishedAt: new Date(now.getTime() + HOUR),
    },
    {
      ...base,
      slug: 'cafe',
      title: 'Opening of the Café Zoë',
      body: '<p>Coffee by the quay.</p>',
      categoryId: world.id,
      publishedAt: new Date(now.getTime() - HOUR),
    },
  ]);
  await indexMissingArticles();
});

afterAll(async () => {
  await cleanup();
});

const slugsFor = async (query: string, extra: Partial<import('@/db/search').SearchOptions> = {}) =>
  (await search.searchPublishedArticles({ query, page: 1, pageSize: 10, ...extra }, now)).items.map((item) => item.slug);

describe('search', () => {
  it('ranks the strongest match first and never shows drafts or stories scheduled for later', async () => {
    const slugs = await slugsFor('ferry');
    expect(slugs[0]).toBe('ferry-archive');
    expect(slugs).toHaveLength(7);
    expect(slugs).not.toContain('ferry-draft');
    expect(slugs).not.toContain('ferry-later');
  });

  it('folds accents: "cafe zoe" finds "Café Zoë"', async () => {
    expect(await slugsFor('cafe zoe')).toEqual(['cafe']);
  });

  it('ranks only the newest matches when a word is in more stories than the ranking limit', async () => {
    expect((await slugsFor('ferry', { pageSize: 2 }))[0]).toBe('ferry-archive');
    // The four newest matches are the scheduled story, the draft, ferry-5 and ferry-4: a page of two
    // comes from those, and the old best match is beyond the limit.
    const slugs = await slugsFor('ferry', { pageSize: 2, rankedMatchLimit: 4 });
    expect(slugs.sort()).toEqual(['ferry-4', 'ferry-5']);
  });

  it('still finds older matches when the newest matches cannot fill the page', async () => {
    expect(await slugsFor('ferry', { pageSize: 2, rankedMatchLimit: 4, sectionSlug: 'archive' })).toEqual(['ferry-archive']);
    expect((await slugsFor('ferry', { pageSize: 3, rankedMatchLimit: 4 }))[0]).toBe('ferry-archive');
  });
});
