import type { Metadata } from 'next';
import { PageForm } from '@/components/editor/admin/page-form';
import { NoAccess } from '@/components/editor/no-access';
import { canOnSite } from '@/lib/permissions';
import { requireStaff } from '@/web/session';
import { editorStaticPagePath } from '@/lib/paths';

export const metadata: Metadata = { title: 'New page' };

export default async function NewPagePage() {
  const staff = await requireStaff(editorStaticPagePath('new'));
  if (!canOnSite(staff, 'managePages')) return <NoAccess title="New page" />;
  return (
    <>
      <h1>New page</h1>
      <PageForm page={{ id: null, version: null, title: '', slug: '', body: '', status: 'draft' }} />
    </>
  );
}
