import type { Metadata } from 'next';
import { statusNow } from '@/db/visibility';
import Link from 'next/link';
import {
  countArticlesByStatus,
  countTrash,
  getArticleTitle,
  listDashboardArticles,
  listScheduledArticles,
  type DashboardArticle,
  type DashboardStatus,
} from '@/db/editor';
import { bulkArticlesAction } from '@/actions/dashboard';
import { decodeCursor, encodeCursor } from '@/lib/pagination';
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

const PAGE_SIZE = 50;

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
    notice?: string;
    after?: string;
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
  // The same keyset cursor as reader listings, over (last change, id).
  const cursor = decodeCursor(params.after);
  const after = cursor ? { updatedAt: new Date(cursor.publishedAt), id: cursor.id } : undefined;
  // On the All tab, stories scheduled for later have their own group above the rest, the next to go out first.
  const scheduledGroup = !status && !after;
  const trashedId = positiveInt(params.trashed);
  const restoredId = positiveInt(params.restored);
  const [page, scheduled, counts, sections, authors, inTrash, trashedTitle, restoredTitle] = await Promise.all([
    listDashboardArticles({ ...filters, withoutScheduled: !status, after }, PAGE_SIZE + 1),
    scheduledGroup ? listScheduledArticles(filters) : [],
    countArticlesByStatus(onlyAuthorId),
    listSections(),
    listProfiles(),
    countTrash(staff),
    trashedId ? getArticleTitle(staff, trashedId) : null,
    restoredId ? getArticleTitle(staff, restoredId) : null,
  ]);
  const articles = page.slice(0, PAGE_SIZE);
  const last = articles.at(-1);
  const nextCursor = page.length > PAGE_SIZE && last ? encodeCursor({ publishedAt: last.updatedAt.getTime(), id: last.id }) : null;
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
      {params.notice && (
        <p className="form-notice" role="status">
          {params.notice.slice(0, 300)}
        </p>
      )}
      {articles.length === 0 && scheduled.length === 0 ? (
        <p className="muted">No articles match these filters.</p>
      ) : (
        <form action={bulkArticlesAction} className="bulk-form" aria-label="Selected stories">
          <input type="hidden" name="returnTo" value={`?${hrefFor(status).split('?')[1] ?? ''}`} />
          <fieldset className="bulk-toolbar">
            <legend className="visually-hidden">Do with the selected stories</legend>
            <div className="field">
              <label htmlFor="bulk-action">With the selected</label>
              <select id="bulk-action" name="bulkAction" defaultValue="">
                <option value="" disabled>
                  Choose an action
                </option>
                <option value="publish">Publish now</option>
                <option value="unpublish">Unpublish</option>
                <option value="trash">Move to the trash</option>
                <option value="move">Move to the section</option>
              </select>
            </div>
            <div className="field">
              <label htmlFor="bulk-section">Section (for a move)</label>
              <select id="bulk-section" name="bulkSection" defaultValue="">
                <option value="">—</option>
                {sections.map((section) => (
                  <option key={section.id} value={section.id}>
                    {section.name}
                  </option>
                ))}
              </select>
            </div>
            <button type="submit" className="button">
              Apply
            </button>
          </fieldset>
          {scheduled.length > 0 && (
            <ArticleTable
              caption={`Scheduled (${scheduled.length}), next to go out first`}
              articles={scheduled}
              className="scheduled-group"
            />
          )}
          {articles.length > 0 && (
            <ArticleTable caption={scheduledGroup && scheduled.length > 0 ? 'Everything else, by last change' : null} articles={articles} />
          )}
        </form>
      )}
      <nav className="pagination" aria-label="Article pages">
        {after && <Link href={hrefFor(status)}>Newest changes</Link>}
        {nextCursor && (
          <Link
            href={`${hrefFor(status)}${hrefFor(status).includes('?') ? '&' : '?'}after=${nextCursor}`}
            rel="next"
            className="pagination-next"
          >
            Older changes
          </Link>
        )}
      </nav>
    </>
  );
}

/** One group of the dashboard's stories, each with a box to select it for the bulk actions. */
function ArticleTable({ caption, articles, className }: { caption: string | null; articles: DashboardArticle[]; className?: string }) {
  const now = new Date();
  return (
    <table className={`data-table dashboard-table${className ? ` ${className}` : ''}`}>
      {caption && <caption>{caption}</caption>}
      <thead>
        <tr>
          <th scope="col">
            <span className="visually-hidden">Select</span>
          </th>
          <th scope="col">Title</th>
          <th scope="col">Status</th>
          <th scope="col">Section</th>
          <th scope="col">Bylines</th>
          <th scope="col">Last change</th>
        </tr>
      </thead>
      <tbody>
        {articles.map((article) => {
          const shown = statusNow(article, now);
          return (
            <tr key={article.id}>
              <td className="select-cell">
                <input type="checkbox" name="ids" value={article.id} aria-label={`Select “${article.title || 'Untitled draft'}”`} />
              </td>
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
  );
}
