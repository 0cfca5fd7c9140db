import Link from 'next/link';
import { Fragment } from 'react';
import type { ArticleDetail } from '@/db/articles';
import type { Byline } from '@/db/authors';
import { authorPath } from '@/lib/paths';
import { formatAbsoluteDate } from '@/lib/relative-time';
import { joinNameParts, readingMinutes, htmlToPlainText } from '@/lib/text';

// An edit within a few minutes of publication is part of publishing, not an update worth announcing.
const UPDATE_THRESHOLD_MS = 5 * 60 * 1000;

/** "Ana Ruiz and Tomas Berg", each name linking to its author page; the separators from Intl.ListFormat. */
export function BylineLinks({ bylines }: { bylines: Byline[] }) {
  const parts = joinNameParts(bylines.map((byline) => byline.slug));
  let index = 0;
  return (
    <>
      {parts.map((part, position) => {
        if (part.type === 'literal') return <Fragment key={position}>{part.value}</Fragment>;
        const byline = bylines[index++];
        return byline ? (
          <Link key={position} href={authorPath(byline.slug)} rel="author">
            {byline.name}
          </Link>
        ) : null;
      })}
    </>
  );
}

export function ArticleByline({ article }: { article: ArticleDetail }) {
  const updated = article.updatedAt.getTime() - article.publishedAt.getTime() > UPDATE_THRESHOLD_MS;
  return (
    <div className="byline">
      {article.bylines.length > 0 && (
        <p className="byline-author">
          By <BylineLinks bylines={article.bylines} />
        </p>
      )}
      <p className="byline-dates">
        <time dateTime={article.publishedAt.toISOString()}>{formatAbsoluteDate(article.publishedAt)}</time>
        {updated && (
          <>
            {' · '}
            <span className="byline-updated">
              Updated <time dateTime={article.updatedAt.toISOString()}>{formatAbsoluteDate(article.updatedAt)}</time>
            </span>
          </>
        )}
        {' · '}
        <span>{readingMinutes(htmlToPlainText(article.body))} min read</span>
      </p>
    </div>
  );
}
