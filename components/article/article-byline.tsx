import Link from 'next/link';
import type { ArticleDetail } from '@/db/articles';
import { authorPath } from '@/lib/paths';
import { formatAbsoluteDate } from '@/lib/relative-time';
import { readingMinutes, htmlToPlainText } from '@/lib/text';

import { readerUpdateTime } from '@/lib/article-notes';

export function ArticleByline({ article }: { article: ArticleDetail }) {
  // Only a note or a save marked significant is announced; a typo fix is not.
  const updated = readerUpdateTime(article);
  return (
    <div className="byline">
      <p className="byline-author">
        Published by <Link href={authorPath(article.authorSlug)}>{article.authorName}</Link>
      </p>
      <p className="byline-dates">
        <time dateTime={article.publishedAt.toISOString()}>{formatAbsoluteDate(article.publishedAt)}</time>
        {updated && (
          <>
            {' · '}
            <span className="byline-updated">
              Updated <time dateTime={updated.toISOString()}>{formatAbsoluteDate(updated)}</time>
            </span>
          </>
        )}
        {' · '}
        <span>{readingMinutes(htmlToPlainText(article.body))} min read</span>
      </p>
    </div>
  );
}
