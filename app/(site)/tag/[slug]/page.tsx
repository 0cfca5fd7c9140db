import type { Metadata } from 'next';
import { ListingPage, listingPageMetadata } from '@/components/listing/listing-page';

// The first page is rendered on first visit and then served from the page cache until a story on it,
// or in its Recent Posts, changes (server/page-cache-handler.mjs, on any instance). Older pages have their
// own, uncached route: proxy.ts rewrites `?before=` there.
export const dynamic = 'force-static';
export const revalidate = 30;
export function generateStaticParams(): Array<{ slug: string }> {
  return [];
}

interface FirstPageProps {
  params: Promise<{ slug: string }>;
}

export async function generateMetadata({ params }: FirstPageProps): Promise<Metadata> {
  return listingPageMetadata('tag', (await params).slug, undefined);
}

export default async function TagPage({ params }: FirstPageProps) {
  return <ListingPage kind="tag" slug={(await params).slug} before={undefined} />;
}
