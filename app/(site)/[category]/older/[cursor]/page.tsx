import type { Metadata } from 'next';
import { ListingPage, listingPageMetadata } from '@/components/listing/listing-page';

// `/[section]?before=CURSOR`, rewritten here by proxy.ts. Rendered per request and never kept: any cursor
// can be asked for, so caching each would let a crawler fill the page cache.
export const dynamic = 'force-dynamic';

interface OlderPageProps {
  params: Promise<{ category: string; cursor: string }>;
}

export async function generateMetadata({ params }: OlderPageProps): Promise<Metadata> {
  const { category, cursor } = await params;
  return listingPageMetadata('section', category, cursor);
}

export default async function OlderSectionPage({ params }: OlderPageProps) {
  const { category, cursor } = await params;
  return <ListingPage kind="section" slug={category} before={cursor} />;
}
