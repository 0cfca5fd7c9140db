import type { ReactNode } from 'react';
import type { ArticleCard as ArticleCardData } from '@/db/articles';
import type { LibraryPicture } from '@/db/media';
import { ArticleCard, type ArticleCardProps } from '@/components/article/article-card';
import { balancedSpans, GRID_COLUMNS } from '@/lib/grid';

interface CardGridProps {
  /** The cards, in reading order, each with its React key; each is drawn given its picture's `sizes`. */
  cards: Array<{ key: string | number; card: (imageSizes: string) => ReactNode }>;
  /** The most cards a row holds on a wide screen; tablets take two, phones one. */
  perRow: 3 | 4;
  /** The grid's width on a wide screen, in CSS pixels (app/globals.css: the page, or its main column). */
  wideWidth: number;
  className?: string;
}

/** How wide a card's picture is shown: a phone's thumbnail, its share of a tablet's row, its share of the wide grid. */
function imageSizes(wideSpan: number, tabletSpan: number, wideWidth: number): string {
  const tabletShare = (tabletSpan / GRID_COLUMNS).toFixed(3);
  return `(max-width: 640px) 112px, (max-width: 960px) calc((100vw - 2rem) * ${tabletShare}), ${Math.round((wideWidth * wideSpan) / GRID_COLUMNS)}px`;
}

/** Cards in balanced rows (lib/grid.ts): never a lonely card under a full row, on a wide screen or a tablet. */
export function CardGrid({ cards, perRow, wideWidth, className }: CardGridProps) {
  const wide = balancedSpans(cards.length, perRow);
  const tablet = balancedSpans(cards.length, 2);
  return (
    <div className={`card-grid${className ? ` ${className}` : ''}`}>
      {cards.map(({ key, card }, index) => {
        const [wideSpan, tabletSpan] = [wide[index] ?? GRID_COLUMNS, tablet[index] ?? GRID_COLUMNS];
        return (
          <div key={key} className={`grid-cell span-${wideSpan} tablet-span-${tabletSpan}`}>
            {card(imageSizes(wideSpan, tabletSpan, wideWidth))}
          </div>
        );
      })}
    </div>
  );
}

interface StoryGridProps extends Omit<CardGridProps, 'cards'>, Omit<ArticleCardProps, 'article' | 'image'> {
  stories: ArticleCardData[];
  /** Each story's featured picture (db/media.ts getFeaturedPictures), shown at the width its cell gives it. */
  pictureOf: (story: ArticleCardData) => LibraryPicture | undefined;
}

/** Story cards with their pictures in balanced rows: the listings', the front page's section blocks, "More from". */
export function StoryGrid({ stories, pictureOf, perRow, wideWidth, className, ...card }: StoryGridProps) {
  return (
    <CardGrid
      perRow={perRow}
      wideWidth={wideWidth}
      className={className}
      cards={stories.map((story) => {
        const picture = pictureOf(story);
        return { key: story.id, card: (sizes) => <ArticleCard {...card} article={story} image={picture ? { picture, sizes } : null} /> };
      })}
    />
  );
}
