import { count } from 'drizzle-orm';
import { getDb } from '@/db';
import { listRelatableArticleIds, recomputeRelatedFor } from './related';
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
