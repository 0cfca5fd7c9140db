import { connection } from 'next/server';
import { NotFoundContent } from '@/components/layout/not-found-content';
import { ReaderChrome } from '@/components/layout/reader-chrome';

/**
 * An address no route matches: only the root layout is around it, so it brings the reader chrome itself.
 * A reader page's own notFound() gets app/(site)/not-found.tsx, inside the chrome it already has.
 */
export default async function NotFoundPage() {
  // Read at request time, never at build time (there is no database then).
  await connection();
  return (
    <ReaderChrome>
      <NotFoundContent />
    </ReaderChrome>
  );
}
