import { getRelatedArticles, type ArticleDetail } from '@/db/articles';
import { ArticleCard } from './article-card';
import { getSiteSettings } from '@/db/settings';

export async function RelatedStories({ article }: { article: ArticleDetail }) {
  const { relatedStoriesCount } = await getSiteSettings();
  if (relatedStoriesCount === 0) return null;
  const related = await getRelatedArticles(article, relatedStoriesCount);
  if (related.length === 0) return null;
  return (
    <section className="related-stories" aria-labelledby="related-stories-heading">
      <h2 id="related-stories-heading">Related stories</h2>
      <div className="related-grid">
        {related.map((story) => (
          <ArticleCard key={story.id} article={story} variant="compact" />
        ))}
      </div>
    </section>
  );
}
