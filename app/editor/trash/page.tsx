import type { Metadata } from 'next';
import Link from 'next/link';
import { purgeArticleAction, restoreFromTrashAction } from '@/actions/articles';
import { ConfirmAction } from '@/components/editor/confirm-action';
import { SiteDateTime } from '@/components/ui/site-date-time';
import { getArticleTitle, listTrash } from '@/db/editor';
import { canOnArticle, seesEveryArticle } from '@/lib/permissions';
import { editorArticlePath } from '@/lib/paths';
import { TRASH_DAYS, purgeDueAt } from '@/lib/trash';
import { requireStaff } from '@/web/session';

export const metadata: Metadata = { title: 'Trash' };

interface TrashPageProps {
  searchParams: Promise<{ restored?: string; purged?: string; error?: string }>;
}

const statusWords: Record<string, string> = { pending: 'pending review' };

export default async function TrashPage({ searchParams }: TrashPageProps) {
  const staff = await requireStaff('/editor/trash');
  const params = await searchParams;
  const restoredId = Number(params.restored);
  const [trashed, restoredTitle] = await Promise.all([
    listTrash(staff),
    Number.isInteger(restoredId) && restoredId > 0 ? getArticleTitle(staff, restoredId) : null,
  ]);
  const canPurge = canOnArticle(staff, 'purge', null);

  return (
    <>
      <div className="editor-toolbar-row">
        <h1>Trash</h1>
        <Link href="/editor">Back to the articles</Link>
      </div>
      <p className="muted">
        Deleted stories wait here for {TRASH_DAYS} days: readers cannot see them, and restoring one brings it back as it was, at the same
        address. After {TRASH_DAYS} days they are deleted for good.
        {!seesEveryArticle(staff) && ' You see the stories of yours that are here.'}
      </p>
      {restoredTitle !== null && (
        <p className="form-notice" role="status">
          Restored “<Link href={editorArticlePath(restoredId)}>{restoredTitle || 'Untitled draft'}</Link>” from the trash.
        </p>
      )}
      {params.purged && (
        <p className="form-notice" role="status">
          Deleted “{params.purged.slice(0, 200)}” for good.
        </p>
      )}
      {params.error && (
        <p className="form-error" role="alert" aria-label="Action error">
          {params.error.slice(0, 300)}
        </p>
      )}
      {trashed.length === 0 ? (
        <p className="empty-state">The trash is empty.</p>
      ) : (
        <div className="table-scroll">
          <table className="data-table trash-table">
            <thead>
              <tr>
                <th scope="col">Title</th>
                <th scope="col">Section</th>
                <th scope="col">Was</th>
                <th scope="col">Deleted</th>
                <th scope="col">Gone for good</th>
                <th scope="col">
                  <span className="visually-hidden">Actions</span>
                </th>
              </tr>
            </thead>
            <tbody>
              {trashed.map((article) => {
                const was = article.statusBeforeTrash ?? 'draft';
                return (
                  <tr key={article.id}>
                    <th scope="row" className="trash-title">
                      {article.title || 'Untitled draft'}
                    </th>
                    <td>{article.sectionName}</td>
                    <td>
                      <span className={`status-pill status-${was}`}>{statusWords[was] ?? was}</span>
                    </td>
                    <td>
                      <SiteDateTime date={article.trashedAt} />
                      {article.trashedByName && <div className="muted">by {article.trashedByName}</div>}
                    </td>
                    <td>
                      <SiteDateTime date={purgeDueAt(article.trashedAt)} />
                    </td>
                    <td>
                      <div className="row-actions">
                        {canOnArticle(staff, 'restoreFromTrash', { authorId: article.authorId, status: was }) && (
                          <form action={restoreFromTrashAction}>
                            <input type="hidden" name="id" value={article.id} />
                            <input type="hidden" name="returnTo" value="trash" />
                            <button type="submit" className="button" aria-label={`Restore “${article.title || 'Untitled draft'}”`}>
                              Restore
                            </button>
                          </form>
                        )}
                        {canPurge && (
                          <ConfirmAction
                            action={purgeArticleAction}
                            fields={{ id: article.id }}
                            label="Delete for good"
                            question={`Delete “${article.title || 'Untitled draft'}” for good?`}
                            detail="The story, its revisions and its notes are deleted now. This cannot be undone."
                            confirmLabel="Delete for good"
                          />
                        )}
                      </div>
                    </td>
                  </tr>
                );
              })}
            </tbody>
          </table>
        </div>
      )}
    </>
  );
}
