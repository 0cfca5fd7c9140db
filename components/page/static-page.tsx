import type { StaticPage } from '@/db/pages';
import { ArticleBody } from '@/components/article/article-body';
import { SiteDay } from '@/components/ui/site-date-time';

/** An About, Staff, Contact or policy page: its title and text, and when it last changed. */
export function StaticPageView({ page }: { page: StaticPage }) {
  return (
    <article className="article static-page">
      <header className="article-header">
        <h1 className="article-title">{page.title}</h1>
        <p className="static-page-updated">
          Last updated <SiteDay date={page.updatedAt} />
        </p>
      </header>
      <ArticleBody html={page.body} />
    </article>
  );
}
