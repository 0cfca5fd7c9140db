/**
 * Lets the event loop turn, so timers, signal handlers (Ctrl-C) and native finalizers run. Local libSQL
 * runs statements synchronously, and frees each statement's native memory only in a finalizer that runs
 * when the loop turns (tursodatabase/libsql-js#153, about 5 KB a statement): a long loop of awaited
 * queries that never turns it grows without bound (a `related:rebuild` reached 4.9 GB resident).
 */
export function turnEventLoop(): Promise<void> {
  return new Promise((resolve) => setImmediate(resolve));
}
