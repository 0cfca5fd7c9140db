import type { Metadata } from 'next';
import Link from 'next/link';
import { SetupForm } from '@/components/auth/setup-form';
import { isSetupOpen } from '@/db/users';
import { isSetupTokenValid } from '@/newsroom/setup-token';
import { loginPath } from '@/lib/paths';

// Rendered for every request: it reads the database, and nothing is baked into the build.
export const dynamic = 'force-dynamic';

export const metadata: Metadata = { title: 'Set up', robots: { index: false } };

interface SetupPageProps {
  searchParams: Promise<{ token?: string | string[] }>;
}

export default async function SetupPage({ searchParams }: SetupPageProps) {
  const { token } = await searchParams;
  const setupToken = typeof token === 'string' ? token : '';
  if (!(await isSetupOpen())) {
    return (
      <div className="auth-page">
        <h1>Setup is complete</h1>
        <p>
          This site already has an owner. <Link href={loginPath()}>Sign in</Link> instead.
        </p>
      </div>
    );
  }
  if (!(await isSetupTokenValid(setupToken))) {
    return (
      <div className="auth-page">
        <h1>Setup needs its address</h1>
        <p role="alert">
          {setupToken ? 'This setup token is not valid.' : 'This page opens only with the setup token.'} Open the setup address that{' '}
          <code>npm start</code> printed when the site started (the token is also in the <code>setup-token</code> file beside the database,
          readable only by the server’s user).
        </p>
      </div>
    );
  }
  return (
    <div className="auth-page">
      <h1>Set up your newsroom</h1>
      <p className="auth-lede">Create the owner account. It can invite everyone else. This page closes once the owner exists.</p>
      <SetupForm token={setupToken} />
    </div>
  );
}
