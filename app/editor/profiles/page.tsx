import type { Metadata } from 'next';
import Link from 'next/link';
import { listProfiles } from '@/db/authors';
import { authorPath, editorProfilePath } from '@/lib/paths';
import { canCreateGuestProfile } from '@/lib/permissions';
import { requireStaff } from '@/web/session';
import { NoAccess } from '@/components/editor/no-access';

export const metadata: Metadata = { title: 'Profiles' };

/** Every byline profile, staff and guests: editors and admins edit any of them and add guests. */
export default async function ProfilesPage() {
  const staff = await requireStaff(editorProfilePath());
  if (!canCreateGuestProfile(staff)) return <NoAccess title="Profiles" />;
  const profiles = await listProfiles();
  return (
    <>
      <div className="editor-toolbar-row">
        <h1>Profiles</h1>
        <Link className="button button-primary" href={editorProfilePath('new')}>
          New guest contributor
        </Link>
      </div>
      <p className="muted">
        A byline is a profile, not an account: staff each own one, and a guest contributor is a profile without a sign-in.
      </p>
      <table className="data-table">
        <thead>
          <tr>
            <th scope="col">Name</th>
            <th scope="col">Title</th>
            <th scope="col">Account</th>
            <th scope="col">Author page</th>
          </tr>
        </thead>
        <tbody>
          {profiles.map((profile) => (
            <tr key={profile.id}>
              <td>
                <Link href={editorProfilePath(profile.id)}>{profile.name}</Link>
              </td>
              <td>{profile.title}</td>
              <td>{profile.accountName ?? <span className="status-pill status-guest">Guest</span>}</td>
              <td>
                <Link href={authorPath(profile.slug)}>{authorPath(profile.slug)}</Link>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </>
  );
}
