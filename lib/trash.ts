/** Days a deleted story stays in the trash, restorable, before it is deleted for good (newsroom/articles.ts). */
export const TRASH_DAYS = 30;
const TRASH_MS = TRASH_DAYS * 86_400_000;

/** Stories trashed at or before this moment are past restoring: reads leave them out, the next write purges them. */
export const trashExpiry = (now: Date): Date => new Date(now.getTime() - TRASH_MS);

/** When a story trashed at `trashedAt` is deleted for good. */
export const purgeDueAt = (trashedAt: Date): Date => new Date(trashedAt.getTime() + TRASH_MS);
