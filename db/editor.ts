import 'server-only';
import { and, asc, count, desc, eq, gt, gte, inArray, lt, ne, not, or, sql, type SQL } from 'drizzle-orm';
import { alias } from 'drizzle-orm/sqlite-core';
import { canSeeArticle, seesEveryArticle, type Actor, type ArticleStatus } from '@/lib/permissions';
import { getDb } from './index';
import { articleBylines, articleTags, articles, auditLog, categories, relatedArticles, revisions, tags, users } from './schema';
import { bylinesByArticle, withBylines, type Byline } from './authors';
import { isPubliclyVisible, isScheduledNotYetLive } from './visibility';
import { articlePath } from '@/lib/paths';
import { trashExpiry } from '@/lib/trash';

/** Staff-facing reads for the editor. Reader pages never use these: they include unpublished work. */

export type DashboardStatus = 'draft' | 'pending' | 'scheduled' | 'published';

export interface DashboardFilters {
  status?: DashboardStatus;
  /** Stories with this byline profile among their bylines. */
  profileId?: number;
  categoryId?: number;
  query?: string;
  /** Staff who do not see every article (lib/permissions.ts): only their own work. */
  onlyAuthorId?: number;
  /** Leave out stories scheduled for later: the dashboard lists them in their own group. */
  withoutScheduled?: boolean;
  /** Keyset: stories changed before this one (by last change, then id). */
  after?: { updatedAt: Date; id: number };
}

export interface DashboardArticle {
  id: number;
  title: string;
  slug: string;
  status: ArticleStatus;
  publishedAt: Date | null;
  updatedAt: Date;
  bylines: Byline[];
  sectionName: string;
  sectionSlug: string;
}

function statusCondition(status: DashboardStatus, now: Date): SQL {
  switch (status) {
    case 'draft':
      return eq(articles.status, 'draft');
    case 'pending':
      return eq(articles.status, 'pending');
    // "Scheduled" means not live yet; once its time passes it counts as published.
    case 'scheduled':
      return isScheduledNotYetLive(now);
    case 'published':
      return isPubliclyVisible(now);
  }
}

/** A LIKE pattern's text with its wildcards escaped (used with `escape '\\'`). */
export function escapeLike(value: string): string {
  return value.replace(/[\\%_]/g, (match) => `\\${match}`);
}

function dashboardConditions(filters: DashboardFilters, now: Date): Array<SQL | undefined> {
  return [
    // Trashed stories are listed only in the trash.
    filters.status ? statusCondition(filters.status, now) : ne(articles.status, 'trashed'),
    filters.withoutScheduled ? not(isScheduledNotYetLive(now)) : undefined,
    filters.profileId
      ? inArray(
          articles.id,
          getDb().select({ id: articleBylines.articleId }).from(articleBylines).where(eq(articleBylines.profileId, filters.profileId)),
        )
      : undefined,
    filters.onlyAuthorId ? eq(articles.authorId, filters.onlyAuthorId) : undefined,
    filters.categoryId ? eq(articles.categoryId, filters.categoryId) : undefined,
    filters.query ? sql`${articles.title} like ${`%${escapeLike(filters.query)}%`} escape '\\'` : undefined,
    filters.after
      ? or(
          lt(articles.updatedAt, filters.after.updatedAt),
          and(eq(articles.updatedAt, filters.after.updatedAt), lt(articles.id, filters.after.id)),
        )
      : undefined,
  ];
}

const dashboardColumns = {
  id: articles.id,
  title: articles.title,
  slug: articles.slug,
  status: articles.status,
  publishedAt: articles.publishedAt,
  updatedAt: articles.updatedAt,
  sectionName: categories.name,
  sectionSlug: categories.slug,
};

/** The dashboard's list, last change first, a page at a time by (last change, id). */
export async function listDashboardArticles(filters: DashboardFilters, limit = 50, now = new Date()): Promise<DashboardArticle[]> {
  const rows = await getDb()
    .select(dashboardColumns)
    .from(articles)
    .innerJoin(categories, eq(categories.id, articles.categoryId))
    .where(and(...dashboardConditions(filters, now)))
    .orderBy(desc(articles.updatedAt), desc(articles.id))
    .limit(limit);
  return withBylines(rows);
}

/** Stories scheduled for later under the same filters, the next to go out first. */
export async function listScheduledArticles(filters: DashboardFilters, limit = 50, now = new Date()): Promise<DashboardArticle[]> {
  const rows = await getDb()
    .select(dashboardColumns)
    .from(articles)
    .innerJoin(categories, eq(categories.id, articles.categoryId))
    .where(and(...dashboardConditions({ ...filters, status: 'scheduled', withoutScheduled: false, after: undefined }, now)))
    .orderBy(asc(articles.publishedAt), asc(articles.id))
    .limit(limit);
  return withBylines(rows);
}

export async function countArticlesByStatus(onlyAuthorId?: number, now = new Date()): Promise<Record<DashboardStatus, number>> {
  const statuses: DashboardStatus[] = ['draft', 'pending', 'scheduled', 'published'];
  const counts = await Promise.all(
    statuses.map(async (status) => {
      const [row] = await getDb()
        .select({ value: count() })
        .from(articles)
        .where(and(statusCondition(status, now), onlyAuthorId ? eq(articles.authorId, onlyAuthorId) : undefined));
      return [status, row?.value ?? 0] as const;
    }),
  );
  return Object.fromEntries(counts) as Record<DashboardStatus, number>;
}

export interface EditableArticle {
  id: number;
  title: string;
  slug: string;
  summary: string;
  body: string;
  status: ArticleStatus;
  /** Set while it is in the trash. */
  trashedAt: Date | null;
  publishedAt: Date | null;
  categoryId: number;
  authorId: number;
  authorName: string;
  /** Its bylines, in order. */
  bylines: Byline[];
  featuredImageUrl: string | null;
  featuredImageAlt: string;
  version: number;
  updatedAt: Date;
  tagNames: string[];
  sectionSlug: string;
}

/**
 * The article behind an editor page (`/editor/articles/ID`, its preview and revisions), or null (a 404)
 * when there is none or the actor may not see it: an id outside the matrix is indistinguishable from a missing one.
 */
export async function getArticleForStaff(actor: Actor, rawId: string): Promise<EditableArticle | null> {
  if (!/^[1-9]\d{0,14}$/.test(rawId)) return null;
  const article = await getArticleForEditing(Number(rawId));
  return article && canSeeArticle(actor, article) ? article : null;
}

async function getArticleForEditing(id: number): Promise<EditableArticle | null> {
  const [row] = await getDb()
    .select({
      id: articles.id,
      title: articles.title,
      slug: articles.slug,
      summary: articles.summary,
      body: articles.body,
      status: articles.status,
      trashedAt: articles.trashedAt,
      publishedAt: articles.publishedAt,
      categoryId: articles.categoryId,
      authorId: articles.authorId,
      authorName: users.name,
      featuredImageUrl: articles.featuredImageUrl,
      featuredImageAlt: articles.featuredImageAlt,
      version: articles.version,
      updatedAt: articles.updatedAt,
      sectionSlug: categories.slug,
    })
    .from(articles)
    .innerJoin(users, eq(users.id, articles.authorId))
    .innerJoin(categories, eq(categories.id, articles.categoryId))
    .where(eq(articles.id, id))
    .limit(1);
  if (!row) return null;
  const tagRows = await getDb()
    .select({ name: tags.name })
    .from(articleTags)
    .innerJoin(tags, eq(tags.id, articleTags.tagId))
    .where(eq(articleTags.articleId, id))
    .orderBy(asc(tags.name));
  const bylines = (await bylinesByArticle([id])).get(id) ?? [];
  return { ...row, bylines, tagNames: tagRows.map((tag) => tag.name) };
}

export interface RevisionSummary {
  id: number;
  version: number;
  title: string;
  status: ArticleStatus;
  savedByName: string;
  createdAt: Date;
}

export function listRevisions(articleId: number): Promise<RevisionSummary[]> {
  return getDb()
    .select({
      id: revisions.id,
      version: revisions.version,
      title: revisions.title,
      status: revisions.status,
      savedByName: users.name,
      createdAt: revisions.createdAt,
    })
    .from(revisions)
    .innerJoin(users, eq(users.id, revisions.savedBy))
    .where(eq(revisions.articleId, articleId))
    .orderBy(desc(revisions.id))
    .limit(200);
}

export interface RevisionContent {
  id: number;
  version: number;
  title: string;
  summary: string;
  body: string;
  slug: string;
  tagNames: string;
  savedByName: string;
  createdAt: Date;
}

/** One revision's content with who saved it, for the comparison; null when it is not this article's. */
export async function getRevision(articleId: number, revisionId: number): Promise<RevisionContent | null> {
  const [row] = await getDb()
    .select({
      id: revisions.id,
      version: revisions.version,
      title: revisions.title,
      summary: revisions.summary,
      body: revisions.body,
      slug: revisions.slug,
      tagNames: revisions.tagNames,
      savedByName: users.name,
      createdAt: revisions.createdAt,
    })
    .from(revisions)
    .innerJoin(users, eq(users.id, revisions.savedBy))
    .where(and(eq(revisions.articleId, articleId), eq(revisions.id, revisionId)))
    .limit(1);
  return row ?? null;
}

export interface TrashedArticle {
  id: number;
  title: string;
  authorId: number;
  sectionName: string;
  statusBeforeTrash: ArticleStatus | null;
  trashedAt: Date;
  trashedByName: string | null;
}

/**
 * The trash, newest first: stories trashed less than TRASH_DAYS ago (older ones are past restoring and go at
 * the next write). Staff who do not see every article see only their own.
 */
export async function listTrash(actor: Actor, now = new Date(), limit = 200): Promise<TrashedArticle[]> {
  const since = trashExpiry(now);
  const rows = await getDb()
    .select({
      id: articles.id,
      title: articles.title,
      authorId: articles.authorId,
      sectionName: categories.name,
      statusBeforeTrash: articles.statusBeforeTrash,
      trashedAt: articles.trashedAt,
      trashedByName: users.name,
    })
    .from(articles)
    .innerJoin(categories, eq(categories.id, articles.categoryId))
    .leftJoin(users, eq(users.id, articles.trashedBy))
    .where(
      and(
        eq(articles.status, 'trashed'),
        gt(articles.trashedAt, since),
        seesEveryArticle(actor) ? undefined : eq(articles.authorId, actor.id),
      ),
    )
    .orderBy(desc(articles.trashedAt), desc(articles.id))
    .limit(limit);
  return rows.flatMap((row) => (row.trashedAt ? [{ ...row, trashedAt: row.trashedAt }] : []));
}

/** How many stories the actor's trash holds. */
export async function countTrash(actor: Actor, now = new Date()): Promise<number> {
  const since = trashExpiry(now);
  const [row] = await getDb()
    .select({ value: count() })
    .from(articles)
    .where(
      and(
        eq(articles.status, 'trashed'),
        gt(articles.trashedAt, since),
        seesEveryArticle(actor) ? undefined : eq(articles.authorId, actor.id),
      ),
    );
  return row?.value ?? 0;
}

/** A story's title by id, for the messages after it was trashed or restored (null once it is gone). */
export async function getArticleTitle(actor: Actor, id: number): Promise<string | null> {
  const [row] = await getDb()
    .select({ title: articles.title, authorId: articles.authorId })
    .from(articles)
    .where(eq(articles.id, id))
    .limit(1);
  return row && canSeeArticle(actor, row) ? row.title : null;
}

/**
 * Of the given site paths (`/section/slug`), those that are a story's address but lead to no story readers can
 * see now: drafts, scheduled, unpublished and trashed stories. Paths that are no story's address are left out.
 */
export async function unpublishedStoryPaths(paths: string[], now = new Date()): Promise<string[]> {
  const slugs = [...new Set(paths.map((path) => path.split('/')[2] ?? '').filter(Boolean))].slice(0, 100);
  if (slugs.length === 0) return [];
  const rows = await getDb()
    .select({ slug: articles.slug, visible: sql<number>`${isPubliclyVisible(now)}` })
    .from(articles)
    .where(inArray(articles.slug, slugs));
  const hidden = new Set(rows.filter((row) => !row.visible).map((row) => row.slug));
  return paths.filter((path) => hidden.has(path.split('/')[2] ?? ''));
}

/** Published articles matching a title fragment, for the READ MORE picker. */
export async function searchPublishedTitles(query: string, limit = 8, now = new Date()): Promise<Array<{ title: string; href: string }>> {
  const trimmed = query.trim().slice(0, 100);
  if (!trimmed) return [];
  const rows = await getDb()
    .select({ title: articles.title, slug: articles.slug, sectionSlug: categories.slug })
    .from(articles)
    .innerJoin(categories, eq(categories.id, articles.categoryId))
    .where(and(isPubliclyVisible(now), sql`${articles.title} like ${`%${escapeLike(trimmed)}%`} escape '\\'`))
    .orderBy(desc(articles.publishedAt))
    .limit(limit);
  return rows.map((row) => ({ title: row.title, href: articlePath(row) }));
}

export function listSectionsWithCounts() {
  return getDb()
    .select({
      id: categories.id,
      name: categories.name,
      slug: categories.slug,
      description: categories.description,
      position: categories.position, // Spelled out: inside a subquery drizzle's bare column names would bind to the inner table.
      articleCount: sql<number>`(select count(*) from "articles" where "articles"."category_id" = "categories"."id")`,
    })
    .from(categories)
    .orderBy(asc(categories.position), asc(categories.id));
}

export function listTagsWithCounts() {
  return getDb()
    .select({
      id: tags.id,
      name: tags.name,
      slug: tags.slug,
      articleCount: sql<number>`(select count(*) from "article_tags" where "article_tags"."tag_id" = "tags"."id")`,
    })
    .from(tags)
    .orderBy(asc(tags.name));
}

export interface AuditEntryView {
  id: number;
  action: string;
  actorId: number | null;
  actorEmail: string;
  actorName: string | null;
  targetType: string;
  targetId: number | null;
  summary: string;
  createdAt: Date;
  /** The story's current title when the target is a story that still exists (not deleted for good). */
  articleTitle: string | null;
  /** The account's current name when the target is a user. */
  targetUserName: string | null;
}

export interface AuditFilter {
  /** Entries by this account only. */
  actorId?: number;
  action?: string;
  /** From this instant (inclusive) to that one (exclusive). */
  from?: Date;
  to?: Date;
  /** Keyset: entries older than this id. */
  beforeId?: number;
}

/** The audit log, newest first, a page at a time by id (stable while new entries arrive). */
export function listAuditLog(filter: AuditFilter, limit = 50): Promise<AuditEntryView[]> {
  const targetUser = alias(users, 'target_user');
  const conditions = [
    filter.beforeId ? lt(auditLog.id, filter.beforeId) : undefined,
    filter.actorId ? eq(auditLog.actorId, filter.actorId) : undefined,
    filter.action ? eq(auditLog.action, filter.action) : undefined,
    filter.from ? gte(auditLog.createdAt, filter.from) : undefined,
    filter.to ? lt(auditLog.createdAt, filter.to) : undefined,
  ].filter((condition): condition is SQL => condition !== undefined);
  return getDb()
    .select({
      id: auditLog.id,
      action: auditLog.action,
      actorId: auditLog.actorId,
      actorEmail: auditLog.actorEmail,
      actorName: users.name,
      targetType: auditLog.targetType,
      targetId: auditLog.targetId,
      summary: auditLog.summary,
      createdAt: auditLog.createdAt,
      articleTitle: articles.title,
      targetUserName: targetUser.name,
    })
    .from(auditLog)
    .leftJoin(users, eq(users.id, auditLog.actorId))
    .leftJoin(articles, and(eq(auditLog.targetType, 'article'), eq(articles.id, auditLog.targetId)))
    .leftJoin(targetUser, and(eq(auditLog.targetType, 'user'), eq(targetUser.id, auditLog.targetId)))
    .where(conditions.length > 0 ? and(...conditions) : undefined)
    .orderBy(desc(auditLog.id))
    .limit(limit);
}

export interface RelatedForStaff {
  id: number;
  title: string;
  path: string;
  score: number;
  reason: { terms: string[]; tags: string[]; sameSection: boolean; readMore?: boolean; pinned?: boolean };
}

/**
 * The stored related list with the reason for each entry, for the editor's "why related" panel. Stored lists may
 * hold stories scheduled for later: only staff who see every article (or wrote the story) are shown those.
 */
export async function listRelatedWithReasons(actor: Actor, articleId: number, now: Date = new Date()): Promise<RelatedForStaff[]> {
  const rows = await getDb()
    .select({
      id: articles.id,
      title: articles.title,
      slug: articles.slug,
      sectionSlug: categories.slug,
      score: relatedArticles.score,
      reason: relatedArticles.reason,
    })
    .from(relatedArticles)
    .innerJoin(articles, eq(articles.id, relatedArticles.relatedId))
    .innerJoin(categories, eq(categories.id, articles.categoryId))
    .where(
      and(
        eq(relatedArticles.articleId, articleId),
        seesEveryArticle(actor) ? undefined : or(isPubliclyVisible(now), eq(articles.authorId, actor.id)),
      ),
    )
    .orderBy(relatedArticles.rank);
  return rows.map((row) => ({
    id: row.id,
    title: row.title,
    path: articlePath(row),
    score: row.score,
    reason: JSON.parse(row.reason) as RelatedForStaff['reason'],
  }));
}
