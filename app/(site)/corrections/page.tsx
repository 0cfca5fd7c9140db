import type { Metadata } from 'next';
import Link from 'next/link';
import { notFound } from 'next/navigation';
import { getCorrectionsPage } from '@/db/notes';
import { articleNoteKindLabels, noteParagraphs } from '@/lib/article-notes';
import { listingHref, readListingCursor } from '@/lib/listing';
import { encodeCursor } from '@/lib/pagination';
import { articlePath, CORRECTIONS_FEED_PATH, CORRECTIONS_PATH } from '@/lib/paths';
import { SiteDay } from '@/components/ui/site-date-time';
import { absoluteUrl, getSiteConfig } from '@/lib/site';
import { pageMetadata } from '@/web/metadata';
import { RecentPosts } from '@/components/article/recent-posts';

// Rendered per request: a short indexed read, and `?before=` pages need no route of their own.
export const dynamic = 'force-dynamic';

const CORRECTIONS_PAGE_SIZE = 20;

interface CorrectionsPageProps {
  searchParams: Promise<{ before?: string | string[] }>;
}

export async function generateMetadata({ searchParams }: CorrectionsPageProps): Promise<Metadata> {
  const { siteName } = getSiteConfig();
  const cursor = readListingCursor((await searchParams).before);
  if (cursor === null) return {};
  const metadata = pageMetadata({
    title: 'Corrections and clarifications',
    description: `Every correction and clarification ${siteName} has published, newest first, each linked to its story.`,
    path: listingHref(CORRECTIONS_PATH, cursor ? encodeCursor(cursor) : null) ?? CORRECTIONS_PATH,
  });
  const types = {
    ...metadata.alternates?.types,
    'application/rss+xml': [{ url: absoluteUrl(CORRECTIONS_FEED_PATH), title: `${siteName} corrections (RSS)` }],
  };
  return { ...metadata, alternates: { ...metadata.alternates, types } };
}

/** The corrections column: every correction and clarification on a public story, newest first. */
export default async function CorrectionsPage({ searchParams }: CorrectionsPageProps) {
  const cursor = readListingCursor((await searchParams).before);
  if (cursor === null) notFound();
  const page = await getCorrectionsPage(cursor ?? null, CORRECTIONS_PAGE_SIZE);
  const nextHref = listingHref(CORRECTIONS_PATH, page.nextCursor);
  return (
    <div className="page-with-aside">
      <div className="page-primary">
        <header className="listing-header">
          <h1>Corrections and clarifications</h1>
          <p className="listing-description">
            When we get something wrong we say so here and on the story itself, newest first.{' '}
            <a href={CORRECTIONS_FEED_PATH}>Follow corrections by RSS</a>.
          </p>
        </header>
        {page.items.length === 0 ? (
          <p className="empty-state">{cursor ? 'There are no older corrections.' : 'No corrections have been published.'}</p>
        ) : (
          <ol className="corrections-list">
            {page.items.map((note) => (
              <li key={note.id} className="correction-entry">
                <p className="correction-meta">
                  <strong>{articleNoteKindLabels[note.kind]}</strong> · <SiteDay date={note.createdAt} />
                </p>
                <h2 className="correction-story">
                  <Link href={articlePath({ sectionSlug: note.sectionSlug, slug: note.articleSlug })}>{note.articleTitle}</Link>
                </h2>
                {noteParagraphs(note.body).map((paragraph, index) => (
                  <p key={index} className="correction-text">
                    {paragraph}
                  </p>
                ))}
              </li>
            ))}
          </ol>
        )}
        {(nextHref || cursor) && (
          <nav className="pagination" aria-label="More corrections">
            {cursor && <Link href={CORRECTIONS_PATH}>Newest corrections</Link>}
            {nextHref && (
              <Link className="pagination-next" href={nextHref}>
                Older corrections
              </Link>
            )}
          </nav>
        )}
      </div>
      <RecentPosts />
    </div>
  );
}
