import type { Metadata } from 'next';
import Link from 'next/link';
import { notFound } from 'next/navigation';
import { cache } from 'react';
import { getPublishedArticleBySlug } from '@/db/articles';
import { getSiteClock } from '@/db/settings';
import { getPicture } from '@/db/media';
import { ArticleBody } from '@/components/article/article-body';
import { ArticleByline } from '@/components/article/article-byline';
import { ArticleNotes } from '@/components/article/article-notes';
import { FeaturedImage } from '@/components/article/featured-image';
import { RecentPosts } from '@/components/article/recent-posts';
import { MoreStories } from '@/components/article/more-stories';
import { ShareLinks } from '@/components/article/share-links';
import { TagList } from '@/components/article/tag-list';
import { JsonLd } from '@/components/seo/json-ld';
import { articlePath, sectionPath } from '@/lib/paths';
import { articleMetadata } from '@/web/metadata';
import { absoluteUrl } from '@/lib/site';
import { articleBreadcrumbJsonLd, newsArticleJsonLd } from '@/components/seo/structured-data';

interface ArticlePageProps {
  params: Promise<{ category: string; slug: string }>;
}

// Article pages are rendered on first visit and then served from the page cache until something they
// show changes (server/page-cache-handler.mjs expires them on publish, on any instance, and when a
// scheduled story goes live). Nothing is prerendered at build time. `revalidate` is also the s-maxage
// a CDN or reverse proxy is told, so it is short: a refresh behind a cached page costs one render.
export const dynamic = 'force-static';
export const revalidate = 30;
export function generateStaticParams(): Array<{ category: string; slug: string }> {
  return [];
}

// One loader per request, shared by generateMetadata and the page.
const loadArticle = cache((slug: string) => getPublishedArticleBySlug(slug));
// Its featured image from the library (social cards use its crop), once per request too.
const loadPicture = cache((url: string | null) => (url ? getPicture(url) : Promise.resolve(null)));

export async function generateMetadata({ params }: ArticlePageProps): Promise<Metadata> {
  const [article, clock] = await Promise.all([loadArticle((await params).slug), getSiteClock()]);
  return article ? articleMetadata(article, clock, await loadPicture(article.featuredImageUrl)) : {};
}

export default async function ArticlePage({ params }: ArticlePageProps) {
  const { category, slug } = await params;
  const [article, clock] = await Promise.all([loadArticle(slug), getSiteClock()]);
  // Old slugs and old sections were answered with a 301 by the proxy (db/redirects.ts) before this ran.
  if (!article || article.sectionSlug !== category) notFound();
  const picture = await loadPicture(article.featuredImageUrl);

  return (
    <div className="page-with-aside">
      <JsonLd data={newsArticleJsonLd(article, clock, picture)} />
      <JsonLd data={articleBreadcrumbJsonLd(article)} />
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
          <ArticleNotes notes={article.notes} place="lead" />
          {article.featuredImageUrl && <FeaturedImage url={article.featuredImageUrl} alt={article.featuredImageAlt} picture={picture} />}
          <ArticleBody html={article.body} />
          <ArticleNotes notes={article.notes} place="end" />
          <footer className="article-footer">
            <TagList tags={article.tags} />
            <ShareLinks url={absoluteUrl(articlePath(article))} title={article.title} />
          </footer>
        </article>
        <MoreStories article={article} />
      </div>
      <RecentPosts excludeId={article.id} />
    </div>
  );
}
