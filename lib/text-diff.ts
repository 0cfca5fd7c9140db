import { diffWordsWithSpace } from 'diff';

/** One stretch of a word-level comparison: kept in both versions, only in the later one, or only in the earlier. */
export interface DiffPart {
  kind: 'same' | 'added' | 'removed';
  text: string;
}

/** A comparison that would take longer than this is not shown word by word (a whole rewrite of a long story). */
const DIFF_TIMEOUT_MS = 1500;

/**
 * The word-level differences between two texts (jsdiff), or null when they are too different to compare in
 * reasonable time. Spaces and line breaks count as words, so a new paragraph shows as one.
 */
export function wordDiff(before: string, after: string): DiffPart[] | null {
  if (before === after) return before ? [{ kind: 'same', text: before }] : [];
  const changes = diffWordsWithSpace(before, after, { timeout: DIFF_TIMEOUT_MS });
  if (!changes) return null;
  return changes.map((change) => ({
    kind: change.added ? 'added' : change.removed ? 'removed' : 'same',
    text: change.value,
  }));
}

/** Whether a comparison has any change at all. */
export function hasChanges(parts: DiffPart[] | null): boolean {
  return parts === null || parts.some((part) => part.kind !== 'same');
}
