/** Types of lib/process-hooks.mjs (plain JavaScript, so that Next.js can load the page cache handler that imports it). */
export declare const EVERY_PAGE_CACHE_TAG: '_N_T_/layout';
export interface PageCacheSync {
  record: (tags: string[]) => Promise<void>;
  poll: (afterId: number | null) => Promise<{ lastId: number; tags: string[]; latestClockChangeAt: number }>;
}
export declare function setPageCacheSync(sync: PageCacheSync): void;
export declare function pageCacheSync(): PageCacheSync | undefined;
export declare function knownCurrentAddresses(): Map<string, number>;
export declare function setForgetRememberedResponses(forget: () => void): void;
export declare function onPagesChange(forget: () => void): void;
export declare function forgetAfterPagesChange(): void;
