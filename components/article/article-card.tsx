import Link from 'next/link';
import type { ArticleCard as ArticleCardData } from '@/db/articles';
import type { LibraryPicture } from '@/db/media';
import { articlePath, sectionPath } from '@/lib/paths';
import { joinNames } from '@/lib/text';
import { TimeAgo } from '@/components/ui/time-ago';
import { CroppedImage } from '@/components/media/cropped-image';

/** The card's picture: the story's featured image from the library, how wide it is shown, and whether it leads the page. */
export interface CardPicture {
  picture: LibraryPicture;
  sizes: string;
  priority?: boolean;
}

export interface ArticleCardProps {
  article: ArticleCardData;
  /** lead: the home page's top story; standard: listings; compact: headline and time only. */
  variant?: 'lead' | 'standard' | 'compact';
  showSection?: boolean;
  /** Heading level of the headline, to keep the page outline correct where the card is used. */
  headingLevel?: 2 | 3;
  /** Its featured image, cropped to the card's shape; where the page places it is the page's CSS. */
  image?: CardPicture | null;
  /** On an author's own page their name is in the heading: the card names only their co-authors ("With …"). */
  pageAuthorId?: number;
}

/** The card's byline: everyone, or on an author's page the others who wrote it with them. */
function cardByline(bylines: ArticleCardData['bylines'], pageAuthorId: number | undefined): string | null {
  if (pageAuthorId === undefined) return bylines.length > 0 ? joinNames(bylines.map((byline) => byline.name)) : null;
  const others = bylines.filter((byline) => byline.id !== pageAuthorId);
  return others.length > 0 ? `With ${joinNames(others.map((byline) => byline.name))}` : null;
}

/** The one story card, reused by home, section, tag and author pages, related stories and recent posts. */
export function ArticleCard({
  article,
  variant = 'standard',
  showSection = true,
  headingLevel = 3,
  image = null,
  pageAuthorId,
}: ArticleCardProps) {
  const Heading = `h${headingLevel}` as const;
  const href = articlePath(article);
  const byline = variant === 'compact' ? null : cardByline(article.bylines, pageAuthorId);
  return (
    <article className={`card card-${variant}${image ? ' card-with-image' : ''}`}>
      <div className="card-text">
        {showSection && (
          <p className="card-section">
            <Link href={sectionPath(article.sectionSlug)}>{article.sectionName}</Link>
          </p>
        )}
        <Heading className="card-title">
          <Link href={href}>{article.title}</Link>
        </Heading>
        {variant !== 'compact' && article.summary && <p className="card-summary">{article.summary}</p>}
        {/* Byline and time always in this order and on their own lines, whatever the card's width. */}
        {byline && <p className="card-author">{byline}</p>}
        <p className="card-meta">
          <TimeAgo date={article.publishedAt} />
        </p>
      </div>
      {image && (
        // The headline is the card's link; the picture repeats it for the mouse, out of the tab order and the reading.
        <Link href={href} className="card-image" tabIndex={-1} aria-hidden="true">
          <CroppedImage
            picture={image.picture}
            alt={article.featuredImageAlt || image.picture.altText}
            sizes={image.sizes}
            priority={image.priority}
          />
        </Link>
      )}
    </article>
  );
}
