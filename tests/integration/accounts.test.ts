import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { useTemporaryDatabase } from '../support/temp-database';

let cleanup: () => Promise<void>;
let dataDirectory = '';
let db: ReturnType<typeof import('@/db').getDb>;
let schema: typeof import('@/db/schema');
let accounts: typeof import('../../newsroom/accounts');
let setupToken: typeof import('../../newsroom/setup-token');
let staffReads: typeof import('@/db/users');
let adminId = 0;
const HOUR = 60 * 60 * 1000;

beforeAll(async () => {
  process.env.AUTH_SECRET ??= 'accounts-test-secret-0123456789abcdefghij';
  delete process.env.SETUP_TOKEN;
  ({ cleanup, dir: dataDirectory } = await useTemporaryDatabase());
  db = (await import('@/db')).getDb();
  schema = await import('@/db/schema');
  accounts = await import('../../newsroom/accounts');
  setupToken = await import('../../newsroom/setup-token');
  staffReads = await import('@/db/users');
});

afterAll(() => cleanup());

describe('first-run setup token', () => {
  it('is written beside the database, readable only by its owner, and the same on every start until setup', async () => {
    const first = await setupToken.ensureSetupToken(dataDirectory);
    expect(first?.token).toMatch(/^[A-Za-z0-9_-]{43}$/);
    const file = path.join(dataDirectory, 'setup-token');
    expect(first?.file).toBe(file);
    expect(fs.statSync(file).mode & 0o777).toBe(0o600);
    expect((await setupToken.ensureSetupToken(dataDirectory))?.token).toBe(first?.token);
    // The database keeps only its hash.
    const settings = await db.select().from(schema.siteSettings);
    expect(JSON.stringify(settings)).not.toContain(first?.token);
  });

  it('refuses setup without the token or with a wrong one, and creates the owner with it', async () => {
    const setup = await setupToken.ensureSetupToken(dataDirectory);
    if (!setup) throw new Error('no token');
    const owner = { email: 'owner@paradox.test', name: 'Olga Owner', role: 'admin' as const, password: 'correct horse battery' };
    for (const wrong of ['', 'not-the-token', `${setup.token}x`]) {
      await expect(accounts.createAccountUnguarded(owner, { via: 'setup', setupToken: wrong })).rejects.toMatchObject({
        code: 'forbidden',
        message: accounts.SETUP_TOKEN_REFUSED,
      });
    }
    expect(await setupToken.isSetupTokenValid(setup.token)).toBe(true);
    expect(await db.$count(schema.users)).toBe(0);
    const created = await accounts.createAccountUnguarded(owner, { via: 'setup', setupToken: setup.token });
    adminId = created.id;
    // Spent: the same token opens nothing, and the next start removes the file.
    expect(await setupToken.isSetupTokenValid(setup.token)).toBe(false);
    expect(await setupToken.ensureSetupToken(dataDirectory)).toBeNull();
    expect(fs.existsSync(path.join(dataDirectory, 'setup-token'))).toBe(false);
  });
});

describe('invitations', () => {
  it('an invite link makes one account with the name and password the invitee sets, and is refused the second time', async () => {
    const now = new Date();
    const invited = await accounts.createInvite.execute(adminId, { email: 'Nadia@Paradox.test', role: 'author' }, now);
    if (!invited.ok) throw new Error(invited.message);
    const { token, expiresAt } = invited.result;
    expect(expiresAt.getTime() - now.getTime()).toBe(48 * HOUR);
    const stored = await db.select().from(schema.staffInvites);
    expect(JSON.stringify(stored)).not.toContain(token);
    expect(await staffReads.getInviteByToken(token)).toMatchObject({ email: 'nadia@paradox.test', role: 'author', state: 'open' });

    // Weak passwords are refused and the link stays usable.
    await expect(accounts.acceptInvite(token, { name: 'Nadia Noor', password: 'short' })).rejects.toThrow();
    const account = await accounts.acceptInvite(token, { name: 'Nadia Noor', password: 'a long enough passphrase' });
    const { checkPassword } = await import('../../newsroom/sign-in');
    expect(await checkPassword({ email: 'nadia@paradox.test', password: 'a long enough passphrase', clientAddress: null })).toMatchObject({
      kind: 'complete',
    });
    await expect(accounts.acceptInvite(token, { name: 'Someone Else', password: 'another long passphrase' })).rejects.toMatchObject({
      code: 'forbidden',
      message: accounts.INVITE_REFUSED,
    });
    expect(await staffReads.getInviteByToken(token)).toMatchObject({ state: 'used' });
    const audit = await db.select().from(schema.auditLog);
    expect(audit.map((entry) => entry.action)).toEqual(expect.arrayContaining(['user.invite', 'user.acceptInvite']));
    expect(audit.find((entry) => entry.action === 'user.acceptInvite')).toMatchObject({ actorId: account.id, targetId: account.id });
  });

  it('two uses at the same moment make one account', async () => {
    const invited = await accounts.createInvite.execute(adminId, { email: 'race@paradox.test', role: 'contributor' });
    if (!invited.ok) throw new Error(invited.message);
    const outcomes = await Promise.allSettled([
      accounts.acceptInvite(invited.result.token, { name: 'Race One', password: 'a long enough passphrase' }),
      accounts.acceptInvite(invited.result.token, { name: 'Race Two', password: 'a long enough passphrase' }),
    ]);
    expect(outcomes.filter((outcome) => outcome.status === 'fulfilled')).toHaveLength(1);
    const { eq } = await import('drizzle-orm');
    expect(await db.$count(schema.users, eq(schema.users.email, 'race@paradox.test'))).toBe(1);
  });

  it('expires after 48 hours, is ended by a newer invite or by withdrawing it, and is refused for a taken address', async () => {
    const then = new Date(Date.now() - 49 * HOUR);
    const old = await accounts.createInvite.execute(adminId, { email: 'late@paradox.test', role: 'author' }, then);
    if (!old.ok) throw new Error(old.message);
    expect(await staffReads.getInviteByToken(old.result.token)).toMatchObject({ state: 'expired' });
    await expect(accounts.acceptInvite(old.result.token, { name: 'Late', password: 'a long enough passphrase' })).rejects.toMatchObject({
      code: 'forbidden',
    });

    const first = await accounts.createInvite.execute(adminId, { email: 'twice@paradox.test', role: 'author' });
    const second = await accounts.createInvite.execute(adminId, { email: 'twice@paradox.test', role: 'editor' });
    if (!first.ok || !second.ok) throw new Error('invite failed');
    expect(await staffReads.getInviteByToken(first.result.token)).toMatchObject({ state: 'expired' });
    expect((await staffReads.listOpenInvites()).map((invite) => invite.email)).toContain('twice@paradox.test');
    expect(await accounts.revokeInvite.execute(adminId, { inviteId: second.result.id })).toMatchObject({ ok: true });
    expect(await staffReads.getInviteByToken(second.result.token)).toMatchObject({ state: 'expired' });
    expect(await accounts.revokeInvite.execute(adminId, { inviteId: second.result.id })).toMatchObject({ ok: false, code: 'not_found' });

    expect(await accounts.createInvite.execute(adminId, { email: 'nadia@paradox.test', role: 'author' })).toMatchObject({
      ok: false,
      fieldErrors: { email: 'An account with this email already exists.' },
    });
    expect(await staffReads.getInviteByToken('no-such-token')).toBeNull();
  });
});
