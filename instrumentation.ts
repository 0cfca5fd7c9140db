/**
 * Runs once when a server starts: connects the page cache (server/page-cache-handler.mjs) to the database,
 * then in the background indexes any story missing from search and loads the related-stories term
 * statistics, so the first publish after a start is as fast as any other.
 */
export async function register(): Promise<void> {
  if (process.env.NEXT_RUNTIME !== 'nodejs' || process.env.NEXT_PHASE === 'phase-production-build') return;
  const { pollCacheInvalidations, recordCacheInvalidation } = await import('./db/page-cache-sync');
  const { setPageCacheSync } = await import('./lib/process-hooks.mjs');
  setPageCacheSync({ record: recordCacheInvalidation, poll: (afterId: number | null) => pollCacheInvalidations(afterId) });
  const { warmRelatedStatistics } = await import('./newsroom/related');
  const { indexMissingArticles } = await import('./newsroom/search-index');
  const started = Date.now();
  // Stories a migration dropped from the search index (or written by other tools) are indexed first.
  indexMissingArticles()
    .then((indexed) => {
      if (indexed > 0) console.log(`Indexed ${indexed} article(s) for search.`);
      return warmRelatedStatistics();
    })
    .then((terms) => console.log(`Term statistics loaded: ${terms} terms in ${Date.now() - started} ms`))
    .catch((error: unknown) => console.error('Indexing or loading term statistics failed:', error));
}
