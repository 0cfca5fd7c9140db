import 'server-only';
import { z } from 'zod';
import {
  claimTotpStep,
  getSignInAccount,
  getSignInAccountById,
  recordFailedSignIn,
  recordSuccessfulSignIn,
  releaseSignInAttempt,
  reserveSignInAttempt,
} from './sign-in-throttle';
import { createStaffSession } from './staff-sessions';
import { dummyPasswordHash, verifyPassword } from '@/lib/passwords';
import { decryptSecret, matchTotpStep, signToken, verifyToken } from '@/lib/totp';

/**
 * Staff sign-in, step by step. The sign-in server action calls `checkPassword`, then (for accounts with
 * two-factor) `checkCode`; each success yields a signed, short-lived ticket, and Auth.js's credentials
 * provider accepts nothing but a ticket of the final stage (`redeemTicket`). So throttling, auditing
 * and two-factor cannot be bypassed by posting a password to Auth.js's own endpoints.
 */

/** The password step's ticket waits this long for the code. */
export const CODE_STEP_TTL_MS = 5 * 60 * 1000;
/** The final ticket goes straight from the action to Auth.js, in the same request. */
const COMPLETE_TTL_MS = 60 * 1000;

export type SignInOutcome =
  | { kind: 'complete'; ticket: string }
  | { kind: 'code-needed'; ticket: string }
  | { kind: 'refused'; reason: 'invalid' | 'locked' | 'wrong-code' | 'expired'; retryAt?: Date };

const ticketSchema = z.object({
  stage: z.enum(['code', 'complete']),
  userId: z.number().int().positive(),
  sessionVersion: z.number().int(),
  expires: z.number(),
  twoFactor: z.boolean(),
  clientAddress: z.string().nullable(),
});
type Ticket = z.infer<typeof ticketSchema>;

function issue(ticket: Omit<Ticket, 'expires'>, now: Date, ttlMs: number): string {
  return signToken({ ...ticket, expires: now.getTime() + ttlMs });
}

function readTicket(token: string, stage: Ticket['stage'], now: Date): Ticket | null {
  const parsed = ticketSchema.safeParse(verifyToken(token));
  if (!parsed.success || parsed.data.stage !== stage || parsed.data.expires < now.getTime()) return null;
  return parsed.data;
}

export interface PasswordAttempt {
  email: string;
  password: string;
  clientAddress: string | null;
}

/**
 * The password step. Unknown emails, accounts without a password and disabled accounts get the same
 * answer as a wrong password, after the same work: a reserved attempt, an argon2 verification (against a
 * dummy hash when there is no real one), one more throttle transaction and one audit entry. The attempt
 * is reserved before the verification, so parallel guesses cannot outrun the lock.
 */
export async function checkPassword(attempt: PasswordAttempt, now: Date = new Date()): Promise<SignInOutcome> {
  const email = attempt.email.trim().toLowerCase().slice(0, 254);
  const account = await getSignInAccount(email);
  const { reserved, lockedUntil } = await reserveSignInAttempt(
    { email, userId: account?.id ?? null, clientAddress: attempt.clientAddress },
    now,
  );
  if (!reserved) return { kind: 'refused', reason: 'locked', retryAt: lockedUntil };

  const passwordOk = await verifyPassword(account?.passwordHash ?? (await dummyPasswordHash()), attempt.password);
  const reason = !account
    ? 'no-such-account'
    : !account.passwordHash
      ? 'no-password'
      : !passwordOk
        ? 'wrong-password'
        : account.disabled
          ? 'disabled'
          : null;
  if (!account || reason) {
    const { lockedUntil: lock } = await recordFailedSignIn(
      reserved,
      { userId: account?.id ?? null, clientAddress: attempt.clientAddress, reason: reason ?? 'no-such-account' },
      now,
    );
    return lock ? { kind: 'refused', reason: 'locked', retryAt: lock } : { kind: 'refused', reason: 'invalid' };
  }

  const base = { userId: account.id, sessionVersion: account.sessionVersion, clientAddress: attempt.clientAddress };
  if (account.totpSecret) {
    await releaseSignInAttempt(reserved);
    return { kind: 'code-needed', ticket: issue({ ...base, stage: 'code', twoFactor: false }, now, CODE_STEP_TTL_MS) };
  }
  await recordSuccessfulSignIn(
    reserved,
    { userId: account.id, email: account.email, clientAddress: attempt.clientAddress, twoFactor: false },
    now,
  );
  return { kind: 'complete', ticket: issue({ ...base, stage: 'complete', twoFactor: false }, now, COMPLETE_TTL_MS) };
}

/** The second step, for accounts with two-factor: the ticket from the password step and a code. */
export async function checkCode(
  attempt: { ticket: string; code: string; clientAddress: string | null },
  now: Date = new Date(),
): Promise<SignInOutcome> {
  const ticket = readTicket(attempt.ticket, 'code', now);
  if (!ticket) return { kind: 'refused', reason: 'expired' };
  const account = await getSignInAccountById(ticket.userId);
  if (!account || account.disabled || account.sessionVersion !== ticket.sessionVersion || !account.totpSecret) {
    return { kind: 'refused', reason: 'expired' };
  }
  const { reserved, lockedUntil } = await reserveSignInAttempt(
    { email: account.email, userId: account.id, clientAddress: attempt.clientAddress },
    now,
  );
  if (!reserved) return { kind: 'refused', reason: 'locked', retryAt: lockedUntil };
  const secret = decryptSecret(account.totpSecret);
  const step = secret ? matchTotpStep(secret, attempt.code, now) : null;
  // A code is good once: the step is claimed atomically, so a replay (or a race) fails.
  if (step === null || !(await claimTotpStep(account.id, step))) {
    const { lockedUntil: lock } = await recordFailedSignIn(
      reserved,
      { userId: account.id, clientAddress: attempt.clientAddress, reason: 'wrong-code' },
      now,
    );
    return lock ? { kind: 'refused', reason: 'locked', retryAt: lock } : { kind: 'refused', reason: 'wrong-code' };
  }
  await recordSuccessfulSignIn(
    reserved,
    { userId: account.id, email: account.email, clientAddress: attempt.clientAddress, twoFactor: true },
    now,
  );
  return {
    kind: 'complete',
    ticket: issue(
      {
        userId: account.id,
        sessionVersion: account.sessionVersion,
        clientAddress: attempt.clientAddress,
        stage: 'complete',
        twoFactor: true,
      },
      now,
      COMPLETE_TTL_MS,
    ),
  };
}

export interface SignedInUser {
  id: string;
  email: string;
  name: string;
  /** The new row in staff_sessions, carried in the session cookie. */
  sessionId: string;
}

/**
 * For Auth.js's credentials provider: the account a final-stage ticket names, if it is still valid, with
 * a new server-side session begun for it.
 */
export async function redeemTicket(token: unknown, now: Date = new Date(), userAgent: string = ''): Promise<SignedInUser | null> {
  if (typeof token !== 'string') return null;
  const ticket = readTicket(token, 'complete', now);
  if (!ticket) return null;
  const account = await getSignInAccountById(ticket.userId);
  if (!account || account.disabled || !account.passwordHash || account.sessionVersion !== ticket.sessionVersion) return null;
  // Two-factor switched on after the password step: that ticket no longer suffices.
  if (account.totpSecret && !ticket.twoFactor) return null;
  const sessionId = await createStaffSession(
    { userId: account.id, sessionVersion: account.sessionVersion, clientAddress: ticket.clientAddress, userAgent },
    now,
  );
  return { id: String(account.id), email: account.email, name: account.name, sessionId };
}
