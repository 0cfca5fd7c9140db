import 'server-only';
import { desc, eq, inArray } from 'drizzle-orm';
import type { ArticleStatus } from '@/lib/permissions';
import type { Transaction } from '@/db';
import { libraryImagesIn } from '@/lib/body-images';
import { mediaKeyOf } from '@/lib/paths';
import { articleBylines, articleMedia, articleSlugHistory, articleTags, articles, media, revisions } from '@/db/schema';
import { bylineProfileIdsOf, ensureOwnProfile } from './profiles';
import { updateRelatedAfterChange } from './related';
import { indexArticles } from './search-index';
import { createMissingTags, type PlannedTag } from './tags';

/** What one version of an article says. */
export interface ArticleVersionFields {
  title: string;
  slug: string;
  summary: string;
  body: string;
  categoryId: number;
  status: ArticleStatus;
  publishedAt: Date | null;
  /** Left as they are on an update when not given. */
  featuredImageUrl?: string | null;
  featuredImageAlt?: string;
  /** The owning account: required to create; given on an update, it changes hands (an importer's author). */
  authorId?: number;
  updatedAt: Date;
  /** Set when an editor marks this save a significant update (readers see "Updated"); left as it is otherwise. */
  significantUpdateAt?: Date;
  /** Creation only; the write's time otherwise. */
  createdAt?: Date;
}

export interface ArticleVersionWrite {
  /** The article as it stands, or null to create it. */
  current: { id: number; slug: string; version: number } | null;
  fields: ArticleVersionFields;
  /** Its tags, in order (newsroom/tags.ts): the ones still missing are created. */
  tags: PlannedTag[];
  /**
   * Its bylines, in order, as checked byline profile ids (newsroom/profiles.ts checkBylines). Left as they
   * are on an update when not given; a new article without them is credited to its owner's profile.
   */
  bylineProfileIds?: number[];
  /** Who the revision credits. */
  savedBy: number;
  now: Date;
  /**
   * 'now' recomputes the related stories it and its neighbours show, in this transaction; 'later' leaves
   * that to the caller (an importer refreshes them once for the whole run; an autosave waits for a save).
   */
  related: 'now' | 'later';
  /**
   * An autosave: it rewrites the same person's autosaved revision while that is under
   * AUTOSAVE_REVISION_WINDOW_MS old instead of adding one, so a revision is kept at most every few minutes
   * of typing. Any other write always adds a revision.
   */
  autosave?: boolean;
}

/** How long one revision keeps absorbing its writer's autosaves before the next one starts. */
export const AUTOSAVE_REVISION_WINDOW_MS = 5 * 60_000;

export interface WrittenArticleVersion {
  id: number;
  version: number;
  /** The article's tags, in the order given. */
  tags: Array<{ id: number; name: string }>;
  /** Its byline profile ids, in order. */
  bylineProfileIds: number[];
}

/** Records which library pictures the article now uses (article_media), from its stored featured image and body. */
async function recordPictureUses(tx: Transaction, articleId: number): Promise<void> {
  const [row] = await tx
    .select({ featuredImageUrl: articles.featuredImageUrl, body: articles.body })
    .from(articles)
    .where(eq(articles.id, articleId));
  const featuredKey = row?.featuredImageUrl ? mediaKeyOf(row.featuredImageUrl) : null;
  const bodyKeys = libraryImagesIn(row?.body ?? '').flatMap((url) => mediaKeyOf(url) ?? []);
  await tx.delete(articleMedia).where(eq(articleMedia.articleId, articleId));
  const keys = [...new Set([...(featuredKey ? [featuredKey] : []), ...bodyKeys])];
  if (keys.length === 0) return;
  const found = new Map(
    (await tx.select({ id: media.id, key: media.key }).from(media).where(inArray(media.key, keys))).map((picture) => [
      picture.key,
      picture.id,
    ]),
  );
  const uses = [
    ...(featuredKey && found.has(featuredKey) ? [{ articleId, mediaId: found.get(featuredKey) ?? 0, place: 'featured' as const }] : []),
    ...bodyKeys.flatMap((key) => {
      const mediaId = found.get(key);
      return mediaId ? [{ articleId, mediaId, place: 'body' as const }] : [];
    }),
  ];
  if (uses.length > 0) await tx.insert(articleMedia).values(uses).onConflictDoNothing();
}

/**
 * The one place an article version is written, inside the caller's transaction: the row (a new version
 * number), the slug it leaves (kept as a lasting redirect), its tags and bylines, the pictures it uses, the
 * revision, the search index entry, and the related-stories update. The editor's save, unpublish and restore and both importers
 * call it, so a version is whole whichever way it arrives.
 */
export async function writeArticleVersion(tx: Transaction, write: ArticleVersionWrite): Promise<WrittenArticleVersion> {
  const { current, fields, now } = write;
  const { authorId, createdAt, ...row } = fields;
  let id: number;
  let version: number;
  if (current) {
    version = current.version + 1;
    id = current.id;
    // A version with any other status is out of the trash (an importer bringing a story back).
    const outOfTrash = fields.status === 'trashed' ? {} : { trashedAt: null, trashedBy: null, statusBeforeTrash: null };
    await tx
      .update(articles)
      .set({ ...row, ...outOfTrash, ...(authorId === undefined ? {} : { authorId }), version })
      .where(eq(articles.id, id));
    if (current.slug !== fields.slug) {
      // The new slug may be one this article had before: it is current again, not a redirect.
      await tx.delete(articleSlugHistory).where(eq(articleSlugHistory.slug, fields.slug));
      await tx.insert(articleSlugHistory).values({ slug: current.slug, articleId: id, createdAt: now }).onConflictDoNothing();
    }
  } else {
    if (authorId === undefined) throw new Error('a new article needs its author');
    version = 1;
    const [inserted] = await tx
      .insert(articles)
      .values({ ...row, authorId, version, createdAt: createdAt ?? now })
      .returning({ id: articles.id });
    if (!inserted) throw new Error('article insert returned no row');
    id = inserted.id;
  }

  const tagRows = await createMissingTags(tx, write.tags);
  await tx.delete(articleTags).where(eq(articleTags.articleId, id));
  if (tagRows.length > 0) await tx.insert(articleTags).values(tagRows.map((tag) => ({ articleId: id, tagId: tag.id })));

  const kept = await bylineProfileIdsOf(tx, id);
  let bylineProfileIds = write.bylineProfileIds ?? kept;
  if (bylineProfileIds.length === 0) {
    // A new story (or one from before bylines) is credited to the account that owns it.
    const [owner] = await tx.select({ authorId: articles.authorId }).from(articles).where(eq(articles.id, id)).limit(1);
    if (!owner) throw new Error('article vanished during its write');
    bylineProfileIds = [await ensureOwnProfile(tx, owner.authorId, now)];
  }
  if (bylineProfileIds.join() !== kept.join()) {
    await tx.delete(articleBylines).where(eq(articleBylines.articleId, id));
    await tx.insert(articleBylines).values(bylineProfileIds.map((profileId, position) => ({ articleId: id, profileId, position })));
  }

  await recordPictureUses(tx, id);

  const revision = {
    version,
    title: fields.title,
    slug: fields.slug,
    summary: fields.summary,
    body: fields.body,
    status: fields.status,
    categoryId: fields.categoryId,
    tagNames: JSON.stringify(tagRows.map((tag) => tag.name)),
    bylineProfileIds: JSON.stringify(bylineProfileIds),
    createdAt: now,
  };
  const absorbing = write.autosave && current ? await autosavedRevisionToRewrite(tx, id, write.savedBy, now) : null;
  if (absorbing !== null) await tx.update(revisions).set(revision).where(eq(revisions.id, absorbing));
  else {
    await tx.insert(revisions).values({ ...revision, articleId: id, savedBy: write.savedBy, autosavedSince: write.autosave ? now : null });
  }

  // Search and related stories change in the same transaction as the article.
  await indexArticles(tx, [id]);
  if (write.related === 'now') await updateRelatedAfterChange(tx, id);
  return { id, version, tags: tagRows, bylineProfileIds };
}

/** The article's latest revision, when it is this person's autosaved one and still young enough to rewrite. */
async function autosavedRevisionToRewrite(tx: Transaction, articleId: number, savedBy: number, now: Date): Promise<number | null> {
  const [latest] = await tx
    .select({ id: revisions.id, savedBy: revisions.savedBy, autosavedSince: revisions.autosavedSince })
    .from(revisions)
    .where(eq(revisions.articleId, articleId))
    .orderBy(desc(revisions.id))
    .limit(1);
  if (!latest?.autosavedSince || latest.savedBy !== savedBy) return null;
  return now.getTime() - latest.autosavedSince.getTime() < AUTOSAVE_REVISION_WINDOW_MS ? latest.id : null;
}
