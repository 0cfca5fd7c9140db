import Link from 'next/link';
import { getRelatedArticles, getSectionArticlePage, type ArticleDetail } from '@/db/articles';
import { getFeaturedPictures } from '@/db/media';
import { getSiteSettings } from '@/db/settings';
import { CardGrid, StoryGrid } from '@/components/listing/card-grid';
import { MAIN_COLUMN_WIDTH } from '@/lib/layout';
import { sectionPath } from '@/lib/paths';
import { ArticleCard } from './article-card';

/** How many of the section's newest stories close the page, after the related ones. */
const MORE_FROM_SECTION = 4;

/** The end of a story, after its topics and share links: related stories, then more from its section (none repeated). */
export async function MoreStories({ article }: { article: ArticleDetail }) {
  const { relatedStoriesCount } = await getSiteSettings();
  const [related, newestInSection] = await Promise.all([
    relatedStoriesCount > 0 ? getRelatedArticles(article, relatedStoriesCount) : Promise.resolve([]),
    getSectionArticlePage(article.categoryId, null, MORE_FROM_SECTION + relatedStoriesCount + 1),
  ]);
  const shown = new Set([article.id, ...related.map((story) => story.id)]);
  const more = newestInSection.items.filter((story) => !shown.has(story.id)).slice(0, MORE_FROM_SECTION);
  const pictureOf = await getFeaturedPictures(more);
  return (
    <>
      {related.length > 0 && (
        <section className="related-stories" aria-labelledby="related-stories-heading">
          <h2 id="related-stories-heading" className="block-heading">
            Related stories
          </h2>
          <CardGrid
            perRow={3}
            wideWidth={MAIN_COLUMN_WIDTH}
            className="related-grid"
            cards={related.map((story) => ({ key: story.id, card: () => <ArticleCard article={story} variant="compact" /> }))}
          />
        </section>
      )}
      {more.length > 0 && (
        <section className="more-from-section" aria-labelledby="more-from-section-heading">
          <h2 id="more-from-section-heading" className="block-heading">
            <Link href={sectionPath(article.sectionSlug)}>More from {article.sectionName}</Link>
          </h2>
          <StoryGrid
            stories={more}
            pictureOf={pictureOf}
            perRow={4}
            wideWidth={MAIN_COLUMN_WIDTH}
            className="more-grid"
            variant="compact"
            showSection={false}
          />
        </section>
      )}
    </>
  );
}
