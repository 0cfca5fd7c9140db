import Link from 'next/link';
import type { ArticleCard as ArticleCardData } from '@/db/articles';
import { articlePath, sectionPath } from '@/lib/paths';
import { joinNames } from '@/lib/text';
import { TimeAgo } from '@/components/ui/time-ago';

interface ArticleCardProps {
  article: ArticleCardData;
  /** lead: the home page's top story; standard: listings; compact: headline and time only. */
  variant?: 'lead' | 'standard' | 'compact';
  showSection?: boolean;
  /** Heading level of the headline, to keep the page outline correct where the card is used. */
  headingLevel?: 2 | 3;
}

/** The one story card, reused by home, section, tag and author pages, related stories and recent posts. */
export function ArticleCard({ article, variant = 'standard', showSection = true, headingLevel = 3 }: ArticleCardProps) {
  const Heading = `h${headingLevel}` as const;
  return (
    <article className={`card card-${variant}`}>
      {showSection && (
        <p className="card-section">
          <Link href={sectionPath(article.sectionSlug)}>{article.sectionName}</Link>
        </p>
      )}
      <Heading className="card-title">
        <Link href={articlePath(article)}>{article.title}</Link>
      </Heading>
      {variant !== 'compact' && article.summary && <p className="card-summary">{article.summary}</p>}
      <p className="card-meta">
        {variant !== 'compact' && article.bylines.length > 0 && (
          <span className="card-author">{joinNames(article.bylines.map((byline) => byline.name))}</span>
        )}
        <TimeAgo date={article.publishedAt} />
      </p>
    </article>
  );
}
