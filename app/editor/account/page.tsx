import type { Metadata } from 'next';
import Link from 'next/link';
import { ChangePasswordForm } from '@/components/editor/account/password-form';
import { MIN_PASSWORD_LENGTH } from '@/lib/passwords';
import { ACCOUNT_PATH, TWO_FACTOR_SETUP_PATH, requireStaff } from '@/web/session';

export const metadata: Metadata = { title: 'Account' };

export default async function AccountPage() {
  const staff = await requireStaff(ACCOUNT_PATH);
  return (
    <>
      <h1>Account</h1>
      <p className="muted">
        Signed in as {staff.name} ({staff.email}).
      </p>
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
