import type { Metadata } from 'next';
import Link from 'next/link';
import { notFound } from 'next/navigation';
import { DeletePageForm, PageForm } from '@/components/editor/admin/page-form';
import { restorePageRevisionAction } from '@/actions/admin';
import { NoAccess } from '@/components/editor/no-access';
import { getPageForEditor, listPageRevisions } from '@/db/pages';
import { editorScreenPath, editorStaticPagePath, staticPagePath } from '@/lib/paths';
import { canOnSite } from '@/lib/permissions';
import { SiteDateTime } from '@/components/ui/site-date-time';
import { requireStaff } from '@/web/session';

export const metadata: Metadata = { title: 'Edit page' };

interface EditPagePageProps {
  params: Promise<{ id: string }>;
  searchParams: Promise<{ saved?: string | string[] }>;
}

const savedNotices: Record<string, string> = {
  published: 'Saved. The page is live.',
  draft: 'Saved as a draft. Readers cannot see it.',
  restored: 'Restored: that version is now the newest, with its title, address, text and status.',
  'restore-conflict': 'Someone saved this page while you looked, so nothing was restored. Look again, then restore.',
  'restore-failed': 'That version could not be restored: its address now belongs to a section or another page.',
};

export default async function EditPagePage({ params, searchParams }: EditPagePageProps) {
  const [{ id }, { saved }] = await Promise.all([params, searchParams]);
  const staff = await requireStaff(editorStaticPagePath(id));
  if (!canOnSite(staff, 'managePages')) return <NoAccess title="Edit page" />;
  const page = await getPageForEditor(id);
  if (!page) notFound();
  const revisions = await listPageRevisions(page.id);
  const notice = typeof saved === 'string' ? savedNotices[saved] : undefined;
  return (
    <>
      <div className="editor-toolbar-row">
        <h1>Edit page</h1>
        <span className={`status-pill status-${page.status}`}>{page.status}</span>
        {page.status === 'published' && <Link href={staticPagePath(page.slug)}>View on site</Link>}
        <Link href={editorScreenPath('pages')}>All pages</Link>
      </div>
      {notice && (
        <p className="form-notice" role="status">
          {notice}
        </p>
      )}
      <PageForm
        key={page.version}
        page={{ id: page.id, version: page.version, title: page.title, slug: page.slug, body: page.body, status: page.status }}
      />
      <section className="editor-panel" aria-labelledby="page-revisions-heading">
        <h2 id="page-revisions-heading">Revisions</h2>
        <ol className="note-history page-revisions">
          {revisions.map((revision) => (
            <li key={revision.id}>
              v{revision.version} · {revision.title} · {revision.status} · {revision.savedBy},{' '}
              <SiteDateTime date={revision.createdAt} compact />
              {revision.version === page.version ? (
                <span className="muted"> · current</span>
              ) : (
                <details className="page-revision">
                  <summary>Show version {revision.version}</summary>
                  <p className="muted">Address: /{revision.slug}</p>
                  {/* Stored bodies were sanitized when they were saved, as every page body is. */}
                  <div className="article-body" dangerouslySetInnerHTML={{ __html: revision.body }} />
                  <form action={restorePageRevisionAction}>
                    <input type="hidden" name="pageId" value={page.id} />
                    <input type="hidden" name="revisionId" value={revision.id} />
                    <input type="hidden" name="expectedVersion" value={page.version} />
                    <button type="submit" className="button">
                      Restore version {revision.version}
                    </button>
                  </form>
                </details>
              )}
            </li>
          ))}
        </ol>
      </section>
      <section className="editor-panel" aria-labelledby="page-delete-heading">
        <h2 id="page-delete-heading">Delete</h2>
        <p className="muted">Deleting removes the page and its menu links; its address stops working.</p>
        <DeletePageForm id={page.id} title={page.title} />
      </section>
    </>
  );
}
