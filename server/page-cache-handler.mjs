// @ts-check
/**
 * Next.js page cache (next.config.ts `cacheHandler`): Next's own file-system cache, plus two things it
 * cannot know on its own.
 *
 * 1. Other instances. Every revalidation (a publish, an edit) is also written to the database, and each
 *    instance polls for the ones the others wrote (at most every SYNC_INTERVAL_MS, before serving from
 *    cache), so a publish through one instance is visible on all of them within about a second.
 * 2. The clock. A scheduled story goes live when its time passes, a front-page pin or the breaking banner
 *    runs out, with no request to say so. The same poll reads the latest such moment up to now; when it
 *    moves, every cached page is expired, because every reader page lists the latest stories and the banner.
 *
 * Plain JavaScript because Next loads this file itself, outside the app's bundles. It reaches the
 * database through the functions instrumentation.ts registers (lib/process-hooks.mjs, db/page-cache-sync.ts),
 * so the data layer stays the only code that queries.
 */
import FileSystemCacheModule from 'next/dist/server/lib/incremental-cache/file-system-cache.js';
import { EVERY_PAGE_CACHE_TAG, forgetAfterPagesChange, pageCacheSync } from '../lib/process-hooks.mjs';

/** @type {any} */
const FileSystemCache = /** @type {any} */ (FileSystemCacheModule).default ?? FileSystemCacheModule;

const SYNC_INTERVAL_MS = 500;

/** Shared by every handler instance (Next makes one per request). */
const state = {
  /** @type {number | null} */ lastId: null,
  latestClockChangeAt: 0,
  lastSyncAt: 0,
  /** @type {Promise<void> | null} */ syncing: null,
};

export default class PageCacheHandler extends FileSystemCache {
  /** @param {string} key @param {any} ctx */
  async get(key, ctx) {
    await this.syncWithOtherInstances();
    return super.get(key, ctx);
  }

  /** @param {string | string[]} tags @param {any} [durations] */
  async revalidateTag(tags, durations) {
    await super.revalidateTag(tags, durations);
    forgetAfterPagesChange();
    const list = typeof tags === 'string' ? [tags] : tags;
    const hooks = pageCacheSync();
    if (hooks && list.length > 0) {
      try {
        await hooks.record(list);
      } catch (error) {
        // This instance is already up to date; the others catch up when the database is back.
        console.error('Page cache: recording an invalidation failed', error);
      }
    }
  }

  async syncWithOtherInstances() {
    const hooks = pageCacheSync();
    if (!hooks || Date.now() - state.lastSyncAt < SYNC_INTERVAL_MS) return;
    state.syncing ??= (async () => {
      try {
        const first = state.lastId === null;
        const poll = await hooks.poll(state.lastId);
        const expire = new Set(poll.tags);
        // On start, whatever the disk cache kept from before may be out of date: start from nothing.
        if (first || poll.latestClockChangeAt > state.latestClockChangeAt) expire.add(EVERY_PAGE_CACHE_TAG);
        state.lastId = poll.lastId;
        state.latestClockChangeAt = poll.latestClockChangeAt;
        // Expire locally only: these were recorded by whoever invalidated them (or are the clock's).
        if (expire.size > 0) {
          await FileSystemCache.prototype.revalidateTag.call(this, [...expire]);
          forgetAfterPagesChange();
        }
      } catch (error) {
        // Serve from the cache as it is; the next poll retries.
        console.error('Page cache: polling for invalidations failed', error);
      } finally {
        state.lastSyncAt = Date.now();
        state.syncing = null;
      }
    })();
    await state.syncing;
  }
}
