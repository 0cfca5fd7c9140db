import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { getTagArticlePage } from '@/db/articles';
import { getTagBySlug } from '@/db/tags';
import { RecentPosts } from '@/components/article/recent-posts';
import { ArticleList } from '@/components/listing/article-list';
import { encodeCursor } from '@/db/pagination';
import { LISTING_PAGE_SIZE, listingHref, readListingCursor } from '@/lib/listing';
import { tagPath } from '@/lib/paths';
import { pageMetadata } from '@/lib/seo';
import { getSiteConfig } from '@/lib/site';

// Rendered for every request: it reads the database, and nothing is baked into the build.
export const dynamic = 'force-dynamic';

interface TagPageProps {
  params: Promise<{ slug: string }>;
  searchParams: Promise<{ before?: string | string[] }>;
}

export async function generateMetadata({ params, searchParams }: TagPageProps): Promise<Metadata> {
  const [{ slug }, { before }] = await Promise.all([params, searchParams]);
  const tag = await getTagBySlug(slug);
  const cursor = readListingCursor(before);
  if (!tag || cursor === null) return {};
  const basePath = tagPath(tag.slug);
  return pageMetadata({
    title: `Stories tagged ${tag.name}`,
    description: `${tag.name}: every story on the topic from ${getSiteConfig().siteName}, newest first.`,
    path: listingHref(basePath, cursor ? encodeCursor(cursor) : null) ?? basePath,
  });
}

export default async function TagPage({ params, searchParams }: TagPageProps) {
  const [{ slug }, { before }] = await Promise.all([params, searchParams]);
  const cursor = readListingCursor(before);
  // A renamed tag's old address was answered with a 301 by the proxy (db/redirects.ts).
  const tag = await getTagBySlug(slug);
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
