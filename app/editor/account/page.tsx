import type { Metadata } from 'next';
import Link from 'next/link';
import { ChangePasswordForm } from '@/components/editor/account/password-form';
import { RenameAccountForm } from '@/components/editor/account/name-form';
import { MIN_PASSWORD_LENGTH } from '@/lib/passwords';
import { getProfileOfUser } from '@/db/authors';
import { editorProfilePath } from '@/lib/paths';
import { ACCOUNT_PATH, TWO_FACTOR_SETUP_PATH, requireStaff } from '@/web/session';

export const metadata: Metadata = { title: 'Account' };

export default async function AccountPage() {
  const staff = await requireStaff(ACCOUNT_PATH);
  const profile = await getProfileOfUser(staff.id);
  return (
    <>
      <h1>Account</h1>
      <p className="muted">
        Signed in as {staff.name} ({staff.email}).
      </p>
      <section aria-labelledby="name-heading">
        <h2 id="name-heading">Name</h2>
        <p>What colleagues see in the editor and the audit log. Your byline on stories is set in your byline profile, below.</p>
        <RenameAccountForm name={staff.name} />
      </section>
      <section aria-labelledby="byline-heading">
        <h2 id="byline-heading">Byline</h2>
        {profile ? (
          <p>
            Your stories are credited to <strong>{profile.name}</strong>
            {profile.title ? `, ${profile.title}` : ''}. <Link href={editorProfilePath(profile.id)}>Edit your byline profile</Link> (name,
            title, bio, photo and links on your author page).
          </p>
        ) : (
          <p>You have no byline profile yet: one is made from your account when you save your first story.</p>
        )}
      </section>
      <section aria-labelledby="password-heading">
        <h2 id="password-heading">Password</h2>
        <p>Changing it signs you out everywhere else; this browser stays signed in.</p>
        <ChangePasswordForm minPasswordLength={MIN_PASSWORD_LENGTH} twoFactor={staff.twoFactor} />
      </section>
      <section aria-labelledby="two-factor-heading">
        <h2 id="two-factor-heading">Two-factor sign-in</h2>
        <p>
          {staff.twoFactor ? 'On: signing in takes your password and a code from your app.' : 'Off: signing in takes your password alone.'}{' '}
          <Link href={TWO_FACTOR_SETUP_PATH}>{staff.twoFactor ? 'Manage two-factor sign-in' : 'Set up two-factor sign-in'}</Link>
        </p>
      </section>
    </>
  );
}
