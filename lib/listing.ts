import { decodeCursor, type ListingCursor } from './pagination';

export const LISTING_PAGE_SIZE = 10;

/**
 * Reads the `before` cursor of a listing page. `undefined` means page one; `null` means a cursor
 * this site never produced, which pages answer with a 404 rather than a silently different page.
 */
export function readListingCursor(before: string | string[] | undefined): ListingCursor | undefined | null {
  if (before === undefined) return undefined;
  if (Array.isArray(before)) return null;
  return decodeCursor(before);
}

export function listingHref(basePath: string, cursor: string | null): string | null {
  return cursor ? `${basePath}?before=${encodeURIComponent(cursor)}` : null;
}
