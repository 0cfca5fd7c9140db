import type { Metadata } from 'next';
import Link from 'next/link';
import { notFound, permanentRedirect } from 'next/navigation';
import { cache } from 'react';
import { getCurrentPathForOldArticleSlug, getPublishedArticleBySlug } from '@/db/articles';
import { ArticleBody } from '@/components/article/article-body';
import { ArticleByline } from '@/components/article/article-byline';
import { FeaturedImage } from '@/components/article/featured-image';
import { RecentPosts } from '@/components/article/recent-posts';
import { RelatedStories } from '@/components/article/related-stories';
import { ShareLinks } from '@/components/article/share-links';
import { TagList } from '@/components/article/tag-list';
import { articlePath, sectionPath } from '@/lib/paths';
import { absoluteUrl } from '@/lib/site';

interface ArticlePageProps {
  params: Promise<{ category: string; slug: string }>;
}

// One loader per request, shared by generateMetadata and the page.
const loadArticle = cache((slug: string) => getPublishedArticleBySlug(slug));

export async function generateMetadata({ params }: ArticlePageProps): Promise<Metadata> {
  const article = await loadArticle((await params).slug);
  if (!article) return {};
  return {
    title: article.title,
    description: article.summary || undefined,
    alternates: { canonical: articlePath(article) },
  };
}

export default async function ArticlePage({ params }: ArticlePageProps) {
  const { category, slug } = await params;
  const article = await loadArticle(slug);
  if (!article) {
    // An old slug keeps working: it redirects permanently to the article's current address.
    const currentPath = await getCurrentPathForOldArticleSlug(slug);
    if (currentPath) permanentRedirect(currentPath);
    notFound();
  }
  // The section is part of the URL for readers; an article moved to another section keeps working.
  if (article.sectionSlug !== category) permanentRedirect(articlePath(article));

  return (
    <div className="page-with-aside">
      <div className="page-primary">
        <article className="article">
          <header className="article-header">
            <p className="article-section">
              <Link href={sectionPath(article.sectionSlug)}>{article.sectionName}</Link>
            </p>
            <h1 className="article-title">{article.title}</h1>
            {article.summary && <p className="article-summary">{article.summary}</p>}
            <ArticleByline article={article} />
          </header>
          {article.featuredImageUrl && <FeaturedImage url={article.featuredImageUrl} alt={article.featuredImageAlt} />}
          <ArticleBody html={article.body} />
          <footer className="article-footer">
            <TagList tags={article.tags} />
            <ShareLinks url={absoluteUrl(articlePath(article))} title={article.title} />
          </footer>
        </article>
        <RelatedStories article={article} />
      </div>
      <RecentPosts excludeId={article.id} />
    </div>
  );
}
