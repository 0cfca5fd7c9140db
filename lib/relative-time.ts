const SECOND = 1000;
const MINUTE = 60 * SECOND;
const HOUR = 60 * MINUTE;
const DAY = 24 * HOUR;

const units: Array<[Intl.RelativeTimeFormatUnit, number]> = [
  ['year', 365 * DAY],
  ['month', 30 * DAY],
  ['week', 7 * DAY],
  ['day', DAY],
  ['hour', HOUR],
  ['minute', MINUTE],
];

const formatter = new Intl.RelativeTimeFormat('en', { numeric: 'always' });

/** "3 days ago", "2 hours ago", "just now"; future times read "in 2 hours". */
export function formatRelativeTime(date: Date, now: Date = new Date()): string {
  const diff = date.getTime() - now.getTime();
  const distance = Math.abs(diff);
  if (distance < MINUTE) return 'just now';
  for (const [unit, size] of units) {
    if (distance >= size) {
      const value = Math.floor(distance / size);
      return formatter.format(diff < 0 ? -value : value, unit);
    }
  }
  return 'just now';
}

/**
 * How long until the relative text of `date` changes, so a client can refresh it exactly then
 * (and a cache can know how long the text stays true).
 */
export function relativeTimeValidFor(date: Date, now: Date = new Date()): number {
  const distance = Math.abs(date.getTime() - now.getTime());
  if (distance < MINUTE) return MINUTE - distance;
  for (const [, size] of units) {
    if (distance >= size) return size - (distance % size);
  }
  return MINUTE;
}

const absoluteFormatter = new Intl.DateTimeFormat('en-GB', {
  day: 'numeric',
  month: 'long',
  year: 'numeric',
  hour: '2-digit',
  minute: '2-digit',
  timeZone: 'UTC',
  timeZoneName: 'short',
});

/** "27 November 2026, 14:05 UTC": the absolute form shown beside or under a relative time. */
export function formatAbsoluteDate(date: Date): string {
  return absoluteFormatter.format(date);
}

const dayFormatter = new Intl.DateTimeFormat('en-GB', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' });

export function formatDay(date: Date): string {
  return dayFormatter.format(date);
}
