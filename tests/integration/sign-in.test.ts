import { afterAll, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import type { MutationResult } from '@/db/mutation';
import { useTemporaryDatabase } from '../support/temp-database';

/**
 * Sign-in as the server action drives it (lib/sign-in.ts): throttling per account and per address,
 * the audit trail, unknown emails treated like known ones, two-factor sign-in and its administration.
 * The clock is passed in, so locks expire without waiting.
 */

// Counts every argon2 verification, to show unknown emails cost the same work as known ones.
const argon2Verifications = vi.hoisted(() => ({ count: 0 }));
vi.mock('@node-rs/argon2', async (importOriginal) => {
  const original = await importOriginal<typeof import('@node-rs/argon2')>();
  return {
    ...original,
    verify: async (...args: Parameters<typeof original.verify>) => {
      argon2Verifications.count++;
      return original.verify(...args);
    },
  };
});

const MINUTE = 60_000;
const START = new Date('2026-05-04T08:00:00Z');
const PASSWORD = 'correct horse battery';

let cleanup: () => Promise<void>;
let signIn: typeof import('@/lib/sign-in');
let twoFactor: typeof import('@/db/two-factor');
let totp: typeof import('@/lib/two-factor');
let accounts: typeof import('@/db/users');
let db: ReturnType<typeof import('@/db').getDb>;
let schema: typeof import('@/db/schema');
let orm: typeof import('drizzle-orm');

let counter = 0;
async function newAccount(role: 'admin' | 'editor' | 'author' = 'author') {
  counter++;
  const email = `person${counter}@paradox.test`;
  const { id } = await accounts.createAccountUnguarded({ email, name: `Person ${counter}`, role, password: PASSWORD }, { via: 'cli' });
  return { id, email };
}

/** A fresh address per test, so the per-address limit of one test never touches another. */
let addressCounter = 0;
const freshAddress = () => `198.51.100.${++addressCounter}`;

async function auditActions(email: string) {
  const rows = await db.select({ action: schema.auditLog.action, summary: schema.auditLog.summary }).from(schema.auditLog).where(orm.eq(schema.auditLog.actorEmail, email)).orderBy(schema.auditLog.id);
  return rows;
}

function ok<R>(outcome: MutationResult<R>): R {
  if (!outcome.ok) throw new Error(`expected success, got ${outcome.code}: ${outcome.message} ${JSON.stringify(outcome.fieldErrors)}`);
  return outcome.result;
}

async function sessionVersionOf(id: number) {
  const [row] = await db.select({ version: schema.users.sessionVersion }).from(schema.users).where(orm.eq(schema.users.id, id));
  return row?.version ?? 0;
}

beforeAll(async () => {
  process.env.AUTH_SECRET = 'sign-in-test-secret-0123456789abcdef';
  ({ cleanup } = await useTemporaryDatabase());
  signIn = await import('@/lib/sign-in');
  twoFactor = await import('@/db/two-factor');
  totp = await import('@/lib/two-factor');
  accounts = await import('@/db/users');
  db = (await import('@/db')).getDb();
  schema = await import('@/db/schema');
  orm = await import('drizzle-orm');
});

afterAll(() => cleanup());

beforeEach(() => {
  argon2Verifications.count = 0;
});

describe('throttling', () => {
  it('locks an account for 15 minutes after 5 failures, refusing even the right password, then lets it in', async () => {
    const { email } = await newAccount();
    const address = freshAddress();
    for (let attempt = 1; attempt <= 4; attempt++) {
      expect(await signIn.checkPassword({ email, password: 'wrong guess', clientAddress: address }, START)).toEqual({ kind: 'refused', reason: 'invalid' });
    }
    const fifth = await signIn.checkPassword({ email, password: 'wrong guess', clientAddress: address }, START);
    expect(fifth).toEqual({ kind: 'refused', reason: 'locked', retryAt: new Date(START.getTime() + 15 * MINUTE) });

    // The right password during the lock: refused, without even checking it.
    argon2Verifications.count = 0;
    const during = await signIn.checkPassword({ email, password: PASSWORD, clientAddress: address }, new Date(START.getTime() + 14 * MINUTE));
    expect(during).toMatchObject({ kind: 'refused', reason: 'locked' });
    expect(argon2Verifications.count).toBe(0);

    const after = await signIn.checkPassword({ email, password: PASSWORD, clientAddress: address }, new Date(START.getTime() + 15 * MINUTE + 1));
    expect(after.kind).toBe('complete');

    const trail = await auditActions(email);
    expect(trail.filter((entry) => entry.action === 'auth.signInFailed')).toHaveLength(6);
    expect(trail.filter((entry) => entry.action === 'auth.lockout')).toHaveLength(1);
    expect(trail.at(-1)).toMatchObject({ action: 'auth.signIn' });
    expect(trail.find((entry) => entry.action === 'auth.signInFailed')?.summary).toBe(`Failed sign-in (wrong password) from ${address}`);
  });

  it('backs off: each failure after a lock doubles it', async () => {
    const { email } = await newAccount();
    const address = freshAddress();
    for (let attempt = 1; attempt <= 5; attempt++) await signIn.checkPassword({ email, password: 'nope', clientAddress: address }, START);
    const afterFirstLock = new Date(START.getTime() + 16 * MINUTE);
    expect(await signIn.checkPassword({ email, password: 'nope', clientAddress: address }, afterFirstLock)).toEqual({
      kind: 'refused',
      reason: 'locked',
      retryAt: new Date(afterFirstLock.getTime() + 30 * MINUTE),
    });
    const afterSecondLock = new Date(afterFirstLock.getTime() + 31 * MINUTE);
    expect(await signIn.checkPassword({ email, password: 'nope', clientAddress: address }, afterSecondLock)).toMatchObject({
      retryAt: new Date(afterSecondLock.getTime() + 60 * MINUTE),
    });
  });

  it('forgets failures after a successful sign-in', async () => {
    const { email } = await newAccount();
    const address = freshAddress();
    for (let attempt = 1; attempt <= 4; attempt++) await signIn.checkPassword({ email, password: 'nope', clientAddress: address }, START);
    expect((await signIn.checkPassword({ email, password: PASSWORD, clientAddress: address }, START)).kind).toBe('complete');
    for (let attempt = 1; attempt <= 4; attempt++) {
      expect(await signIn.checkPassword({ email, password: 'nope', clientAddress: address }, START)).toEqual({ kind: 'refused', reason: 'invalid' });
    }
  });

  it('treats an unknown email exactly like a known one: same answers, same work, same lock', async () => {
    const { email: known } = await newAccount();
    const unknown = 'nobody-here@paradox.test';
    const answers: Record<string, unknown[]> = { known: [], unknown: [] };
    const verifications: Record<string, number[]> = { known: [], unknown: [] };
    for (const [label, email] of [['known', known], ['unknown', unknown]] as const) {
      const address = freshAddress();
      for (let attempt = 1; attempt <= 6; attempt++) {
        argon2Verifications.count = 0;
        answers[label]?.push(await signIn.checkPassword({ email, password: 'wrong guess', clientAddress: address }, START));
        verifications[label]?.push(argon2Verifications.count);
      }
    }
    expect(answers.unknown).toEqual(answers.known);
    expect(verifications.unknown).toEqual(verifications.known);
    // One argon2 verification per attempt until the lock, none after it.
    expect(verifications.known).toEqual([1, 1, 1, 1, 1, 0]);
    const unknownTrail = await auditActions(unknown);
    expect(unknownTrail.filter((entry) => entry.action === 'auth.signInFailed').map((entry) => entry.summary)).toContain(
      `Failed sign-in (no account has this email) from 198.51.100.${addressCounter}`,
    );
  });

  it('locks a client address after 20 failures across any accounts, and only that address', async () => {
    const address = freshAddress();
    for (let attempt = 1; attempt <= 20; attempt++) {
      await signIn.checkPassword({ email: `spray${attempt}@paradox.test`, password: 'Password1', clientAddress: address }, START);
    }
    const { email } = await newAccount();
    expect(await signIn.checkPassword({ email, password: PASSWORD, clientAddress: address }, START)).toMatchObject({ kind: 'refused', reason: 'locked' });
    expect((await signIn.checkPassword({ email, password: PASSWORD, clientAddress: freshAddress() }, START)).kind).toBe('complete');
  });

  it('counts disabled accounts and accounts without a password as plain failures', async () => {
    const { id, email } = await newAccount();
    await db.update(schema.users).set({ disabled: true }).where(orm.eq(schema.users.id, id));
    expect(await signIn.checkPassword({ email, password: PASSWORD, clientAddress: freshAddress() }, START)).toEqual({ kind: 'refused', reason: 'invalid' });
    const [noPassword] = await db.insert(schema.users).values({ email: 'byline@paradox.test', name: 'Byline Only', slug: 'byline-only', role: 'author' }).returning();
    expect(await signIn.checkPassword({ email: noPassword?.email ?? '', password: PASSWORD, clientAddress: freshAddress() }, START)).toEqual({ kind: 'refused', reason: 'invalid' });
  });
});

describe('tickets', () => {
  it('are the only thing Auth.js accepts, and only the final, untampered, unexpired kind', async () => {
    const { id, email } = await newAccount();
    const outcome = await signIn.checkPassword({ email, password: PASSWORD, clientAddress: freshAddress() }, START);
    if (outcome.kind !== 'complete') throw new Error('expected a complete sign-in');
    expect(await signIn.redeemTicket(outcome.ticket, START)).toMatchObject({ id: String(id), email });
    expect(await signIn.redeemTicket(outcome.ticket, new Date(START.getTime() + 2 * MINUTE))).toBeNull();
    const [body, mac] = outcome.ticket.split('.');
    const forged = Buffer.from(JSON.stringify({ ...JSON.parse(Buffer.from(body ?? '', 'base64url').toString()), userId: 1 })).toString('base64url');
    expect(await signIn.redeemTicket(`${forged}.${mac}`, START)).toBeNull();
    // What a client could post to Auth.js's endpoint: an email and a password.
    expect(await signIn.redeemTicket(undefined, START)).toBeNull();
    expect(await signIn.redeemTicket(JSON.stringify({ email, password: PASSWORD }), START)).toBeNull();
  });

  it('stop working when the account is disabled or its sessions are revoked in between', async () => {
    const { id, email } = await newAccount();
    const outcome = await signIn.checkPassword({ email, password: PASSWORD, clientAddress: freshAddress() }, START);
    if (outcome.kind !== 'complete') throw new Error('expected a complete sign-in');
    ok(await accounts.signOutEverywhere.execute(id, {}, START));
    expect(await signIn.redeemTicket(outcome.ticket, START)).toBeNull();
  });
});

describe('two-factor sign-in', () => {
  async function enrol(id: number, at: Date) {
    ok(await twoFactor.startTwoFactorEnrolment.execute(id, {}, at));
    const { pendingSecret } = await twoFactor.getTwoFactorStatus(id);
    if (!pendingSecret) throw new Error('no pending secret');
    ok(await twoFactor.confirmTwoFactorEnrolment.execute(id, { code: totp.currentTotpCode(pendingSecret, at) }, at));
    return pendingSecret;
  }

  it('asks for a code after the password, accepts each code once, and needs both steps', async () => {
    const { id, email } = await newAccount('editor');
    const before = await sessionVersionOf(id);
    const secret = await enrol(id, START);
    expect(await sessionVersionOf(id)).toBe(before + 1);
    // Stored encrypted, never as the secret itself.
    const [row] = await db.select({ stored: schema.users.totpSecret }).from(schema.users).where(orm.eq(schema.users.id, id));
    expect(row?.stored).toMatch(/^v1\./);
    expect(row?.stored).not.toContain(secret);

    const address = freshAddress();
    const later = new Date(START.getTime() + 2 * MINUTE);
    const first = await signIn.checkPassword({ email, password: PASSWORD, clientAddress: address }, later);
    if (first.kind !== 'code-needed') throw new Error(`expected a code step, got ${first.kind}`);
    // The password step alone signs no one in.
    expect(await signIn.redeemTicket(first.ticket, later)).toBeNull();

    expect(await signIn.checkCode({ ticket: first.ticket, code: '000000', clientAddress: address }, later)).toEqual({ kind: 'refused', reason: 'wrong-code' });
    const code = totp.currentTotpCode(secret, later);
    const second = await signIn.checkCode({ ticket: first.ticket, code, clientAddress: address }, later);
    if (second.kind !== 'complete') throw new Error(`expected success, got ${JSON.stringify(second)}`);
    expect(await signIn.redeemTicket(second.ticket, later)).toMatchObject({ id: String(id) });
    // The same code again (a replay) is refused.
    expect(await signIn.checkCode({ ticket: first.ticket, code, clientAddress: address }, later)).toEqual({ kind: 'refused', reason: 'wrong-code' });
    // The code step expires.
    expect(await signIn.checkCode({ ticket: first.ticket, code, clientAddress: address }, new Date(later.getTime() + 6 * MINUTE))).toEqual({ kind: 'refused', reason: 'expired' });
    expect((await auditActions(email)).map((entry) => entry.action)).toEqual(
      expect.arrayContaining(['user.twoFactorStart', 'user.twoFactorEnable', 'auth.signIn', 'auth.signInFailed']),
    );
  });

  it('locks the account after 5 wrong codes', async () => {
    const { id, email } = await newAccount();
    await enrol(id, START);
    const address = freshAddress();
    const first = await signIn.checkPassword({ email, password: PASSWORD, clientAddress: address }, START);
    if (first.kind !== 'code-needed') throw new Error('expected a code step');
    const answers = [];
    for (let attempt = 1; attempt <= 5; attempt++) answers.push(await signIn.checkCode({ ticket: first.ticket, code: '123456', clientAddress: address }, START));
    expect(answers.at(-1)).toMatchObject({ kind: 'refused', reason: 'locked' });
  });

  it('refuses a wrong code at enrolment and keeps the account as it was', async () => {
    const { id } = await newAccount();
    ok(await twoFactor.startTwoFactorEnrolment.execute(id, {}, START));
    const result = await twoFactor.confirmTwoFactorEnrolment.execute(id, { code: '000000' }, START);
    expect(result).toMatchObject({ ok: false, code: 'invalid', fieldErrors: { code: expect.stringMatching(/not right/) } });
    expect((await twoFactor.getTwoFactorStatus(id)).enabled).toBe(false);
  });

  it('can be required by an administrator who has it, and then blocks changes by staff without it', async () => {
    const admin = await newAccount('admin');
    const editor = await newAccount('editor');
    const refusedRequirement = await twoFactor.setTwoFactorRequirement.execute(admin.id, { required: true }, START);
    expect(refusedRequirement).toMatchObject({ ok: false, code: 'invalid', message: expect.stringMatching(/your own account first/) });

    await enrol(admin.id, START);
    ok(await twoFactor.setTwoFactorRequirement.execute(admin.id, { required: true }, START));
    try {
      const taxonomy = await import('@/db/taxonomy-mutations');
      expect(await taxonomy.createTag.execute(editor.id, { name: 'Blocked tag' }, START)).toMatchObject({ ok: false, code: 'forbidden', message: expect.stringMatching(/requires two-factor/) });
      // Setting it up and signing out stay possible.
      ok(await twoFactor.startTwoFactorEnrolment.execute(editor.id, {}, START));
      ok(await accounts.signOutEverywhere.execute(editor.id, {}, START));
      await enrol(editor.id, new Date(START.getTime() + MINUTE));
      ok(await taxonomy.createTag.execute(editor.id, { name: 'Allowed tag' }, START));
      // Required means it cannot be turned off.
      expect(await twoFactor.disableOwnTwoFactor.execute(editor.id, { code: '000000' }, START)).toMatchObject({ ok: false, message: expect.stringMatching(/requires/) });
    } finally {
      ok(await twoFactor.setTwoFactorRequirement.execute(admin.id, { required: false }, START));
    }
  });

  it('is reset by an administrator when a phone is lost: sessions end, the password alone works again', async () => {
    const admin = await newAccount('admin');
    const writer = await newAccount();
    await enrol(writer.id, START);
    const before = await sessionVersionOf(writer.id);
    ok(await twoFactor.resetUserTwoFactor.execute(admin.id, { userId: writer.id }, START));
    expect(await sessionVersionOf(writer.id)).toBe(before + 1);
    expect((await signIn.checkPassword({ email: writer.email, password: PASSWORD, clientAddress: freshAddress() }, START)).kind).toBe('complete');
    expect((await auditActions(admin.email)).map((entry) => entry.action)).toContain('user.twoFactorReset');
  });
});
