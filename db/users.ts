import 'server-only';
import { and, asc, eq, isNotNull, sql } from 'drizzle-orm';
import type { UserRole } from '@/lib/permissions';
import { getDb } from './index';
import { siteSettings, users } from './schema';

/** Reads of staff accounts. Their changes go through the guard (newsroom/accounts.ts). */

/** Credentials for sign-in: only for the sign-in check itself. */
export async function getSignInCandidate(email: string) {
  const [row] = await getDb()
    .select({
      id: users.id,
      email: users.email,
      name: users.name,
      passwordHash: users.passwordHash,
      disabled: users.disabled,
      sessionVersion: users.sessionVersion,
    })
    .from(users)
    .where(eq(users.email, email.trim().toLowerCase()))
    .limit(1);
  return row ?? null;
}

export interface StaffListItem {
  id: number;
  email: string;
  name: string;
  slug: string;
  role: UserRole;
  disabled: boolean;
  canSignIn: boolean;
  twoFactor: boolean;
}

export async function listStaff(): Promise<StaffListItem[]> {
  const rows = await getDb()
    .select({
      id: users.id,
      email: users.email,
      name: users.name,
      slug: users.slug,
      role: users.role,
      disabled: users.disabled,
      hasPassword: sql<number>`${users.passwordHash} is not null`,
      hasTwoFactor: sql<number>`${users.totpSecret} is not null`,
    })
    .from(users)
    .orderBy(asc(users.name));
  return rows.map(({ hasPassword, hasTwoFactor, ...row }) => ({
    ...row,
    canSignIn: Boolean(hasPassword) && !row.disabled,
    twoFactor: Boolean(hasTwoFactor),
  }));
}

/** The site setting that records that the first owner was created (newsroom/accounts.ts sets it). */
export const SETUP_DONE = 'setup_completed';

/** First-run setup is open until an owner exists; it never reopens. */
export async function isSetupOpen(): Promise<boolean> {
  const db = getDb();
  const [done] = await db.select({ value: siteSettings.value }).from(siteSettings).where(eq(siteSettings.key, SETUP_DONE)).limit(1);
  if (done) return false;
  const [admin] = await db
    .select({ id: users.id })
    .from(users)
    .where(and(eq(users.role, 'admin'), isNotNull(users.passwordHash)))
    .limit(1);
  return !admin;
}

export async function hasAnyUser(): Promise<boolean> {
  const [row] = await getDb().select({ id: users.id }).from(users).where(isNotNull(users.passwordHash)).limit(1);
  return Boolean(row);
}
