import 'server-only';
import { and, eq, inArray, isNull, lt, or, sql } from 'drizzle-orm';
import { getDb, type Transaction } from '@/db';
import { recordAudit } from './guard';
import { signInThrottle, users } from '@/db/schema';

/**
 * Sign-in throttling and the sign-in audit trail, in the database so every instance shares them.
 *
 * Failures are counted per account (the email as typed, whether or not an account has it, so the
 * answer never tells whether an email exists) and per client address. At the limit the key is locked
 * for 15 minutes, and each further failure after a lock doubles it (30, 60 … at most 24 hours).
 * Attempts while locked are refused without checking the password, audited, and do not lengthen the
 * lock. Failures are forgotten a day after the last one; an account's also on a successful sign-in.
 *
 * Every attempt is reserved before its password or code is verified: one write transaction refuses it
 * when a key is locked, or else counts it as a failure on every key in advance, locking a key already
 * when this attempt is the one that reaches its limit. Write transactions take turns (SQLite's lock,
 * across processes and on a libSQL server), so however many guesses arrive at once, at most the limit's
 * worth are ever verified. A failure then keeps its count; a success gives it back (and clears the
 * account's); an attempt cut off in between stays counted as a failure.
 */

export const ACCOUNT_FAILURE_LIMIT = 5;
/** Higher than an account's: a newsroom's staff often share one office address. */
export const ADDRESS_FAILURE_LIMIT = 20;
export const FIRST_LOCK_MS = 15 * 60 * 1000;
export const LONGEST_LOCK_MS = 24 * 60 * 60 * 1000;
export const FORGET_AFTER_MS = 24 * 60 * 60 * 1000;

export type SignInFailureReason = 'wrong-password' | 'no-such-account' | 'no-password' | 'disabled' | 'locked' | 'wrong-code' | 'expired';

const reasonText: Record<SignInFailureReason, string> = {
  'wrong-password': 'wrong password',
  'no-such-account': 'no account has this email',
  'no-password': 'the account has no password yet',
  disabled: 'the account is disabled',
  locked: 'refused: too many failed sign-ins',
  'wrong-code': 'wrong two-factor code',
  expired: 'two-factor step expired',
};

/** Where the password (or code) was asked for: signing in, or confirming it to change the password. */
export type PasswordCheck = 'sign-in' | 'password-change';

const failureAudit: Record<PasswordCheck, { action: string; label: string }> = {
  'sign-in': { action: 'auth.signInFailed', label: 'Failed sign-in' },
  'password-change': { action: 'auth.passwordCheckFailed', label: 'Failed password change' },
};

interface ThrottleKey {
  key: string;
  limit: number;
}

export function throttleKeys(email: string, clientAddress: string | null): ThrottleKey[] {
  const keys = [{ key: `account:${normalEmail(email)}`, limit: ACCOUNT_FAILURE_LIMIT }];
  if (clientAddress) keys.push({ key: `address:${clientAddress}`, limit: ADDRESS_FAILURE_LIMIT });
  return keys;
}

function normalEmail(email: string): string {
  return email.trim().toLowerCase().slice(0, 254);
}

/** The lock length after `failures` failures (0 below the limit). */
export function lockDurationMs(failures: number, limit: number): number {
  if (failures < limit) return 0;
  return Math.min(LONGEST_LOCK_MS, FIRST_LOCK_MS * 2 ** Math.min(failures - limit, 16));
}

interface KeyState {
  failures: number;
  lastFailureAt: Date;
  lockedUntil: Date | null;
}

interface ReservedKey extends ThrottleKey {
  /** The row as this attempt found it; null when there was none or its failures were forgotten. */
  before: KeyState | null;
  /** The lock this attempt set by reserving the limit's last try, if it did. */
  lockedUntil: Date | null;
  failures: number;
}

/** One attempt's places in the throttle, taken before its password or code is verified. */
export interface AttemptReservation {
  email: string;
  at: Date;
  keys: ReservedKey[];
}

export type Reservation = { reserved: AttemptReservation; lockedUntil: null } | { reserved: null; lockedUntil: Date };

/** Reserves an attempt on every key in the caller's write transaction, or says until when a key is locked. */
export async function reserveAttempt(tx: Transaction, email: string, clientAddress: string | null, now: Date): Promise<Reservation> {
  const entries = throttleKeys(email, clientAddress);
  const rows = await tx
    .select()
    .from(signInThrottle)
    .where(
      inArray(
        signInThrottle.key,
        entries.map((entry) => entry.key),
      ),
    );
  let latestLock: Date | null = null;
  for (const row of rows) {
    if (row.lockedUntil && row.lockedUntil > now && (!latestLock || row.lockedUntil > latestLock)) latestLock = row.lockedUntil;
  }
  if (latestLock) return { reserved: null, lockedUntil: latestLock };

  const keys: ReservedKey[] = [];
  for (const entry of entries) {
    const row = rows.find((candidate) => candidate.key === entry.key);
    const before =
      row && now.getTime() - row.lastFailureAt.getTime() <= FORGET_AFTER_MS
        ? { failures: row.failures, lastFailureAt: row.lastFailureAt, lockedUntil: row.lockedUntil }
        : null;
    const failures = (before?.failures ?? 0) + 1;
    const duration = lockDurationMs(failures, entry.limit);
    const lockedUntil = duration > 0 ? new Date(now.getTime() + duration) : null;
    await tx
      .insert(signInThrottle)
      .values({ key: entry.key, failures, lastFailureAt: now, lockedUntil })
      .onConflictDoUpdate({ target: signInThrottle.key, set: { failures, lastFailureAt: now, lockedUntil } });
    keys.push({ ...entry, before, lockedUntil, failures });
  }
  // Old entries go on every reservation; the index on last_failure_at keeps this cheap.
  await tx
    .delete(signInThrottle)
    .where(
      and(
        lt(signInThrottle.lastFailureAt, new Date(now.getTime() - FORGET_AFTER_MS)),
        or(isNull(signInThrottle.lockedUntil), lt(signInThrottle.lockedUntil, now)),
      ),
    );
  return { reserved: { email: normalEmail(email), at: now, keys }, lockedUntil: null };
}

/** Gives a reserved attempt back: it was not a failure. Undoes its count, and its lock and time when nothing came after. */
async function release(tx: Transaction, reservation: AttemptReservation, entry: ReservedKey): Promise<void> {
  const [row] = await tx.select().from(signInThrottle).where(eq(signInThrottle.key, entry.key)).limit(1);
  if (!row) return;
  if (row.failures <= 1) {
    await tx.delete(signInThrottle).where(eq(signInThrottle.key, entry.key));
    return;
  }
  const untouched = row.lastFailureAt.getTime() === reservation.at.getTime();
  const ownLock = entry.lockedUntil !== null && row.lockedUntil?.getTime() === entry.lockedUntil.getTime();
  await tx
    .update(signInThrottle)
    .set({
      failures: row.failures - 1,
      lastFailureAt: untouched && entry.before ? entry.before.lastFailureAt : row.lastFailureAt,
      lockedUntil: ownLock ? (entry.before?.lockedUntil ?? null) : row.lockedUntil,
    })
    .where(eq(signInThrottle.key, entry.key));
}

/**
 * The attempt's password (and code) were right. `clearAccount`: the account's failures are forgotten
 * (a complete sign-in); otherwise only this attempt is given back (a right password still waiting for
 * its code, so wrong codes keep counting).
 */
export async function acceptAttempt(tx: Transaction, reservation: AttemptReservation, options: { clearAccount: boolean }): Promise<void> {
  for (const entry of reservation.keys) {
    if (options.clearAccount && entry.key.startsWith('account:')) await tx.delete(signInThrottle).where(eq(signInThrottle.key, entry.key));
    else await release(tx, reservation, entry);
  }
}

function describeAddress(clientAddress: string | null): string {
  return clientAddress ? ` from ${clientAddress}` : '';
}

export interface AttemptFailure {
  userId: number | null;
  clientAddress: string | null;
  reason: SignInFailureReason;
  check: PasswordCheck;
}

/**
 * Audits a failed attempt in the caller's transaction. Its reservation already counted it; each lock that
 * reservation set (and that a success racing it did not clear) is audited too and returned. A refusal
 * while locked has no reservation: it is audited and counts for nothing.
 */
export async function recordAttemptFailure(
  tx: Transaction,
  email: string,
  reservation: AttemptReservation | null,
  event: AttemptFailure,
  now: Date,
): Promise<{ lockedUntil: Date | null }> {
  const actor = { id: event.userId, email: normalEmail(email) };
  let latestLock: Date | null = null;
  for (const entry of reservation?.keys ?? []) {
    if (!entry.lockedUntil) continue;
    const [row] = await tx
      .select({ lockedUntil: signInThrottle.lockedUntil })
      .from(signInThrottle)
      .where(eq(signInThrottle.key, entry.key))
      .limit(1);
    if (row?.lockedUntil?.getTime() !== entry.lockedUntil.getTime()) continue;
    if (!latestLock || entry.lockedUntil > latestLock) latestLock = entry.lockedUntil;
    const minutes = Math.round((entry.lockedUntil.getTime() - (reservation?.at ?? now).getTime()) / 60_000);
    const isAccount = entry.key.startsWith('account:');
    await recordAudit(
      tx,
      actor,
      {
        action: 'auth.lockout',
        targetType: isAccount ? 'user' : 'address',
        targetId: event.userId,
        summary: `${isAccount ? `Account ${actor.email}` : `Address ${entry.key.slice('address:'.length)}`} locked for ${minutes} minutes after ${entry.failures} failed sign-ins`,
      },
      now,
    );
  }
  const audit = failureAudit[event.check];
  await recordAudit(
    tx,
    actor,
    {
      action: audit.action,
      targetType: 'user',
      targetId: event.userId,
      summary: `${audit.label} (${reasonText[event.reason]})${describeAddress(event.clientAddress)}`,
    },
    now,
  );
  return { lockedUntil: latestLock };
}

/* The sign-in steps' own transactions (newsroom/sign-in.ts verifies between them, outside any transaction). */

/** Before a sign-in's password or code is verified; a refusal while locked is audited here. */
export async function reserveSignInAttempt(
  event: { email: string; userId: number | null; clientAddress: string | null },
  now: Date,
): Promise<Reservation> {
  return getDb().transaction(async (tx) => {
    const reservation = await reserveAttempt(tx, event.email, event.clientAddress, now);
    if (!reservation.reserved) {
      await recordAttemptFailure(
        tx,
        event.email,
        null,
        { userId: event.userId, clientAddress: event.clientAddress, reason: 'locked', check: 'sign-in' },
        now,
      );
    }
    return reservation;
  });
}

/** A reserved sign-in attempt failed: audited, and the lock it reached (if any) reported. */
export async function recordFailedSignIn(
  reservation: AttemptReservation,
  event: { userId: number | null; clientAddress: string | null; reason: Exclude<SignInFailureReason, 'locked'> },
  now: Date,
): Promise<{ lockedUntil: Date | null }> {
  return getDb().transaction((tx) => recordAttemptFailure(tx, reservation.email, reservation, { ...event, check: 'sign-in' }, now));
}

/** The password was right and a code comes next: this attempt is given back, earlier failures stand. */
export async function releaseSignInAttempt(reservation: AttemptReservation): Promise<void> {
  await getDb().transaction((tx) => acceptAttempt(tx, reservation, { clearAccount: false }));
}

export async function recordSuccessfulSignIn(
  reservation: AttemptReservation,
  event: { userId: number; email: string; clientAddress: string | null; twoFactor: boolean },
  now: Date,
): Promise<void> {
  await getDb().transaction(async (tx) => {
    await acceptAttempt(tx, reservation, { clearAccount: true });
    await recordAudit(
      tx,
      { id: event.userId, email: normalEmail(event.email) },
      {
        action: 'auth.signIn',
        targetType: 'user',
        targetId: event.userId,
        summary: `Signed in${event.twoFactor ? ' with two-factor' : ''}${describeAddress(event.clientAddress)}`,
      },
      now,
    );
  });
}

/** What sign-in needs to know about an account: only for the sign-in check itself. */
export async function getSignInAccount(email: string) {
  const [row] = await getDb()
    .select({
      id: users.id,
      email: users.email,
      name: users.name,
      passwordHash: users.passwordHash,
      disabled: users.disabled,
      sessionVersion: users.sessionVersion,
      totpSecret: users.totpSecret,
    })
    .from(users)
    .where(eq(users.email, email.trim().toLowerCase()))
    .limit(1);
  return row ?? null;
}

export async function getSignInAccountById(id: number) {
  const [row] = await getDb()
    .select({
      id: users.id,
      email: users.email,
      name: users.name,
      passwordHash: users.passwordHash,
      disabled: users.disabled,
      sessionVersion: users.sessionVersion,
      totpSecret: users.totpSecret,
    })
    .from(users)
    .where(eq(users.id, id))
    .limit(1);
  return row ?? null;
}

/**
 * Marks a TOTP time step as used, atomically: false when this or a later step was already accepted
 * (a replayed code, or the same code racing on two instances).
 */
export async function claimTotpStep(userId: number, step: number): Promise<boolean> {
  const result = await getDb()
    .update(users)
    .set({ totpLastStep: step })
    .where(and(eq(users.id, userId), or(isNull(users.totpLastStep), sql`${users.totpLastStep} < ${step}`)))
    .returning({ id: users.id });
  return result.length === 1;
}
