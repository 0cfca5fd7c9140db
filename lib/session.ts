import 'server-only';
import { redirect } from 'next/navigation';
import { cache } from 'react';
import { getActiveStaffForSession, type StaffSession } from '@/db/users';
import { auth } from './auth';

/**
 * The signed-in staff member, re-checked against the database on every request: a disabled account,
 * a changed password or "sign out everywhere" ends the session at the very next request.
 */
export const getCurrentStaff = cache(async (): Promise<StaffSession | null> => {
  const session = await auth();
  const id = Number(session?.user?.id);
  if (!session?.user || !Number.isInteger(id) || id <= 0) return null;
  return getActiveStaffForSession(id, session.user.sessionVersion);
});

/** For editor pages: the staff member, or a redirect to sign-in that comes back here. */
export async function requireStaff(returnTo: string): Promise<StaffSession> {
  const staff = await getCurrentStaff();
  if (!staff) redirect(`/login?next=${encodeURIComponent(returnTo)}`);
  return staff;
}

/** Only same-origin paths: never `//host`, `/\host` or absolute URLs, so sign-in cannot redirect off-site. */
export function safeReturnPath(value: unknown, fallback = '/editor'): string {
  if (typeof value !== 'string' || !value.startsWith('/') || value.startsWith('//') || value.startsWith('/\\')) return fallback;
  if (/[\u0000-\u001F]/.test(value)) return fallback;
  return value;
}
