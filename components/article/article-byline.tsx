import Link from 'next/link';
import type { ArticleDetail } from '@/db/articles';
import { authorPath } from '@/lib/paths';
import { SiteDateTime } from '@/components/ui/site-date-time';
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
        <SiteDateTime date={article.publishedAt} />
        {updated && (
          <>
            {' · '}
            <span className="byline-updated">
              Updated <SiteDateTime date={updated} />
            </span>
          </>
        )}
        {' · '}
        <span>{readingMinutes(htmlToPlainText(article.body))} min read</span>
      </p>
    </div>
  );
}
