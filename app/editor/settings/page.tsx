import type { Metadata } from 'next';
import { SiteSettingsForm } from '@/components/editor/admin/settings-form';
import { getSiteSettings } from '@/db/settings';
import { canOnSite } from '@/lib/permissions';
import { requireStaff } from '@/lib/session';
import { NoAccess } from '@/components/editor/no-access';

export const metadata: Metadata = { title: 'Site settings' };

export default async function SiteSettingsPage() {
  const staff = await requireStaff('/editor/settings');
  if (!canOnSite(staff, 'manageSettings')) {
    return <NoAccess title="Site settings" />;
  }
  const settings = await getSiteSettings();
  return (
    <>
      <h1>Site settings</h1>
      <p className="muted">The site name, address and database are deployment settings; see the README.</p>
      <SiteSettingsForm saved={settings} />
    </>
  );
}
