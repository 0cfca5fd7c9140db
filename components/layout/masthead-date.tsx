'use client';

import { useEffect, useState } from 'react';
import { endOfSiteDay, formatSiteDay, toZonedIso } from '@/lib/site-time';

interface MastheadDateProps {
  /** The date the server rendered ("3 December 2026"), which stands without JavaScript. */
  serverText: string;
  /** The same date as YYYY-MM-DD, for the datetime attribute. */
  serverDate: string;
  timeZone: string;
  language: string;
}

/**
 * Today's date on the site's clock. A cached page may be served after the site's midnight, so the
 * browser recomputes it on load and again at each midnight in the site's zone (whatever the reader's zone).
 */
export function MastheadDate({ serverText, serverDate, timeZone, language }: MastheadDateProps) {
  const [today, setToday] = useState({ text: serverText, iso: serverDate });

  useEffect(() => {
    let timer: ReturnType<typeof setTimeout>;
    const update = () => {
      const now = new Date();
      setToday({ text: formatSiteDay(now, { timeZone, language }), iso: toZonedIso(now, timeZone).slice(0, 10) });
      const untilMidnight = endOfSiteDay(now, timeZone).getTime() + 1 - now.getTime();
      timer = setTimeout(update, Math.min(untilMidnight + 50, 2 ** 31 - 1));
    };
    update();
    // A sleeping laptop's timers run late: check again when the tab is shown.
    const onVisible = () => {
      if (document.visibilityState === 'visible') {
        clearTimeout(timer);
        update();
      }
    };
    document.addEventListener('visibilitychange', onVisible);
    return () => {
      clearTimeout(timer);
      document.removeEventListener('visibilitychange', onVisible);
    };
  }, [timeZone, language]);

  return (
    <p className="masthead-date">
      <time dateTime={today.iso}>{today.text}</time>
    </p>
  );
}
