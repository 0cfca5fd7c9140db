import { and, inArray, lte, type SQL } from 'drizzle-orm';
import { articles } from './schema';

/**
 * The one definition of "a reader may see this article": published, or scheduled with its time passed.
 * Because it compares with the clock at query time, a scheduled article goes live on its own — no cron.
 */
export function isPubliclyVisible(now: Date): SQL {
  return and(inArray(articles.status, ['published', 'scheduled']), lte(articles.publishedAt, now)) as SQL;
}
