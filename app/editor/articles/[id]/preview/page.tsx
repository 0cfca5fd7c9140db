import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { ArticleBody } from '@/components/article/article-body';
import { ArticleByline } from '@/components/article/article-byline';
import { FeaturedImage } from '@/components/article/featured-image';
import { getPicture } from '@/db/media';
import { TagList } from '@/components/article/tag-list';
import { getArticleForStaff } from '@/db/editor';
import { listSections } from '@/db/sections';
import { requireStaff } from '@/web/session';
import { slugify } from '@/lib/slug';
import { editorArticlePath } from '@/lib/paths';

export const metadata: Metadata = { title: 'Preview', robots: { index: false, follow: false } };

/** A draft exactly as readers will see it; staff only, rendered per request and never cached publicly. */
export default async function PreviewArticlePage({ params }: { params: Promise<{ id: string }> }) {
  const { id: rawId } = await params;
  const staff = await requireStaff(editorArticlePath(rawId, 'preview'));
  const article = await getArticleForStaff(staff, rawId);
  if (!article) notFound();
  const section = (await listSections()).find((candidate) => candidate.id === article.categoryId);
  const publishedAt = article.publishedAt ?? new Date();
  return (
    <>
      <p className="form-notice" role="status">
        Preview — {article.status === 'pending' ? 'pending review' : article.status}. Readers cannot see this page.
      </p>
      <div className="site-main" style={{ padding: 0 }}>
        <article className="article">
          <header className="article-header">
            <p className="article-section">{section?.name}</p>
            <h1 className="article-title">{article.title}</h1>
            {article.summary && <p className="article-summary">{article.summary}</p>}
            <ArticleByline
              article={{
                id: article.id,
                slug: article.slug,
                title: article.title,
                summary: article.summary,
                body: article.body,
                publishedAt,
                updatedAt: publishedAt,
                significantUpdateAt: null,
                notes: [],
                categoryId: article.categoryId,
                sectionSlug: section?.slug ?? '',
                sectionName: section?.name ?? '',
                bylines: article.bylines,
                featuredImageUrl: article.featuredImageUrl,
                featuredImageAlt: article.featuredImageAlt,
                tags: [],
              }}
            />
          </header>
          {article.featuredImageUrl && (
            <FeaturedImage
              url={article.featuredImageUrl}
              alt={article.featuredImageAlt}
              picture={await getPicture(article.featuredImageUrl)}
            />
          )}
          <ArticleBody html={article.body} loadEmbeds={false} />
          <footer className="article-footer">
            <TagList tags={article.tagNames.map((name) => ({ name, slug: slugify(name) }))} />
          </footer>
        </article>
      </div>
    </>
  );
}
