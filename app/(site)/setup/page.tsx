import type { Metadata } from 'next';
import Link from 'next/link';
import { SetupForm } from '@/components/auth/setup-form';
import { isSetupOpen } from '@/db/users';
import { loginPath } from '@/lib/paths';

// Rendered for every request: it reads the database, and nothing is baked into the build.
export const dynamic = 'force-dynamic';

export const metadata: Metadata = { title: 'Set up', robots: { index: false } };

export default async function SetupPage() {
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
  return (
    <div className="auth-page">
      <h1>Set up your newsroom</h1>
      <p className="auth-lede">Create the owner account. It can invite everyone else. This page closes once the owner exists.</p>
      <SetupForm />
    </div>
  );
}
