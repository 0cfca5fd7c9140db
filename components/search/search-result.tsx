import Link from 'next/link';
import type { SearchResultItem } from '@/db/search';
import { articlePath, sectionPath } from '@/lib/paths';
import { joinNames } from '@/lib/text';
import { TimeAgo } from '@/components/ui/time-ago';

/** One search hit: a listing card whose text is the excerpt around the match, with the matches marked. */
export function SearchResult({ item }: { item: SearchResultItem }) {
  return (
    <article className="card card-standard search-result">
      <p className="card-section">
        <Link href={sectionPath(item.sectionSlug)}>{item.sectionName}</Link>
      </p>
      <h2 className="card-title">
        <Link href={articlePath(item)}>{item.title}</Link>
      </h2>
      {/* Safe: db/search.ts escapes the whole snippet before it adds the <mark> elements. */}
      {item.snippetHtml && <p className="search-snippet" dangerouslySetInnerHTML={{ __html: item.snippetHtml }} />}
      <p className="card-meta">
        {item.bylines.length > 0 && <span className="card-author">{joinNames(item.bylines.map((byline) => byline.name))}</span>}
        <TimeAgo date={item.publishedAt} />
      </p>
    </article>
  );
}
