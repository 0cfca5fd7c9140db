import 'server-only';
import { desc, gt, lt, sql } from 'drizzle-orm';
import { getDb } from './index';
import { articles, cacheInvalidations } from './schema';
import { isPubliclyVisible } from './visibility';
import { latestFrontPageExpiry } from './front-page';

/**
 * The database side of the shared page cache (server/page-cache-handler.mjs): every instance records the
 * cache tags it revalidates here, and polls for the ones other instances recorded. The same poll notices
 * when a scheduled story's time has passed, or a front-page pin or the breaking banner ran out, so none of
 * them needs a cron or a timer.
 */

/** Rows older than this are deleted: an instance that was away longer starts with an empty cache anyway. */
const KEEP_MS = 24 * 60 * 60 * 1000;

export async function recordCacheInvalidation(tags: string[]): Promise<void> {
  if (tags.length === 0) return;
  const db = getDb();
  const [row] = await db
    .insert(cacheInvalidations)
    .values({ tags: JSON.stringify(tags) })
    .returning({ id: cacheInvalidations.id });
  // Pruning every hundredth write keeps the table small without a job runner.
  if (row && row.id % 100 === 0) {
    await db.delete(cacheInvalidations).where(lt(cacheInvalidations.createdAt, new Date(Date.now() - KEEP_MS)));
  }
}

export interface CacheInvalidationPoll {
  /** Highest invalidation id seen; pass it back as `afterId` next time. */
  lastId: number;
  /** Tags invalidated after `afterId` (all of them when afterId is null: nothing to catch up on). */
  tags: string[];
  /**
   * The latest moment, up to now, at which the clock changed a page (ms): the newest publish time readers
   * can see, a pin running out, the banner expiring. When it moves, every page is expired.
   */
  latestClockChangeAt: number;
}

export async function pollCacheInvalidations(afterId: number | null, now: Date = new Date()): Promise<CacheInvalidationPoll> {
  const db = getDb();
  const rows =
    afterId === null
      ? await db
          .select({ id: cacheInvalidations.id, tags: sql<string>`'[]'` })
          .from(cacheInvalidations)
          .orderBy(desc(cacheInvalidations.id))
          .limit(1)
      : await db
          .select({ id: cacheInvalidations.id, tags: cacheInvalidations.tags })
          .from(cacheInvalidations)
          .where(gt(cacheInvalidations.id, afterId))
          .orderBy(cacheInvalidations.id)
          .limit(1000);
  const tags = new Set<string>();
  for (const row of rows) {
    for (const tag of JSON.parse(row.tags) as unknown[]) if (typeof tag === 'string') tags.add(tag);
  }
  // Newest first along articles_listing_idx (published_at, id, status) from now: the first public row ends it.
  const [[latest], frontPageExpiry] = await Promise.all([
    db
      .select({ publishedAt: articles.publishedAt })
      .from(articles)
      .where(isPubliclyVisible(now))
      .orderBy(desc(articles.publishedAt), desc(articles.id))
      .limit(1),
    latestFrontPageExpiry(now),
  ]);
  const latestClockChangeAt = Math.max(latest?.publishedAt?.getTime() ?? 0, frontPageExpiry);
  return { lastId: rows.at(-1)?.id ?? afterId ?? 0, tags: [...tags], latestClockChangeAt };
}
