import type { Metadata } from 'next';
import { notFound, permanentRedirect } from 'next/navigation';
import { getSectionArticlePage } from '@/db/articles';
import { getSectionByOldSlug, getSectionBySlug } from '@/db/sections';
import { RecentPosts } from '@/components/article/recent-posts';
import { ArticleList } from '@/components/listing/article-list';
import { LISTING_PAGE_SIZE, listingHref, readListingCursor } from '@/lib/listing';
import { sectionPath } from '@/lib/paths';

// Rendered for every request: it reads the database, and nothing is baked into the build.
export const dynamic = 'force-dynamic';

interface SectionPageProps {
  params: Promise<{ category: string }>;
  searchParams: Promise<{ before?: string | string[] }>;
}

export async function generateMetadata({ params }: SectionPageProps): Promise<Metadata> {
  const section = await getSectionBySlug((await params).category);
  if (!section) return {};
  return { title: section.name, description: section.description || undefined };
}

export default async function SectionPage({ params, searchParams }: SectionPageProps) {
  const [{ category }, { before }] = await Promise.all([params, searchParams]);
  const cursor = readListingCursor(before);
  const section = await getSectionBySlug(category);
  if (!section) {
    const renamed = await getSectionByOldSlug(category);
    if (renamed) permanentRedirect(sectionPath(renamed.slug));
  }
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
