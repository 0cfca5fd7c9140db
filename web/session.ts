import 'server-only';
import { redirect } from 'next/navigation';
import { cache } from 'react';
import { resumeStaffSession, type StaffSession } from '@/newsroom/staff-sessions';
import { auth } from './auth';
import { getTwoFactorRequired } from '@/db/two-factor';
import { loginPath } from '@/lib/paths';

/**
 * The signed-in staff member, re-checked against the database on every request: a session signed out,
 * idle or too old, a disabled account, a changed password or "sign out everywhere" ends it at the very
 * next request.
 */
export const getCurrentStaff = cache(async (): Promise<StaffSession | null> => {
  const session = await auth();
  const id = Number(session?.user?.id);
  if (!session?.user?.sessionId || !Number.isInteger(id) || id <= 0) return null;
  return resumeStaffSession({ userId: id, sessionId: session.user.sessionId });
});

/** The id of this browser's session (its row in staff_sessions), whether or not it is still live. */
export const getCurrentSessionId = cache(async (): Promise<string | null> => (await auth())?.user?.sessionId || null);

export const ACCOUNT_PATH = '/editor/account';
export const TWO_FACTOR_SETUP_PATH = '/editor/account/two-factor';

/**
 * For editor pages: the staff member, or a redirect to sign-in that comes back here. While the site
 * requires two-factor and they have not set it up, every editor page sends them to set it up (the
 * mutation guard refuses their changes too).
 */
export async function requireStaff(returnTo: string, options: { allowWithoutTwoFactor?: boolean } = {}): Promise<StaffSession> {
  const staff = await getCurrentStaff();
  if (!staff) redirect(loginPath(returnTo));
  if (!options.allowWithoutTwoFactor && !staff.twoFactor && (await getTwoFactorRequired())) {
    redirect(`${TWO_FACTOR_SETUP_PATH}?required=1`);
  }
  return staff;
}
