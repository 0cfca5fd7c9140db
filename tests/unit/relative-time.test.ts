import { describe, expect, it } from 'vitest';
import { formatAbsoluteDate, formatRelativeTime, relativeTimeValidFor } from '@/lib/relative-time';

const now = new Date('2026-11-27T12:00:00Z');
const ago = (ms: number) => new Date(now.getTime() - ms);
const MIN = 60_000;
const HOUR = 60 * MIN;
const DAY = 24 * HOUR;

describe('formatRelativeTime', () => {
  it.each([
    [20_000, 'just now'],
    [MIN, '1 minute ago'],
    [5 * MIN + 30_000, '5 minutes ago'],
    [HOUR, '1 hour ago'],
    [3 * HOUR + 59 * MIN, '3 hours ago'],
    [DAY, '1 day ago'],
    [3 * DAY + 5 * HOUR, '3 days ago'],
    [8 * DAY, '1 week ago'],
    [45 * DAY, '1 month ago'],
    [400 * DAY, '1 year ago'],
  ])('%i ms ago reads "%s"', (ms, expected) => {
    expect(formatRelativeTime(ago(ms), now)).toBe(expected);
  });

  it('describes future times', () => {
    expect(formatRelativeTime(new Date(now.getTime() + 2 * HOUR), now)).toBe('in 2 hours');
  });
});

describe('relativeTimeValidFor', () => {
  it('says when the text will next change', () => {
    expect(relativeTimeValidFor(ago(3 * DAY + 5 * HOUR), now)).toBe(19 * HOUR);
    expect(relativeTimeValidFor(ago(5 * MIN + 30_000), now)).toBe(30_000);
    const date = ago(3 * DAY + 5 * HOUR);
    const later = new Date(now.getTime() + relativeTimeValidFor(date, now));
    expect(formatRelativeTime(date, later)).toBe('4 days ago');
  });
});

describe('formatAbsoluteDate', () => {
  it('gives the full date and time in UTC', () => {
    expect(formatAbsoluteDate(new Date('2026-11-24T09:05:00Z'))).toBe('24 November 2026 at 09:05 UTC');
  });
});
