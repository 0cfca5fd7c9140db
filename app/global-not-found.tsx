import type { Metadata } from 'next';
import { connection } from 'next/server';
import { NotFoundContent } from '@/components/layout/not-found-content';
import { ReaderChrome } from '@/components/layout/reader-chrome';
import { getSiteConfig } from '@/lib/site';
import { documentLanguage, siteMetadata, siteViewport } from '@/web/metadata';
import { fontVariables } from './fonts';
import './globals.css';

/**
 * An address no route matches (`experimental.globalNotFound`): a whole document of its own, in the reader
 * chrome. A reader page's own notFound() gets app/(site)/not-found.tsx inside the chrome it already has.
 * Being outside the layouts, this page is not rendered into every other page's flight data, as a root
 * not-found.tsx with the whole chrome was (a masthead, a footer and this content, on every first render).
 */
// Outside the root layout, so the site's metadata (feeds, icon, colours) is set here too.
export async function generateMetadata(): Promise<Metadata> {
  const { siteName } = getSiteConfig();
  return { ...(await siteMetadata()), title: `Page not found — ${siteName}`, robots: { index: false } };
}
export const viewport = siteViewport;

export default async function GlobalNotFound() {
  // Read at request time, never at build time (there is no database then).
  await connection();
  const language = await documentLanguage();
  return (
    <html lang={language} className={fontVariables} suppressHydrationWarning>
      <body>
        <ReaderChrome>
          <NotFoundContent />
        </ReaderChrome>
      </body>
    </html>
  );
}
