import 'server-only';
import crypto from 'node:crypto';
import { and, eq, isNull, lt, ne, sql } from 'drizzle-orm';
import { z } from 'zod';
import { loadSessionConfig, type SessionConfig } from '@/lib/config';
import { getDb, type Transaction } from '@/db';
import { defineMutation, MutationError } from './guard';
import { staffSessions, users } from '@/db/schema';
import { type UserRole } from '@/lib/permissions';

/**
 * Staff sessions, kept in the database (`staff_sessions`) so that signing out ends one for good on every
 * instance: the Auth.js cookie carries only the session's random id, and a session works while its row is
 * live. Idle and absolute lifetimes come from SESSION_IDLE_HOURS and SESSION_MAX_DAYS.
 */

export interface StaffSession {
  id: number;
  email: string;
  name: string;
  role: UserRole;
  /** Has two-factor sign-in set up. */
  twoFactor: boolean;
}

/** The longest a row's last_seen_at lags behind: a session ends at most this much before its idle limit. */
export const LAST_SEEN_STEP_MS = 5 * 60 * 1000;

function lastSeenStep(lifetimes: SessionConfig): number {
  return Math.min(LAST_SEEN_STEP_MS, lifetimes.idleMs / 10);
}

/** Begins a session for an account that just signed in; returns its id for the cookie. */
export async function createStaffSession(
  start: { userId: number; sessionVersion: number; clientAddress: string | null; userAgent: string },
  now: Date = new Date(),
  lifetimes: SessionConfig = loadSessionConfig(),
): Promise<string> {
  const id = crypto.randomBytes(32).toString('base64url');
  await getDb().transaction(async (tx) => {
    // The account's sessions past the absolute limit are over whatever their state; they go here.
    await tx
      .delete(staffSessions)
      .where(and(eq(staffSessions.userId, start.userId), lt(staffSessions.createdAt, new Date(now.getTime() - lifetimes.maxAgeMs))));
    await tx.insert(staffSessions).values({
      id,
      userId: start.userId,
      sessionVersion: start.sessionVersion,
      createdAt: now,
      lastSeenAt: now,
      clientAddress: start.clientAddress,
      userAgent: start.userAgent.slice(0, 300),
    });
  });
  return id;
}

/**
 * The signed-in staff member for a session cookie, or null when the session was ended (sign-out, "sign
 * out everywhere"), went unused past the idle limit, outlived the absolute limit, or the account was
 * disabled or its sessions revoked (a password change, two-factor switched on) since. Checked on every
 * request; marks the session as seen at most every few minutes.
 */
export async function resumeStaffSession(
  claim: { userId: number; sessionId: string },
  now: Date = new Date(),
  lifetimes: SessionConfig = loadSessionConfig(),
): Promise<StaffSession | null> {
  const [row] = await getDb()
    .select({
      id: users.id,
      email: users.email,
      name: users.name,
      role: users.role,
      disabled: users.disabled,
      passwordHash: users.passwordHash,
      totpSecret: users.totpSecret,
      userVersion: users.sessionVersion,
      sessionVersion: staffSessions.sessionVersion,
      createdAt: staffSessions.createdAt,
      lastSeenAt: staffSessions.lastSeenAt,
      endedAt: staffSessions.endedAt,
    })
    .from(staffSessions)
    .innerJoin(users, eq(users.id, staffSessions.userId))
    .where(and(eq(staffSessions.id, claim.sessionId), eq(staffSessions.userId, claim.userId)))
    .limit(1);
  if (!row || row.endedAt || row.disabled || !row.passwordHash || row.sessionVersion !== row.userVersion) return null;
  if (now.getTime() - row.lastSeenAt.getTime() > lifetimes.idleMs || now.getTime() - row.createdAt.getTime() > lifetimes.maxAgeMs)
    return null;
  if (now.getTime() - row.lastSeenAt.getTime() > lastSeenStep(lifetimes)) {
    await getDb()
      .update(staffSessions)
      .set({ lastSeenAt: now })
      .where(and(eq(staffSessions.id, claim.sessionId), lt(staffSessions.lastSeenAt, now)));
  }
  return { id: row.id, email: row.email, name: row.name, role: row.role, twoFactor: row.totpSecret !== null };
}

/**
 * Ends every session of the account, and any sign-in of it still in progress (its tickets carry the old
 * version), in the caller's transaction. `keepSessionId`: that one session of the account carries on.
 */
export async function revokeSessions(tx: Transaction, userId: number, now: Date, options: { keepSessionId?: string } = {}): Promise<void> {
  const [row] = await tx
    .update(users)
    .set({ sessionVersion: sql`${users.sessionVersion} + 1`, updatedAt: now })
    .where(eq(users.id, userId))
    .returning({ sessionVersion: users.sessionVersion });
  if (!row) return;
  const others = options.keepSessionId ? ne(staffSessions.id, options.keepSessionId) : undefined;
  await tx
    .update(staffSessions)
    .set({ endedAt: now })
    .where(and(eq(staffSessions.userId, userId), isNull(staffSessions.endedAt), others));
  if (options.keepSessionId) {
    await tx
      .update(staffSessions)
      .set({ sessionVersion: row.sessionVersion })
      .where(and(eq(staffSessions.id, options.keepSessionId), eq(staffSessions.userId, userId), isNull(staffSessions.endedAt)));
  }
}

/** "Sign out": ends the signed-in browser's own session on the server, so a copy of its cookie stops working too. */
export const endOwnSession = defineMutation({
  name: 'user.signOut',
  input: z.object({ sessionId: z.string().min(1).max(100) }),
  allowWithoutTwoFactor: true,
  async run({ tx, actor, now }, input) {
    const ended = await tx
      .update(staffSessions)
      .set({ endedAt: now })
      .where(and(eq(staffSessions.id, input.sessionId), eq(staffSessions.userId, actor.id), isNull(staffSessions.endedAt)))
      .returning({ id: staffSessions.id });
    if (ended.length === 0) throw new MutationError('not_found', 'That session has already ended.');
    return {
      result: { id: actor.id },
      audit: { action: 'user.signOut', targetType: 'user', targetId: actor.id, summary: `${actor.email} signed out` },
      revalidate: [],
    };
  },
});
