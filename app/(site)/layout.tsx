import type { ReactNode } from 'react';
import { ReaderChrome } from '@/components/layout/reader-chrome';

/** Every reader page (and sign-in) inside the reader chrome. The editor has its own. */
export default function SiteLayout({ children }: { children: ReactNode }) {
  return <ReaderChrome>{children}</ReaderChrome>;
}
