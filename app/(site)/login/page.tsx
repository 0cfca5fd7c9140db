import type { Metadata } from 'next';
import { redirect } from 'next/navigation';
import { LoginForm } from '@/components/auth/login-form';
import { safeReturnPath } from '@/lib/paths';
import { getCurrentStaff } from '@/web/session';
import { isSetupOpen } from '@/db/users';

// Rendered for every request: it reads the database, and nothing is baked into the build.
export const dynamic = 'force-dynamic';

export const metadata: Metadata = { title: 'Sign in', robots: { index: false } };

interface LoginPageProps {
  searchParams: Promise<{ next?: string | string[]; 'signed-out'?: string; 'two-factor'?: string }>;
}

export default async function LoginPage({ searchParams }: LoginPageProps) {
  const params = await searchParams;
  const next = safeReturnPath(params.next);
  if (await getCurrentStaff()) redirect(next);
  const setupOpen = await isSetupOpen();
  return (
    <div className="auth-page">
      <h1>Sign in</h1>
      <p className="auth-lede">Staff sign-in for the newsroom’s editor.</p>
      {params['two-factor'] ? (
        <p className="form-notice">Two-factor sign-in is on. Sign in again with your password and a code from your app.</p>
      ) : (
        params['signed-out'] && <p className="form-notice">You have been signed out.</p>
      )}
      <LoginForm next={next} />
      {setupOpen && (
        <p className="auth-hint">
          No owner account exists yet: open the setup address that <code>npm start</code> printed.
        </p>
      )}
    </div>
  );
}
