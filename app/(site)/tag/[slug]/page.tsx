import type { Metadata } from 'next';
import { notFound, permanentRedirect } from 'next/navigation';
import { getTagArticlePage } from '@/db/articles';
import { getTagByOldSlug, getTagBySlug } from '@/db/tags';
import { RecentPosts } from '@/components/article/recent-posts';
import { ArticleList } from '@/components/listing/article-list';
import { LISTING_PAGE_SIZE, listingHref, readListingCursor } from '@/lib/listing';
import { tagPath } from '@/lib/paths';

// Rendered for every request: it reads the database, and nothing is baked into the build.
export const dynamic = 'force-dynamic';

interface TagPageProps {
  params: Promise<{ slug: string }>;
  searchParams: Promise<{ before?: string | string[] }>;
}

export async function generateMetadata({ params }: TagPageProps): Promise<Metadata> {
  const tag = await getTagBySlug((await params).slug);
  return tag ? { title: `Stories tagged ${tag.name}` } : {};
}

export default async function TagPage({ params, searchParams }: TagPageProps) {
  const [{ slug }, { before }] = await Promise.all([params, searchParams]);
  const cursor = readListingCursor(before);
  const tag = await getTagBySlug(slug);
  if (!tag) {
    const renamed = await getTagByOldSlug(slug);
    if (renamed) permanentRedirect(tagPath(renamed.slug));
  }
  if (!tag || cursor === null) notFound();
  const page = await getTagArticlePage(tag.id, cursor ?? null, LISTING_PAGE_SIZE);
  const basePath = tagPath(tag.slug);
  return (
    <div className="page-with-aside">
      <div className="page-primary">
        <header className="listing-header">
          <p className="listing-kicker">Topic</p>
          <h1>{tag.name}</h1>
        </header>
        <ArticleList
          articles={page.items}
          nextHref={listingHref(basePath, page.nextCursor)}
          firstPageHref={cursor ? basePath : null}
          emptyMessage={`No published stories are tagged ${tag.name} yet.`}
        />
      </div>
      <RecentPosts />
    </div>
  );
}
