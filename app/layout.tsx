import type { Metadata, Viewport } from 'next';
import type { ReactNode } from 'react';
import { documentLanguage, feedAlternates } from '@/web/metadata';
import { getSiteConfig } from '@/lib/site';
import { openGraphLocale } from '@/lib/site-time';
import { fontVariables } from './fonts';
import './globals.css';

export async function generateMetadata(): Promise<Metadata> {
  const { siteName, siteUrl } = getSiteConfig();
  const language = await documentLanguage();
  return {
    metadataBase: new URL(siteUrl),
    title: { default: `${siteName} — Independent news`, template: `%s — ${siteName}` },
    description: `${siteName}: news, analysis and culture from an independent newsroom.`,
    icons: { icon: '/favicon.svg' },
    // Pages that set their own alternates repeat these (web/metadata.ts); this covers every other page.
    alternates: { types: feedAlternates() },
    openGraph: { siteName, type: 'website', locale: openGraphLocale(language) },
    twitter: { card: 'summary' },
  };
}

export const viewport: Viewport = {
  themeColor: [
    { media: '(prefers-color-scheme: light)', color: '#fbfaf7' },
    { media: '(prefers-color-scheme: dark)', color: '#15171a' },
  ],
  colorScheme: 'light dark',
};

export default async function RootLayout({ children }: { children: ReactNode }) {
  const language = await documentLanguage();
  return (
    // The reader layout's script marks <html> (data-theme, data-js) before React hydrates it.
    <html lang={language} className={fontVariables} suppressHydrationWarning>
      <body>{children}</body>
    </html>
  );
}
