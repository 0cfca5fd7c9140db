'use client';

import Link from 'next/link';

/**
 * What a reader sees when a page fails on the server: a plain apology, never the error itself (the
 * server logs it with its stack and the request id). The reference is Next's digest of the error,
 * which the server log line carries too.
 */
export default function ErrorPage({ error, reset }: { error: Error & { digest?: string }; reset: () => void }) {
  return (
    <main id="main" className="site-main">
      <div className="not-found">
        <p className="listing-kicker">Error 500</p>
        <h1>Something went wrong on our side</h1>
        <p>
          The page could not be shown just now. Please try again in a moment, or start again from the <Link href="/">front page</Link>.
        </p>
        <p>
          <button type="button" onClick={reset}>
            Try again
          </button>
        </p>
        {error.digest && <p className="listing-kicker">Reference: {error.digest}</p>}
      </div>
    </main>
  );
}
