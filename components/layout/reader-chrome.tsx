import type { ReactNode } from 'react';
import { THEME_SCRIPT } from '@/lib/theme';
import { BreakingNewsBanner } from './breaking-news-banner';
import { SiteFooter } from './site-footer';
import { SiteHeader } from './site-header';

/** Reader chrome: the remembered colour scheme, masthead, section navigation, breaking news when there is any, and footer. */
export function ReaderChrome({ children }: { children: ReactNode }) {
  return (
    <>
      {/* First in the body: the reader's chosen colour scheme is set before anything paints. */}
      <script dangerouslySetInnerHTML={{ __html: THEME_SCRIPT }} />
      <SiteHeader />
      <BreakingNewsBanner />
      <main id="main" className="site-main">
        {children}
      </main>
      <SiteFooter />
    </>
  );
}
