import { getSiteClock } from '@/db/settings';
import { formatSiteDateTime, formatSiteTimestamp, toZonedIso } from '@/lib/site-time';

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
