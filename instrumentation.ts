/**
 * Runs once when a server starts: connects the page cache (server/page-cache-handler.mjs) to the database,
 * and loads the related-stories term statistics in the background, so the first publish after a start
 * is as fast as any other.
 */
export async function register(): Promise<void> {
  if (process.env.NEXT_RUNTIME !== 'nodejs' || process.env.NEXT_PHASE === 'phase-production-build') return;
  const { pollCacheInvalidations, recordCacheInvalidation } = await import('./db/page-cache-sync');
  const { setPageCacheSync } = await import('./lib/process-hooks.mjs');
  setPageCacheSync({ record: recordCacheInvalidation, poll: (afterId: number | null) => pollCacheInvalidations(afterId) });
  const { warmRelatedStatistics } = await import('./newsroom/related');
  const started = Date.now();
  warmRelatedStatistics()
    .then((terms) => console.log(`Term statistics loaded: ${terms} terms in ${Date.now() - started} ms`))
    .catch((error: unknown) => console.error('Loading term statistics failed:', error));
}
