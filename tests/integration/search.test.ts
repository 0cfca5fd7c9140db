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

/** The database, and the fields of a published story in the first section by the first author. */
async function publishedStoryFixture() {
  const { getDb } = await import('@/db');
  const { categories, users } = await import('@/db/schema');
  const db = getDb();
  const [section] = await db.select().from(categories).limit(1);
  const [author] = await db.select().from(users).limit(1);
  if (!section || !author) throw new Error('fixture rows missing');
  return { db, base: { authorId: author.id, categoryId: section.id, summary: 'A summary.', status: 'published' as const } };
}

describe('search ranks the story a reader names, and only a story’s own words', () => {
  beforeAll(async () => {
    const { articles } = await import('@/db/schema');
    const { indexMissingArticles } = await import('../../newsroom/search-index');
    const { db, base } = await publishedStoryFixture();
    // A newsroom that writes about the port all week: "port" is in most stories, so bm25 gives it no weight
    // (its IDF is clamped to nothing), and a poll that names the strike in its title and body outranks the
    // headline on "strike" alone.
    const portStories = Array.from({ length: 14 }, (_, i) => ({
      ...base,
      slug: `port-week-${i}`,
      title: `Harbour diary, day ${i}`,
      body: `<p>Cranes, containers and the port at dawn, day ${i}.</p>`,
      publishedAt: new Date(now.getTime() - (20 - i) * HOUR),
    }));
    await db.insert(articles).values([
      {
        ...base,
        slug: 'port-strike-ends',
        title: 'Port Averly strike ends after three weeks',
        // A long story: bm25's length normalisation and its saturation (a title hit and a few body hits score
        // alike) leave it below the short poll unless the title counts for itself.
        body: `<p>${'Dockworkers accepted the offer on Sunday after a long meeting in the union hall. '.repeat(30)}</p>`,
        publishedAt: new Date(now.getTime() - 30 * HOUR),
      },
      ...portStories,
      {
        ...base,
        slug: 'strike-poll',
        title: 'Poll shows the strike weighing on the budget',
        body: '<p>The strike, the strike again: voters blame the strike at the port for the strike fund.</p>',
        publishedAt: new Date(now.getTime() - 3 * HOUR),
      },
      {
        ...base,
        slug: 'quasar-festival',
        title: 'Quasar festival opens',
        body: '<p>Telescopes on the hill.</p>',
        publishedAt: new Date(now.getTime() - 40 * HOUR),
      },
      {
        ...base,
        slug: 'links-to-quasar',
        title: 'Night sky guide',
        body: '<p>Look east after dusk.</p><p class="read-more"><a href="/world/quasar-festival">READ MORE: Quasar festival opens</a></p>',
        publishedAt: new Date(now.getTime() - 2 * HOUR),
      },
    ]);
    await indexMissingArticles();
  });

  it('puts the story whose headline holds the words first, whatever else mentions them more', async () => {
    expect((await slugsFor('port strike'))[0]).toBe('port-strike-ends');
    expect((await slugsFor('Port Averly strike ends after three weeks'))[0]).toBe('port-strike-ends');
    // On the fallback path (a section filter) too.
    const [section] = await (
      await import('@/db')
    )
      .getDb()
      .select()
      .from((await import('@/db/schema')).categories)
      .limit(1);
    expect((await slugsFor('port strike', { sectionSlug: section?.slug, rankedMatchLimit: 1 }))[0]).toBe('port-strike-ends');
  });

  it('never matches or quotes the headline in another story’s READ MORE box', async () => {
    expect(await slugsFor('quasar')).toEqual(['quasar-festival']);
    const results = await search.searchPublishedArticles({ query: 'night sky', page: 1, pageSize: 10 }, now);
    expect(results.items.map((item) => item.snippetHtml).join(' ')).not.toMatch(/READ MORE|Quasar/i);
  });
});

describe('the trash and the search index', () => {
  it('a trashed story stays out of the index when a start indexes what the index lacks', async () => {
    const { sql } = await import('drizzle-orm');
    const { articles, users } = await import('@/db/schema');
    const { trashArticle } = await import('../../newsroom/articles');
    const { indexMissingArticles } = await import('../../newsroom/search-index');
    const { db, base } = await publishedStoryFixture();
    const [editor] = await db.insert(users).values({ email: 'ed@x.test', name: 'Ed Itor', slug: 'ed-itor', role: 'editor' }).returning();
    const [story] = await db
      .insert(articles)
      .values({ ...base, slug: 'zeppelin-mast', title: 'Zeppelin mooring mast approved', body: '<p>Zeppelin.</p>', publishedAt: now })
      .returning();
    if (!editor || !story) throw new Error('fixture insert failed');
    await indexMissingArticles();
    const indexedRows = () => db.all<{ id: number }>(sql`select rowid as id from article_search where rowid = ${story.id}`);
    expect(await indexedRows()).toEqual([{ id: story.id }]);

    // Trashed by an editor, then the server restarts: the story stays out.
    expect((await trashArticle.execute(editor.id, { id: story.id })).ok).toBe(true);
    await indexMissingArticles();
    expect(await indexedRows()).toEqual([]);

    // One an earlier version put back in the index (every start did) is taken out by the next start.
    await db.run(sql`insert into article_search (rowid, title, summary, body) values (${story.id}, ${story.title}, '', 'Zeppelin.')`);
    await db.run(sql`insert into article_terms (article_id, terms) values (${story.id}, 'zeppelin 4')`);
    await indexMissingArticles();
    const indexed = await indexedRows();
    const counted = await db.all<{ id: number }>(sql`select article_id as id from article_terms where article_id = ${story.id}`);
    // Its words count in no statistics search or the related ranking reads.
    const vocabulary = await db.all<{ doc: number }>(sql`select doc from article_search_terms where term = 'zeppelin'`);
    expect({ indexed, counted, vocabulary }).toEqual({ indexed: [], counted: [], vocabulary: [] });
  });
});
