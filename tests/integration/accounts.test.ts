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

describe('one’s own name', () => {
  it('changes the account’s name, refuses an empty or hidden-character one, and is audited', async () => {
    const { eq } = await import('drizzle-orm');
    expect(await accounts.renameOwnAccount.execute(adminId, { name: '  ' })).toMatchObject({
      ok: false,
      fieldErrors: { name: 'Enter a name.' },
    });
    expect(await accounts.renameOwnAccount.execute(adminId, { name: 'Olga\u202E Owner' })).toMatchObject({
      ok: true,
      result: { name: 'Olga Owner' },
    });
    expect(await accounts.renameOwnAccount.execute(adminId, { name: 'Olga Owner-Smith' })).toMatchObject({ ok: true });
    const [row] = await db.select({ name: schema.users.name }).from(schema.users).where(eq(schema.users.id, adminId));
    expect(row?.name).toBe('Olga Owner-Smith');
    await accounts.renameOwnAccount.execute(adminId, { name: 'Olga Owner' });
    const renames = await db.select().from(schema.auditLog).where(eq(schema.auditLog.action, 'user.rename'));
    expect(renames.map((entry) => entry.summary)).toContain('Olga Owner → Olga Owner-Smith');
  });
});

describe('the audit log’s reads', () => {
  it('filters by person, action and the site’s days, pages by id, and names the story and the user an entry is about', async () => {
    const { listAuditLog } = await import('@/db/editor');
    const { siteDayBounds } = await import('@/lib/site-time');
    const { recordAudit } = await import('../../newsroom/guard');
    const [article] = await db
      .insert(schema.categories)
      .values({ slug: 'news', name: 'News' })
      .returning({ id: schema.categories.id })
      .then(([section]) =>
        db
          .insert(schema.articles)
          .values({
            slug: 'strike-ends',
            title: 'Port Averly strike ends',
            body: '<p>x</p>',
            status: 'draft',
            authorId: adminId,
            categoryId: section?.id ?? 0,
          })
          .returning({ id: schema.articles.id }),
      );
    const day = (iso: string) => new Date(iso);
    await recordAudit(
      db,
      { id: adminId, email: 'owner@paradox.test' },
      { action: 'article.publish', targetType: 'article', targetId: article?.id ?? 0, summary: 'Port Averly strike ends (published, v2)' },
      day('2026-03-02T09:00:00Z'),
    );
    await recordAudit(
      db,
      { id: adminId, email: 'owner@paradox.test' },
      { action: 'article.purge', targetType: 'article', targetId: 999_999, summary: 'A story gone for good' },
      day('2026-03-03T09:00:00Z'),
    );
    await recordAudit(
      db,
      { id: null, email: 'cli' },
      { action: 'user.disable', targetType: 'user', targetId: adminId, summary: 'owner' },
      day('2026-03-03T10:00:00Z'),
    );

    const published = await listAuditLog({ action: 'article.publish' });
    expect(published).toHaveLength(1);
    expect(published[0]).toMatchObject({ actorName: 'Olga Owner', articleTitle: 'Port Averly strike ends', targetId: article?.id });
    expect((await listAuditLog({ action: 'article.purge' }))[0]).toMatchObject({ articleTitle: null, summary: 'A story gone for good' });
    expect((await listAuditLog({ action: 'user.disable' }))[0]).toMatchObject({ actorId: null, targetUserName: 'Olga Owner' });

    const march3 = siteDayBounds('2026-03-03', 'UTC');
    const onTheThird = await listAuditLog({ from: march3?.start, to: march3?.end });
    expect(onTheThird.map((entry) => entry.action)).toEqual(['user.disable', 'article.purge']);
    expect((await listAuditLog({ actorId: adminId, from: march3?.start, to: march3?.end })).map((entry) => entry.action)).toEqual([
      'article.purge',
    ]);

    // Keyset: a page of two, then the rest, with no entry twice and none missed.
    const all = await listAuditLog({});
    const first = await listAuditLog({}, 2);
    const rest = await listAuditLog({ beforeId: first.at(-1)?.id }, 1000);
    expect([...first, ...rest].map((entry) => entry.id)).toEqual(all.map((entry) => entry.id));
  });
});
