import { describe, expect, it } from 'vitest';
import { endOfSiteDay, readPinEnd, readWallTimeInput as parseSiteLocalTime, toMinuteInput as formatSiteLocalTime } from '@/lib/site-time';

describe('endOfSiteDay', () => {
  it('is the last millisecond of the day in the zone, not in UTC', () => {
    expect(endOfSiteDay(new Date('2026-12-03T10:00:00Z'), 'UTC').toISOString()).toBe('2026-12-03T23:59:59.999Z');
    // 23:30 UTC on 3 December is already 4 December in Auckland (UTC+13 in summer).
    expect(endOfSiteDay(new Date('2026-12-03T23:30:00Z'), 'Pacific/Auckland').toISOString()).toBe('2026-12-04T10:59:59.999Z');
    // 03:00 UTC is still 2 December in New York (UTC−5).
    expect(endOfSiteDay(new Date('2026-12-03T03:00:00Z'), 'America/New_York').toISOString()).toBe('2026-12-03T04:59:59.999Z');
  });

  it('follows a change of clocks during the day', () => {
    // London goes from UTC+1 to UTC on 25 October 2026: that day ends at 23:59:59.999 GMT.
    expect(endOfSiteDay(new Date('2026-10-25T00:30:00Z'), 'Europe/London').toISOString()).toBe('2026-10-25T23:59:59.999Z');
    // And on 29 March 2026 from UTC to UTC+1: the day ends at 22:59:59.999 UTC.
    expect(endOfSiteDay(new Date('2026-03-29T12:00:00Z'), 'Europe/London').toISOString()).toBe('2026-03-29T22:59:59.999Z');
  });
});

describe('site-local times (datetime-local fields)', () => {
  it('reads a wall-clock time in the zone and writes it back', () => {
    const instant = parseSiteLocalTime('2026-12-03T18:30', 'Europe/Berlin');
    expect(instant?.toISOString()).toBe('2026-12-03T17:30:00.000Z');
    expect(formatSiteLocalTime(instant ?? new Date(0), 'Europe/Berlin')).toBe('2026-12-03T18:30');
  });

  it('answers null for anything that is not a time', () => {
    for (const value of ['', 'tomorrow', '2026-02-30T10:00', '2026-12-03T24:00', '2026-13-01T10:00', '2026-12-03 10:00']) {
      expect(parseSiteLocalTime(value, 'UTC'), value).toBeNull();
    }
  });
});

describe('a front-page pin’s end, as the form sends it', () => {
  const now = new Date('2026-12-07T22:30:00Z'); // 23:30 in Berlin, still Monday there

  it('is the end of today on the site’s clock when left blank', () => {
    expect(readPinEnd('', false, now, 'Europe/Berlin')).toBe('2026-12-07T22:59:59.999Z');
    expect(readPinEnd('  ', false, now, 'UTC')).toBe('2026-12-07T23:59:59.999Z');
    // In Tokyo it is already Tuesday morning: the pin lasts to Tuesday's end there.
    expect(readPinEnd('', false, now, 'Asia/Tokyo')).toBe('2026-12-08T14:59:59.999Z');
  });

  it('has no end when the editor chose "until unpinned", and reads a typed time on the site’s clock', () => {
    expect(readPinEnd('2026-12-08T09:00', true, now, 'Europe/Berlin')).toBeNull();
    expect(readPinEnd('2026-12-08T09:00', false, now, 'Europe/Berlin')).toBe('2026-12-08T08:00:00.000Z');
    expect(readPinEnd('tomorrow', false, now, 'Europe/Berlin')).toBe('not a time');
  });
});
