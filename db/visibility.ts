import { and, eq, inArray, lte, not, sql, type SQL, type SQLWrapper } from 'drizzle-orm';
import type { ArticleStatus } from '@/lib/permissions';
import { articleBylines, articles } from './schema';

/** The statuses a reader may see, once their time has come. */
const READER_STATUSES: ArticleStatus[] = ['published', 'scheduled'];

/**
 * The one definition of "a reader may see this article": published, or scheduled with its time passed.
 * Because it compares with the clock at query time, a scheduled article goes live on its own — no cron.
 */
export function isPubliclyVisible(now: Date): SQL {
  return and(inArray(articles.status, READER_STATUSES), lte(articles.publishedAt, now)) as SQL;
}

/** Live or scheduled: a story readers see now or will see without anyone acting (related lists, pins). */
export function isOrWillBePublic(): SQL {
  return inArray(articles.status, READER_STATUSES);
}

/** The same rule for a status already loaded. */
export function statusIsOrWillBePublic(status: string): boolean {
  return (READER_STATUSES as string[]).includes(status);
}

/** Scheduled and still waiting: the staff's "scheduled", which becomes "published" by the rule above. */
export function isScheduledNotYetLive(now: Date): SQL {
  return and(eq(articles.status, 'scheduled'), not(isPubliclyVisible(now))) as SQL;
}

/** The same rule for an article already loaded. */
export function isVisibleToReaders(article: { status: ArticleStatus; publishedAt: Date | null }, now: Date): boolean {
  return READER_STATUSES.includes(article.status) && article.publishedAt !== null && article.publishedAt <= now;
}

/** The status as staff should read it: a scheduled story whose time has come is published. */
export function statusNow(article: { status: ArticleStatus; publishedAt: Date | null }, now: Date): ArticleStatus {
  return article.status === 'scheduled' && isVisibleToReaders(article, now) ? 'published' : article.status;
}

/**
 * The one definition of "this byline profile has a public page": at least one story readers may see carries
 * its byline. Everyone else (admins, contributors who never published, guests with drafts only) stays off the
 * site, its sitemaps and redirects.
 */
export function hasPubliclyVisibleStory(profileId: SQLWrapper, now: Date): SQL {
  return sql`exists (select 1 from ${articleBylines} join ${articles} on ${articles.id} = ${articleBylines.articleId} where ${articleBylines.profileId} = ${profileId} and ${isPubliclyVisible(now)})`;
}
