import { getSiteClock } from '@/db/settings';
import { formatSiteDateTime, formatSiteDay, formatSiteTimestamp, toZonedIso } from '@/lib/site-time';

/**
 * A moment on the site's clock: "4 December 2026 at 10:08 CET" (or the compact "4 Dec 2026, 10:08:12"
 * for tables whose heading names the zone), with the exact instant and offset in `datetime`.
 */
export async function SiteDateTime({ date, compact = false }: { date: Date; compact?: boolean }) {
  const clock = await getSiteClock();
  return (
    <time dateTime={toZonedIso(date, clock.timeZone)}>{compact ? formatSiteTimestamp(date, clock) : formatSiteDateTime(date, clock)}</time>
  );
}

/** A day on the site's calendar ("3 December 2026"), the full time on hover and in `datetime`. */
export async function SiteDay({ date }: { date: Date }) {
  const clock = await getSiteClock();
  return (
    <time dateTime={toZonedIso(date, clock.timeZone)} title={formatSiteDateTime(date, clock)}>
      {formatSiteDay(date, clock)}
    </time>
  );
}
