import type { ReactNode } from 'react';
import { documentLanguage, siteMetadata, siteViewport } from '@/web/metadata';
import { fontVariables } from './fonts';
import './globals.css';

// The site's own metadata and colours; the global 404 page (app/global-not-found.tsx) shares them.
export const generateMetadata = siteMetadata;
export const viewport = siteViewport;

export default async function RootLayout({ children }: { children: ReactNode }) {
  const language = await documentLanguage();
  return (
    // The reader layout's script marks <html> (data-theme, data-js) before React hydrates it.
    <html lang={language} className={fontVariables} suppressHydrationWarning>
      <body>{children}</body>
    </html>
  );
}
