import Link from 'next/link';
import type { SearchResultItem } from '@/db/search';
import type { LibraryPicture } from '@/db/media';
import { CroppedImage } from '@/components/media/cropped-image';
import { articlePath, sectionPath } from '@/lib/paths';
import { joinNames } from '@/lib/text';
import { TimeAgo } from '@/components/ui/time-ago';

/** One search hit: a listing card whose text is the excerpt around the match, with the matches marked, and the story's picture. */
export function SearchResult({ item, picture, sizes }: { item: SearchResultItem; picture?: LibraryPicture | undefined; sizes: string }) {
  const href = articlePath(item);
  return (
    <article className={`card card-standard search-result${picture ? ' card-with-image' : ''}`}>
      <div className="card-text">
        <p className="card-section">
          <Link href={sectionPath(item.sectionSlug)}>{item.sectionName}</Link>
        </p>
        <h2 className="card-title">
          <Link href={href}>{item.title}</Link>
        </h2>
        {/* Safe: db/search.ts escapes the whole snippet before it adds the <mark> elements. */}
        {item.snippetHtml && <p className="search-snippet" dangerouslySetInnerHTML={{ __html: item.snippetHtml }} />}
        {item.bylines.length > 0 && <p className="card-author">{joinNames(item.bylines.map((byline) => byline.name))}</p>}
        <p className="card-meta">
          <TimeAgo date={item.publishedAt} />
        </p>
      </div>
      {picture && (
        // As on every card: the headline is the link, the picture repeats it for the mouse only.
        <Link href={href} className="card-image" tabIndex={-1} aria-hidden="true">
          <CroppedImage picture={picture} alt={item.featuredImageAlt || picture.altText} sizes={sizes} />
        </Link>
      )}
    </article>
  );
}
