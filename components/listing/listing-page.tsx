import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { cache } from 'react';
import { getAuthorArticlePage, getSectionArticlePage, getTagArticlePage, type ArticleCard } from '@/db/articles';
import { getAuthorBySlug, type AuthorProfile } from '@/db/authors';
import { AuthorHeader } from './author-header';
import { encodeCursor, type ListingCursor, type Page } from '@/lib/pagination';
import { getSectionBySlug } from '@/db/sections';
import { getTagBySlug } from '@/db/tags';
import { RecentPosts } from '@/components/article/recent-posts';
import { ArticleList } from './article-list';
import { LISTING_PAGE_SIZE, listingHref, readListingCursor } from '@/lib/listing';
import { authorPath, sectionPath, tagPath } from '@/lib/paths';
import { pageMetadata } from '@/web/metadata';
import { getSiteConfig } from '@/lib/site';

/** The three paginated listings: a section, a tag (topic) and an author. */
export type ListingKind = 'section' | 'tag' | 'author';

interface Listing {
  basePath: string;
  kicker: string | null;
  title: string;
  description: string | null;
  metaTitle: string;
  metaDescription: string;
  /** A section's or author's own feeds are advertised on its pages. */
  feed?: { path: string; name: string };
  /** An author page's profile: photo, title, bio and links above the stories. */
  author?: AuthorProfile;
  emptyMessage: (olderPage: boolean) => string;
  showSection: boolean;
  loadPage: (cursor: ListingCursor | null) => Promise<Page<ArticleCard>>;
}

// One lookup per request, shared by generateMetadata and the page. Renamed slugs were answered with a
// 301 by the proxy (db/redirects.ts) before this runs.
const findListing = cache(async (kind: ListingKind, slug: string): Promise<Listing | null> => {
  const { siteName } = getSiteConfig();
  if (kind === 'section') {
    const section = await getSectionBySlug(slug);
    if (!section) return null;
    return {
      basePath: sectionPath(section.slug),
      kicker: null,
      title: section.name,
      description: section.description || null,
      metaTitle: section.name,
      metaDescription: section.description || `${section.name} stories from ${siteName}.`,
      feed: { path: sectionPath(section.slug), name: section.name },
      emptyMessage: (olderPage) => (olderPage ? 'There are no older stories in this section.' : `No stories in ${section.name} yet.`),
      showSection: false,
      loadPage: (cursor) => getSectionArticlePage(section.id, cursor, LISTING_PAGE_SIZE),
    };
  }
  if (kind === 'tag') {
    const tag = await getTagBySlug(slug);
    if (!tag) return null;
    return {
      basePath: tagPath(tag.slug),
      kicker: 'Topic',
      title: tag.name,
      description: null,
      metaTitle: `Stories tagged ${tag.name}`,
      metaDescription: `${tag.name}: every story on the topic from ${siteName}, newest first.`,
      emptyMessage: () => `No published stories are tagged ${tag.name} yet.`,
      showSection: true,
      loadPage: (cursor) => getTagArticlePage(tag.id, cursor, LISTING_PAGE_SIZE),
    };
  }
  const author = await getAuthorBySlug(slug);
  if (!author) return null;
  return {
    basePath: authorPath(author.slug),
    kicker: 'Author',
    title: author.name,
    description: author.bio || null,
    metaTitle: author.name,
    metaDescription: author.bio || `Stories by ${author.name} for ${siteName}.`,
    feed: { path: authorPath(author.slug), name: author.name },
    author,
    emptyMessage: () => `${author.name} has no published stories yet.`,
    showSection: true,
    loadPage: (cursor) => getAuthorArticlePage(author.id, cursor, LISTING_PAGE_SIZE),
  };
});

/**
 * `undefined` is the first page. Older pages arrive with the cursor of their `?before=` (proxy.ts
 * rewrites them to their own, uncached route); a cursor this site never made is a 404.
 */
type CursorParam = string | undefined;

export async function listingPageMetadata(kind: ListingKind, slug: string, before: CursorParam): Promise<Metadata> {
  const listing = await findListing(kind, slug);
  const cursor = readListingCursor(before);
  if (!listing || cursor === null) return {};
  return pageMetadata({
    title: listing.metaTitle,
    description: listing.metaDescription,
    // An older page is its own page: its canonical address keeps its cursor.
    path: listingHref(listing.basePath, cursor ? encodeCursor(cursor) : null) ?? listing.basePath,
    ...(listing.feed ? { feed: listing.feed } : {}),
  });
}

/** A section, tag or author page: its heading, ten stories newest first with "Older stories", and Recent Posts. */
export async function ListingPage({ kind, slug, before }: { kind: ListingKind; slug: string; before: CursorParam }) {
  const listing = await findListing(kind, slug);
  const cursor = readListingCursor(before);
  if (!listing || cursor === null) notFound();
  const page = await listing.loadPage(cursor ?? null);
  return (
    <div className="page-with-aside">
      <div className="page-primary">
        {listing.author ? (
          <AuthorHeader author={listing.author} />
        ) : (
          <header className="listing-header">
            {listing.kicker && <p className="listing-kicker">{listing.kicker}</p>}
            <h1>{listing.title}</h1>
            {listing.description && <p className="listing-description">{listing.description}</p>}
          </header>
        )}
        <ArticleList
          articles={page.items}
          nextHref={listingHref(listing.basePath, page.nextCursor)}
          firstPageHref={cursor ? listing.basePath : null}
          emptyMessage={listing.emptyMessage(cursor !== undefined)}
          showSection={listing.showSection}
          withLead={cursor === undefined}
          pageAuthorId={listing.author?.id}
        />
      </div>
      <RecentPosts />
    </div>
  );
}
