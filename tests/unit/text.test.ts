import { describe, expect, it } from 'vitest';
import { excerpt, htmlToPlainText, readingMinutes } from '@/lib/text';

describe('excerpt', () => {
  it('keeps short text whole', () => {
    expect(excerpt('A short summary.', 50)).toBe('A short summary.');
  });

  it('cuts at a word boundary and adds an ellipsis', () => {
    const text = 'The harbour authority confirmed on Tuesday that the strike had ended after twelve days';
    const result = excerpt(text, 40);
    expect(result).toBe('The harbour authority confirmed on…');
    expect(result.length).toBeLessThanOrEqual(41);
  });

  it('drops trailing punctuation before the ellipsis', () => {
    expect(excerpt('First clause, second clause continues here', 14)).toBe('First clause…');
  });

  it('collapses whitespace', () => {
    expect(excerpt('  lots\n\n of   space  ', 100)).toBe('lots of space');
  });
});

describe('htmlToPlainText', () => {
  it('strips tags, decodes entities and separates blocks', () => {
    expect(htmlToPlainText('<p>Fish &amp; chips</p><p>cost&nbsp;&#163;5</p>')).toBe('Fish & chips cost £5');
  });

  it('drops script content entirely', () => {
    expect(htmlToPlainText('<p>Hi</p><script>alert(1)</script>')).toBe('Hi');
  });
});

describe('readingMinutes', () => {
  it('is at least one minute and grows with length', () => {
    expect(readingMinutes('one two')).toBe(1);
    expect(readingMinutes('word '.repeat(1150))).toBe(5);
  });
});
