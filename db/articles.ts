import 'server-only';
import { and, desc, eq, inArray, lte, notInArray, sql, type SQL } from 'drizzle-orm';
import type { SQLiteColumn } from 'drizzle-orm/sqlite-core';
import { getDb } from './index';
import { sharedRead } from './shared-reads';
import { encodeCursor, type ListingCursor, type Page } from '@/lib/pagination';
import { articleBylines, articleTags, articles, categories, relatedArticles, tags } from './schema';
import { withBylines, type Byline } from './authors';
import { isPubliclyVisible } from './visibility';
import { getNotesForArticle } from './notes';
import type { ArticleNote } from '@/lib/article-notes';

/** What a story card needs: home, section, tag and author listings, related stories, recent posts. */
export interface ArticleCard {
  id: number;
  slug: string;
  title: string;
  summary: string;
  publishedAt: Date;
  sectionSlug: string;
  sectionName: string;
  /** Everyone the story is credited to, in order (db/authors.ts). */
  bylines: Byline[];
  featuredImageUrl: string | null;
  featuredImageAlt: string;
}

export interface ArticleDetail extends ArticleCard {
  body: string;
  updatedAt: Date;
  /** The last save an editor marked a significant update. */
  significantUpdateAt: Date | null;
  /** Corrections, clarifications, updates and editor's notes, oldest first. */
  notes: ArticleNote[];
  categoryId: number;
  tags: Array<{ slug: string; name: string }>;
}

export const cardColumns = {
  id: articles.id,
  slug: articles.slug,
  title: articles.title,
  summary: articles.summary,
  publishedAt: articles.publishedAt,
  sectionSlug: categories.slug,
  sectionName: categories.name,
  featuredImageUrl: articles.featuredImageUrl,
  featuredImageAlt: articles.featuredImageAlt,
};

type CardRow = { [K in keyof typeof cardColumns]: K extends 'publishedAt' ? Date | null : ArticleCard[K & keyof ArticleCard] };

/** Cards from their rows, in the same order, with their bylines (one query for all of them). */
export async function toCards<T extends CardRow>(rows: T[]): Promise<Array<Omit<T, 'publishedAt'> & ArticleCard>> {
  // Visible articles always have a publish time; the filter guarantees it.
  return (await withBylines(rows)).map((row) => ({ ...row, publishedAt: row.publishedAt ?? new Date(0) }));
}

function cardQuery() {
  return getDb().select(cardColumns).from(articles).innerJoin(categories, eq(categories.id, articles.categoryId));
}

const newestFirst = [desc(articles.publishedAt), desc(articles.id)];

function olderThan(cursor: ListingCursor | null): SQL | undefined {
  if (!cursor) return undefined;
  return sql`(${articles.publishedAt}, ${articles.id}) < (${cursor.publishedAt}, ${cursor.id})`;
}

async function pageOf(where: SQL | undefined, cursor: ListingCursor | null, pageSize: number): Promise<Page<ArticleCard>> {
  // The cursor comes first: of two upper bounds on published_at, SQLite seeks with the first it reads,
  // and seeking from "now" instead of the cursor would make page 50 walk the 490 entries before it.
  const rows = await cardQuery()
    .where(and(olderThan(cursor), where))
    .orderBy(...newestFirst)
    .limit(pageSize + 1);
  return pageFromRows(rows, pageSize);
}

async function pageFromRows(rows: CardRow[], pageSize: number): Promise<Page<ArticleCard>> {
  const items = await toCards(rows.slice(0, pageSize));
  const last = items.at(-1);
  const nextCursor = rows.length > pageSize && last ? encodeCursor({ publishedAt: last.publishedAt.getTime(), id: last.id }) : null;
  return { items, nextCursor };
}

/** A link table of stories to one tag or byline profile, with the article's publish time copied in. */
interface StoryLinks {
  table: typeof articleTags | typeof articleBylines;
  key: SQLiteColumn;
  articleId: SQLiteColumn;
  publishedAt: SQLiteColumn;
}

const TAG_LINKS: StoryLinks = {
  table: articleTags,
  key: articleTags.tagId,
  articleId: articleTags.articleId,
  publishedAt: articleTags.publishedAt,
};
const BYLINE_LINKS: StoryLinks = {
  table: articleBylines,
  key: articleBylines.profileId,
  articleId: articleBylines.articleId,
  publishedAt: articleBylines.publishedAt,
};

/**
 * One page of the stories linked to a tag or a profile, newest first. SQLite walks the link table's
 * (key, published_at, article_id) index from the cursor and reaches each story by its key, so a page
 * costs the same for a tag on 30,000 stories as on 30, at any depth. The link's published_at is the
 * article's, kept by triggers (migration 0023); visibility is still judged on the article itself.
 */
async function linkedPageOf(links: StoryLinks, keyValue: number, cursor: ListingCursor | null, pageSize: number, now: Date) {
  const rows = await getDb()
    .select(cardColumns)
    .from(links.table)
    .innerJoin(articles, eq(articles.id, links.articleId))
    .innerJoin(categories, eq(categories.id, articles.categoryId))
    .where(
      and(
        eq(links.key, keyValue),
        // As in pageOf, the cursor comes before "now" so the walk starts at the cursor.
        cursor ? sql`(${links.publishedAt}, ${links.articleId}) < (${cursor.publishedAt}, ${cursor.id})` : undefined,
        lte(links.publishedAt, now),
        isPubliclyVisible(now),
      ),
    )
    .orderBy(desc(links.publishedAt), desc(links.articleId))
    .limit(pageSize + 1);
  return pageFromRows(rows, pageSize);
}

/** Newest public articles across the site, leaving out `excluding` (stories already shown above them). */
export async function getLatestArticles(limit: number, now?: Date, excluding: readonly number[] = []): Promise<ArticleCard[]> {
  // Recent Posts and the 404 page ask for the newest stories as of now, the same on every page.
  if (now === undefined && excluding.length === 0) return sharedRead(`latest:${limit}`, () => readLatestArticles(limit, new Date(), []));
  return readLatestArticles(limit, now ?? new Date(), excluding);
}

async function readLatestArticles(limit: number, now: Date, excluding: readonly number[]): Promise<ArticleCard[]> {
  const rows = await cardQuery()
    .where(and(isPubliclyVisible(now), excluding.length > 0 ? notInArray(articles.id, [...excluding]) : undefined))
    .orderBy(...newestFirst)
    .limit(limit);
  return toCards(rows);
}

export async function getLatestArticlesInSection(
  categoryId: number,
  limit: number,
  now: Date = new Date(),
  excluding: readonly number[] = [],
): Promise<ArticleCard[]> {
  const rows = await cardQuery()
    .where(
      and(
        eq(articles.categoryId, categoryId),
        isPubliclyVisible(now),
        excluding.length > 0 ? notInArray(articles.id, [...excluding]) : undefined,
      ),
    )
    .orderBy(...newestFirst)
    .limit(limit);
  return toCards(rows);
}

/** The cards of these articles that readers may see now, by id (any order; the invisible ones are left out). */
export async function getVisibleArticleCards(ids: readonly number[], now: Date = new Date()): Promise<Map<number, ArticleCard>> {
  if (ids.length === 0) return new Map();
  const rows = await cardQuery().where(and(inArray(articles.id, [...ids]), isPubliclyVisible(now)));
  return new Map((await toCards(rows)).map((card) => [card.id, card]));
}

export function getSectionArticlePage(categoryId: number, cursor: ListingCursor | null, pageSize: number, now = new Date()) {
  return pageOf(and(eq(articles.categoryId, categoryId), isPubliclyVisible(now)), cursor, pageSize);
}

/** Every public story a byline profile is credited on, newest first. */
export function getAuthorArticlePage(profileId: number, cursor: ListingCursor | null, pageSize: number, now = new Date()) {
  return linkedPageOf(BYLINE_LINKS, profileId, cursor, pageSize, now);
}

export function getTagArticlePage(tagId: number, cursor: ListingCursor | null, pageSize: number, now = new Date()) {
  return linkedPageOf(TAG_LINKS, tagId, cursor, pageSize, now);
}

/** A public article by its slug, with its tags; null for drafts, future articles and unknown slugs. */
export async function getPublishedArticleBySlug(slug: string, now: Date = new Date()): Promise<ArticleDetail | null> {
  const [row] = await getDb()
    .select({
      ...cardColumns,
      body: articles.body,
      updatedAt: articles.updatedAt,
      significantUpdateAt: articles.significantUpdateAt,
      categoryId: articles.categoryId,
    })
    .from(articles)
    .innerJoin(categories, eq(categories.id, articles.categoryId))
    .where(and(eq(articles.slug, slug), isPubliclyVisible(now)))
    .limit(1);
  if (!row) return null;
  const [articleTagList, notes, cards] = await Promise.all([
    getDb()
      .select({ slug: tags.slug, name: tags.name })
      .from(articleTags)
      .innerJoin(tags, eq(tags.id, articleTags.tagId))
      .where(eq(articleTags.articleId, row.id))
      .orderBy(tags.name),
    getNotesForArticle(row.id),
    toCards([row]),
  ]);
  const [card] = cards;
  if (!card) return null;
  return {
    ...card,
    body: row.body,
    updatedAt: row.updatedAt,
    significantUpdateAt: row.significantUpdateAt,
    categoryId: row.categoryId,
    tags: articleTagList,
    notes,
  };
}

/**
 * Related stories for an article: the list stored when it or its neighbours were last published
 * (newsroom/related.ts), read with one indexed query and filtered for visibility at read time, so a story
 * scheduled for later joins the lists on its own when its time comes.
 */
export async function getRelatedArticles(
  article: Pick<ArticleDetail, 'id' | 'categoryId'>,
  limit: number,
  now: Date = new Date(),
): Promise<ArticleCard[]> {
  const rows = await getDb()
    .select(cardColumns)
    .from(relatedArticles)
    .innerJoin(articles, eq(articles.id, relatedArticles.relatedId))
    .innerJoin(categories, eq(categories.id, articles.categoryId))
    .where(and(eq(relatedArticles.articleId, article.id), isPubliclyVisible(now)))
    .orderBy(relatedArticles.rank)
    .limit(limit);
  return toCards(rows);
}
