'use client';

import './globals.css';

/** The last resort, when even the root layout failed: same promise as app/error.tsx, no details shown. */
export default function GlobalError({ error }: { error: Error & { digest?: string } }) {
  return (
    <html lang="en">
      <body>
        <main id="main" className="site-main">
          <div className="not-found">
            <p className="listing-kicker">Error 500</p>
            <h1>Something went wrong on our side</h1>
            <p>
              The page could not be shown just now. Please try again in a moment, or start again from the{' '}
              {/* A full page load, not a client navigation: the app that failed may be what is broken. */}
              {/* eslint-disable-next-line @next/next/no-html-link-for-pages */}
              <a href="/">front page</a>.
            </p>
            {error.digest && <p className="listing-kicker">Reference: {error.digest}</p>}
          </div>
        </main>
      </body>
    </html>
  );
}
