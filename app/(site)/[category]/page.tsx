import type { Metadata } from 'next';
import { cache } from 'react';
import { ListingPage, listingPageMetadata } from '@/components/listing/listing-page';
import { StaticPageView } from '@/components/page/static-page';
import { getPublishedPageBySlug } from '@/db/pages';
import { staticPagePath } from '@/lib/paths';
import { htmlToPlainText, excerpt } from '@/lib/text';
import { pageMetadata } from '@/web/metadata';

// The first page is rendered on first visit and then served from the page cache until a story on it,
// or in its Recent Posts, changes (server/page-cache-handler.mjs, on any instance). Older pages have their
// own, uncached route: proxy.ts rewrites `?before=` there.
export const dynamic = 'force-static';
export const revalidate = 30;
export function generateStaticParams(): Array<{ category: string }> {
  return [];
}

interface FirstPageProps {
  params: Promise<{ category: string }>;
}

// A first-level address is a section or a static page, never both (newsroom/pages.ts and taxonomy.ts refuse a clash).
const loadPage = cache((slug: string) => getPublishedPageBySlug(slug));

export async function generateMetadata({ params }: FirstPageProps): Promise<Metadata> {
  const slug = (await params).category;
  const page = await loadPage(slug);
  if (page) return pageMetadata({ title: page.title, description: excerpt(htmlToPlainText(page.body)), path: staticPagePath(page.slug) });
  return listingPageMetadata('section', slug, undefined);
}

export default async function SectionOrStaticPage({ params }: FirstPageProps) {
  const slug = (await params).category;
  const page = await loadPage(slug);
  if (page) return <StaticPageView page={page} />;
  return <ListingPage kind="section" slug={slug} before={undefined} />;
}
