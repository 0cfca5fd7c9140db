/**
 * Days and wall-clock times in the site's time zone, for the front page's "pinned until" and the breaking
 * banner's expiry. Pure: Intl only, no library, no clock of its own.
 */

/** The site's time zone: TIME_ZONE, or UTC. The one place it is read (a site setting may replace it). */
export function siteTimeZone(): string {
  const zone = process.env.TIME_ZONE?.trim() || 'UTC';
  return isTimeZone(zone) ? zone : 'UTC';
}

export function isTimeZone(zone: string): boolean {
  try {
    new Intl.DateTimeFormat('en-GB', { timeZone: zone });
    return true;
  } catch {
    return false;
  }
}

interface WallClock {
  year: number;
  month: number;
  day: number;
  hour: number;
  minute: number;
  second: number;
}

function wallClockAt(instant: Date, timeZone: string): WallClock {
  const parts = new Intl.DateTimeFormat('en-GB', {
    timeZone,
    hourCycle: 'h23',
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
    hour: '2-digit',
    minute: '2-digit',
    second: '2-digit',
  }).formatToParts(instant);
  const value = (type: Intl.DateTimeFormatPartTypes) => Number(parts.find((part) => part.type === type)?.value ?? 0);
  return {
    year: value('year'),
    month: value('month'),
    day: value('day'),
    hour: value('hour'),
    minute: value('minute'),
    second: value('second'),
  };
}

/** The instant a wall-clock time in the zone names; in a gap (spring forward) the instant just after it. */
export function instantOfWallClock(wall: WallClock, timeZone: string): Date {
  const asUtc = Date.UTC(wall.year, wall.month - 1, wall.day, wall.hour, wall.minute, wall.second);
  // The zone's offset can differ either side of the answer; two corrections settle it, even across a change.
  let guess = asUtc;
  for (let i = 0; i < 2; i++) {
    const seen = wallClockAt(new Date(guess), timeZone);
    const seenAsUtc = Date.UTC(seen.year, seen.month - 1, seen.day, seen.hour, seen.minute, seen.second);
    guess += asUtc - seenAsUtc;
  }
  return new Date(guess);
}

/** The last millisecond of the site day that `instant` falls on (23:59:59.999 in the zone). */
export function endOfSiteDay(instant: Date, timeZone: string): Date {
  const wall = wallClockAt(instant, timeZone);
  const nextMidnight = instantOfWallClock({ ...wall, day: wall.day + 1, hour: 0, minute: 0, second: 0 }, timeZone);
  return new Date(nextMidnight.getTime() - 1);
}

const LOCAL_INPUT = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})(?::(\d{2}))?$/;

/** A `datetime-local` value ("2026-12-03T18:30"), read as a time in the zone; null when it is not one. */
export function parseSiteLocalTime(value: string, timeZone: string): Date | null {
  const match = LOCAL_INPUT.exec(value.trim());
  if (!match) return null;
  const [year, month, day, hour, minute, second] = match.slice(1).map((part) => Number(part ?? 0)) as [
    number,
    number,
    number,
    number,
    number,
    number,
  ];
  if (month < 1 || month > 12 || day < 1 || day > 31 || hour > 23 || minute > 59 || second > 59) return null;
  const probe = new Date(Date.UTC(year, month - 1, day));
  if (probe.getUTCDate() !== day) return null;
  return instantOfWallClock({ year, month, day, hour, minute, second }, timeZone);
}

/** An instant as a `datetime-local` value in the zone, to the minute. */
export function formatSiteLocalTime(instant: Date, timeZone: string): string {
  const wall = wallClockAt(instant, timeZone);
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${wall.year}-${pad(wall.month)}-${pad(wall.day)}T${pad(wall.hour)}:${pad(wall.minute)}`;
}
