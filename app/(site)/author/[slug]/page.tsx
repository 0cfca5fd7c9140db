import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { getAuthorArticlePage } from '@/db/articles';
import { getAuthorBySlug } from '@/db/authors';
import { RecentPosts } from '@/components/article/recent-posts';
import { ArticleList } from '@/components/listing/article-list';
import { encodeCursor } from '@/db/pagination';
import { LISTING_PAGE_SIZE, listingHref, readListingCursor } from '@/lib/listing';
import { authorPath } from '@/lib/paths';
import { pageMetadata } from '@/lib/seo';
import { getSiteConfig } from '@/lib/site';

// Rendered for every request: it reads the database, and nothing is baked into the build.
export const dynamic = 'force-dynamic';

interface AuthorPageProps {
  params: Promise<{ slug: string }>;
  searchParams: Promise<{ before?: string | string[] }>;
}

export async function generateMetadata({ params, searchParams }: AuthorPageProps): Promise<Metadata> {
  const [{ slug }, { before }] = await Promise.all([params, searchParams]);
  const author = await getAuthorBySlug(slug);
  const cursor = readListingCursor(before);
  if (!author || cursor === null) return {};
  const basePath = authorPath(author.slug);
  return pageMetadata({
    title: author.name,
    description: author.bio || `Stories by ${author.name} for ${getSiteConfig().siteName}.`,
    path: listingHref(basePath, cursor ? encodeCursor(cursor) : null) ?? basePath,
  });
}

export default async function AuthorPage({ params, searchParams }: AuthorPageProps) {
  const [{ slug }, { before }] = await Promise.all([params, searchParams]);
  const cursor = readListingCursor(before);
  const author = await getAuthorBySlug(slug);
  if (!author || cursor === null) notFound();
  const page = await getAuthorArticlePage(author.id, cursor ?? null, LISTING_PAGE_SIZE);
  const basePath = authorPath(author.slug);
  return (
    <div className="page-with-aside">
      <div className="page-primary">
        <header className="listing-header">
          <p className="listing-kicker">Author</p>
          <h1>{author.name}</h1>
          {author.bio && <p className="listing-description">{author.bio}</p>}
        </header>
        <ArticleList
          articles={page.items}
          nextHref={listingHref(basePath, page.nextCursor)}
          firstPageHref={cursor ? basePath : null}
          emptyMessage={`${author.name} has no published stories yet.`}
        />
      </div>
      <RecentPosts />
    </div>
  );
}
