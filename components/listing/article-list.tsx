import Link from 'next/link';
import type { ArticleCard as ArticleCardData } from '@/db/articles';
import { ArticleCard } from '@/components/article/article-card';

interface ArticleListProps {
  articles: ArticleCardData[];
  nextHref: string | null;
  firstPageHref: string | null;
  emptyMessage: string;
  showSection?: boolean;
}

/** A paginated listing: newest first, "Older stories" via a keyset cursor, and an empty state. */
export function ArticleList({ articles, nextHref, firstPageHref, emptyMessage, showSection = true }: ArticleListProps) {
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
  return (
    <>
      <div className="article-list">
        {articles.map((article) => (
          <ArticleCard key={article.id} article={article} headingLevel={2} showSection={showSection} />
        ))}
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
