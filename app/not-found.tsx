import { connection } from 'next/server';
import { BreakingNewsBanner } from '@/components/layout/breaking-news-banner';
import { NotFoundContent } from '@/components/layout/not-found-content';
import { SiteFooter } from '@/components/layout/site-footer';
import { SiteHeader } from '@/components/layout/site-header';

/**
 * An address no route matches: only the root layout is around it, so it brings the reader chrome itself.
 * A reader page's own notFound() gets app/(site)/not-found.tsx, inside the chrome it already has.
 */
export default async function NotFoundPage() {
  // Read at request time, never at build time (there is no database then).
  await connection();
  return (
    <>
      <SiteHeader />
      <BreakingNewsBanner />
      <main id="main" className="site-main">
        <NotFoundContent />
      </main>
      <SiteFooter />
    </>
  );
}
