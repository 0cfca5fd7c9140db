import type { Metadata } from 'next';
import Link from 'next/link';
import { notFound } from 'next/navigation';
import { restoreRevisionAction } from '@/actions/articles';
import { getArticleForStaff, getRevision, listRevisions, type RevisionContent } from '@/db/editor';
import { canOnArticle } from '@/lib/permissions';
import { SiteDateTime } from '@/components/ui/site-date-time';
import { RevisionDiff } from '@/components/editor/revision-diff';
import { requireStaff } from '@/web/session';
import { editorArticlePath } from '@/lib/paths';

export const metadata: Metadata = { title: 'Revisions' };

interface RevisionsPageProps {
  params: Promise<{ id: string }>;
  /** `from` and `to` are revision ids; `compare` alone compares that revision with the current one. */
  searchParams: Promise<{ compare?: string; from?: string; to?: string; error?: string }>;
}

const idFrom = (value: string | undefined) => {
  const id = Number(value);
  return Number.isInteger(id) && id > 0 ? id : null;
};

export default async function RevisionsPage({ params, searchParams }: RevisionsPageProps) {
  const [{ id: rawId }, query] = await Promise.all([params, searchParams]);
  const staff = await requireStaff(editorArticlePath(rawId, 'revisions'));
  const article = await getArticleForStaff(staff, rawId);
  if (!article) notFound();
  const revisions = await listRevisions(article.id);
  const canRestore = canOnArticle(staff, 'restoreRevision', article) && article.status !== 'trashed';
  const currentRevision = revisions[0];
  const base = editorArticlePath(article.id, 'revisions');

  // Older on the left, newer on the right, whichever order they were picked in.
  const fromId = idFrom(query.from) ?? idFrom(query.compare);
  const toId = idFrom(query.to) ?? (fromId ? (currentRevision?.id ?? null) : null);
  const [first, second] = await Promise.all([fromId ? getRevision(article.id, fromId) : null, toId ? getRevision(article.id, toId) : null]);
  const pair: [RevisionContent, RevisionContent] | null =
    first && second ? (first.id <= second.id ? [first, second] : [second, first]) : null;

  return (
    <>
      <div className="editor-toolbar-row">
        <h1>Revisions: {article.title || 'Untitled draft'}</h1>
        <Link href={editorArticlePath(article.id)}>Back to the article</Link>
      </div>
      {query.error && (
        <p className="form-error" role="alert" aria-label="Restore error">
          {query.error.slice(0, 300)}
        </p>
      )}
      {revisions.length > 1 && (
        <form method="get" action={base} className="compare-form" aria-label="Compare two versions">
          <div className="field">
            <label htmlFor="compare-from">Compare</label>
            <select id="compare-from" name="from" defaultValue={pair?.[0].id ?? revisions[1]?.id}>
              {revisions.map((revision) => (
                <option key={revision.id} value={revision.id}>
                  v{revision.version} · {revision.savedByName}
                </option>
              ))}
            </select>
          </div>
          <div className="field">
            <label htmlFor="compare-to">with</label>
            <select id="compare-to" name="to" defaultValue={pair?.[1].id ?? currentRevision?.id}>
              {revisions.map((revision) => (
                <option key={revision.id} value={revision.id}>
                  v{revision.version} · {revision.savedByName}
                </option>
              ))}
            </select>
          </div>
          <button type="submit" className="button">
            Show changes
          </button>
        </form>
      )}
      {pair && <RevisionDiff before={pair[0]} after={pair[1]} currentVersion={article.version} />}
      <h2 className="revisions-heading">Every saved version</h2>
      <div className="table-scroll">
        <table className="data-table revisions-table">
          <thead>
            <tr>
              <th scope="col">Version</th>
              <th scope="col">Saved</th>
              <th scope="col">By</th>
              <th scope="col">Title</th>
              <th scope="col">
                <span className="visually-hidden">Actions</span>
              </th>
            </tr>
          </thead>
          <tbody>
            {revisions.map((revision, index) => {
              const previous = revisions[index + 1];
              const isCurrent = revision.version === article.version;
              return (
                <tr key={revision.id} aria-current={isCurrent ? 'true' : undefined}>
                  <td>
                    v{revision.version}
                    {isCurrent && <span className="muted"> (current)</span>}
                  </td>
                  <td>
                    <SiteDateTime date={revision.createdAt} />
                  </td>
                  <td>{revision.savedByName}</td>
                  <td>{revision.title || 'Untitled draft'}</td>
                  <td>
                    <div className="row-actions">
                      {previous && (
                        <Link href={`${base}?from=${previous.id}&to=${revision.id}`} className="button button-small">
                          Changes in v{revision.version}
                        </Link>
                      )}
                      {!isCurrent && (
                        <Link href={`${base}?compare=${revision.id}`} className="button button-small">
                          Compare with current
                        </Link>
                      )}
                      {canRestore && !isCurrent && (
                        <form action={restoreRevisionAction}>
                          <input type="hidden" name="articleId" value={article.id} />
                          <input type="hidden" name="revisionId" value={revision.id} />
                          <input type="hidden" name="expectedVersion" value={article.version} />
                          <button type="submit" className="button button-small">
                            Restore v{revision.version}
                          </button>
                        </form>
                      )}
                    </div>
                  </td>
                </tr>
              );
            })}
          </tbody>
        </table>
      </div>
    </>
  );
}
