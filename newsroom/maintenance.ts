import { count } from 'drizzle-orm';
import { getDb } from '@/db';
import { listRelatableArticleIds, recomputeRelatedFor, storeMissingArticleTerms, warmRelatedStatistics } from './related';
import { articles, relatedArticles } from '@/db/schema';
import { isOrWillBePublic } from '@/db/visibility';
import { indexMissingArticles } from './search-index';

/**
 * On start: index any article the search index lacks (after an upgrade, the seed, or tools writing the
 * database directly) and compute related stories when none exist yet. Cheap when nothing is missing.
 */
export async function ensureSearchAndRelated(log: (message: string) => void = () => undefined): Promise<void> {
  const indexed = await indexMissingArticles();
  if (indexed > 0) log(`Indexed ${indexed} article(s) for search.`);
  const db = getDb();
  const [lists] = await db.select({ value: count() }).from(relatedArticles);
  const [relatable] = await db.select({ value: count() }).from(articles).where(isOrWillBePublic());
  if ((lists?.value ?? 0) === 0 && (relatable?.value ?? 0) > 1) {
    const ids = await listRelatableArticleIds();
    await recomputeRelatedFor(ids);
    log(`Computed related stories for ${ids.length} article(s).`);
  }
}

/**
 * In the background when a server starts (instrumentation.ts): index any story missing from search, load
 * the related-stories term statistics, then store the term counts any indexed story lacks (after migration
 * 0024), so the first publishes after a start are as fast as any other.
 */
export async function warmUpAfterStart(log: (message: string) => void = () => undefined): Promise<void> {
  const started = Date.now();
  // Stories a migration dropped from the search index (or written by other tools) are indexed first.
  const indexed = await indexMissingArticles();
  if (indexed > 0) log(`Indexed ${indexed} article(s) for search.`);
  const terms = await warmRelatedStatistics();
  log(`Term statistics loaded: ${terms} terms in ${Date.now() - started} ms`);
  const counted = await storeMissingArticleTerms();
  if (counted > 0) log(`Stored term counts for ${counted} article(s) in ${Date.now() - started} ms.`);
}
