import { calendarDaysBetween, endOfSiteDay, type SiteClock } from './site-time';

const SECOND = 1000;
const MINUTE = 60 * SECOND;
const HOUR = 60 * MINUTE;
const DAY = 24 * HOUR;

/** Beyond a day, the count is of calendar days in the site's zone, grouped into weeks, months and years. */
const dayUnits: Array<[Intl.RelativeTimeFormatUnit, number]> = [
  ['year', 365],
  ['month', 30],
  ['week', 7],
  ['day', 1],
];

const formatters = new Map<string, Intl.RelativeTimeFormat>();
function formatter(language: string): Intl.RelativeTimeFormat {
  let cached = formatters.get(language);
  if (!cached) {
    cached = new Intl.RelativeTimeFormat(language, { numeric: 'always' });
    formatters.set(language, cached);
  }
  return cached;
}

/**
 * "3 days ago", "2 hours ago", "just now"; future times read "in 2 hours". Under a day it counts
 * elapsed time; from a day on, calendar days on the site's clock (yesterday 23:00 is "1 day ago" at 01:00
 * only once 24 hours have passed, and a story from Monday evening is "3 days ago" all Thursday).
 */
export function formatRelativeTime(date: Date, now: Date, clock: SiteClock): string {
  const diff = date.getTime() - now.getTime();
  const distance = Math.abs(diff);
  const sign = diff < 0 ? -1 : 1;
  if (distance < MINUTE) return 'just now';
  const text = formatter(clock.language);
  if (distance < HOUR) return text.format(sign * Math.floor(distance / MINUTE), 'minute');
  if (distance < DAY) return text.format(sign * Math.floor(distance / HOUR), 'hour');
  const days = Math.max(1, Math.abs(calendarDaysBetween(date, now, clock.timeZone)));
  for (const [unit, size] of dayUnits) {
    if (days >= size) return text.format(sign * Math.floor(days / size), unit);
  }
  return text.format(sign * days, 'day');
}

/**
 * How long until the relative text of `date` changes, so a client can refresh it exactly then
 * (and a cache can know how long the text stays true).
 */
export function relativeTimeValidFor(date: Date, now: Date, clock: SiteClock): number {
  const distance = Math.abs(date.getTime() - now.getTime());
  // A future time's count falls as it nears; a past time's grows.
  const future = date.getTime() > now.getTime();
  const untilNext = (unit: number) => (future ? (distance % unit) + 1 : unit - (distance % unit));
  if (distance < MINUTE) return future ? distance + MINUTE : MINUTE - distance;
  if (distance < HOUR) return untilNext(MINUTE);
  if (distance < DAY) return future ? untilNext(HOUR) : Math.min(untilNext(HOUR), DAY - distance);
  const untilMidnight = endOfSiteDay(now, clock.timeZone).getTime() + 1 - now.getTime();
  // A future time crosses back under a day before it ever reaches a midnight's change.
  return future ? Math.min(untilMidnight, distance - DAY + 1) : untilMidnight;
}
