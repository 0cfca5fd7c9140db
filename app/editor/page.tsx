import type { Metadata } from 'next';
import { statusNow } from '@/db/visibility';
import Link from 'next/link';
import { countArticlesByStatus, countTrash, getArticleTitle, listDashboardArticles, type DashboardStatus } from '@/db/editor';
import { restoreFromTrashAction } from '@/actions/articles';
import { listSections } from '@/db/sections';
import { seesEveryArticle } from '@/lib/permissions';
import { SiteDateTime } from '@/components/ui/site-date-time';
import { joinNames } from '@/lib/text';
import { requireStaff } from '@/web/session';
import { EDITOR_TRASH_PATH, editorArticlePath } from '@/lib/paths';
import { TRASH_DAYS } from '@/lib/trash';
import { listProfiles } from '@/db/authors';

export const metadata: Metadata = { title: 'Dashboard' };

const tabs: Array<{ status: DashboardStatus | undefined; label: string }> = [
  { status: undefined, label: 'All' },
  { status: 'draft', label: 'Drafts' },
  { status: 'pending', label: 'Pending review' },
  { status: 'scheduled', label: 'Scheduled' },
  { status: 'published', label: 'Published' },
];

interface DashboardProps {
  searchParams: Promise<{
    status?: string;
    author?: string;
    section?: string;
    q?: string;
    trashed?: string;
    restored?: string;
    error?: string;
  }>;
}

function positiveInt(value: string | undefined): number | undefined {
  const number = Number(value);
  return Number.isInteger(number) && number > 0 ? number : undefined;
}

export default async function EditorDashboardPage({ searchParams }: DashboardProps) {
  const staff = await requireStaff('/editor');
  const params = await searchParams;
  const status = tabs.find((tab) => tab.status === params.status)?.status;
  // The same rule as the article pages (lib/permissions.ts): only editors and admins see everyone's work.
  const onlyAuthorId = seesEveryArticle(staff) ? undefined : staff.id;
  const filters = {
    status,
    profileId: positiveInt(params.author),
    categoryId: positiveInt(params.section),
    query: params.q?.slice(0, 100),
    onlyAuthorId,
  };
  const trashedId = positiveInt(params.trashed);
  const restoredId = positiveInt(params.restored);
  const [articles, counts, sections, authors, inTrash, trashedTitle, restoredTitle] = await Promise.all([
    listDashboardArticles(filters),
    countArticlesByStatus(onlyAuthorId),
    listSections(),
    listProfiles(),
    countTrash(staff),
    trashedId ? getArticleTitle(staff, trashedId) : null,
    restoredId ? getArticleTitle(staff, restoredId) : null,
  ]);
  const hrefFor = (tabStatus: DashboardStatus | undefined) => {
    const query = new URLSearchParams();
    if (tabStatus) query.set('status', tabStatus);
    if (filters.profileId) query.set('author', String(filters.profileId));
    if (filters.categoryId) query.set('section', String(filters.categoryId));
    if (filters.query) query.set('q', filters.query);
    const text = query.toString();
    return text ? `/editor?${text}` : '/editor';
  };

  return (
    <>
      <div className="editor-toolbar-row">
        <h1>Articles</h1>
        <Link href="/editor/articles/new" className="button button-primary">
          New article
        </Link>
      </div>
      {trashedId && trashedTitle !== null && (
        <div className="form-notice undo-notice" role="status">
          <p>
            “{trashedTitle || 'Untitled draft'}” is in the trash. You can restore it there for {TRASH_DAYS} days.
          </p>
          <form action={restoreFromTrashAction}>
            <input type="hidden" name="id" value={trashedId} />
            <button type="submit" className="button">
              Undo
            </button>
          </form>
        </div>
      )}
      {restoredId && restoredTitle !== null && (
        <p className="form-notice" role="status">
          Restored “<Link href={editorArticlePath(restoredId)}>{restoredTitle || 'Untitled draft'}</Link>” from the trash.
        </p>
      )}
      {params.error && (
        <p className="form-error" role="alert" aria-label="Action error">
          {params.error.slice(0, 300)}
        </p>
      )}
      <ul className="status-tabs" aria-label="Filter by status">
        {tabs.map((tab) => (
          <li key={tab.label}>
            <Link href={hrefFor(tab.status)} aria-current={tab.status === status ? 'page' : undefined}>
              {tab.label}
              {tab.status && <> ({counts[tab.status]})</>}
            </Link>
          </li>
        ))}
        <li className="status-tabs-trash">
          <Link href={EDITOR_TRASH_PATH}>Trash ({inTrash})</Link>
        </li>
      </ul>
      <form className="editor-toolbar-row" method="get" action="/editor" role="search" aria-label="Filter articles">
        {status && <input type="hidden" name="status" value={status} />}
        <div className="field">
          <label htmlFor="filter-q">Title search</label>
          <input id="filter-q" name="q" type="search" defaultValue={filters.query ?? ''} />
        </div>
        {!onlyAuthorId && (
          <div className="field">
            <label htmlFor="filter-author">Byline</label>
            <select id="filter-author" name="author" defaultValue={filters.profileId ?? ''}>
              <option value="">Everyone</option>
              {authors.map((author) => (
                <option key={author.id} value={author.id}>
                  {author.accountName === null ? `${author.name} (guest)` : author.name}
                </option>
              ))}
            </select>
          </div>
        )}
        <div className="field">
          <label htmlFor="filter-section">Section</label>
          <select id="filter-section" name="section" defaultValue={filters.categoryId ?? ''}>
            <option value="">All sections</option>
            {sections.map((section) => (
              <option key={section.id} value={section.id}>
                {section.name}
              </option>
            ))}
          </select>
        </div>
        <button type="submit" className="button">
          Filter
        </button>
      </form>
      {articles.length === 0 ? (
        <p className="muted">No articles match these filters.</p>
      ) : (
        <table className="data-table">
          <thead>
            <tr>
              <th scope="col">Title</th>
              <th scope="col">Status</th>
              <th scope="col">Section</th>
              <th scope="col">Bylines</th>
              <th scope="col">Last change</th>
            </tr>
          </thead>
          <tbody>
            {articles.map((article) => {
              const shown = statusNow(article, new Date());
              return (
                <tr key={article.id}>
                  <td>
                    <Link href={editorArticlePath(article.id)}>{article.title || 'Untitled draft'}</Link>
                  </td>
                  <td>
                    <span className={`status-pill status-${shown}`}>{shown === 'pending' ? 'pending review' : shown}</span>
                    {shown === 'scheduled' && article.publishedAt && (
                      <div className="muted">
                        <SiteDateTime date={article.publishedAt} />
                      </div>
                    )}
                  </td>
                  <td>{article.sectionName}</td>
                  <td>{joinNames(article.bylines.map((byline) => byline.name))}</td>
                  <td>
                    <SiteDateTime date={article.updatedAt} />
                  </td>
                </tr>
              );
            })}
          </tbody>
        </table>
      )}
    </>
  );
}
