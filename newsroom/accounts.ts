import 'server-only';
import { and, eq, gt, isNotNull, isNull } from 'drizzle-orm';
import { z } from 'zod';
import { hashPassword, passwordSchema, verifyPassword } from '@/lib/passwords';
import { hashOneTimeToken, INVITE_TTL_MS, newOneTimeToken } from '@/lib/one-time-token';
import { canOnSite, userRoles, type UserRole } from '@/lib/permissions';
import { slugify } from '@/lib/slug';
import { decryptSecret, matchTotpStep } from '@/lib/totp';
import { cleanText } from '@/lib/text';
import { getDb, type Transaction } from '@/db';
import { defineMutation, forbidden, MutationError, RecordedRefusal, recordAudit } from './guard';
import { siteSettings, staffInvites, users } from '@/db/schema';
import { SETUP_DONE } from '@/db/users';
import { acceptAttempt, recordAttemptFailure, reserveAttempt, type AttemptReservation } from './sign-in-throttle';
import { ensureOwnProfile } from './profiles';
import { revokeSessions } from './staff-sessions';
import { isSetupTokenValid, SETUP_TOKEN_HASH } from './setup-token';

const emailSchema = z.string().trim().toLowerCase().pipe(z.email('Enter a valid email address.')).pipe(z.string().max(254));
// Hidden characters would let two names look alike, or turn a byline around (U+202E).
const nameSchema = z.string().transform(cleanText).pipe(z.string().min(1, 'Enter a name.').max(100));

async function uniqueUserSlug(tx: Transaction, name: string): Promise<string> {
  const base = slugify(name) || 'staff';
  for (let n = 1; ; n++) {
    const candidate = n === 1 ? base : `${base}-${n}`;
    const [taken] = await tx.select({ id: users.id }).from(users).where(eq(users.slug, candidate)).limit(1);
    if (!taken) return candidate;
  }
}

async function refuseTakenEmail(tx: Transaction, email: string) {
  const [taken] = await tx.select({ id: users.id }).from(users).where(eq(users.email, email)).limit(1);
  if (taken)
    throw new MutationError('invalid', 'Please correct the highlighted fields.', { email: 'An account with this email already exists.' });
}

export const newAccountSchema = z.object({
  email: emailSchema,
  name: nameSchema,
  role: z.enum(userRoles),
  password: passwordSchema,
});

export const SETUP_TOKEN_REFUSED = 'This setup address is not valid. Open the one `npm start` printed (with its token).';

/**
 * Creates an account outside any session: first-run setup (only with the setup token `npm start` printed),
 * ADMIN_EMAIL on start, and the CLI.
 */
export async function createAccountUnguarded(
  input: z.input<typeof newAccountSchema>,
  origin: { via: 'setup'; setupToken: string } | { via: 'cli' | 'environment' },
): Promise<{ id: number; slug: string }> {
  const parsed = newAccountSchema.parse(input);
  const passwordHash = await hashPassword(parsed.password);
  return getDb().transaction(async (tx) => {
    if (origin.via === 'setup') {
      // Checked inside the transaction so two visitors racing cannot both become owner.
      const [done] = await tx.select({ value: siteSettings.value }).from(siteSettings).where(eq(siteSettings.key, SETUP_DONE)).limit(1);
      const [admin] = await tx
        .select({ id: users.id })
        .from(users)
        .where(and(eq(users.role, 'admin'), isNotNull(users.passwordHash)))
        .limit(1);
      if (done || admin) throw new MutationError('forbidden', 'Setup has already been completed.');
      if (!(await isSetupTokenValid(origin.setupToken, tx))) throw new MutationError('forbidden', SETUP_TOKEN_REFUSED);
    }
    if (origin.via === 'environment') {
      // ADMIN_EMAIL applies to a site nobody can sign in to yet; checked here so instances starting at once create it once.
      const [anyone] = await tx.select({ id: users.id }).from(users).where(isNotNull(users.passwordHash)).limit(1);
      if (anyone) throw new MutationError('conflict', 'An account that can sign in already exists.');
    }
    await refuseTakenEmail(tx, parsed.email);
    const slug = await uniqueUserSlug(tx, parsed.name);
    const [row] = await tx
      .insert(users)
      .values({ email: parsed.email, name: parsed.name, slug, role: parsed.role, passwordHash })
      .returning({ id: users.id, slug: users.slug });
    if (!row) throw new Error('insert returned no row');
    await ensureOwnProfile(tx, row.id);
    if (origin.via === 'setup' || parsed.role === 'admin') {
      await tx.insert(siteSettings).values({ key: SETUP_DONE, value: new Date().toISOString() }).onConflictDoNothing();
      // The token has done its work: it opens nothing from now on.
      await tx.delete(siteSettings).where(eq(siteSettings.key, SETUP_TOKEN_HASH));
    }
    await recordAudit(
      tx,
      { id: row.id, email: parsed.email },
      {
        action: 'user.create',
        targetType: 'user',
        targetId: row.id,
        summary: `${parsed.name} <${parsed.email}> as ${parsed.role} (${origin.via})`,
      },
    );
    return row;
  });
}

/**
 * A staff account that cannot sign in until an administrator sets its password: for people whose work
 * is imported (the WordPress importer), like the demo newsroom's staff. Runs in the caller's transaction.
 */
export async function createAccountWithoutPassword(
  tx: Transaction,
  input: { email: string; name: string; role: 'author' | 'contributor'; bio?: string },
  origin: { via: string },
  now: Date,
): Promise<{ id: number; slug: string }> {
  const email = emailSchema.parse(input.email);
  const name = nameSchema.parse(input.name);
  await refuseTakenEmail(tx, email);
  const slug = await uniqueUserSlug(tx, name);
  const [row] = await tx
    .insert(users)
    .values({ email, name, slug, role: input.role, bio: cleanText(input.bio ?? ''), passwordHash: null, createdAt: now, updatedAt: now })
    .returning({ id: users.id, slug: users.slug });
  if (!row) throw new Error('insert returned no row');
  await ensureOwnProfile(tx, row.id, now);
  await recordAudit(
    tx,
    { id: null, email: 'cli' },
    {
      action: 'user.create',
      targetType: 'user',
      targetId: row.id,
      summary: `${name} <${email}> as ${input.role}, without a password (${origin.via})`,
    },
    now,
  );
  return row;
}

export async function disableAccountUnguarded(email: string): Promise<boolean> {
  return getDb().transaction(async (tx) => {
    const [row] = await tx
      .update(users)
      .set({ disabled: true, updatedAt: new Date() })
      .where(eq(users.email, email.trim().toLowerCase()))
      .returning({ id: users.id });
    if (!row) return false;
    await revokeSessions(tx, row.id, new Date());
    await recordAudit(
      tx,
      { id: null, email: 'cli' },
      { action: 'user.disable', targetType: 'user', targetId: row.id, summary: `${email} disabled (cli)` },
    );
    return true;
  });
}

function requireAdmin(actor: { role: UserRole; id: number }) {
  if (!canOnSite(actor, 'manageUsers')) forbidden('Only administrators can manage users.');
}

async function loadUser(tx: Transaction, id: number) {
  const [row] = await tx
    .select({ id: users.id, email: users.email, name: users.name, role: users.role, disabled: users.disabled })
    .from(users)
    .where(eq(users.id, id))
    .limit(1);
  if (!row) throw new MutationError('not_found', 'That user does not exist.');
  return row;
}

async function refuseRemovingLastAdmin(tx: Transaction, userId: number) {
  const admins = await tx
    .select({ id: users.id })
    .from(users)
    .where(and(eq(users.role, 'admin'), eq(users.disabled, false)));
  if (admins.length <= 1 && admins[0]?.id === userId) {
    throw new MutationError('invalid', 'The site needs at least one active administrator.');
  }
}

export const createStaffUser = defineMutation({
  name: 'user.create',
  input: newAccountSchema,
  async run({ tx, actor }, input) {
    requireAdmin(actor);
    await refuseTakenEmail(tx, input.email);
    const slug = await uniqueUserSlug(tx, input.name);
    const [row] = await tx
      .insert(users)
      .values({ email: input.email, name: input.name, slug, role: input.role, passwordHash: await hashPassword(input.password) })
      .returning({ id: users.id });
    if (!row) throw new Error('insert returned no row');
    await ensureOwnProfile(tx, row.id);
    return {
      result: { id: row.id },
      audit: { action: 'user.create', targetType: 'user', targetId: row.id, summary: `${input.name} <${input.email}> as ${input.role}` },
      revalidate: [],
    };
  },
});

export const changeUserRole = defineMutation({
  name: 'user.changeRole',
  input: z.object({ userId: z.coerce.number().int().positive(), role: z.enum(userRoles) }),
  async run({ tx, actor, now }, input) {
    requireAdmin(actor);
    const user = await loadUser(tx, input.userId);
    if (user.role === 'admin' && input.role !== 'admin') await refuseRemovingLastAdmin(tx, user.id);
    await tx.update(users).set({ role: input.role, updatedAt: now }).where(eq(users.id, user.id));
    return {
      result: { id: user.id },
      audit: { action: 'user.changeRole', targetType: 'user', targetId: user.id, summary: `${user.email}: ${user.role} → ${input.role}` },
      revalidate: [],
    };
  },
});

export const setUserDisabled = defineMutation({
  name: 'user.setDisabled',
  input: z.object({ userId: z.coerce.number().int().positive(), disabled: z.coerce.boolean() }),
  async run({ tx, actor, now }, input) {
    requireAdmin(actor);
    const user = await loadUser(tx, input.userId);
    if (input.disabled) await refuseRemovingLastAdmin(tx, user.id);
    await tx.update(users).set({ disabled: input.disabled, updatedAt: now }).where(eq(users.id, user.id));
    // Disabling also revokes every session at once.
    await revokeSessions(tx, user.id, now);
    return {
      result: { id: user.id },
      audit: { action: input.disabled ? 'user.disable' : 'user.enable', targetType: 'user', targetId: user.id, summary: user.email },
      revalidate: [],
    };
  },
});

export const resetUserPassword = defineMutation({
  name: 'user.resetPassword',
  input: z.object({ userId: z.coerce.number().int().positive(), password: passwordSchema }),
  async run({ tx, actor, now }, input) {
    requireAdmin(actor);
    // Without the current password a stolen session could take the account over for good.
    if (actor.id === input.userId) forbidden(OWN_PASSWORD_MESSAGE);
    const user = await loadUser(tx, input.userId);
    await tx
      .update(users)
      .set({ passwordHash: await hashPassword(input.password), updatedAt: now })
      .where(eq(users.id, user.id));
    await revokeSessions(tx, user.id, now);
    return {
      result: { id: user.id },
      audit: { action: 'user.resetPassword', targetType: 'user', targetId: user.id, summary: user.email },
      revalidate: [],
    };
  },
});

export const OWN_PASSWORD_MESSAGE = 'To change your own password, use Account in the editor menu: it asks for your current password.';

const WRONG_CURRENT_PASSWORD = 'That is not your current password.';
const WRONG_CURRENT_CODE = 'That code is not right. Codes change every 30 seconds: try the current one.';

/**
 * A staff member changes their own password: only with the current one (and a current two-factor code
 * when it is on), each wrong try counted against the account's sign-in throttle and audited. Every other
 * session of the account ends; `keepSessionId` (the one asking) stays signed in.
 */
export const changeOwnPassword = defineMutation({
  name: 'user.changePassword',
  input: z.object({
    currentPassword: z.string().min(1, 'Enter your current password.').max(1024, WRONG_CURRENT_PASSWORD),
    newPassword: passwordSchema,
    code: z.string().trim().max(20).optional(),
    keepSessionId: z.string().max(100).optional(),
    clientAddress: z.string().max(100).nullable().optional(),
  }),
  async run({ tx, actor, now }, input) {
    const [account] = await tx
      .select({ passwordHash: users.passwordHash, totpSecret: users.totpSecret, totpLastStep: users.totpLastStep })
      .from(users)
      .where(eq(users.id, actor.id))
      .limit(1);
    if (!account?.passwordHash) throw new MutationError('invalid', 'Your account has no password to change.');
    const clientAddress = input.clientAddress ?? null;
    const refuse = async (
      reservation: AttemptReservation | null,
      reason: 'wrong-password' | 'wrong-code' | 'locked',
      fieldErrors: Record<string, string>,
    ) => {
      const { lockedUntil } = await recordAttemptFailure(
        tx,
        actor.email,
        reservation,
        { userId: actor.id, clientAddress, reason, check: 'password-change' },
        now,
      );
      const message =
        lockedUntil || reason === 'locked' ? 'Too many wrong passwords: try again later.' : 'Please correct the highlighted fields.';
      throw new RecordedRefusal('invalid', message, fieldErrors);
    };
    // The write transaction holds SQLite's lock from here to the end, so the check and the count are one step.
    const { reserved } = await reserveAttempt(tx, actor.email, null, now);
    if (!reserved) return refuse(null, 'locked', {});
    if (!(await verifyPassword(account.passwordHash, input.currentPassword)))
      return refuse(reserved, 'wrong-password', { currentPassword: WRONG_CURRENT_PASSWORD });
    if (account.totpSecret) {
      const secret = decryptSecret(account.totpSecret);
      const step = secret && input.code ? matchTotpStep(secret, input.code, now) : null;
      // Once only, like at sign-in: a code seen over someone's shoulder is spent.
      if (step === null || (account.totpLastStep !== null && step <= account.totpLastStep))
        return refuse(reserved, 'wrong-code', { code: WRONG_CURRENT_CODE });
      await tx.update(users).set({ totpLastStep: step }).where(eq(users.id, actor.id));
    }
    await acceptAttempt(tx, reserved, { clearAccount: true });
    await tx
      .update(users)
      .set({ passwordHash: await hashPassword(input.newPassword), updatedAt: now })
      .where(eq(users.id, actor.id));
    await revokeSessions(tx, actor.id, now, { keepSessionId: input.keepSessionId });
    return {
      result: { id: actor.id },
      audit: {
        action: 'user.changePassword',
        targetType: 'user',
        targetId: actor.id,
        summary: `${actor.email} changed their password; their other sessions ended`,
      },
      revalidate: [],
    };
  },
});

export const signOutEverywhere = defineMutation({
  name: 'user.signOutEverywhere',
  input: z.object({}),
  allowWithoutTwoFactor: true,
  async run({ tx, actor, now }) {
    await revokeSessions(tx, actor.id, now);
    return {
      result: { id: actor.id },
      audit: { action: 'user.signOutEverywhere', targetType: 'user', targetId: actor.id, summary: actor.email },
      revalidate: [],
    };
  },
});

export const INVITE_REFUSED = 'This invitation link has been used or has expired. Ask an administrator for a new one.';

/**
 * An administrator invites someone by email: a one-time link, valid 48 hours, that lets them set their own
 * name and password. The token is returned once, to be shown and sent; only its hash is stored. A new
 * invite for the same address ends any earlier one that was not used.
 */
export const createInvite = defineMutation({
  name: 'user.invite',
  input: z.object({ email: emailSchema, role: z.enum(userRoles) }),
  async run({ tx, actor, now }, input) {
    requireAdmin(actor);
    await refuseTakenEmail(tx, input.email);
    await tx
      .update(staffInvites)
      .set({ expiresAt: now })
      .where(and(eq(staffInvites.email, input.email), isNull(staffInvites.usedAt), gt(staffInvites.expiresAt, now)));
    const token = newOneTimeToken();
    const expiresAt = new Date(now.getTime() + INVITE_TTL_MS);
    const [row] = await tx
      .insert(staffInvites)
      .values({ tokenHash: hashOneTimeToken(token), email: input.email, role: input.role, invitedBy: actor.id, createdAt: now, expiresAt })
      .returning({ id: staffInvites.id });
    if (!row) throw new Error('insert returned no row');
    return {
      result: { id: row.id, token, email: input.email, expiresAt },
      audit: { action: 'user.invite', targetType: 'invite', targetId: row.id, summary: `${input.email} as ${input.role}` },
      revalidate: [],
    };
  },
});

/** An administrator withdraws an invitation that has not been used. */
export const revokeInvite = defineMutation({
  name: 'user.revokeInvite',
  input: z.object({ inviteId: z.coerce.number().int().positive() }),
  async run({ tx, actor, now }, input) {
    requireAdmin(actor);
    const [row] = await tx
      .update(staffInvites)
      .set({ expiresAt: now })
      .where(and(eq(staffInvites.id, input.inviteId), isNull(staffInvites.usedAt), gt(staffInvites.expiresAt, now)))
      .returning({ id: staffInvites.id, email: staffInvites.email });
    if (!row) throw new MutationError('not_found', 'That invitation has already been used, withdrawn or has expired.');
    return {
      result: { id: row.id },
      audit: { action: 'user.revokeInvite', targetType: 'invite', targetId: row.id, summary: row.email },
      revalidate: [],
    };
  },
});

export const acceptInviteSchema = z.object({ name: nameSchema, password: passwordSchema });

/**
 * The invitee, without a session, sets their name and password. The invite is spent in the same
 * transaction that creates the account, so a link used twice (or twice at once) makes one account.
 */
export async function acceptInvite(
  token: string,
  input: z.input<typeof acceptInviteSchema>,
  now: Date = new Date(),
): Promise<{ id: number; email: string }> {
  const parsed = acceptInviteSchema.parse(input);
  const passwordHash = await hashPassword(parsed.password);
  return getDb().transaction(async (tx) => {
    const [invite] = await tx
      .update(staffInvites)
      .set({ usedAt: now })
      .where(and(eq(staffInvites.tokenHash, hashOneTimeToken(token)), isNull(staffInvites.usedAt), gt(staffInvites.expiresAt, now)))
      .returning({ id: staffInvites.id, email: staffInvites.email, role: staffInvites.role, invitedBy: staffInvites.invitedBy });
    if (!invite) throw new MutationError('forbidden', INVITE_REFUSED);
    const [taken] = await tx.select({ id: users.id }).from(users).where(eq(users.email, invite.email)).limit(1);
    if (taken) throw new MutationError('conflict', `An account for ${invite.email} already exists: sign in instead.`);
    const slug = await uniqueUserSlug(tx, parsed.name);
    const [row] = await tx
      .insert(users)
      .values({ email: invite.email, name: parsed.name, slug, role: invite.role, passwordHash, createdAt: now, updatedAt: now })
      .returning({ id: users.id });
    if (!row) throw new Error('insert returned no row');
    await tx.update(staffInvites).set({ userId: row.id }).where(eq(staffInvites.id, invite.id));
    await ensureOwnProfile(tx, row.id, now);
    await recordAudit(
      tx,
      { id: row.id, email: invite.email },
      {
        action: 'user.acceptInvite',
        targetType: 'user',
        targetId: row.id,
        summary: `${parsed.name} <${invite.email}> as ${invite.role} (invitation ${invite.id})`,
      },
      now,
    );
    return { id: row.id, email: invite.email };
  });
}

/** A staff member changes the name their account shows in the editor and the audit log (their byline has its own). */
export const renameOwnAccount = defineMutation({
  name: 'user.rename',
  input: z.object({ name: nameSchema }),
  async run({ tx, actor, now }, input) {
    await tx.update(users).set({ name: input.name, updatedAt: now }).where(eq(users.id, actor.id));
    return {
      result: { id: actor.id, name: input.name },
      audit: { action: 'user.rename', targetType: 'user', targetId: actor.id, summary: `${actor.name} → ${input.name}` },
      revalidate: [],
    };
  },
});
