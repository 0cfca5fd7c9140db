import { spawn } from 'node:child_process';
import path from 'node:path';
import { afterAll, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import type { MutationResult } from '../../newsroom/guard';
import { useTemporaryDatabase } from '../support/temp-database';

/**
 * Sign-in as the server action drives it (newsroom/sign-in.ts): throttling per account and per address,
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
let signIn: typeof import('../../newsroom/sign-in');
let twoFactor: typeof import('../../newsroom/two-factor');
let twoFactorReads: typeof import('@/db/two-factor');
let totp: typeof import('../../lib/totp');
let accounts: typeof import('../../newsroom/accounts');
let sessions: typeof import('../../newsroom/staff-sessions');
let databaseUrl = '';
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
  const rows = await db
    .select({ action: schema.auditLog.action, summary: schema.auditLog.summary })
    .from(schema.auditLog)
    .where(orm.eq(schema.auditLog.actorEmail, email))
    .orderBy(schema.auditLog.id);
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
  const temporary = await useTemporaryDatabase();
  cleanup = temporary.cleanup;
  databaseUrl = `file:${path.join(temporary.dir, 'site.db')}`;
  signIn = await import('../../newsroom/sign-in');
  twoFactor = await import('../../newsroom/two-factor');
  twoFactorReads = await import('@/db/two-factor');
  totp = await import('../../lib/totp');
  accounts = await import('../../newsroom/accounts');
  sessions = await import('../../newsroom/staff-sessions');
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
      expect(await signIn.checkPassword({ email, password: 'wrong guess', clientAddress: address }, START)).toEqual({
        kind: 'refused',
        reason: 'invalid',
      });
    }
    const fifth = await signIn.checkPassword({ email, password: 'wrong guess', clientAddress: address }, START);
    expect(fifth).toEqual({ kind: 'refused', reason: 'locked', retryAt: new Date(START.getTime() + 15 * MINUTE) });

    // The right password during the lock: refused, without even checking it.
    argon2Verifications.count = 0;
    const during = await signIn.checkPassword(
      { email, password: PASSWORD, clientAddress: address },
      new Date(START.getTime() + 14 * MINUTE),
    );
    expect(during).toMatchObject({ kind: 'refused', reason: 'locked' });
    expect(argon2Verifications.count).toBe(0);

    const after = await signIn.checkPassword(
      { email, password: PASSWORD, clientAddress: address },
      new Date(START.getTime() + 15 * MINUTE + 1),
    );
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
      expect(await signIn.checkPassword({ email, password: 'nope', clientAddress: address }, START)).toEqual({
        kind: 'refused',
        reason: 'invalid',
      });
    }
  });

  it('treats an unknown email exactly like a known one: same answers, same work, same lock', async () => {
    const { email: known } = await newAccount();
    const unknown = 'nobody-here@paradox.test';
    const answers: Record<string, unknown[]> = { known: [], unknown: [] };
    const verifications: Record<string, number[]> = { known: [], unknown: [] };
    for (const [label, email] of [
      ['known', known],
      ['unknown', unknown],
    ] as const) {
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
    expect(await signIn.checkPassword({ email, password: PASSWORD, clientAddress: address }, START)).toMatchObject({
      kind: 'refused',
      reason: 'locked',
    });
    expect((await signIn.checkPassword({ email, password: PASSWORD, clientAddress: freshAddress() }, START)).kind).toBe('complete');
  });

  it('counts disabled accounts and accounts without a password as plain failures', async () => {
    const { id, email } = await newAccount();
    await db.update(schema.users).set({ disabled: true }).where(orm.eq(schema.users.id, id));
    expect(await signIn.checkPassword({ email, password: PASSWORD, clientAddress: freshAddress() }, START)).toEqual({
      kind: 'refused',
      reason: 'invalid',
    });
    const [noPassword] = await db
      .insert(schema.users)
      .values({ email: 'byline@paradox.test', name: 'Byline Only', slug: 'byline-only', role: 'author' })
      .returning();
    expect(
      await signIn.checkPassword({ email: noPassword?.email ?? '', password: PASSWORD, clientAddress: freshAddress() }, START),
    ).toEqual({ kind: 'refused', reason: 'invalid' });
  });
});

describe('throttling under parallel guessing', () => {
  const wrongPasswordEntries = async (email: string) =>
    (await auditActions(email)).filter((entry) => entry.summary.startsWith('Failed sign-in (wrong password)')).length;

  it('verifies at most 5 of 40 wrong passwords sent at once; the rest are refused as locked', async () => {
    const { email } = await newAccount();
    // Each from its own address, so only the account's limit is in play.
    const outcomes = await Promise.all(
      Array.from({ length: 40 }, (_, n) =>
        signIn.checkPassword({ email, password: `parallel guess ${n}`, clientAddress: freshAddress() }, START),
      ),
    );
    expect(argon2Verifications.count).toBe(5);
    expect(await wrongPasswordEntries(email)).toBe(5);
    expect(outcomes.filter((outcome) => outcome.kind === 'refused' && outcome.reason === 'locked')).toHaveLength(36);
    expect((await auditActions(email)).filter((entry) => entry.action === 'auth.lockout')).toHaveLength(1);
    expect(await signIn.checkPassword({ email, password: PASSWORD, clientAddress: freshAddress() }, START)).toMatchObject({
      kind: 'refused',
      reason: 'locked',
    });
  });

  it('refuses the right password sent 100th among 99 guesses at once', async () => {
    const { email } = await newAccount();
    const address = freshAddress();
    const attempts = Array.from({ length: 100 }, (_, n) => (n === 99 ? PASSWORD : `parallel guess ${n}`));
    const outcomes = await Promise.all(
      attempts.map((password) => signIn.checkPassword({ email, password, clientAddress: address }, START)),
    );
    expect(argon2Verifications.count).toBe(5);
    expect(outcomes.at(-1)).toMatchObject({ kind: 'refused', reason: 'locked' });
    expect(outcomes.filter((outcome) => outcome.kind === 'complete')).toHaveLength(0);
  });

  it('verifies at most 20 of 60 guesses at once from one address, spread over many accounts', async () => {
    const address = freshAddress();
    const outcomes = await Promise.all(
      Array.from({ length: 60 }, (_, n) =>
        signIn.checkPassword({ email: `sprayed${n}@paradox.test`, password: 'Password1', clientAddress: address }, START),
      ),
    );
    expect(argon2Verifications.count).toBe(20);
    // The 40 never verified, and the 20th, whose failure locked the address.
    expect(outcomes.filter((outcome) => outcome.kind === 'refused' && outcome.reason === 'locked')).toHaveLength(41);
  });

  it('gives a right password’s reservation back: an office’s sign-ins, even 20 at once, leave its address uncounted', async () => {
    const address = freshAddress();
    const staff = await Promise.all(Array.from({ length: 21 }, () => newAccount()));
    const first20 = staff.slice(0, 20);
    const outcomes = await Promise.all(
      first20.map(({ email }) => signIn.checkPassword({ email, password: PASSWORD, clientAddress: address }, START)),
    );
    expect(outcomes.map((outcome) => outcome.kind)).toEqual(first20.map(() => 'complete'));
    const [row] = await db
      .select()
      .from(schema.signInThrottle)
      .where(orm.eq(schema.signInThrottle.key, `address:${address}`));
    expect(row).toBeUndefined();
    expect((await signIn.checkPassword({ email: staff[20]?.email ?? '', password: PASSWORD, clientAddress: address }, START)).kind).toBe(
      'complete',
    );
  });

  it('holds across processes: two processes guessing at once verify at most 5 between them', async () => {
    const { email } = await newAccount();
    // Both processes start guessing at this moment, well after the second one has loaded.
    const startAt = Date.now() + 4000;
    const child = new Promise<{ answers: Record<string, number> }>((resolve, reject) => {
      const worker = spawn(
        process.execPath,
        ['--conditions=react-server', '--import', 'tsx', 'tests/support/concurrent-sign-in.ts', email, '30', String(startAt)],
        {
          env: { ...process.env, DATABASE_URL: databaseUrl },
        },
      );
      let output = '';
      worker.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()));
      worker.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
      worker.on('error', reject);
      worker.on('exit', (code) => {
        try {
          resolve(JSON.parse(output.trim().split('\n').at(-1) ?? '{}'));
        } catch {
          reject(new Error(`the second process exited with ${code}: ${output}`));
        }
      });
    });
    await new Promise((resolve) => setTimeout(resolve, startAt - Date.now()));
    const here = await Promise.all(
      Array.from({ length: 30 }, (_, n) =>
        signIn.checkPassword({ email, password: `first-process-guess-${n}`, clientAddress: freshAddress() }),
      ),
    );
    const { answers } = await child;
    expect(Object.values(answers).reduce((sum, count) => sum + count, 0)).toBe(30);
    expect(await wrongPasswordEntries(email)).toBe(5);
    expect(here.filter((outcome) => outcome.kind === 'refused' && outcome.reason === 'invalid').length + (answers.invalid ?? 0)).toBe(4);
  }, 60_000);
});

describe('tickets', () => {
  it('are the only thing Auth.js accepts, and only the final, untampered, unexpired kind', async () => {
    const { id, email } = await newAccount();
    const outcome = await signIn.checkPassword({ email, password: PASSWORD, clientAddress: freshAddress() }, START);
    if (outcome.kind !== 'complete') throw new Error('expected a complete sign-in');
    expect(await signIn.redeemTicket(outcome.ticket, START)).toMatchObject({ id: String(id), email });
    expect(await signIn.redeemTicket(outcome.ticket, new Date(START.getTime() + 2 * MINUTE))).toBeNull();
    const [body, mac] = outcome.ticket.split('.');
    const forged = Buffer.from(JSON.stringify({ ...JSON.parse(Buffer.from(body ?? '', 'base64url').toString()), userId: 1 })).toString(
      'base64url',
    );
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
    const { pendingSecret } = await twoFactorReads.getTwoFactorStatus(id);
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

    expect(await signIn.checkCode({ ticket: first.ticket, code: '000000', clientAddress: address }, later)).toEqual({
      kind: 'refused',
      reason: 'wrong-code',
    });
    const code = totp.currentTotpCode(secret, later);
    const second = await signIn.checkCode({ ticket: first.ticket, code, clientAddress: address }, later);
    if (second.kind !== 'complete') throw new Error(`expected success, got ${JSON.stringify(second)}`);
    expect(await signIn.redeemTicket(second.ticket, later)).toMatchObject({ id: String(id) });
    // The same code again (a replay) is refused.
    expect(await signIn.checkCode({ ticket: first.ticket, code, clientAddress: address }, later)).toEqual({
      kind: 'refused',
      reason: 'wrong-code',
    });
    // The code step expires.
    expect(await signIn.checkCode({ ticket: first.ticket, code, clientAddress: address }, new Date(later.getTime() + 6 * MINUTE))).toEqual({
      kind: 'refused',
      reason: 'expired',
    });
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
    for (let attempt = 1; attempt <= 5; attempt++)
      answers.push(await signIn.checkCode({ ticket: first.ticket, code: '123456', clientAddress: address }, START));
    expect(answers.at(-1)).toMatchObject({ kind: 'refused', reason: 'locked' });
  });

  it('refuses a wrong code at enrolment and keeps the account as it was', async () => {
    const { id } = await newAccount();
    ok(await twoFactor.startTwoFactorEnrolment.execute(id, {}, START));
    const result = await twoFactor.confirmTwoFactorEnrolment.execute(id, { code: '000000' }, START);
    expect(result).toMatchObject({ ok: false, code: 'invalid', fieldErrors: { code: expect.stringMatching(/not right/) } });
    expect((await twoFactorReads.getTwoFactorStatus(id)).enabled).toBe(false);
  });

  it('can be required by an administrator who has it, and then blocks changes by staff without it', async () => {
    const admin = await newAccount('admin');
    const editor = await newAccount('editor');
    const refusedRequirement = await twoFactor.setTwoFactorRequirement.execute(admin.id, { required: true }, START);
    expect(refusedRequirement).toMatchObject({ ok: false, code: 'invalid', message: expect.stringMatching(/your own account first/) });

    await enrol(admin.id, START);
    ok(await twoFactor.setTwoFactorRequirement.execute(admin.id, { required: true }, START));
    try {
      const taxonomy = await import('../../newsroom/taxonomy');
      expect(await taxonomy.createTag.execute(editor.id, { name: 'Blocked tag' }, START)).toMatchObject({
        ok: false,
        code: 'forbidden',
        message: expect.stringMatching(/requires two-factor/),
      });
      // Setting it up and signing out stay possible.
      ok(await twoFactor.startTwoFactorEnrolment.execute(editor.id, {}, START));
      ok(await accounts.signOutEverywhere.execute(editor.id, {}, START));
      await enrol(editor.id, new Date(START.getTime() + MINUTE));
      ok(await taxonomy.createTag.execute(editor.id, { name: 'Allowed tag' }, START));
      // Required means it cannot be turned off.
      expect(await twoFactor.disableOwnTwoFactor.execute(editor.id, { code: '000000' }, START)).toMatchObject({
        ok: false,
        message: expect.stringMatching(/requires/),
      });
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
    expect((await signIn.checkPassword({ email: writer.email, password: PASSWORD, clientAddress: freshAddress() }, START)).kind).toBe(
      'complete',
    );
    expect((await auditActions(admin.email)).map((entry) => entry.action)).toContain('user.twoFactorReset');
  });
});

describe('sessions', () => {
  const HOUR = 60 * MINUTE;
  const DAY = 24 * HOUR;
  const lifetimes = { idleMs: 12 * HOUR, maxAgeMs: 14 * DAY };

  /** Signs in the whole way (password, ticket, Auth.js's redeeming) and returns the new session's id. */
  async function signInFully(email: string, at: Date): Promise<string> {
    const outcome = await signIn.checkPassword({ email, password: PASSWORD, clientAddress: freshAddress() }, at);
    if (outcome.kind !== 'complete') throw new Error(`expected a complete sign-in, got ${JSON.stringify(outcome)}`);
    const user = await signIn.redeemTicket(outcome.ticket, at, 'Test browser');
    if (!user) throw new Error('the ticket was refused');
    return user.sessionId;
  }

  it('are kept on the server: signing out ends one, so a copy of its cookie no longer works, and leaves the others', async () => {
    const { id, email } = await newAccount();
    const [laptop, phone] = [await signInFully(email, START), await signInFully(email, START)];
    expect(laptop).not.toBe(phone);
    expect(await sessions.resumeStaffSession({ userId: id, sessionId: laptop }, START, lifetimes)).toMatchObject({ id, email });

    ok(await sessions.endOwnSession.execute(id, { sessionId: laptop }, START));
    // The copy taken before signing out carries the very same id.
    expect(await sessions.resumeStaffSession({ userId: id, sessionId: laptop }, START, lifetimes)).toBeNull();
    expect(await sessions.resumeStaffSession({ userId: id, sessionId: phone }, START, lifetimes)).toMatchObject({ id });
    expect((await auditActions(email)).map((entry) => entry.action)).toContain('user.signOut');
    // Once ended it stays ended; a second sign-out changes and audits nothing.
    expect(await sessions.endOwnSession.execute(id, { sessionId: laptop }, START)).toMatchObject({ ok: false, code: 'not_found' });
  });

  it('cannot be ended, or used, by another account', async () => {
    const owner = await newAccount();
    const other = await newAccount();
    const session = await signInFully(owner.email, START);
    expect(await sessions.endOwnSession.execute(other.id, { sessionId: session }, START)).toMatchObject({ ok: false, code: 'not_found' });
    expect(await sessions.resumeStaffSession({ userId: other.id, sessionId: session }, START, lifetimes)).toBeNull();
    expect(await sessions.resumeStaffSession({ userId: owner.id, sessionId: session }, START, lifetimes)).toMatchObject({ id: owner.id });
    expect(await sessions.resumeStaffSession({ userId: owner.id, sessionId: 'made-up' }, START, lifetimes)).toBeNull();
  });

  it('end after 12 hours unused; use keeps them going', async () => {
    const { id, email } = await newAccount();
    const session = await signInFully(email, START);
    const resume = (offsetMs: number) =>
      sessions.resumeStaffSession({ userId: id, sessionId: session }, new Date(START.getTime() + offsetMs), lifetimes);
    expect(await resume(11 * HOUR)).not.toBeNull();
    // Seen at 11 h, so it lasts until 23 h.
    expect(await resume(11 * HOUR + 12 * HOUR - MINUTE)).not.toBeNull();
    expect(await resume(23 * HOUR - MINUTE + 12 * HOUR + MINUTE)).toBeNull();

    const idle = await signInFully(email, START);
    expect(
      await sessions.resumeStaffSession({ userId: id, sessionId: idle }, new Date(START.getTime() + 12 * HOUR + MINUTE), lifetimes),
    ).toBeNull();
  });

  it('are marked as seen at most every 5 minutes, not on every request', async () => {
    const { id, email } = await newAccount();
    const session = await signInFully(email, START);
    const lastSeen = async () =>
      (
        await db.select({ at: schema.staffSessions.lastSeenAt }).from(schema.staffSessions).where(orm.eq(schema.staffSessions.id, session))
      )[0]?.at;
    await sessions.resumeStaffSession({ userId: id, sessionId: session }, new Date(START.getTime() + 4 * MINUTE), lifetimes);
    expect(await lastSeen()).toEqual(START);
    await sessions.resumeStaffSession({ userId: id, sessionId: session }, new Date(START.getTime() + 6 * MINUTE), lifetimes);
    expect(await lastSeen()).toEqual(new Date(START.getTime() + 6 * MINUTE));
  });

  it('end 14 days after sign-in, however busy', async () => {
    const { id, email } = await newAccount();
    const session = await signInFully(email, START);
    for (let hours = 6; hours < 14 * 24; hours += 6) {
      expect(
        await sessions.resumeStaffSession({ userId: id, sessionId: session }, new Date(START.getTime() + hours * HOUR), lifetimes),
        `after ${hours} h`,
      ).not.toBeNull();
    }
    expect(
      await sessions.resumeStaffSession({ userId: id, sessionId: session }, new Date(START.getTime() + 14 * DAY + MINUTE), lifetimes),
    ).toBeNull();
  });

  it('follow SESSION_IDLE_HOURS and SESSION_MAX_DAYS', async () => {
    const { id, email } = await newAccount();
    const session = await signInFully(email, START);
    const short = (await import('@/lib/config')).loadSessionConfig({ SESSION_IDLE_HOURS: '1', SESSION_MAX_DAYS: '1' });
    expect(
      await sessions.resumeStaffSession({ userId: id, sessionId: session }, new Date(START.getTime() + 61 * MINUTE), short),
    ).toBeNull();
    expect(
      await sessions.resumeStaffSession({ userId: id, sessionId: session }, new Date(START.getTime() + 61 * MINUTE), lifetimes),
    ).not.toBeNull();
  });

  it('all end on "sign out everywhere", and on a password reset by an administrator', async () => {
    const admin = await newAccount('admin');
    const { id, email } = await newAccount();
    const first = [await signInFully(email, START), await signInFully(email, START)];
    ok(await accounts.signOutEverywhere.execute(id, {}, START));
    for (const session of first) expect(await sessions.resumeStaffSession({ userId: id, sessionId: session }, START, lifetimes)).toBeNull();
    const ended = await db
      .select({ endedAt: schema.staffSessions.endedAt })
      .from(schema.staffSessions)
      .where(orm.inArray(schema.staffSessions.id, first));
    expect(ended.map((row) => row.endedAt)).toEqual([START, START]);

    const second = await signInFully(email, START);
    expect(await sessions.resumeStaffSession({ userId: id, sessionId: second }, START, lifetimes)).not.toBeNull();
    ok(await accounts.resetUserPassword.execute(admin.id, { userId: id, password: 'a brand new passphrase' }, START));
    expect(await sessions.resumeStaffSession({ userId: id, sessionId: second }, START, lifetimes)).toBeNull();
  });
});

describe('changing one’s own password', () => {
  const NEW_PASSWORD = 'a different long passphrase';

  async function signedIn(email: string) {
    const outcome = await signIn.checkPassword({ email, password: PASSWORD, clientAddress: freshAddress() }, START);
    if (outcome.kind !== 'complete') throw new Error('expected a complete sign-in');
    const user = await signIn.redeemTicket(outcome.ticket, START);
    if (!user) throw new Error('the ticket was refused');
    return user.sessionId;
  }
  const works = (userId: number, sessionId: string) =>
    sessions.resumeStaffSession({ userId, sessionId }, START).then((staff) => staff !== null);

  it('needs the current password; then this session stays signed in and every other one ends', async () => {
    const { id, email } = await newAccount();
    const [here, elsewhere] = [await signedIn(email), await signedIn(email)];

    const wrong = await accounts.changeOwnPassword.execute(
      id,
      { currentPassword: 'not my password', newPassword: NEW_PASSWORD, keepSessionId: here },
      START,
    );
    expect(wrong).toMatchObject({ ok: false, code: 'invalid', fieldErrors: { currentPassword: 'That is not your current password.' } });
    // The refusal is audited (and counted), though nothing changed.
    expect((await auditActions(email)).at(-1)).toMatchObject({
      action: 'auth.passwordCheckFailed',
      summary: 'Failed password change (wrong password)',
    });
    expect(await works(id, elsewhere)).toBe(true);

    ok(await accounts.changeOwnPassword.execute(id, { currentPassword: PASSWORD, newPassword: NEW_PASSWORD, keepSessionId: here }, START));
    expect(await works(id, here)).toBe(true);
    expect(await works(id, elsewhere)).toBe(false);
    expect((await signIn.checkPassword({ email, password: PASSWORD, clientAddress: freshAddress() }, START)).kind).toBe('refused');
    expect((await signIn.checkPassword({ email, password: NEW_PASSWORD, clientAddress: freshAddress() }, START)).kind).toBe('complete');
    expect((await auditActions(email)).map((entry) => entry.action)).toContain('user.changePassword');
  });

  it('checks the new password like any other, and keeps the old one on any refusal', async () => {
    const { id, email } = await newAccount();
    expect(await accounts.changeOwnPassword.execute(id, { currentPassword: PASSWORD, newPassword: 'Password123' }, START)).toMatchObject({
      ok: false,
      fieldErrors: { newPassword: 'That password is too common; choose another.' },
    });
    expect(await accounts.changeOwnPassword.execute(id, { currentPassword: '', newPassword: NEW_PASSWORD }, START)).toMatchObject({
      ok: false,
      fieldErrors: { currentPassword: 'Enter your current password.' },
    });
    expect((await signIn.checkPassword({ email, password: PASSWORD, clientAddress: freshAddress() }, START)).kind).toBe('complete');
  });

  it('needs a current two-factor code too when two-factor is on, once only', async () => {
    const { id, email } = await newAccount();
    ok(await twoFactor.startTwoFactorEnrolment.execute(id, {}, START));
    const secret = (await twoFactorReads.getTwoFactorStatus(id)).pendingSecret ?? '';
    ok(await twoFactor.confirmTwoFactorEnrolment.execute(id, { code: totp.currentTotpCode(secret, START) }, START));
    const later = new Date(START.getTime() + 2 * MINUTE);
    const change = (code: string | undefined) =>
      accounts.changeOwnPassword.execute(id, { currentPassword: PASSWORD, newPassword: NEW_PASSWORD, code }, later);
    expect(await change(undefined)).toMatchObject({ ok: false, fieldErrors: { code: expect.stringMatching(/not right/) } });
    expect(await change('000000')).toMatchObject({ ok: false, fieldErrors: { code: expect.stringMatching(/not right/) } });
    // The code the enrolment used is spent.
    expect(await change(totp.currentTotpCode(secret, START))).toMatchObject({
      ok: false,
      fieldErrors: { code: expect.stringMatching(/not right/) },
    });
    ok(await change(totp.currentTotpCode(secret, later)));
    expect((await auditActions(email)).filter((entry) => entry.summary === 'Failed password change (wrong two-factor code)')).toHaveLength(
      3,
    );
  });

  it('counts wrong current passwords against the sign-in lock, even 20 sent at once', async () => {
    const { id, email } = await newAccount();
    const session = await signedIn(email);
    argon2Verifications.count = 0;
    const outcomes = await Promise.all(
      Array.from({ length: 20 }, (_, n) =>
        accounts.changeOwnPassword.execute(id, { currentPassword: `guess ${n}`, newPassword: NEW_PASSWORD, keepSessionId: session }, START),
      ),
    );
    expect(argon2Verifications.count).toBe(5);
    expect(outcomes.every((outcome) => !outcome.ok)).toBe(true);
    expect(outcomes.at(-1)).toMatchObject({ ok: false, message: 'Too many wrong passwords: try again later.' });
    // Locked: the right one is refused too, here and at sign-in.
    expect(await accounts.changeOwnPassword.execute(id, { currentPassword: PASSWORD, newPassword: NEW_PASSWORD }, START)).toMatchObject({
      ok: false,
    });
    expect(await signIn.checkPassword({ email, password: PASSWORD, clientAddress: freshAddress() }, START)).toMatchObject({
      kind: 'refused',
      reason: 'locked',
    });
    expect((await auditActions(email)).filter((entry) => entry.action === 'auth.lockout')).toHaveLength(1);
  });

  it('is refused through the administrators’ reset, even for an administrator', async () => {
    const admin = await newAccount('admin');
    const outcome = await accounts.resetUserPassword.execute(admin.id, { userId: admin.id, password: NEW_PASSWORD }, START);
    expect(outcome).toMatchObject({ ok: false, code: 'forbidden', message: expect.stringMatching(/use Account in the editor menu/) });
    const editor = await newAccount('editor');
    expect(await accounts.resetUserPassword.execute(editor.id, { userId: editor.id, password: NEW_PASSWORD }, START)).toMatchObject({
      ok: false,
      code: 'forbidden',
    });
    expect((await signIn.checkPassword({ email: admin.email, password: PASSWORD, clientAddress: freshAddress() }, START)).kind).toBe(
      'complete',
    );
  });
});
