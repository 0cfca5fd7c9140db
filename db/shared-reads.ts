import { onPagesChange, pageCacheSync } from '@/lib/process-hooks.mjs';

/**
 * Reads every reader page makes again (the masthead's and footer's sections and menus, the settings, Recent
 * Posts), kept in this process for at most SHARED_READ_MS and forgotten whenever pages change: a mutation's
 * revalidation here, or another instance's and a scheduled story's through the page cache's poll
 * (lib/process-hooks.mjs). So they are exactly as fresh as the pages, and as the production server's
 * one-second memory copies; a page nobody asked for before no longer pays a dozen queries for its chrome.
 * Only in a server, where instrumentation.ts connects the page cache to the database; scripts and tests
 * read the database every time.
 */
export const SHARED_READ_MS = 1000;

const entries = new Map<string, { until: number; value: Promise<unknown> }>();
onPagesChange(() => entries.clear());

export function sharedRead<T>(key: string, load: () => PromiseLike<T>): Promise<T> {
  if (!pageCacheSync()) return Promise.resolve(load());
  const now = Date.now();
  const entry = entries.get(key);
  if (entry && entry.until > now) return entry.value as Promise<T>;
  // The promise itself is kept, so requests arriving together share one query; a failure is not kept. A
  // drizzle query is only a thenable that runs again each time it is awaited: settled once here.
  const value = (async () => await load())();
  entries.set(key, { until: now + SHARED_READ_MS, value });
  value.catch(() => {
    if (entries.get(key)?.value === value) entries.delete(key);
  });
  return value;
}
