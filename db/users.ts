import 'server-only';
import { and, asc, desc, eq, gt, isNotNull, isNull, sql } from 'drizzle-orm';
import { hashOneTimeToken } from '@/lib/one-time-token';
import type { UserRole } from '@/lib/permissions';
import { getDb } from './index';
import { siteSettings, staffInvites, users } from './schema';

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

export type InviteState = 'open' | 'used' | 'expired';

/** What an invitation link shows before it is used: for whom, which role, and whether it still works. */
export async function getInviteByToken(token: string, now: Date = new Date()) {
  if (!token || token.length > 200) return null;
  const [row] = await getDb()
    .select({ email: staffInvites.email, role: staffInvites.role, usedAt: staffInvites.usedAt, expiresAt: staffInvites.expiresAt })
    .from(staffInvites)
    .where(eq(staffInvites.tokenHash, hashOneTimeToken(token)))
    .limit(1);
  if (!row) return null;
  const state: InviteState = row.usedAt ? 'used' : row.expiresAt.getTime() <= now.getTime() ? 'expired' : 'open';
  return { email: row.email, role: row.role as UserRole, expiresAt: row.expiresAt, state };
}

export interface OpenInvite {
  id: number;
  email: string;
  role: UserRole;
  expiresAt: Date;
  invitedByName: string | null;
}

/** Invitations not used yet and not expired, newest first, for the Users page. */
export async function listOpenInvites(now: Date = new Date()): Promise<OpenInvite[]> {
  const rows = await getDb()
    .select({
      id: staffInvites.id,
      email: staffInvites.email,
      role: staffInvites.role,
      expiresAt: staffInvites.expiresAt,
      invitedByName: users.name,
    })
    .from(staffInvites)
    .leftJoin(users, eq(users.id, staffInvites.invitedBy))
    .where(and(isNull(staffInvites.usedAt), gt(staffInvites.expiresAt, now)))
    .orderBy(desc(staffInvites.createdAt));
  return rows.map((row) => ({ ...row, role: row.role as UserRole }));
}
