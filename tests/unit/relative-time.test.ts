import { describe, expect, it } from 'vitest';
import { formatRelativeTime, relativeTimeValidFor } from '@/lib/relative-time';

const utc = { timeZone: 'UTC', language: 'en-GB' };
const berlin = { timeZone: 'Europe/Berlin', language: 'en-GB' };
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
    expect(formatRelativeTime(ago(ms), now, utc)).toBe(expected);
  });

  it('describes future times', () => {
    expect(formatRelativeTime(new Date(now.getTime() + 2 * HOUR), now, utc)).toBe('in 2 hours');
  });

  it('counts calendar days on the site’s clock, not elapsed 24-hour periods', () => {
    // Monday 23:30 in Berlin to Thursday 08:00 in Berlin: 56.5 hours, but three calendar days.
    const published = new Date('2026-11-23T22:30:00Z');
    const thursday = new Date('2026-11-26T07:00:00Z');
    expect(formatRelativeTime(published, thursday, berlin)).toBe('3 days ago');
    // In UTC the same story was published on Monday 22:30 and it is Thursday 07:00: also three days…
    expect(formatRelativeTime(published, thursday, utc)).toBe('3 days ago');
    // …but at 00:30 Berlin time on Thursday (23:30 UTC Wednesday) Berlin says three and UTC two.
    const justAfterBerlinMidnight = new Date('2026-11-25T23:30:00Z');
    expect(formatRelativeTime(published, justAfterBerlinMidnight, berlin)).toBe('3 days ago');
    expect(formatRelativeTime(published, justAfterBerlinMidnight, utc)).toBe('2 days ago');
  });

  it('speaks the site’s language', () => {
    expect(formatRelativeTime(ago(3 * DAY), now, { timeZone: 'UTC', language: 'de' })).toBe('vor 3 Tagen');
  });
});

describe('relativeTimeValidFor', () => {
  it('says when the text will next change', () => {
    expect(relativeTimeValidFor(ago(5 * MIN + 30_000), now, utc)).toBe(30_000);
    // Beyond a day, the text changes at the site's next midnight: 12 hours away in UTC, 11 in Berlin.
    const date = ago(3 * DAY + 5 * HOUR);
    expect(relativeTimeValidFor(date, now, utc)).toBe(12 * HOUR);
    expect(relativeTimeValidFor(date, now, berlin)).toBe(11 * HOUR);
    const later = new Date(now.getTime() + relativeTimeValidFor(date, now, berlin));
    expect(formatRelativeTime(date, new Date(later.getTime() - 1), berlin)).toBe('3 days ago');
    expect(formatRelativeTime(date, later, berlin)).toBe('4 days ago');
  });
});

describe('relativeTimeValidFor, for times still to come', () => {
  it('says when a future time’s text next changes', () => {
    const inTwoHours = new Date(now.getTime() + 2 * HOUR + 10 * MIN);
    const wait = relativeTimeValidFor(inTwoHours, now, utc);
    expect(formatRelativeTime(inTwoHours, now, utc)).toBe('in 2 hours');
    expect(formatRelativeTime(inTwoHours, new Date(now.getTime() + wait - 1), utc)).toBe('in 2 hours');
    expect(formatRelativeTime(inTwoHours, new Date(now.getTime() + wait), utc)).toBe('in 1 hour');
  });
});
