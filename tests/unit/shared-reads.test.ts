import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { SHARED_READ_MS, sharedRead } from '@/db/shared-reads';
import { forgetAfterPagesChange, setPageCacheSync, type PageCacheSync } from '@/lib/process-hooks.mjs';

const serverSync: PageCacheSync = { record: async () => {}, poll: async () => ({ lastId: 0, tags: [], latestClockChangeAt: 0 }) };

describe('reads every reader page repeats, kept in the process (db/shared-reads.ts)', () => {
  let reads = 0;
  const load = async () => ++reads;

  beforeEach(() => {
    reads = 0;
    vi.useFakeTimers();
    setPageCacheSync(serverSync);
    forgetAfterPagesChange();
  });
  afterEach(() => {
    vi.useRealTimers();
    setPageCacheSync(undefined as unknown as PageCacheSync);
  });

  it('reads once for every page within its lifetime, and again after it', async () => {
    expect(await sharedRead('menu', load)).toBe(1);
    vi.advanceTimersByTime(SHARED_READ_MS - 1);
    expect(await sharedRead('menu', load)).toBe(1);
    vi.advanceTimersByTime(1);
    expect(await sharedRead('menu', load)).toBe(2);
  });

  it('shares one query among requests that arrive together', async () => {
    const all = await Promise.all([sharedRead('menu', load), sharedRead('menu', load), sharedRead('menu', load)]);
    expect(all).toEqual([1, 1, 1]);
    expect(reads).toBe(1);
  });

  it('forgets everything when pages change (a revalidation here, or another instance’s through the poll)', async () => {
    await sharedRead('menu', load);
    forgetAfterPagesChange();
    expect(await sharedRead('menu', load)).toBe(2);
  });

  it('runs a query builder once: a drizzle query is a thenable that runs again each time it is awaited', async () => {
    const query: PromiseLike<number> = { then: (resolve) => Promise.resolve(++reads).then(resolve) };
    expect(await sharedRead('sections', () => query)).toBe(1);
    expect(await sharedRead('sections', () => query)).toBe(1);
    expect(reads).toBe(1);
  });

  it('keeps each key apart, and does not keep a failure', async () => {
    expect(await sharedRead('a', load)).toBe(1);
    expect(await sharedRead('b', load)).toBe(2);
    await expect(sharedRead('c', () => Promise.reject(new Error('database busy')))).rejects.toThrow('database busy');
    expect(await sharedRead('c', load)).toBe(3);
  });

  it('reads the database every time outside a server (scripts, tests, the build)', async () => {
    setPageCacheSync(undefined as unknown as PageCacheSync);
    await sharedRead('menu', load);
    await sharedRead('menu', load);
    expect(reads).toBe(2);
  });
});
