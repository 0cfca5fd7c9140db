import type { Metadata } from 'next';
import Link from 'next/link';
import { listPagesForEditor } from '@/db/pages';
import { editorScreenPath, editorStaticPagePath, staticPagePath } from '@/lib/paths';
import { canOnSite } from '@/lib/permissions';
import { SiteDateTime } from '@/components/ui/site-date-time';
import { requireStaff } from '@/web/session';
import { NoAccess } from '@/components/editor/no-access';

export const metadata: Metadata = { title: 'Pages' };

interface PagesPageProps {
  searchParams: Promise<{ deleted?: string | string[] }>;
}

export default async function PagesPage({ searchParams }: PagesPageProps) {
  const staff = await requireStaff(editorScreenPath('pages'));
  if (!canOnSite(staff, 'managePages')) return <NoAccess title="Pages" />;
  const [pages, { deleted }] = await Promise.all([listPagesForEditor(), searchParams]);
  return (
    <>
      <div className="editor-toolbar-row">
        <h1>Pages</h1>
        <Link className="button button-primary" href={editorStaticPagePath('new')}>
          New page
        </Link>
      </div>
      {deleted === '1' && (
        <p className="form-notice" role="status">
          Page deleted. Its menu links went with it.
        </p>
      )}
      <p className="muted">About, Staff, Contact, policies: pages that are not news. Add them to the header or footer under Menus.</p>
      {pages.length === 0 ? (
        <p className="muted">There are no pages yet.</p>
      ) : (
        <table className="data-table">
          <thead>
            <tr>
              <th scope="col">Title</th>
              <th scope="col">Address</th>
              <th scope="col">Status</th>
              <th scope="col">Last saved</th>
            </tr>
          </thead>
          <tbody>
            {pages.map((page) => (
              <tr key={page.id}>
                <td>
                  <Link href={editorStaticPagePath(page.id)}>{page.title}</Link>
                </td>
                <td>{page.status === 'published' ? <Link href={staticPagePath(page.slug)}>/{page.slug}</Link> : `/${page.slug}`}</td>
                <td>
                  <span className={`status-pill status-${page.status}`}>{page.status}</span>
                </td>
                <td>
                  <SiteDateTime date={page.updatedAt} compact />
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </>
  );
}
