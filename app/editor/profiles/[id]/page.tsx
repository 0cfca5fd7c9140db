import type { Metadata } from 'next';
import Link from 'next/link';
import { notFound } from 'next/navigation';
import { getProfileForEditing } from '@/db/authors';
import { ProfileForm } from '@/components/editor/profile-form';
import { authorPath, editorProfilePath } from '@/lib/paths';
import { canCreateGuestProfile, canEditProfile } from '@/lib/permissions';
import { requireStaff } from '@/web/session';

export const metadata: Metadata = { title: 'Edit profile' };

interface EditProfilePageProps {
  params: Promise<{ id: string }>;
  searchParams: Promise<{ saved?: string }>;
}

export default async function EditProfilePage({ params, searchParams }: EditProfilePageProps) {
  const [{ id: rawId }, query] = await Promise.all([params, searchParams]);
  const staff = await requireStaff(editorProfilePath());
  const profile = /^[1-9]\d{0,14}$/.test(rawId) ? await getProfileForEditing(Number(rawId)) : null;
  // Someone else's profile is indistinguishable from a missing one; the mutation checks again.
  if (!profile || !canEditProfile(staff, profile)) notFound();
  return (
    <>
      {canCreateGuestProfile(staff) && (
        <p>
          <Link href={editorProfilePath()}>← Profiles</Link>
        </p>
      )}
      <div className="editor-toolbar-row">
        <h1>{profile.userId === staff.id ? 'Your byline profile' : profile.name}</h1>
        {profile.userId === null && <span className="status-pill status-guest">Guest</span>}
        <Link href={authorPath(profile.slug)}>Author page</Link>
      </div>
      {query.saved === 'created' && (
        <p className="form-notice" role="status">
          Guest contributor created. Add them to a story from its Bylines box.
        </p>
      )}
      <p className="muted">Shown with the byline on stories and on the author page, {authorPath(profile.slug)}.</p>
      <ProfileForm profile={{ ...profile, photoUrl: profile.photoUrl }} />
    </>
  );
}
