import 'server-only';
import { and, desc, eq, gte, inArray, sql, type SQL } from 'drizzle-orm';
import { getDb } from './index';
import { articleTags, articles, categories, media, mediaVariants, tags } from './schema';
import { bylinesByArticle, type Byline } from './authors';
import { getAuthorArticlePage } from './articles';
import { isPubliclyVisible } from './visibility';
import { getNotesForArticles } from './notes';
import type { ArticleNote } from '@/lib/article-notes';
import { articlePath, authorPath, sectionPath, tagPath } from '@/lib/paths';

/** What a feed item needs. `body` is empty unless the caller asked for full content. */
export interface FeedEntry {
  id: number;
  slug: string;
  title: string;
  summary: string;
  body: string;
  publishedAt: Date;
  /** The later of the last edit and the publish time: a story scheduled after its last edit changed when it went live. */
  modifiedAt: Date;
  sectionSlug: string;
  sectionName: string;
  /** Everyone the story is credited to, in order. */
  bylines: Byline[];
  featuredImageUrl: string | null;
  featuredImageType: string | null;
  featuredImageBytes: number | null;
  tags: Array<{ slug: string; name: string }>;
  /** Its corrections and other notes, oldest first. */
  notes: ArticleNote[];
}

export interface NewsSitemapEntry {
  slug: string;
  sectionSlug: string;
  title: string;
  publishedAt: Date;
  tags: Array<{ slug: string; name: string }>;
}

export interface SitemapUrl {
  path: string;
  lastmod: Date | null;
}

export const sitemapKinds = ['sections', 'authors', 'tags', 'articles'] as const;
export type SitemapKind = (typeof sitemapKinds)[number];

export interface SitemapChunk {
  kind: SitemapKind;
  /** 1-based page number within its kind. */
  page: number;
  lastmod: Date | null;
}

/** URLs per child sitemap: well under the protocol's 50,000, so each file stays around a megabyte. */
export const SITEMAP_PAGE_SIZE = 10_000;

/** Google News reads only the last two days, at most 1,000 URLs per sitemap. */
export const NEWS_WINDOW_MS = 48 * 60 * 60 * 1000;
export const NEWS_SITEMAP_LIMIT = 1000;

const later = (a: Date, b: Date | null) => (b && b > a ? b : a);

/**
 * The newest public articles' ids, optionally within `where`: read newest first along a listing index
 * (published_at, id, status), stopping after `limit` public rows.
 */
async function newestVisible(limit: number, now: Date, where?: SQL): Promise<Array<{ id: number; publishedAt: Date }>> {
  const rows = await getDb()
    .select({ id: articles.id, publishedAt: articles.publishedAt })
    .from(articles)
    .where(and(isPubliclyVisible(now), where))
    .orderBy(desc(articles.publishedAt), desc(articles.id))
    .limit(limit);
  return rows.map((row) => ({ id: row.id, publishedAt: row.publishedAt ?? new Date(0) }));
}

async function tagsByArticle(articleIds: number[]): Promise<Map<number, Array<{ slug: string; name: string }>>> {
  const byArticle = new Map<number, Array<{ slug: string; name: string }>>();
  if (articleIds.length === 0) return byArticle;
  const rows = await getDb()
    .select({ articleId: articleTags.articleId, slug: tags.slug, name: tags.name })
    .from(articleTags)
    .innerJoin(tags, eq(tags.id, articleTags.tagId))
    .where(inArray(articleTags.articleId, articleIds))
    .orderBy(tags.name);
  for (const { articleId, ...tag } of rows) byArticle.set(articleId, [...(byArticle.get(articleId) ?? []), tag]);
  return byArticle;
}

/**
 * The newest public articles, site-wide or in one section, for RSS, Atom and JSON Feed. Read through
 * the same listing indexes as the home and section pages; the body only when the feed carries it.
 */
export async function getFeedEntries(options: {
  sectionId?: number;
  /** Only stories this byline profile is credited on (an author's feed: not combined with `sectionId`). */
  profileId?: number;
  limit: number;
  includeBody: boolean;
  now?: Date;
}): Promise<FeedEntry[]> {
  const now = options.now ?? new Date();
  // An author's feed lists what the author page's first page lists, walked the same way (its bylines' index).
  const newest =
    options.profileId === undefined
      ? await newestVisible(options.limit, now, options.sectionId === undefined ? undefined : eq(articles.categoryId, options.sectionId))
      : (await getAuthorArticlePage(options.profileId, null, options.limit, now)).items;
  if (newest.length === 0) return [];
  const position = new Map(newest.map((row, index) => [row.id, index]));
  const rows = await getDb()
    .select({
      id: articles.id,
      slug: articles.slug,
      title: articles.title,
      summary: articles.summary,
      body: options.includeBody ? articles.body : sql<string>`''`,
      publishedAt: articles.publishedAt,
      updatedAt: articles.updatedAt,
      sectionSlug: categories.slug,
      sectionName: categories.name,
      featuredImageUrl: articles.featuredImageUrl,
      featuredImageType: mediaVariants.mimeType,
      featuredImageBytes: mediaVariants.byteSize,
    })
    .from(articles)
    .innerJoin(categories, eq(categories.id, articles.categoryId))
    // Uploaded images are addressed as /media/{key}, which serves the display variant: it knows the type and size RSS enclosures need.
    .leftJoin(media, and(sql`${articles.featuredImageUrl} LIKE '/media/%'`, eq(media.key, sql`substr(${articles.featuredImageUrl}, 8)`)))
    .leftJoin(mediaVariants, and(eq(mediaVariants.mediaId, media.id), eq(mediaVariants.kind, 'display')))
    .where(and(inArray(articles.id, [...position.keys()]), isPubliclyVisible(now)));
  rows.sort((a, b) => (position.get(a.id) ?? 0) - (position.get(b.id) ?? 0));
  const ids = rows.map((row) => row.id);
  const [tagNames, notes, bylines] = await Promise.all([tagsByArticle(ids), getNotesForArticles(ids), bylinesByArticle(ids)]);
  return rows.map(({ updatedAt, publishedAt, ...row }) => {
    const published = publishedAt ?? new Date(0);
    return {
      ...row,
      bylines: bylines.get(row.id) ?? [],
      publishedAt: published,
      modifiedAt: later(published, updatedAt),
      tags: tagNames.get(row.id) ?? [],
      notes: notes.get(row.id) ?? [],
    };
  });
}

/** Public articles published in the 48 hours before `now`, newest first, for the Google News sitemap. */
export async function getNewsSitemapEntries(now: Date = new Date()): Promise<NewsSitemapEntry[]> {
  const rows = await getDb()
    .select({
      id: articles.id,
      slug: articles.slug,
      sectionSlug: categories.slug,
      title: articles.title,
      publishedAt: articles.publishedAt,
    })
    .from(articles)
    .innerJoin(categories, eq(categories.id, articles.categoryId))
    .where(and(isPubliclyVisible(now), gte(articles.publishedAt, new Date(now.getTime() - NEWS_WINDOW_MS))))
    .orderBy(desc(articles.publishedAt), desc(articles.id))
    .limit(NEWS_SITEMAP_LIMIT);
  const tagNames = await tagsByArticle(rows.map((row) => row.id));
  return rows.map(({ id, publishedAt, ...row }) => ({ ...row, publishedAt: publishedAt ?? new Date(0), tags: tagNames.get(id) ?? [] }));
}

// The sitemap walks name the index they rely on (INDEXED BY), so a planner change cannot turn a range
// read into a read of every article row; visibility is still the one predicate, isPubliclyVisible.
const toDate = (value: unknown): Date | null => (value === null || value === undefined ? null : new Date(Number(value)));

/** Newest public moment on the site: when the home page and the section, author and tag lists last changed. */
async function newestPublicChange(now: Date): Promise<Date | null> {
  const [newest] = await newestVisible(1, now);
  return newest?.publishedAt ?? null;
}

/**
 * The child sitemaps: articles in id ranges of `pageSize` (only ranges holding a public article, each
 * with its newest change), and the section, author and tag lists, paged the same way.
 */
export async function getSitemapChunks(now: Date = new Date(), pageSize: number = SITEMAP_PAGE_SIZE): Promise<SitemapChunk[]> {
  const db = getDb();
  const articleRanges = await db.all<{ page: number; lastmod: number | null }>(sql`
    SELECT (articles.id - 1) / CAST(${pageSize} AS INTEGER) + 1 AS page, max(max(articles.published_at, articles.updated_at)) AS lastmod
    FROM articles INDEXED BY articles_sitemap_idx
    WHERE ${isPubliclyVisible(now)}
    GROUP BY page ORDER BY page`);
  const [highest] = await db.all<{ sections: number | null; authors: number | null; tags: number | null }>(sql`
    SELECT (SELECT max(id) FROM categories) AS sections, (SELECT max(id) FROM byline_profiles) AS authors, (SELECT max(id) FROM tags) AS tags`);
  const newest = await newestPublicChange(now);
  const listPages = (kind: 'sections' | 'authors' | 'tags'): SitemapChunk[] => {
    const pages = Math.max(1, Math.ceil((highest?.[kind] ?? 0) / pageSize));
    return Array.from({ length: pages }, (_, index) => ({ kind, page: index + 1, lastmod: newest }));
  };
  return [
    ...listPages('sections'),
    ...listPages('authors'),
    ...listPages('tags'),
    ...articleRanges.map((range) => ({ kind: 'articles' as const, page: range.page, lastmod: toDate(range.lastmod) })),
  ];
}

/**
 * The URLs of one child sitemap, in id order. Pages are id ranges, so page 10 costs what page 1 costs.
 * Sections, authors and tags are listed only when they show a public article, with their newest one's
 * time as lastmod. The first sections page also holds the home page.
 */
export async function getSitemapUrls(
  kind: SitemapKind,
  page: number,
  now: Date = new Date(),
  pageSize: number = SITEMAP_PAGE_SIZE,
): Promise<SitemapUrl[]> {
  const db = getDb();
  const first = (page - 1) * pageSize;
  const last = page * pageSize;
  const inRange = (column: SQL) => sql`${column} > ${first} AND ${column} <= ${last}`;
  // Newest public story among `owner`'s, read newest first from a listing index (owner, published_at,
  // id, status): each walk stops at its status's first public story.
  const newestIn = (index: string, owner: SQL) => {
    const newestWith = (status: string) => sql`(SELECT articles.published_at FROM articles INDEXED BY ${sql.identifier(index)}
      WHERE ${owner} AND articles.status = ${status} AND ${isPubliclyVisible(now)}
      ORDER BY articles.published_at DESC LIMIT 1)`;
    return sql`nullif(max(coalesce(${newestWith('published')}, 0), coalesce(${newestWith('scheduled')}, 0)), 0)`;
  };
  // Newest public story linked to a tag or profile, read newest first from the link table's listing index
  // (owner, published_at, article_id; the link's published_at is the story's, migration 0023): the walk
  // stops at the first story whose covering sitemap index entry says it is public.
  const newestLinked = (table: 'article_tags' | 'article_bylines', index: string, owner: SQL) =>
    sql`(SELECT l.published_at FROM ${sql.identifier(table)} AS l INDEXED BY ${sql.identifier(index)}
      CROSS JOIN articles INDEXED BY articles_sitemap_idx ON articles.id = l.article_id
      WHERE ${owner} AND l.published_at <= ${now.getTime()} AND ${isPubliclyVisible(now)}
      ORDER BY l.published_at DESC LIMIT 1)`;

  switch (kind) {
    case 'articles': {
      const rows = await db.all<{ slug: string; sectionSlug: string; lastmod: number }>(sql`
        SELECT articles.slug AS slug, c.slug AS sectionSlug, max(articles.published_at, articles.updated_at) AS lastmod
        FROM articles INDEXED BY articles_sitemap_idx
        JOIN categories AS c ON c.id = articles.category_id
        WHERE ${isPubliclyVisible(now)} AND ${inRange(sql`articles.id`)}
        ORDER BY articles.id`);
      return rows.map((row) => ({ path: articlePath(row), lastmod: toDate(row.lastmod) }));
    }
    case 'sections': {
      const rows = await db.all<{ slug: string; lastmod: number | null }>(sql`
        SELECT c.slug AS slug, ${newestIn('articles_category_listing_idx', sql`articles.category_id = c.id`)} AS lastmod
        FROM categories AS c WHERE ${inRange(sql`c.id`)} ORDER BY c.id`);
      const sections = rows
        .filter((row) => row.lastmod !== null)
        .map((row) => ({ path: sectionPath(row.slug), lastmod: toDate(row.lastmod) }));
      return page === 1 ? [{ path: '/', lastmod: await newestPublicChange(now) }, ...sections] : sections;
    }
    case 'authors': {
      const rows = await db.all<{ slug: string; lastmod: number | null }>(sql`
        SELECT p.slug AS slug, ${newestLinked('article_bylines', 'article_bylines_listing_idx', sql`l.profile_id = p.id`)} AS lastmod
        FROM byline_profiles AS p WHERE ${inRange(sql`p.id`)} ORDER BY p.id`);
      return rows.filter((row) => row.lastmod !== null).map((row) => ({ path: authorPath(row.slug), lastmod: toDate(row.lastmod) }));
    }
    case 'tags': {
      const rows = await db.all<{ slug: string; lastmod: number | null }>(sql`
        SELECT t.slug AS slug, ${newestLinked('article_tags', 'article_tags_listing_idx', sql`l.tag_id = t.id`)} AS lastmod
        FROM tags AS t WHERE ${inRange(sql`t.id`)} ORDER BY t.id`);
      return rows.filter((row) => row.lastmod !== null).map((row) => ({ path: tagPath(row.slug), lastmod: toDate(row.lastmod) }));
    }
  }
}

export interface SocialCardArticle {
  id: number;
  title: string;
  sectionName: string;
  bylines: Byline[];
  publishedAt: Date;
  modifiedAt: Date;
}

/** What the generated social image shows; null unless the article is public. */
export async function getSocialCardArticle(id: number, now: Date = new Date()): Promise<SocialCardArticle | null> {
  const [row] = await getDb()
    .select({
      id: articles.id,
      title: articles.title,
      sectionName: categories.name,
      publishedAt: articles.publishedAt,
      updatedAt: articles.updatedAt,
    })
    .from(articles)
    .innerJoin(categories, eq(categories.id, articles.categoryId))
    .where(and(eq(articles.id, id), isPubliclyVisible(now)))
    .limit(1);
  if (!row) return null;
  const publishedAt = row.publishedAt ?? new Date(0);
  return {
    id: row.id,
    title: row.title,
    sectionName: row.sectionName,
    bylines: (await bylinesByArticle([row.id])).get(row.id) ?? [],
    publishedAt,
    modifiedAt: later(publishedAt, row.updatedAt),
  };
}
