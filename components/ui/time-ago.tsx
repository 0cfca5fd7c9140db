import { formatAbsoluteDate, formatRelativeTime } from '@/lib/relative-time';
import { RelativeTime } from './relative-time';

/** Server wrapper: computes the first text and the absolute date for the relative-time leaf. */
export function TimeAgo({ date }: { date: Date }) {
  return <RelativeTime dateTime={date.toISOString()} serverText={formatRelativeTime(date)} absolute={formatAbsoluteDate(date)} />;
}
