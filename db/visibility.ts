import { and, inArray, lte, sql, type SQL, type SQLWrapper } from 'drizzle-orm';
import { articles } from './schema';

/**
 * The one definition of "a reader may see this article": published, or scheduled with its time passed.
 * Because it compares with the clock at query time, a scheduled article goes live on its own — no cron.
 */
export function isPubliclyVisible(now: Date): SQL {
  return and(inArray(articles.status, ['published', 'scheduled']), lte(articles.publishedAt, now)) as SQL;
}

/**
 * The one definition of "this author has a public page": at least one story readers may see. Everyone else on
 * the staff (admins, contributors who never published, drafts only) stays off the site, its sitemaps and redirects.
 */
export function hasPubliclyVisibleStory(authorId: SQLWrapper, now: Date): SQL {
  return sql`exists (select 1 from ${articles} where ${articles.authorId} = ${authorId} and ${isPubliclyVisible(now)})`;
}
