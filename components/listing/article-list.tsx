import Link from 'next/link';
import type { ArticleCard as ArticleCardData } from '@/db/articles';
import { getPictures } from '@/db/media';
import { ArticleCard } from '@/components/article/article-card';

/** A listing card's thumbnail is 112 px wide on a phone and 240 px beside the text on wider screens (app/globals.css). */
export const LISTING_IMAGE_SIZES = '(max-width: 640px) 112px, 240px';

interface ArticleListProps {
  articles: ArticleCardData[];
  nextHref: string | null;
  firstPageHref: string | null;
  emptyMessage: string;
  showSection?: boolean;
}

/** A paginated listing: newest first with each story's picture, "Older stories" via a keyset cursor, and an empty state. */
export async function ArticleList({ articles, nextHref, firstPageHref, emptyMessage, showSection = true }: ArticleListProps) {
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
  const pictures = await getPictures(articles.map((article) => article.featuredImageUrl));
  // The first story's picture is the page's largest above the fold: it loads first.
  const firstPictured = articles.find((article) => article.featuredImageUrl && pictures.has(article.featuredImageUrl));
  return (
    <>
      <div className="article-list">
        {articles.map((article) => {
          const picture = article.featuredImageUrl ? pictures.get(article.featuredImageUrl) : undefined;
          return (
            <ArticleCard
              key={article.id}
              article={article}
              headingLevel={2}
              showSection={showSection}
              image={
                picture ? { picture, sizes: LISTING_IMAGE_SIZES, priority: article === firstPictured && article === articles[0] } : null
              }
            />
          );
        })}
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
