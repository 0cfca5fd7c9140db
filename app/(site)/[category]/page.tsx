import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { getSectionArticlePage } from '@/db/articles';
import { getSectionBySlug } from '@/db/sections';
import { RecentPosts } from '@/components/article/recent-posts';
import { ArticleList } from '@/components/listing/article-list';
import { encodeCursor } from '@/db/pagination';
import { LISTING_PAGE_SIZE, listingHref, readListingCursor } from '@/lib/listing';
import { sectionPath } from '@/lib/paths';
import { pageMetadata } from '@/lib/seo';
import { getSiteConfig } from '@/lib/site';

// Rendered for every request: it reads the database, and nothing is baked into the build.
export const dynamic = 'force-dynamic';

interface SectionPageProps {
  params: Promise<{ category: string }>;
  searchParams: Promise<{ before?: string | string[] }>;
}

export async function generateMetadata({ params, searchParams }: SectionPageProps): Promise<Metadata> {
  const [{ category }, { before }] = await Promise.all([params, searchParams]);
  const section = await getSectionBySlug(category);
  const cursor = readListingCursor(before);
  if (!section || cursor === null) return {};
  const basePath = sectionPath(section.slug);
  return pageMetadata({
    title: section.name,
    description: section.description || `${section.name} stories from ${getSiteConfig().siteName}.`,
    // An older page is its own page: its canonical address keeps its cursor.
    path: listingHref(basePath, cursor ? encodeCursor(cursor) : null) ?? basePath,
    section,
  });
}

export default async function SectionPage({ params, searchParams }: SectionPageProps) {
  const [{ category }, { before }] = await Promise.all([params, searchParams]);
  const cursor = readListingCursor(before);
  // A renamed section's old address was answered with a 301 by the proxy (db/redirects.ts).
  const section = await getSectionBySlug(category);
  if (!section || cursor === null) notFound();

  const page = await getSectionArticlePage(section.id, cursor ?? null, LISTING_PAGE_SIZE);
  const basePath = sectionPath(section.slug);

  return (
    <div className="page-with-aside">
      <div className="page-primary">
        <header className="listing-header">
          <h1>{section.name}</h1>
          {section.description && <p className="listing-description">{section.description}</p>}
        </header>
        <ArticleList
          articles={page.items}
          nextHref={listingHref(basePath, page.nextCursor)}
          firstPageHref={cursor ? basePath : null}
          emptyMessage={cursor ? 'There are no older stories in this section.' : `No stories in ${section.name} yet.`}
          showSection={false}
        />
      </div>
      <RecentPosts />
    </div>
  );
}
