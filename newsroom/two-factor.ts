import 'server-only';
import { eq } from 'drizzle-orm';
import { z } from 'zod';
import { canOnSite } from '@/lib/permissions';
import { decryptSecret, encryptSecret, generateTotpSecret, matchTotpStep } from '@/lib/totp';
import { getDb, type Transaction } from '@/db';
import { defineMutation, forbidden, MutationError, recordAudit } from './guard';
import { siteSettings, users } from '@/db/schema';
import { revokeSessions } from './staff-sessions';
import { isTwoFactorRequired, REQUIRE_TWO_FACTOR_SETTING } from '@/db/two-factor';

/**
 * Two-factor sign-in (TOTP) for staff: enrolment (a secret shown once, confirmed with a code), turning
 * it off with a code, an administrator's reset for someone who lost their phone, and the site-wide
 * requirement. Turning it on or resetting it ends every session of the account.
 */

const codeSchema = z.object({
  code: z
    .string()
    .trim()
    .max(20)
    .regex(/^[\d\s-]+$/, 'Enter the 6-digit code from your app.'),
});

async function loadSecrets(tx: Transaction, userId: number) {
  const [row] = await tx
    .select({ secret: users.totpSecret, pending: users.totpPendingSecret, lastStep: users.totpLastStep, email: users.email })
    .from(users)
    .where(eq(users.id, userId))
    .limit(1);
  if (!row) throw new MutationError('not_found', 'That user does not exist.');
  return row;
}

function wrongCode(): never {
  throw new MutationError('invalid', 'Please correct the highlighted fields.', {
    code: 'That code is not right. Codes change every 30 seconds: try the current one.',
  });
}

export const startTwoFactorEnrolment = defineMutation({
  name: 'user.twoFactorStart',
  input: z.object({}),
  allowWithoutTwoFactor: true,
  async run({ tx, actor, now }) {
    const current = await loadSecrets(tx, actor.id);
    if (current.secret) throw new MutationError('invalid', 'Two-factor sign-in is already on for your account.');
    await tx
      .update(users)
      .set({ totpPendingSecret: encryptSecret(generateTotpSecret()), updatedAt: now })
      .where(eq(users.id, actor.id));
    return {
      result: { id: actor.id },
      audit: {
        action: 'user.twoFactorStart',
        targetType: 'user',
        targetId: actor.id,
        summary: `${actor.email} began setting up two-factor sign-in`,
      },
      revalidate: [],
    };
  },
});

export const confirmTwoFactorEnrolment = defineMutation({
  name: 'user.twoFactorEnable',
  input: codeSchema,
  allowWithoutTwoFactor: true,
  async run({ tx, actor, now }, input) {
    const current = await loadSecrets(tx, actor.id);
    const pending = current.pending ? decryptSecret(current.pending) : null;
    if (!pending) throw new MutationError('invalid', 'Start setting up two-factor sign-in again: the code to scan has expired.');
    const step = matchTotpStep(pending, input.code, now);
    if (step === null) wrongCode();
    // The new secret replaces nothing but the pending one; every session ends, so signing in again needs a code.
    await tx
      .update(users)
      .set({ totpSecret: current.pending, totpPendingSecret: null, totpLastStep: step, updatedAt: now })
      .where(eq(users.id, actor.id));
    await revokeSessions(tx, actor.id, now);
    return {
      result: { id: actor.id },
      audit: {
        action: 'user.twoFactorEnable',
        targetType: 'user',
        targetId: actor.id,
        summary: `${actor.email} turned on two-factor sign-in`,
      },
      revalidate: [],
    };
  },
});

export const disableOwnTwoFactor = defineMutation({
  name: 'user.twoFactorDisable',
  input: codeSchema,
  async run({ tx, actor, now }, input) {
    if (await isTwoFactorRequired(tx))
      throw new MutationError('invalid', 'This site requires two-factor sign-in, so it cannot be turned off.');
    const current = await loadSecrets(tx, actor.id);
    const secret = current.secret ? decryptSecret(current.secret) : null;
    if (!secret) throw new MutationError('invalid', 'Two-factor sign-in is not on for your account.');
    const step = matchTotpStep(secret, input.code, now);
    if (step === null || (current.lastStep !== null && step <= current.lastStep)) wrongCode();
    await tx
      .update(users)
      .set({ totpSecret: null, totpPendingSecret: null, totpLastStep: null, updatedAt: now })
      .where(eq(users.id, actor.id));
    return {
      result: { id: actor.id },
      audit: {
        action: 'user.twoFactorDisable',
        targetType: 'user',
        targetId: actor.id,
        summary: `${actor.email} turned off two-factor sign-in`,
      },
      revalidate: [],
    };
  },
});

/** Recovery: an administrator clears someone's two-factor (a lost phone). Their sessions end. */
export const resetUserTwoFactor = defineMutation({
  name: 'user.twoFactorReset',
  input: z.object({ userId: z.coerce.number().int().positive() }),
  async run({ tx, actor, now }, input) {
    if (!canOnSite(actor, 'manageUsers')) forbidden('Only administrators can reset two-factor sign-in.');
    const current = await loadSecrets(tx, input.userId);
    await tx
      .update(users)
      .set({ totpSecret: null, totpPendingSecret: null, totpLastStep: null, updatedAt: now })
      .where(eq(users.id, input.userId));
    await revokeSessions(tx, input.userId, now);
    return {
      result: { id: input.userId },
      audit: {
        action: 'user.twoFactorReset',
        targetType: 'user',
        targetId: input.userId,
        summary: `Two-factor sign-in reset for ${current.email}`,
      },
      revalidate: [],
    };
  },
});

export const setTwoFactorRequirement = defineMutation({
  name: 'settings.requireTwoFactor',
  // A real boolean: forms send "true" or "false" and coercion would read "false" as true.
  input: z.object({ required: z.boolean() }),
  async run({ tx, actor, now }, input) {
    if (!canOnSite(actor, 'manageSettings')) forbidden('Only administrators can change site settings.');
    // Requiring it before having it would shut the administrator out of their own settings.
    if (input.required && !actor.twoFactor) {
      throw new MutationError('invalid', 'Set up two-factor sign-in for your own account first (Account, in the editor menu).');
    }
    await tx
      .insert(siteSettings)
      .values({ key: REQUIRE_TWO_FACTOR_SETTING, value: input.required ? '1' : '0', updatedAt: now })
      .onConflictDoUpdate({ target: siteSettings.key, set: { value: input.required ? '1' : '0', updatedAt: now } });
    return {
      result: input,
      audit: {
        action: 'settings.requireTwoFactor',
        targetType: 'settings',
        targetId: null,
        summary: input.required ? 'Two-factor sign-in required for all staff' : 'Two-factor sign-in optional',
      },
      revalidate: [],
    };
  },
});

/** For the command line, when no administrator can sign in (the last one lost their phone). */
export async function resetTwoFactorUnguarded(email: string): Promise<boolean> {
  return getDb().transaction(async (tx) => {
    const [row] = await tx
      .update(users)
      .set({ totpSecret: null, totpPendingSecret: null, totpLastStep: null, updatedAt: new Date() })
      .where(eq(users.email, email.trim().toLowerCase()))
      .returning({ id: users.id });
    if (!row) return false;
    await revokeSessions(tx, row.id, new Date());
    await recordAudit(
      tx,
      { id: null, email: 'cli' },
      { action: 'user.twoFactorReset', targetType: 'user', targetId: row.id, summary: `Two-factor sign-in reset for ${email} (cli)` },
    );
    return true;
  });
}
