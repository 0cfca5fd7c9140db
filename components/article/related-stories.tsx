import { getRelatedArticles, type ArticleDetail } from '@/db/articles';
import { ArticleCard } from './article-card';

export async function RelatedStories({ article, limit = 5 }: { article: ArticleDetail; limit?: number }) {
  const related = await getRelatedArticles(article, limit);
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
