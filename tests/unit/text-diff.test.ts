import { describe, expect, it } from 'vitest';
import { hasChanges, wordDiff } from '@/lib/text-diff';
import { htmlToPlainText } from '@/lib/text';

describe('word-level comparison of two versions', () => {
  it('marks the words removed and added, keeping the rest', () => {
    const parts = wordDiff('The ferry leaves at nine.', 'The night ferry leaves at ten.');
    expect(parts?.filter((part) => part.kind === 'removed').map((part) => part.text.trim())).toEqual(['nine']);
    expect(parts?.filter((part) => part.kind === 'added').map((part) => part.text.trim())).toEqual(['night', 'ten']);
    // Read without the removed parts it is the new text; without the added ones, the old.
    expect(parts?.map((part) => (part.kind === 'removed' ? '' : part.text)).join('')).toBe('The night ferry leaves at ten.');
    expect(parts?.map((part) => (part.kind === 'added' ? '' : part.text)).join('')).toBe('The ferry leaves at nine.');
  });

  it('says when nothing changed', () => {
    expect(hasChanges(wordDiff('Same words.', 'Same words.'))).toBe(false);
    expect(hasChanges(wordDiff('', ''))).toBe(false);
    expect(hasChanges(wordDiff('', 'New summary'))).toBe(true);
  });

  it('compares bodies paragraph by paragraph as text', () => {
    const before = htmlToPlainText('<p>First paragraph.</p><blockquote><p>A quote</p></blockquote>', { paragraphs: true });
    const after = htmlToPlainText('<p>First paragraph.</p><p>A new one.</p><blockquote><p>A quote</p></blockquote>', { paragraphs: true });
    expect(before).toBe('First paragraph.\n\nA quote');
    const parts = wordDiff(before, after);
    expect(
      parts
        ?.filter((part) => part.kind === 'added')
        .map((part) => part.text)
        .join(''),
    ).toContain('new one.');
    expect(parts?.filter((part) => part.kind === 'removed')).toEqual([]);
    expect(parts?.map((part) => part.text).join('')).toBe(after);
  });
});
