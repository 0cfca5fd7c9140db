// @ts-check
/**
 * What one part of a server process hands another at run time, in one place. Next.js bundles the proxy,
 * instrumentation and the pages separately, and loads the page cache handler (server/page-cache-handler.mjs)
 * and runs the production server outside those bundles, so a module-level variable would exist once per
 * bundle. These live on globalThis under `Symbol.for` keys instead, and this module is the only code that
 * reads or writes them. Plain JavaScript, because the page cache handler is loaded by Next.js as it is.
 *
 * How an instance stays fresh, end to end: a change revalidates pages → Next.js calls the page cache
 * handler's revalidateTag → the handler records the tags for other instances (pageCacheSync, set by
 * instrumentation.ts, db/page-cache-sync.ts) and calls forgetAfterPagesChange, which empties the proxy's
 * remembered addresses and the production server's one-second memory copies. Other instances poll the
 * recorded tags (pageCacheSync again) before serving from their cache, and do the same. The reads every
 * reader page repeats (db/shared-reads.ts) are forgotten at the same moments (onPagesChange).
 */

/** @param {string} name */
const key = (name) => Symbol.for(`paradox.${name}`);
/** @type {Record<symbol, unknown>} */
const slots = /** @type {any} */ (globalThis);

/** Next's tag on every App Router page (its root layout): expiring it expires every cached page. */
export const EVERY_PAGE_CACHE_TAG = '_N_T_/layout';

/**
 * @typedef {{
 *   record: (tags: string[]) => Promise<void>,
 *   poll: (afterId: number | null) => Promise<{ lastId: number, tags: string[], latestClockChangeAt: number }>,
 * }} PageCacheSync
 */

/** The database side of the shared page cache; instrumentation.ts sets it when a server starts. @param {PageCacheSync} sync */
export function setPageCacheSync(sync) {
  slots[key('pageCacheSync')] = sync;
}

/** @returns {PageCacheSync | undefined} undefined during the build, and before instrumentation ran */
export function pageCacheSync() {
  return /** @type {PageCacheSync | undefined} */ (slots[key('pageCacheSync')]);
}

/**
 * Addresses proxy.ts found to need no redirect, each with the time until which that holds.
 * @returns {Map<string, number>}
 */
export function knownCurrentAddresses() {
  return /** @type {Map<string, number>} */ (slots[key('knownCurrentAddresses')] ??= new Map());
}

/** The production server's way to drop its memory copies of answers (server/response-memory-cache.ts). @param {() => void} forget */
export function setForgetRememberedResponses(forget) {
  slots[key('forgetRememberedResponses')] = forget;
}

/** What else forgets when pages change (db/shared-reads.ts, once per bundle that holds it). @returns {Set<() => void>} */
function pagesChangeListeners() {
  return /** @type {Set<() => void>} */ (slots[key('pagesChangeListeners')] ??= new Set());
}

/** Calls `forget` whenever pages change, here or (through the page cache's poll) on another instance. @param {() => void} forget */
export function onPagesChange(forget) {
  pagesChangeListeners().add(forget);
}

/**
 * Whenever pages change: forget the remembered addresses (a rename may be why), the memory copies and the
 * shared reads.
 */
export function forgetAfterPagesChange() {
  knownCurrentAddresses().clear();
  const forget = /** @type {(() => void) | undefined} */ (slots[key('forgetRememberedResponses')]);
  forget?.();
  for (const listener of pagesChangeListeners()) listener();
}
