import type { Metadata } from 'next';
import { SiteSettingsForm, TwoFactorRequirementForm } from '@/components/editor/admin/settings-form';
import { canOnSite } from '@/lib/permissions';
import { requireStaff } from '@/web/session';
import { NoAccess } from '@/components/editor/no-access';
import { getSiteSettings } from '@/db/settings';
import { getTwoFactorRequired } from '@/db/two-factor';
import { supportedTimeZones } from '@/lib/site-time';
import { getSiteConfig } from '@/lib/site';
import { editorScreenPath } from '@/lib/paths';

export const metadata: Metadata = { title: 'Site settings' };

export default async function SiteSettingsPage() {
  const staff = await requireStaff(editorScreenPath('settings'));
  if (!canOnSite(staff, 'manageSettings')) {
    return <NoAccess title="Site settings" />;
  }
  const [settings, twoFactorRequired] = await Promise.all([getSiteSettings(), getTwoFactorRequired()]);
  return (
    <>
      <h1>Site settings</h1>
      <p className="muted">The site name, address and database are deployment settings; see the README.</p>
      <SiteSettingsForm
        saved={settings}
        timeZones={supportedTimeZones()}
        defaults={{ timeZone: getSiteConfig().defaultTimeZone, language: getSiteConfig().defaultLanguage }}
      />
      <section aria-labelledby="two-factor-heading">
        <h2 id="two-factor-heading">Two-factor sign-in</h2>
        <TwoFactorRequirementForm required={twoFactorRequired} />
      </section>
    </>
  );
}
