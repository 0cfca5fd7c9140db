import Link from 'next/link';
import type { ArticleCard as ArticleCardData } from '@/db/articles';
import { getFeaturedPictures } from '@/db/media';
import { ArticleCard } from '@/components/article/article-card';
import { MAIN_COLUMN_WIDTH } from '@/lib/layout';
import { StoryGrid } from './card-grid';

/** A listing's lead picture: the phone's full width, else beside its text, 1.4 parts of 2.4 (app/globals.css). */
const LEAD_IMAGE_SIZES = `(max-width: 640px) calc(100vw - 2rem), (max-width: 960px) calc((100vw - 3.5rem) * 0.58), ${Math.round((MAIN_COLUMN_WIDTH - 24) * 0.58)}px`;

interface ArticleListProps {
  articles: ArticleCardData[];
  nextHref: string | null;
  firstPageHref: string | null;
  emptyMessage: string;
  showSection?: boolean;
  /** The first page opens with its newest story large; older pages are all grid. */
  withLead?: boolean;
  /** An author's page: cards name only the co-authors. */
  pageAuthorId?: number;
}

/** A paginated listing: newest first with each story's picture, "Older stories" via a keyset cursor, and an empty state. */
export async function ArticleList({
  articles,
  nextHref,
  firstPageHref,
  emptyMessage,
  showSection = true,
  withLead = false,
  pageAuthorId,
}: ArticleListProps) {
  if (articles.length === 0) {
    return (
      <div className="empty-state">
        <p>{emptyMessage}</p>
        <p>
          <Link href="/">Back to the front page</Link>
        </p>
      </div>
    );
  }
  const pictureOf = await getFeaturedPictures(articles);
  const lead = withLead ? articles[0] : undefined;
  const rest = withLead ? articles.slice(1) : articles;
  const leadPicture = lead ? pictureOf(lead) : undefined;
  return (
    <>
      <div className="article-list">
        {lead && (
          <ArticleCard
            article={lead}
            variant="lead"
            headingLevel={2}
            showSection={showSection}
            pageAuthorId={pageAuthorId}
            // The lead's picture is the page's largest above the fold: it loads first.
            image={leadPicture ? { picture: leadPicture, sizes: LEAD_IMAGE_SIZES, priority: true } : null}
          />
        )}
        <StoryGrid
          stories={rest}
          pictureOf={pictureOf}
          perRow={3}
          wideWidth={MAIN_COLUMN_WIDTH}
          className="listing-grid"
          headingLevel={2}
          showSection={showSection}
          pageAuthorId={pageAuthorId}
        />
      </div>
      {(nextHref || firstPageHref) && (
        <nav className="pagination" aria-label="Pagination">
          {firstPageHref && (
            <Link href={firstPageHref} rel="prev">
              ← Newest stories
            </Link>
          )}
          {nextHref && (
            <Link href={nextHref} rel="next" className="pagination-next">
              Older stories →
            </Link>
          )}
        </nav>
      )}
    </>
  );
}
