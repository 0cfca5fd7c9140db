import type { Metadata } from 'next';
import Link from 'next/link';
import { ProfileForm } from '@/components/editor/profile-form';
import { editorProfilePath } from '@/lib/paths';
import { canCreateGuestProfile } from '@/lib/permissions';
import { requireStaff } from '@/web/session';
import { NoAccess } from '@/components/editor/no-access';

export const metadata: Metadata = { title: 'New guest contributor' };

export default async function NewGuestProfilePage() {
  const staff = await requireStaff(editorProfilePath('new'));
  if (!canCreateGuestProfile(staff)) return <NoAccess title="New guest contributor" />;
  return (
    <>
      <p>
        <Link href={editorProfilePath()}>← Profiles</Link>
      </p>
      <h1>New guest contributor</h1>
      <p className="muted">A guest has a byline and an author page but no account: they never sign in.</p>
      <ProfileForm profile={{ id: null, name: '', title: '', bio: '', websiteUrl: '', publicEmail: '', socialLinks: [], photoUrl: null }} />
    </>
  );
}
