import Link from 'next/link';
import { Fragment } from 'react';
import type { ArticleDetail } from '@/db/articles';
import type { Byline } from '@/db/authors';
import { authorPath } from '@/lib/paths';
import { SiteDateTime } from '@/components/ui/site-date-time';
import { articleBodyText, joinNameParts, readingMinutes } from '@/lib/text';

import { readerUpdateTime } from '@/lib/article-notes';

/** "Ana Ruiz and Tomas Berg", each name linking to its author page; the separators from Intl.ListFormat. */
export function BylineLinks({ bylines }: { bylines: Byline[] }) {
  const parts = joinNameParts(bylines.map((byline) => byline.slug));
  let index = 0;
  return (
    <>
      {parts.map((part, position) => {
        if (part.type === 'literal') return <Fragment key={position}>{part.value}</Fragment>;
        const byline = bylines[index++];
        if (!byline) return null;
        // A name without a page (never a link to a bare /author/).
        if (!byline.slug) return <Fragment key={position}>{byline.name}</Fragment>;
        return (
          <Link key={position} href={authorPath(byline.slug)} rel="author">
            {byline.name}
          </Link>
        );
      })}
    </>
  );
}

export function ArticleByline({ article }: { article: ArticleDetail }) {
  // Only a note or a save marked significant is announced; a typo fix is not.
  const updated = readerUpdateTime(article);
  return (
    <div className="byline">
      {article.bylines.length > 0 && (
        <p className="byline-author">
          By <BylineLinks bylines={article.bylines} />
        </p>
      )}
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
        <span>{readingMinutes(articleBodyText(article.body))} min read</span>
      </p>
    </div>
  );
}
