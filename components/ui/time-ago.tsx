import { getSiteClock } from '@/db/settings';
import { formatRelativeTime } from '@/lib/relative-time';
import { formatSiteDateTime, toZonedIso } from '@/lib/site-time';
import { RelativeTime } from './relative-time';

/** Server wrapper: computes the first text and the absolute date, on the site's clock, for the relative-time leaf. */
export async function TimeAgo({ date }: { date: Date }) {
  const clock = await getSiteClock();
  return (
    <RelativeTime
      dateTime={toZonedIso(date, clock.timeZone)}
      serverText={formatRelativeTime(date, new Date(), clock)}
      absolute={formatSiteDateTime(date, clock)}
      timeZone={clock.timeZone}
      language={clock.language}
    />
  );
}
