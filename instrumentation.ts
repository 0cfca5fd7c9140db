/**
 * Runs once when a server starts: connects the page cache (server/page-cache-handler.mjs) to the database,
 * then in the background indexes any story missing from search and loads and stores what related stories
 * need (warmUpAfterStart), so the first publish after a start is as fast as any other.
 */
export async function register(): Promise<void> {
  if (process.env.NEXT_RUNTIME !== 'nodejs' || process.env.NEXT_PHASE === 'phase-production-build') return;
  const { pollCacheInvalidations, recordCacheInvalidation } = await import('./db/page-cache-sync');
  const { setPageCacheSync } = await import('./lib/process-hooks.mjs');
  setPageCacheSync({ record: recordCacheInvalidation, poll: (afterId: number | null) => pollCacheInvalidations(afterId) });
  const { warmUpAfterStart } = await import('./newsroom/maintenance');
  warmUpAfterStart((message) => console.log(message)).catch((error: unknown) =>
    console.error('Indexing or loading term statistics failed:', error),
  );
}
