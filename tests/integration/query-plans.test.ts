import type { InStatement, InValue, ResultSet } from '@libsql/client';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { useTemporaryDatabase } from '../support/temp-database';
import { creditOwners } from '../support/bylines';

/**
 * The reader queries stay fast at 100,000 articles only if SQLite answers them from an index, in index
 * order. This runs the data layer's own functions, captures the SQL they send (with its arguments), and
 * asks SQLite for the plan of each statement on the migrated schema (no ANALYZE, as a deployed site
 * runs). A full scan, or a listing sorted in a temporary B-tree (every visible row read, then sorted),
 * fails the test.
 */

const now = new Date('2026-11-27T12:00:00Z');
const MINUTE = 60_000;

interface Statement {
  sql: string;
  args: InValue[];
}

interface Fixture {
  sectionId: number;
  profileId: number;
  tagId: number;
  articleId: number;
}

let cleanup: () => Promise<void>;
let fixture: Fixture;
let queries: typeof import('@/db/articles');
let decodeCursor: typeof import('../../lib/pagination').decodeCursor;
let client: import('@libsql/client').Client;

beforeAll(async () => {
  ({ cleanup } = await useTemporaryDatabase());
  const { getPrimaryClient, getDb } = await import('@/db');
  const { articleTags, articles, categories, relatedArticles, tags, users } = await import('@/db/schema');
  queries = await import('@/db/articles');
  ({ decodeCursor } = await import('../../lib/pagination'));
  client = getPrimaryClient();
  const db = getDb();
  const sections = await db
    .insert(categories)
    .values([
      { slug: 'world', name: 'World' },
      { slug: 'sport', name: 'Sport' },
    ])
    .returning();
  const authors = await db
    .insert(users)
    .values([
      { email: 'a@x.test', name: 'Ada', slug: 'ada', role: 'author' },
      { email: 'b@x.test', name: 'Bo', slug: 'bo', role: 'author' },
    ])
    .returning();
  const [tag] = await db.insert(tags).values({ slug: 'harbour', name: 'Harbour' }).returning();
  const statuses = ['published', 'published', 'published', 'scheduled', 'draft', 'pending'] as const;
  const rows = await db
    .insert(articles)
    .values(
      Array.from({ length: 120 }, (_, i) => ({
        slug: `story-${i}`,
        title: `Story ${i}`,
        status: statuses[i % statuses.length] ?? 'published',
        // A few scheduled stories lie in the future, so the visibility bound matters.
        publishedAt: i % 6 === 4 ? null : new Date(now.getTime() - (i - 5) * MINUTE),
        authorId: authors[i % 2]?.id ?? 0,
        categoryId: sections[i % 2]?.id ?? 0,
      })),
    )
    .returning({ id: articles.id });
  await db.insert(articleTags).values(rows.filter((_, i) => i % 3 === 0).map((row) => ({ articleId: row.id, tagId: tag?.id ?? 0 })));
  const first = rows[0]?.id ?? 0;
  await db
    .insert(relatedArticles)
    .values(rows.slice(1, 11).map((row, rank) => ({ articleId: first, relatedId: row.id, rank, score: 1 - rank / 10 })));
  await creditOwners();
  const { bylineProfiles } = await import('@/db/schema');
  const { eq } = await import('drizzle-orm');
  const [profile] = await db
    .select({ id: bylineProfiles.id })
    .from(bylineProfiles)
    .where(eq(bylineProfiles.userId, authors[0]?.id ?? 0));
  fixture = { sectionId: sections[0]?.id ?? 0, profileId: profile?.id ?? 0, tagId: tag?.id ?? 0, articleId: first };
});

afterAll(() => cleanup());

/** Schema changes need a connection without the statements that planning prepared (they hold a lock). */
async function reconnect(): Promise<void> {
  const { closeDb, getPrimaryClient } = await import('@/db');
  await closeDb();
  client = getPrimaryClient();
}

/** Runs `call` and returns every statement it sent to the database, as sent. */
async function captureStatements(call: () => Promise<unknown>): Promise<Statement[]> {
  const captured: Statement[] = [];
  const execute = client.execute as (statement: InStatement) => Promise<ResultSet>;
  // drizzle sends every read through client.execute({ sql, args }); wrap it for the length of the call.
  client.execute = ((statement: InStatement) => {
    if (typeof statement === 'string') captured.push({ sql: statement, args: [] });
    else captured.push({ sql: statement.sql, args: Array.isArray(statement.args) ? statement.args : [] });
    return execute.call(client, statement);
  }) as typeof client.execute;
  try {
    await call();
  } finally {
    client.execute = execute as typeof client.execute;
  }
  expect(captured.length, 'the call sent no SQL').toBeGreaterThan(0);
  return captured;
}

async function planOf(statement: Statement): Promise<string[]> {
  const result = await client.execute({ sql: `EXPLAIN QUERY PLAN ${statement.sql}`, args: statement.args });
  return result.rows.map((row) => String(row.detail));
}

/** Plan lines of every statement the call sends. */
async function plansOf(call: () => Promise<unknown>): Promise<string[]> {
  const lines: string[] = [];
  for (const statement of await captureStatements(call)) lines.push(...(await planOf(statement)));
  return lines;
}

interface Expectation {
  /** Plan lines that must appear: the index each table is meant to be reached by. */
  uses?: RegExp[];
  /** A sort bounded by something small (an article's tags) rather than the archive. */
  sortAllowed?: boolean;
}

/** What makes a reader query cost grow with the archive: a scan, a sort of every row, a wrong index. */
function problemsIn(plan: string[], { uses = [], sortAllowed = false }: Expectation = {}): string[] {
  const problems = plan.filter((line) => /^SCAN /.test(line) || (!sortAllowed && /USE TEMP B-TREE FOR ORDER BY/.test(line)));
  for (const pattern of uses) if (!plan.some((line) => pattern.test(line))) problems.push(`no step matches ${pattern}`);
  return problems;
}

async function expectIndexed(call: () => Promise<unknown>, expectation: Expectation): Promise<void> {
  const plan = await plansOf(call);
  expect(problemsIn(plan, expectation), plan.join('\n')).toEqual([]);
}

const sectionListing = /^SEARCH articles USING INDEX articles_category_listing_idx \(category_id=\? AND published_at<\?\)$/;
const bylineListing = /^SEARCH article_bylines USING COVERING INDEX article_bylines_listing_idx \(profile_id=\?( AND published_at<\?)?\)$/;
const articleByKey = /^SEARCH articles USING INTEGER PRIMARY KEY/;
const tagPages = /^SEARCH article_tags USING COVERING INDEX article_tags_listing_idx \(tag_id=\? AND /;
const bylinePages = /^SEARCH article_bylines USING COVERING INDEX article_bylines_listing_idx \(profile_id=\? AND /;

/**
 * The value a keyset query starts its index walk from. EXPLAIN QUERY PLAN shows `published_at<?` whether
 * SQLite seeks to the cursor or to "now" and then steps over every newer entry, so this reads the
 * bytecode: the first index seek, and the bound parameter loaded into its last key register.
 */
async function seekStartOf(statement: Statement): Promise<InValue | undefined> {
  const program = await client.execute({ sql: `EXPLAIN ${statement.sql}`, args: statement.args });
  const ops = program.rows.map((row) => ({
    opcode: String(row.opcode),
    p1: Number(row.p1),
    p2: Number(row.p2),
    p3: Number(row.p3),
    p4: row.p4,
  }));
  const indexCursors = new Set(ops.filter((op) => op.opcode === 'OpenRead' && String(op.p4).startsWith('k(')).map((op) => op.p1));
  const seek = ops.find((op) => /^Seek(LE|LT|GE|GT)$/.test(op.opcode) && indexCursors.has(op.p1));
  if (!seek) return undefined;
  const lastKeyRegister = seek.p3 + Number(seek.p4) - 1;
  const load = ops.find((op) => op.opcode === 'Variable' && op.p2 === lastKeyRegister);
  return load ? statement.args[load.p1 - 1] : undefined;
}

/** The page after the first: planned as `expectation` says, its index walk starting at the cursor. */
async function expectDeepPageSeeksToCursor(
  page: (cursor: import('../../lib/pagination').ListingCursor | null) => Promise<{ nextCursor: string | null }>,
  expectation: Expectation,
): Promise<void> {
  const cursor = decodeCursor((await page(null)).nextCursor);
  if (!cursor) throw new Error('the fixture listing has a single page');
  const statements = await captureStatements(() => page(cursor));
  const [listing] = statements;
  if (!listing) throw new Error('no listing statement');
  const plan = await planOf(listing);
  expect(problemsIn(plan, expectation), plan.join('\n')).toEqual([]);
  // The walk seeks to (key, cursor's time, cursor's id), not to "now".
  expect([cursor.publishedAt, cursor.id]).toContain(await seekStartOf(listing));
}

describe('reader listings are read from an index, in index order', () => {
  it('home: the latest stories across the site', async () => {
    await expectIndexed(() => queries.getLatestArticles(7, now), {
      uses: [/^SEARCH articles USING INDEX articles_listing_idx \(published_at<\?\)$/],
    });
  });

  it('home: the latest stories of a section', async () => {
    await expectIndexed(() => queries.getLatestArticlesInSection(fixture.sectionId, 4, now), { uses: [sectionListing] });
  });

  it('section page one', async () => {
    await expectIndexed(() => queries.getSectionArticlePage(fixture.sectionId, null, 10, now), { uses: [sectionListing] });
  });

  it('a deep section page seeks straight to its cursor', async () => {
    const first = await queries.getSectionArticlePage(fixture.sectionId, null, 10, now);
    const cursor = decodeCursor(first.nextCursor);
    if (!cursor) throw new Error('the fixture section has a single page');
    const [listing] = await captureStatements(() => queries.getSectionArticlePage(fixture.sectionId, cursor, 10, now));
    if (!listing) throw new Error('no listing statement');
    const plan = await planOf(listing);
    expect(problemsIn(plan, { uses: [sectionListing] }), plan.join('\n')).toEqual([]);
    expect(await seekStartOf(listing)).toBe(cursor.publishedAt);
  });

  it('author page, first and deep: walks the profile’s bylines newest first, from the cursor', async () => {
    // The byline rows carry their story's publish time (kept by triggers), so no page sorts the profile's stories.
    const expectation = { uses: [bylinePages, articleByKey] };
    await expectIndexed(() => queries.getAuthorArticlePage(fixture.profileId, null, 10, now), expectation);
    await expectDeepPageSeeksToCursor((cursor) => queries.getAuthorArticlePage(fixture.profileId, cursor, 10, now), expectation);
  });

  it('author feed: the same walk as the author page, no sort of the profile’s stories', async () => {
    const { getFeedEntries } = await import('@/db/syndication');
    await expectIndexed(() => getFeedEntries({ profileId: fixture.profileId, limit: 20, includeBody: false, now }), {
      uses: [bylinePages, articleByKey],
      // The entries' own tags are sorted by name: a handful of rows per story.
      sortAllowed: true,
    });
  });

  it('author page: whether the profile has a public story is a seek in its bylines', async () => {
    const { getAuthorBySlug } = await import('@/db/authors');
    expect(await getAuthorBySlug('ada', now)).not.toBeNull();
    await expectIndexed(() => getAuthorBySlug('ada', now), {
      uses: [/^SEARCH byline_profiles USING INDEX byline_profiles_slug_unique \(slug=\?\)$/, bylineListing, articleByKey],
    });
  });

  it('tag page, first and deep: walks the tag’s stories newest first, from the cursor', async () => {
    // A tag on 30,000 stories costs a page what a tag on 30 does: the link rows carry the publish time.
    const expectation = { uses: [tagPages, articleByKey] };
    await expectIndexed(() => queries.getTagArticlePage(fixture.tagId, null, 10, now), expectation);
    await expectDeepPageSeeksToCursor((cursor) => queries.getTagArticlePage(fixture.tagId, cursor, 10, now), expectation);
  });
});

describe('sitemaps', () => {
  it('a tag’s and an author’s lastmod: a walk of their links newest first, each story checked in the covering index', async () => {
    const { getSitemapUrls } = await import('@/db/syndication');
    const storyInSitemapIndex = /^SEARCH articles USING COVERING INDEX articles_sitemap_idx \(id=\?/;
    expect((await getSitemapUrls('tags', 1, now)).every((url) => url.lastmod !== null)).toBe(true);
    await expectIndexed(() => getSitemapUrls('tags', 1, now), {
      uses: [
        /^CORRELATED SCALAR SUBQUERY/,
        /USING COVERING INDEX article_tags_listing_idx \(tag_id=\? AND published_at<\?\)$/,
        storyInSitemapIndex,
      ],
    });
    await expectIndexed(() => getSitemapUrls('authors', 1, now), {
      uses: [/USING COVERING INDEX article_bylines_listing_idx \(profile_id=\? AND published_at<\?\)$/, storyInSitemapIndex],
    });
  });
});

describe('article page reads', () => {
  it('related stories: the stored list by its rank index, each story by key', async () => {
    await expectIndexed(() => queries.getRelatedArticles({ id: fixture.articleId, categoryId: fixture.sectionId }, 5, now), {
      uses: [
        /^SEARCH related_articles USING INDEX related_articles_rank_idx \(article_id=\?\)$/,
        /^SEARCH articles USING INTEGER PRIMARY KEY/,
      ],
    });
  });

  it('the article by its slug, with its tags', async () => {
    // Its tags are sorted by name: a handful of rows.
    await expectIndexed(() => queries.getPublishedArticleBySlug('story-6', now), {
      uses: [
        /articles_slug_unique \(slug=\?\)/,
        /^SEARCH article_tags USING COVERING INDEX sqlite_autoindex_article_tags_1 \(article_id=\?\)$/,
      ],
      sortAllowed: true,
    });
  });
});

describe('uploaded images', () => {
  const mediaByKey = /^SEARCH media USING (COVERING )?INDEX media_key_unique \(key=\?\)$/;
  const variantsOfMedia = /^SEARCH media_variants USING INDEX media_variants_unique \(media_id=\? AND kind=\?/;

  it('a stored variant, and the sizes a page shows, by the key and the media row', async () => {
    const media = await import('../../newsroom/media');
    const mediaReads = await import('@/db/media');
    await expectIndexed(() => media.getMediaVariant('someMediaKey0', { kind: 'resized', width: 640 }), {
      uses: [mediaByKey, variantsOfMedia],
    });
    await expectIndexed(() => media.getMediaVariant('someMediaKey0', { kind: 'display' }), { uses: [mediaByKey, variantsOfMedia] });
    // An image's handful of variants are sorted by width.
    await expectIndexed(() => mediaReads.getResponsiveImageSource('/media/someMediaKey0'), {
      uses: [mediaByKey, /^SEARCH media_variants USING INDEX media_variants_unique \(media_id=\? AND kind=\?\)( LEFT-JOIN)?$/],
    });
    // A listing's pictures: one query for all of them, each by its key.
    await expectIndexed(() => mediaReads.getPictures(['/media/someMediaKey0', '/media/someMediaKey1']), {
      uses: [mediaByKey, /^SEARCH media_variants USING INDEX media_variants_unique \(media_id=\? AND kind=\?\)( LEFT-JOIN)?$/],
    });
  });

  it('the library lists newest first from its index, for everyone or one uploader, and seeks to a later page', async () => {
    const mediaReads = await import('@/db/media');
    // The first page walks the index from its newest end and stops at the page's size: no sort.
    const everyone = await plansOf(() => mediaReads.listLibrary({}));
    expect(everyone, everyone.join('\n')).toContain('SCAN media USING INDEX media_library_idx');
    expect(everyone.filter((line) => /TEMP B-TREE/.test(line))).toEqual([]);
    await expectIndexed(() => mediaReads.listLibrary({ uploaderId: 1 }), {
      uses: [/^SEARCH media USING INDEX media_uploader_idx \(uploaded_by=\?\)$/],
    });
    await expectIndexed(() => mediaReads.listLibrary({ cursor: { publishedAt: now.getTime(), id: 5 } }), {
      uses: [/^SEARCH media USING INDEX media_library_idx \(created_at<\?\)$/],
    });
  });

  it('where a picture is used, from the stories’ record of their pictures', async () => {
    const mediaReads = await import('@/db/media');
    const { getDb } = await import('@/db');
    const plan = await plansOf(() => mediaReads.getPictureUses(getDb(), 1, 'someMediaKey0'));
    for (const step of [
      /^SEARCH article_media USING (COVERING )?INDEX article_media_media_idx \(media_id=\?\)$/,
      /^SEARCH byline_profiles USING INDEX byline_profiles_photo_idx \(photo_media_id=\?\)$/,
    ]) {
      expect(
        plan.some((line) => step.test(line)),
        `${step}\n${plan.join('\n')}`,
      ).toBe(true);
    }
    // Static pages are few: their bodies are searched for the address.
    expect(plan.filter((line) => /^SCAN /.test(line) && line !== 'SCAN pages')).toEqual([]);
  });
});

describe('the checks can fail', () => {
  it('flags the section listing once its index is gone', async () => {
    await reconnect();
    const [definition] = (
      await client.execute("select sql from sqlite_master where type = 'index' and name = 'articles_category_listing_idx'")
    ).rows;
    const createIndex = String(definition?.sql ?? '');
    expect(createIndex).toMatch(/^CREATE INDEX/);
    await client.execute('DROP INDEX articles_category_listing_idx');
    try {
      // SQLite then walks the whole site's listing index and skips other sections' stories.
      const plan = await plansOf(() => queries.getSectionArticlePage(fixture.sectionId, null, 10, now));
      expect(problemsIn(plan, { uses: [sectionListing] }).length, plan.join('\n')).toBeGreaterThan(0);
    } finally {
      await reconnect();
      await client.execute(createIndex);
    }
  });

  it('flags a listing sorted in a temporary B-tree', async () => {
    // The listing index in the order of the schema before this check existed: status first.
    await reconnect();
    await client.execute('CREATE INDEX test_status_first_idx ON articles (status, published_at, id)');
    try {
      const plan = await plansOf(() => queries.getLatestArticles(7, now));
      expect(plan).toContain('USE TEMP B-TREE FOR ORDER BY');
      expect(problemsIn(plan).length).toBeGreaterThan(0);
    } finally {
      await reconnect();
      await client.execute('DROP INDEX test_status_first_idx');
    }
  });

  it('notices a keyset query that seeks from "now" instead of its cursor', async () => {
    const cursor = { publishedAt: now.getTime() - 30 * MINUTE, id: 30 };
    const [listing] = await captureStatements(() => queries.getSectionArticlePage(fixture.sectionId, cursor, 10, now));
    if (!listing) throw new Error('no listing statement');
    // The same statement with its two bounds on published_at in the other order.
    const visibilityFirst = listing.sql.replace(
      /where \((\("articles"\."published_at", "articles"\."id"\) < \(\?, \?\)) and (.*)\) order by/,
      'where ($2 and $1) order by',
    );
    expect(visibilityFirst).not.toBe(listing.sql);
    const [cursorDate, cursorId, ...rest] = listing.args;
    const reordered = { sql: visibilityFirst, args: [...rest.slice(0, -1), cursorDate ?? null, cursorId ?? null, rest.at(-1) ?? null] };
    expect(await seekStartOf(reordered)).toBe(now.getTime());
  });
});
