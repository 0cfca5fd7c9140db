import type { ReactNode } from 'react';
import { SiteFooter } from '@/components/layout/site-footer';
import { SiteHeader } from '@/components/layout/site-header';
import { BreakingNewsBanner } from '@/components/layout/breaking-news-banner';

/** Reader chrome: masthead, section navigation, the breaking-news banner when there is one, and footer. The editor has its own. */
export default function SiteLayout({ children }: { children: ReactNode }) {
  return (
    <>
      <SiteHeader />
      <BreakingNewsBanner />
      <main id="main" className="site-main">
        {children}
      </main>
      <SiteFooter />
    </>
  );
}
