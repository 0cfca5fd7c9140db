'use client';

import { useEffect, useState } from 'react';
import { formatRelativeTime, relativeTimeValidFor } from '@/lib/relative-time';

interface RelativeTimeProps {
  /** ISO timestamp of the moment described. */
  dateTime: string;
  /** Text rendered on the server ("3 days ago"), shown until the browser recomputes it. */
  serverText: string;
  /** Absolute date, available as a tooltip and to assistive technology. */
  absolute: string;
  /** The site's zone and language: days are counted on the site's calendar, not the reader's. */
  timeZone: string;
  language: string;
}

/**
 * Relative time that stays right when the page came from a cache: the browser recomputes the text on
 * load and again exactly when it would change. Without JavaScript the server's text stands.
 */
export function RelativeTime({ dateTime, serverText, absolute, timeZone, language }: RelativeTimeProps) {
  const [text, setText] = useState(serverText);

  useEffect(() => {
    const date = new Date(dateTime);
    const clock = { timeZone, language };
    let timer: ReturnType<typeof setTimeout>;
    const update = () => {
      const now = new Date();
      setText(formatRelativeTime(date, now, clock));
      timer = setTimeout(update, Math.min(relativeTimeValidFor(date, now, clock) + 50, 2 ** 31 - 1));
    };
    update();
    return () => clearTimeout(timer);
  }, [dateTime, timeZone, language]);

  return (
    <time dateTime={dateTime} title={absolute}>
      {text}
    </time>
  );
}
