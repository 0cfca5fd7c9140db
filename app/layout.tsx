import type { Metadata, Viewport } from 'next';
import type { ReactNode } from 'react';
import { feedAlternates } from '@/web/metadata';
import { getSiteConfig } from '@/lib/site';
import './globals.css';

export function generateMetadata(): Metadata {
  const { siteName, siteUrl } = getSiteConfig();
  return {
    metadataBase: new URL(siteUrl),
    title: { default: `${siteName} — Independent news`, template: `%s — ${siteName}` },
    description: `${siteName}: news, analysis and culture from an independent newsroom.`,
    icons: { icon: '/favicon.svg' },
    // Pages that set their own alternates repeat these (web/metadata.ts); this covers every other page.
    alternates: { types: feedAlternates() },
    openGraph: { siteName, type: 'website', locale: 'en_GB' },
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

export default function RootLayout({ children }: { children: ReactNode }) {
  return (
    <html lang="en">
      <body>{children}</body>
    </html>
  );
}
