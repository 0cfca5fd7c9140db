/** Keyset cursor over (published_at, id): stable under inserts, and as fast on page 500 as on page 1. */
export interface ListingCursor {
  publishedAt: number;
  id: number;
}

export function encodeCursor(cursor: ListingCursor): string {
  return `${cursor.publishedAt}-${cursor.id}`;
}

/** Returns null for anything that is not a cursor this site produced. */
export function decodeCursor(value: string | undefined | null): ListingCursor | null {
  if (!value) return null;
  const match = /^(\d{1,15})-(\d{1,12})$/.exec(value);
  if (!match) return null;
  return { publishedAt: Number(match[1]), id: Number(match[2]) };
}

export interface Page<T> {
  items: T[];
  /** Cursor of the next (older) page, or null on the last page. */
  nextCursor: string | null;
}
