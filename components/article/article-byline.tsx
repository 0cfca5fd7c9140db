import Link from 'next/link';
import type { ArticleDetail } from '@/db/articles';
import { authorPath } from '@/lib/paths';
import { SiteDateTime } from '@/components/ui/site-date-time';
import { readingMinutes, htmlToPlainText } from '@/lib/text';

// An edit within a few minutes of publication is part of publishing, not an update worth announcing.
const UPDATE_THRESHOLD_MS = 5 * 60 * 1000;

export function ArticleByline({ article }: { article: ArticleDetail }) {
  const updated = article.updatedAt.getTime() - article.publishedAt.getTime() > UPDATE_THRESHOLD_MS;
  return (
    <div className="byline">
      <p className="byline-author">
        Published by <Link href={authorPath(article.authorSlug)}>{article.authorName}</Link>
      </p>
      <p className="byline-dates">
        <SiteDateTime date={article.publishedAt} />
        {updated && (
          <>
            {' · '}
            <span className="byline-updated">
              Updated <SiteDateTime date={article.updatedAt} />
            </span>
          </>
        )}
        {' · '}
        <span>{readingMinutes(htmlToPlainText(article.body))} min read</span>
      </p>
    </div>
  );
}
