import type { Metadata } from 'next';
import Link from 'next/link';
import { InviteForm } from '@/components/auth/invite-form';
import { getInviteByToken } from '@/db/users';
import { MIN_PASSWORD_LENGTH } from '@/lib/passwords';
import { loginPath } from '@/lib/paths';

// Rendered for every request: whether the link still works is read from the database each time.
export const dynamic = 'force-dynamic';

export const metadata: Metadata = { title: 'Join the newsroom', robots: { index: false }, referrer: 'no-referrer' };

const roleNames = { admin: 'an administrator', editor: 'an editor', author: 'an author', contributor: 'a contributor' } as const;

export default async function InvitePage({ params }: { params: Promise<{ token: string }> }) {
  const { token } = await params;
  const invite = await getInviteByToken(token);
  if (!invite || invite.state !== 'open') {
    return (
      <div className="auth-page">
        <h1>This invitation link does not work</h1>
        <p role="alert">
          {invite?.state === 'used'
            ? 'It has already been used: an invitation makes one account.'
            : invite?.state === 'expired'
              ? 'It has expired or was withdrawn: invitations last 48 hours.'
              : 'It is not a link this site made.'}{' '}
          Ask an administrator for a new one, or <Link href={loginPath()}>sign in</Link> if you already have an account.
        </p>
      </div>
    );
  }
  return (
    <div className="auth-page">
      <h1>Join the newsroom</h1>
      <p className="auth-lede">
        You are invited as {roleNames[invite.role]}. Choose the name your colleagues see and your password; this link then stops working.
      </p>
      <InviteForm token={token} email={invite.email} minPasswordLength={MIN_PASSWORD_LENGTH} />
    </div>
  );
}
