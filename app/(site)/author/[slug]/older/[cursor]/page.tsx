import type { Metadata } from 'next';
import { ListingPage, listingPageMetadata } from '@/components/listing/listing-page';

// `/author/[slug]?before=CURSOR`, rewritten here by proxy.ts. Rendered per request and never kept: any cursor
// can be asked for, so caching each would let a crawler fill the page cache.
export const dynamic = 'force-dynamic';

interface OlderPageProps {
  params: Promise<{ slug: string; cursor: string }>;
}

export async function generateMetadata({ params }: OlderPageProps): Promise<Metadata> {
  const { slug, cursor } = await params;
  return listingPageMetadata('author', slug, cursor);
}

export default async function OlderAuthorPage({ params }: OlderPageProps) {
  const { slug, cursor } = await params;
  return <ListingPage kind="author" slug={slug} before={cursor} />;
}
