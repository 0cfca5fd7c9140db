import { describe, expect, it } from 'vitest';
import {
  calendarDaysBetween,
  canonicalLanguage,
  canonicalTimeZone,
  wallTimeOf,
  endOfSiteDay,
  formatSiteDateTime,
  formatSiteDay,
  formatSiteMoment,
  formatSiteNumber,
  openGraphLocale,
  readPublishTime,
  startOfSiteDay,
  toWallTimeInput,
  toZonedIso,
  zoneAbbreviation,
  zoneLabel,
} from '@/lib/site-time';

const berlin = { timeZone: 'Europe/Berlin', language: 'en-GB' };
const newYork = { timeZone: 'America/New_York', language: 'en-GB' };

describe('zone and language names', () => {
  it('accepts IANA names in their canonical spelling and refuses anything else', () => {
    expect(canonicalTimeZone('Europe/Berlin')).toBe('Europe/Berlin');
    expect(canonicalTimeZone('europe/berlin')).toBe('Europe/Berlin');
    expect(canonicalTimeZone('UTC')).toBe('UTC');
    expect(canonicalTimeZone('Europe/Berln')).toBeNull();
    expect(canonicalTimeZone('')).toBeNull();
    expect(canonicalTimeZone('Mars/Olympus_Mons')).toBeNull();
  });

  it('accepts BCP 47 tags in their canonical form and refuses anything else', () => {
    expect(canonicalLanguage('en-gb')).toBe('en-GB');
    expect(canonicalLanguage('de')).toBe('de');
    expect(canonicalLanguage('english!')).toBeNull();
    expect(canonicalLanguage('')).toBeNull();
  });

  it('writes the Open Graph locale from the language', () => {
    expect(openGraphLocale('en-GB')).toBe('en_GB');
    expect(openGraphLocale('de')).toBe('de');
  });
});

describe('instants on the site’s clock', () => {
  const instant = new Date('2026-12-04T09:08:00Z');

  it('writes ISO 8601 with the zone’s offset, for machines', () => {
    expect(toZonedIso(instant, 'Europe/Berlin')).toBe('2026-12-04T10:08:00+01:00');
    expect(toZonedIso(new Date('2026-07-04T09:08:00Z'), 'Europe/Berlin')).toBe('2026-07-04T11:08:00+02:00');
    expect(toZonedIso(instant, 'America/New_York')).toBe('2026-12-04T04:08:00-05:00');
    expect(toZonedIso(instant, 'Asia/Kolkata')).toBe('2026-12-04T14:38:00+05:30');
    expect(toZonedIso(instant, 'UTC')).toBe('2026-12-04T09:08:00+00:00');
    // The same instant, whichever zone wrote it.
    expect(new Date(toZonedIso(instant, 'Asia/Kolkata')).getTime()).toBe(instant.getTime());
  });

  it('names the zone as readers know it', () => {
    expect(zoneAbbreviation(instant, berlin)).toBe('CET');
    expect(zoneAbbreviation(new Date('2026-07-04T09:08:00Z'), berlin)).toBe('CEST');
    expect(zoneAbbreviation(instant, newYork)).toBe('EST');
    expect(zoneAbbreviation(new Date('2026-07-04T09:08:00Z'), { timeZone: 'Europe/London', language: 'en-GB' })).toBe('BST');
    expect(zoneLabel(instant, berlin)).toBe('Europe/Berlin, CET');
    expect(zoneLabel(instant, { timeZone: 'UTC', language: 'en-GB' })).toBe('UTC');
  });

  it('formats dates and times for people in the site’s zone and language', () => {
    expect(formatSiteDateTime(instant, berlin)).toBe('4 December 2026 at 10:08 CET');
    expect(formatSiteDateTime(instant, newYork)).toBe('4 December 2026 at 04:08 EST');
    expect(formatSiteDay(new Date('2026-12-03T23:30:00Z'), berlin)).toBe('4 December 2026');
    expect(formatSiteDay(new Date('2026-12-03T23:30:00Z'), newYork)).toBe('3 December 2026');
    expect(formatSiteMoment(instant, berlin, new Date('2026-12-03T12:00:00Z'))).toBe('4 December, 10:08 CET');
    expect(formatSiteMoment(instant, berlin, new Date('2025-12-03T12:00:00Z'))).toBe('4 December 2026, 10:08 CET');
    expect(formatSiteDay(instant, { timeZone: 'Europe/Berlin', language: 'de' })).toBe('4. Dezember 2026');
    expect(formatSiteNumber(1234567, { language: 'de' })).toBe('1.234.567');
    expect(formatSiteNumber(1234567, { language: 'en-GB' })).toBe('1,234,567');
  });

  it('shows an instant as the editor’s datetime-local value on the site’s clock', () => {
    expect(toWallTimeInput(instant, 'Europe/Berlin')).toBe('2026-12-04T10:08');
    expect(toWallTimeInput(instant, 'America/New_York')).toBe('2026-12-04T04:08');
    expect(toWallTimeInput(new Date('2026-12-04T09:08:30Z'), 'Europe/Berlin')).toBe('2026-12-04T10:08:30');
  });
});

describe('the site’s day', () => {
  it('starts and ends at the site’s midnight, not UTC’s', () => {
    const lateEvening = new Date('2026-12-03T22:30:00Z'); // 23:30 in Berlin
    expect(startOfSiteDay(lateEvening, 'Europe/Berlin').toISOString()).toBe('2026-12-02T23:00:00.000Z');
    expect(endOfSiteDay(lateEvening, 'Europe/Berlin').toISOString()).toBe('2026-12-03T22:59:59.999Z');
    expect(endOfSiteDay(lateEvening, 'UTC').toISOString()).toBe('2026-12-03T23:59:59.999Z');
    expect(endOfSiteDay(lateEvening, 'America/New_York').toISOString()).toBe('2026-12-04T04:59:59.999Z');
  });

  it('is 23 hours long on a spring-forward day and 25 on an autumn one', () => {
    const spring = new Date('2026-03-29T12:00:00Z');
    expect(endOfSiteDay(spring, 'Europe/Berlin').getTime() + 1 - startOfSiteDay(spring, 'Europe/Berlin').getTime()).toBe(23 * 3_600_000);
    const autumn = new Date('2026-10-25T12:00:00Z');
    expect(endOfSiteDay(autumn, 'Europe/Berlin').getTime() + 1 - startOfSiteDay(autumn, 'Europe/Berlin').getTime()).toBe(25 * 3_600_000);
  });

  it('begins at the transition where the zone skips midnight itself', () => {
    // Samoa skipped 30 December 2011 altogether: 31 December began at 10:00 UTC on the 30th.
    expect(startOfSiteDay(new Date('2011-12-30T12:00:00Z'), 'Pacific/Apia').toISOString()).toBe('2011-12-30T10:00:00.000Z');
  });

  it('counts calendar days between two instants on the site’s calendar', () => {
    const evening = new Date('2026-12-03T22:50:00Z'); // 23:50 Berlin
    const after = new Date('2026-12-03T23:10:00Z'); // 00:10 Berlin, the next day
    expect(calendarDaysBetween(evening, after, 'Europe/Berlin')).toBe(1);
    expect(calendarDaysBetween(evening, after, 'UTC')).toBe(0);
    expect(calendarDaysBetween(new Date('2026-10-24T12:00:00Z'), new Date('2026-10-26T12:00:00Z'), 'Europe/Berlin')).toBe(2);
  });
});

describe('what an editor types, read on the site’s clock', () => {
  it('reads a wall time in the site zone, whatever zone the process runs in', () => {
    const reading = readPublishTime('2026-12-04T10:08', berlin);
    expect(reading).toEqual({ ok: true, instant: new Date('2026-12-04T09:08:00Z') });
    expect(readPublishTime('2026-12-04T10:08', newYork)).toEqual({ ok: true, instant: new Date('2026-12-04T15:08:00Z') });
    expect(readPublishTime('2026-12-04T10:08:30', berlin)).toEqual({ ok: true, instant: new Date('2026-12-04T09:08:30Z') });
  });

  it('takes an ISO time with an offset as the instant it names', () => {
    expect(readPublishTime('2026-12-04T09:08:00.000Z', berlin)).toEqual({ ok: true, instant: new Date('2026-12-04T09:08:00Z') });
    expect(readPublishTime('2026-12-04T10:08:00+01:00', newYork)).toEqual({ ok: true, instant: new Date('2026-12-04T09:08:00Z') });
  });

  it('refuses what is not a date and time', () => {
    for (const text of ['next tuesday-ish', '2026-02-30T10:00', '2026-12-04T24:30', '2026-12-04', '']) {
      expect(readPublishTime(text, berlin)).toMatchObject({ ok: false, problem: 'invalid' });
    }
  });

  it('refuses a time the spring-forward skips, saying why and suggesting one that exists', () => {
    const reading = readPublishTime('2026-03-29T02:30', berlin);
    expect(reading).toEqual({
      ok: false,
      problem: 'gap',
      message:
        '02:30 on 29 March 2026 does not exist in Europe/Berlin: the clocks go forward that night and skip it. Choose another time, such as 03:30.',
    });
    // New York skips 02:00–03:00 on 8 March 2026.
    expect(readPublishTime('2026-03-08T02:15', newYork)).toMatchObject({ ok: false, problem: 'gap' });
    // Just either side of the gap is fine.
    expect(readPublishTime('2026-03-29T01:59', berlin)).toEqual({ ok: true, instant: new Date('2026-03-29T00:59:00Z') });
    expect(readPublishTime('2026-03-29T03:00', berlin)).toEqual({ ok: true, instant: new Date('2026-03-29T01:00:00Z') });
  });

  it('asks which of the two an autumn time means, and takes the one chosen', () => {
    const reading = readPublishTime('2026-10-25T02:30', berlin);
    expect(reading).toMatchObject({
      ok: false,
      problem: 'ambiguous',
      message:
        '02:30 on 25 October 2026 happens twice in Europe/Berlin: the clocks go back that night. Choose 02:30 CEST (the first, UTC+02:00) or 02:30 CET (the second, UTC+01:00).',
    });
    if (reading.ok || reading.problem !== 'ambiguous') throw new Error('expected an ambiguous reading');
    expect(reading.choices.earlier.instant.toISOString()).toBe('2026-10-25T00:30:00.000Z');
    expect(reading.choices.later.instant.toISOString()).toBe('2026-10-25T01:30:00.000Z');
    expect(readPublishTime('2026-10-25T02:30', berlin, 'earlier')).toEqual({ ok: true, instant: new Date('2026-10-25T00:30:00Z') });
    expect(readPublishTime('2026-10-25T02:30', berlin, 'later')).toEqual({ ok: true, instant: new Date('2026-10-25T01:30:00Z') });
    // An hour that happens once needs no choice, and a choice does not change it.
    expect(readPublishTime('2026-10-25T03:30', berlin, 'earlier')).toEqual({ ok: true, instant: new Date('2026-10-25T02:30:00Z') });
  });
});

describe('readings kept for a page', () => {
  it('reads UTC without ICU exactly as ICU reads it, and a zone the same way twice', () => {
    for (const ms of [0, 951_782_400_000, 1_711_846_799_999, 1_798_761_600_000, Date.UTC(2026, 11, 31, 23, 59, 59)]) {
      const instant = new Date(ms);
      expect(wallTimeOf(instant, 'UTC')).toEqual(wallTimeOf(instant, 'Etc/UTC'));
      expect(wallTimeOf(instant, 'Europe/Berlin')).toEqual(wallTimeOf(new Date(ms), 'Europe/Berlin'));
    }
  });

  it('names the zone by the offset in force, across a change of the clocks', () => {
    expect(zoneAbbreviation(new Date('2026-07-01T12:00:00Z'), berlin)).toBe('CEST');
    expect(zoneAbbreviation(new Date('2026-12-01T12:00:00Z'), berlin)).toBe('CET');
    expect(zoneAbbreviation(new Date('2026-07-02T12:00:00Z'), berlin)).toBe('CEST');
    expect(zoneAbbreviation(new Date('2026-07-01T12:00:00Z'), newYork)).toBe('EDT');
  });
});
