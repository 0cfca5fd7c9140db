import 'server-only';
import { and, eq, inArray, isNull, lt, or, sql } from 'drizzle-orm';
import { getDb } from './index';
import { recordAudit, type Transaction } from './mutation';
import { signInThrottle, users } from './schema';

/**
 * Sign-in throttling and the sign-in audit trail, in the database so every instance shares them.
 *
 * Failures are counted per account (the email as typed, whether or not an account has it, so the
 * answer never tells whether an email exists) and per client address. At the limit the key is locked
 * for 15 minutes, and each further failure after a lock doubles it (30, 60 … at most 24 hours).
 * Attempts while locked are refused without checking the password, audited, and do not lengthen the
 * lock. Failures are forgotten a day after the last one; an account's also on a successful sign-in.
 */

export const ACCOUNT_FAILURE_LIMIT = 5;
/** Higher than an account's: a newsroom's staff often share one office address. */
export const ADDRESS_FAILURE_LIMIT = 20;
export const FIRST_LOCK_MS = 15 * 60 * 1000;
export const LONGEST_LOCK_MS = 24 * 60 * 60 * 1000;
export const FORGET_AFTER_MS = 24 * 60 * 60 * 1000;

export type SignInFailureReason =
  | 'wrong-password'
  | 'no-such-account'
  | 'no-password'
  | 'disabled'
  | 'locked'
  | 'wrong-code'
  | 'expired';

const reasonText: Record<SignInFailureReason, string> = {
  'wrong-password': 'wrong password',
  'no-such-account': 'no account has this email',
  'no-password': 'the account has no password yet',
  disabled: 'the account is disabled',
  locked: 'refused: too many failed sign-ins',
  'wrong-code': 'wrong two-factor code',
  expired: 'two-factor step expired',
};

interface ThrottleKey {
  key: string;
  limit: number;
}

export function throttleKeys(email: string, clientAddress: string | null): ThrottleKey[] {
  const keys = [{ key: `account:${email.trim().toLowerCase()}`, limit: ACCOUNT_FAILURE_LIMIT }];
  if (clientAddress) keys.push({ key: `address:${clientAddress}`, limit: ADDRESS_FAILURE_LIMIT });
  return keys;
}

/** The lock length after `failures` failures (0 below the limit). */
export function lockDurationMs(failures: number, limit: number): number {
  if (failures < limit) return 0;
  return Math.min(LONGEST_LOCK_MS, FIRST_LOCK_MS * 2 ** Math.min(failures - limit, 16));
}

/** When the latest lock on any of these keys ends, or null when none is locked now. */
export async function lockedUntil(email: string, clientAddress: string | null, now: Date): Promise<Date | null> {
  const keys = throttleKeys(email, clientAddress).map((entry) => entry.key);
  const rows = await getDb()
    .select({ lockedUntil: signInThrottle.lockedUntil })
    .from(signInThrottle)
    .where(inArray(signInThrottle.key, keys));
  let latest: Date | null = null;
  for (const row of rows) {
    if (row.lockedUntil && row.lockedUntil > now && (!latest || row.lockedUntil > latest)) latest = row.lockedUntil;
  }
  return latest;
}

async function countFailure(tx: Transaction, entry: ThrottleKey, now: Date): Promise<{ failures: number; newlyLocked: Date | null }> {
  const [row] = await tx.select().from(signInThrottle).where(eq(signInThrottle.key, entry.key)).limit(1);
  const forgotten = !row || now.getTime() - row.lastFailureAt.getTime() > FORGET_AFTER_MS;
  const failures = forgotten ? 1 : row.failures + 1;
  const duration = lockDurationMs(failures, entry.limit);
  const until = duration > 0 ? new Date(now.getTime() + duration) : null;
  await tx
    .insert(signInThrottle)
    .values({ key: entry.key, failures, lastFailureAt: now, lockedUntil: until })
    .onConflictDoUpdate({ target: signInThrottle.key, set: { failures, lastFailureAt: now, lockedUntil: until } });
  return { failures, newlyLocked: until };
}

function describeAddress(clientAddress: string | null): string {
  return clientAddress ? ` from ${clientAddress}` : '';
}

/**
 * Audits a failed sign-in and, unless it was refused by a lock already, counts it against the account
 * and the address (locking them at their limits). One transaction: instances racing cannot lose a count.
 */
export async function recordFailedSignIn(
  event: { email: string; userId: number | null; clientAddress: string | null; reason: SignInFailureReason },
  now: Date,
): Promise<{ lockedUntil: Date | null }> {
  const email = event.email.trim().toLowerCase().slice(0, 254);
  return getDb().transaction(async (tx) => {
    let latestLock: Date | null = null;
    if (event.reason !== 'locked') {
      for (const entry of throttleKeys(email, event.clientAddress)) {
        const { failures, newlyLocked } = await countFailure(tx, entry, now);
        if (!newlyLocked) continue;
        if (!latestLock || newlyLocked > latestLock) latestLock = newlyLocked;
        const minutes = Math.round((newlyLocked.getTime() - now.getTime()) / 60_000);
        await recordAudit(tx, { id: event.userId, email }, {
          action: 'auth.lockout',
          targetType: entry.key.startsWith('account:') ? 'user' : 'address',
          targetId: event.userId,
          summary: `${entry.key.startsWith('account:') ? `Account ${email}` : `Address ${entry.key.slice('address:'.length)}`} locked for ${minutes} minutes after ${failures} failed sign-ins`,
        }, now);
      }
      // Old entries go on every counted failure; the index on last_failure_at keeps this cheap.
      await tx
        .delete(signInThrottle)
        .where(
          and(
            lt(signInThrottle.lastFailureAt, new Date(now.getTime() - FORGET_AFTER_MS)),
            or(isNull(signInThrottle.lockedUntil), lt(signInThrottle.lockedUntil, now)),
          ),
        );
    }
    await recordAudit(tx, { id: event.userId, email }, {
      action: 'auth.signInFailed',
      targetType: 'user',
      targetId: event.userId,
      summary: `Failed sign-in (${reasonText[event.reason]})${describeAddress(event.clientAddress)}`,
    }, now);
    return { lockedUntil: latestLock };
  });
}

export async function recordSuccessfulSignIn(event: { userId: number; email: string; clientAddress: string | null; twoFactor: boolean }, now: Date): Promise<void> {
  const email = event.email.trim().toLowerCase();
  await getDb().transaction(async (tx) => {
    await tx.delete(signInThrottle).where(eq(signInThrottle.key, `account:${email}`));
    await recordAudit(tx, { id: event.userId, email }, {
      action: 'auth.signIn',
      targetType: 'user',
      targetId: event.userId,
      summary: `Signed in${event.twoFactor ? ' with two-factor' : ''}${describeAddress(event.clientAddress)}`,
    }, now);
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
    .select({ id: users.id, email: users.email, name: users.name, passwordHash: users.passwordHash, disabled: users.disabled, sessionVersion: users.sessionVersion, totpSecret: users.totpSecret })
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
