import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { MutationResult } from '../../newsroom/guard';
import type { UserRole } from '../../lib/permissions';
import { PRESENCE_WINDOW_MS } from '../../lib/collaboration';
import { useTemporaryDatabase } from '../support/temp-database';

/**
 * Working together, through the mutations the server actions call and the reads the editor renders: send
 * back with a note, notifications written with their events, comments with mentions, presence.
 */

const NOW = new Date('2026-05-04T09:00:00Z');
const at = (offsetMs: number) => new Date(NOW.getTime() + offsetMs);

let cleanup: () => Promise<void>;
let db: ReturnType<typeof import('@/db').getDb>;
let schema: typeof import('@/db/schema');
let orm: typeof import('drizzle-orm');
let articles: typeof import('../../newsroom/articles');
let together: typeof import('../../newsroom/collaboration');
let reads: typeof import('@/db/collaboration');
let sectionId = 0;
let counter = 0;

function succeeded<R>(outcome: MutationResult<R>): R {
  if (!outcome.ok) throw new Error(`expected success, got ${outcome.code}: ${outcome.message} ${JSON.stringify(outcome.fieldErrors)}`);
  return outcome.result;
}

async function addStaff(name: string, role: UserRole, options: { disabled?: boolean } = {}): Promise<number> {
  counter++;
  const slug = name.toLowerCase().replace(/\s+/g, '-');
  const [row] = await db
    .insert(schema.users)
    .values({ email: `${slug}@together.test`, name, slug, role, passwordHash: 'x', disabled: options.disabled ?? false })
    .returning({ id: schema.users.id });
  if (!row) throw new Error('user insert failed');
  return row.id;
}

const fields = (title: string) => ({
  title: `${title} ${++counter}`,
  summary: 'S.',
  body: '<p>Body text.</p>',
  categoryId: sectionId,
  tagNames: [],
});

async function draftBy(ownerId: number, now = NOW) {
  return succeeded(await articles.saveArticle.execute(ownerId, fields('Draft'), now));
}

async function submittedBy(ownerId: number, now = NOW) {
  const draft = await draftBy(ownerId, now);
  return succeeded(
    await articles.saveArticle.execute(
      ownerId,
      { ...fields('Submitted'), id: draft.id, expectedVersion: draft.version, intent: 'submit' },
      now,
    ),
  );
}

async function notificationsOf(userId: number) {
  return db
    .select({ kind: schema.notifications.kind, articleId: schema.notifications.articleId, actorId: schema.notifications.actorId })
    .from(schema.notifications)
    .where(orm.eq(schema.notifications.recipientId, userId))
    .orderBy(schema.notifications.id);
}

let ana = 0; // author
let bo = 0; // author
let cora = 0; // contributor
let eddie = 0; // editor
let ada = 0; // admin
let gone = 0; // disabled editor

beforeAll(async () => {
  ({ cleanup } = await useTemporaryDatabase());
  db = (await import('@/db')).getDb();
  schema = await import('@/db/schema');
  orm = await import('drizzle-orm');
  articles = await import('../../newsroom/articles');
  together = await import('../../newsroom/collaboration');
  reads = await import('@/db/collaboration');
  const [section] = await db.insert(schema.categories).values({ slug: 'news', name: 'News' }).returning();
  sectionId = section?.id ?? 0;
  ana = await addStaff('Ana Ruiz', 'author');
  bo = await addStaff('Bo Lind', 'author');
  cora = await addStaff('Cora Contributor', 'contributor');
  eddie = await addStaff('Eddie Editor', 'editor');
  ada = await addStaff('Ada Admin', 'admin');
  gone = await addStaff('Gone Editor', 'editor', { disabled: true });
});

afterAll(() => cleanup());

describe('submitting for review', () => {
  it('notifies every active editor and admin, once, in the same transaction as the submission', async () => {
    const before = { eddie: (await notificationsOf(eddie)).length, ada: (await notificationsOf(ada)).length };
    const story = await submittedBy(cora);
    expect((await notificationsOf(eddie)).slice(before.eddie)).toEqual([{ kind: 'submitted', articleId: story.id, actorId: cora }]);
    expect((await notificationsOf(ada)).slice(before.ada)).toEqual([{ kind: 'submitted', articleId: story.id, actorId: cora }]);
    expect(await notificationsOf(gone)).toEqual([]);
    expect((await notificationsOf(bo)).filter((n) => n.articleId === story.id)).toEqual([]);
    // Saving it again while it waits is not a new submission.
    succeeded(
      await articles.saveArticle.execute(cora, { ...fields('Again'), id: story.id, expectedVersion: story.version, intent: 'submit' }, NOW),
    );
    expect((await notificationsOf(eddie)).filter((n) => n.articleId === story.id)).toHaveLength(1);
  });

  it('writes no notification when the submission is refused', async () => {
    const draft = await draftBy(ana);
    const before = await db.$count(schema.notifications);
    const stale = await articles.saveArticle.execute(
      ana,
      { ...fields('Stale'), id: draft.id, expectedVersion: draft.version + 5, intent: 'submit' },
      NOW,
    );
    expect(stale).toMatchObject({ ok: false, code: 'conflict' });
    expect(await db.$count(schema.notifications)).toBe(before);
  });
});

describe('sending back with a note', () => {
  it('returns the story to a draft, keeps the note, notifies its writers and audits it', async () => {
    const story = await submittedBy(ana);
    // Bo co-writes it (an author: he cannot open Ana's story, so is not told); Ada the admin is on the byline too.
    await db
      .insert(schema.bylineProfiles)
      .values([
        { slug: 'bo-lind', name: 'Bo Lind', userId: bo },
        { slug: 'ada-admin', name: 'Ada Admin', userId: ada },
      ])
      .onConflictDoNothing();
    const byline = await db
      .select({ id: schema.bylineProfiles.id })
      .from(schema.bylineProfiles)
      .where(orm.inArray(schema.bylineProfiles.userId, [bo, ada]));
    expect(byline).toHaveLength(2);
    await db
      .insert(schema.articleBylines)
      .values(byline.map((profile, index) => ({ articleId: story.id, profileId: profile.id, position: index + 1 })));

    const sent = succeeded(
      await together.sendBackArticle.execute(
        eddie,
        { articleId: story.id, note: '  Needs a second source\r\n\r\non the port figures.  ' },
        at(60_000),
      ),
    );
    const [row] = await db
      .select({ status: schema.articles.status, version: schema.articles.version })
      .from(schema.articles)
      .where(orm.eq(schema.articles.id, story.id));
    expect(row).toEqual({ status: 'draft', version: story.version });

    const comments = await reads.listArticleComments(story.id);
    expect(comments).toEqual([
      {
        id: sent.commentId,
        kind: 'send_back',
        body: 'Needs a second source\n\non the port figures.',
        authorName: 'Eddie Editor',
        createdAt: at(60_000),
      },
    ]);
    expect((await notificationsOf(ana)).filter((n) => n.articleId === story.id)).toEqual([
      { kind: 'sent_back', articleId: story.id, actorId: eddie },
    ]);
    expect((await notificationsOf(ada)).filter((n) => n.articleId === story.id && n.kind === 'sent_back')).toHaveLength(1);
    expect((await notificationsOf(bo)).filter((n) => n.articleId === story.id)).toEqual([]);
    const [listed] = await reads.listNotifications(ana);
    expect(listed).toMatchObject({
      kind: 'sent_back',
      articleTitle: expect.stringContaining('Submitted'),
      actorName: 'Eddie Editor',
      commentBody: comments[0]?.body,
      readAt: null,
    });

    const audit = await db
      .select({ action: schema.auditLog.action, summary: schema.auditLog.summary })
      .from(schema.auditLog)
      .where(orm.and(orm.eq(schema.auditLog.targetId, story.id), orm.eq(schema.auditLog.action, 'article.sendBack')));
    expect(audit).toHaveLength(1);
    expect(audit[0]?.summary).toContain('Needs a second source');
  });

  it('shows the note on the draft until it is submitted again', async () => {
    const story = await submittedBy(ana);
    expect(await reads.standingSendBack({ id: story.id, status: 'pending' })).toBeNull();
    succeeded(await together.sendBackArticle.execute(eddie, { articleId: story.id, note: 'Shorter headline.' }, at(60_000)));
    expect(await reads.standingSendBack({ id: story.id, status: 'draft' })).toMatchObject({
      body: 'Shorter headline.',
      authorName: 'Eddie Editor',
    });
    // Edited and saved as a draft: still the standing note.
    succeeded(await articles.saveArticle.execute(ana, { ...fields('Fixed'), id: story.id, expectedVersion: story.version }, at(120_000)));
    expect(await reads.standingSendBack({ id: story.id, status: 'draft' })).toMatchObject({ body: 'Shorter headline.' });
    // Submitted again, then published and unpublished: an old note is history, not news.
    succeeded(await articles.saveArticle.execute(ana, { ...fields('Resubmitted'), id: story.id, intent: 'submit' }, at(180_000)));
    succeeded(await articles.saveArticle.execute(eddie, { ...fields('Live'), id: story.id, intent: 'publish' }, at(240_000)));
    succeeded(await articles.unpublishArticle.execute(eddie, { id: story.id }, at(300_000)));
    expect(await reads.standingSendBack({ id: story.id, status: 'draft' })).toBeNull();
  });

  it('refuses a story that is not waiting for review, and an empty note, losing nothing and telling no one', async () => {
    const draft = await draftBy(ana);
    const before = await db.$count(schema.notifications);
    expect(await together.sendBackArticle.execute(eddie, { articleId: draft.id, note: 'No.' }, NOW)).toMatchObject({
      ok: false,
      code: 'invalid',
      message: 'Only a story waiting for review can be sent back.',
    });
    const story = await submittedBy(ana);
    const afterSubmit = await db.$count(schema.notifications);
    expect(afterSubmit).toBeGreaterThan(before);
    const empty = await together.sendBackArticle.execute(eddie, { articleId: story.id, note: ' \u200b\n ' }, NOW);
    expect(empty).toMatchObject({ ok: false, code: 'invalid', fieldErrors: { note: 'Say what needs to change before it can run.' } });
    expect(await together.sendBackArticle.execute(eddie, { articleId: story.id, note: 'x'.repeat(2001) }, NOW)).toMatchObject({
      ok: false,
      fieldErrors: { note: 'The note must be at most 2000 characters.' },
    });
    expect(await together.sendBackArticle.execute(eddie, { articleId: 999_999, note: 'Gone?' }, NOW)).toMatchObject({
      ok: false,
      code: 'not_found',
    });
    expect(await db.$count(schema.notifications)).toBe(afterSubmit);
    const [row] = await db.select({ status: schema.articles.status }).from(schema.articles).where(orm.eq(schema.articles.id, story.id));
    expect(row?.status).toBe('pending');
  });
});

describe('publishing', () => {
  it('tells the owner when someone else publishes their story, not when they publish it or update it live', async () => {
    const story = await submittedBy(bo);
    succeeded(await articles.saveArticle.execute(eddie, { ...fields('Out'), id: story.id, intent: 'publish' }, NOW));
    expect((await notificationsOf(bo)).filter((n) => n.articleId === story.id)).toEqual([
      { kind: 'published', articleId: story.id, actorId: eddie },
    ]);
    // An update of the live story is not news to its owner.
    succeeded(await articles.saveArticle.execute(eddie, { ...fields('Out again'), id: story.id, intent: 'publish' }, at(60_000)));
    expect((await notificationsOf(bo)).filter((n) => n.articleId === story.id)).toHaveLength(1);
    const own = await draftBy(bo);
    const countBefore = (await notificationsOf(bo)).length;
    succeeded(await articles.saveArticle.execute(bo, { ...fields('Mine'), id: own.id, intent: 'publish' }, NOW));
    expect(await notificationsOf(bo)).toHaveLength(countBefore);
  });
});

describe('comments and mentions', () => {
  it('notifies the staff a comment mentions by name or slug who can open the story, and names the others', async () => {
    const story = await draftBy(ana);
    const result = succeeded(
      await together.addArticleComment.execute(
        eddie,
        {
          articleId: story.id,
          body: '@ana-ruiz the intro is long; @Ada Admin and @bo-lind, thoughts? Mail eddie@together.test. @Eddie Editor',
        },
        NOW,
      ),
    );
    expect(result.notified).toEqual(['Ana Ruiz', 'Ada Admin']);
    // Bo is an author: Ana's draft is a 404 for him, so a notification would lead nowhere.
    expect(result.notNotified).toEqual(['Bo Lind']);
    expect((await notificationsOf(ana)).filter((n) => n.articleId === story.id)).toEqual([
      { kind: 'mentioned', articleId: story.id, actorId: eddie },
    ]);
    expect((await notificationsOf(bo)).filter((n) => n.articleId === story.id)).toEqual([]);
    expect((await notificationsOf(eddie)).filter((n) => n.articleId === story.id)).toEqual([]);
    succeeded(await together.addArticleComment.execute(ana, { articleId: story.id, body: 'Cut it.' }, at(1000)));
    expect((await reads.listArticleComments(story.id)).map((comment) => [comment.authorName, comment.kind])).toEqual([
      ['Eddie Editor', 'comment'],
      ['Ana Ruiz', 'comment'],
    ]);
  });

  it('refuses a comment on a trashed story and an empty one', async () => {
    const story = await draftBy(ana);
    expect(await together.addArticleComment.execute(ana, { articleId: story.id, body: '   ' }, NOW)).toMatchObject({
      ok: false,
      fieldErrors: { body: 'Write a comment first.' },
    });
    succeeded(await articles.trashArticle.execute(ana, { id: story.id }, NOW));
    expect(await together.addArticleComment.execute(ana, { articleId: story.id, body: 'Hm.' }, NOW)).toMatchObject({
      ok: false,
      code: 'invalid',
    });
  });

  it('goes with its story when the story is deleted for good', async () => {
    const story = await submittedBy(ana);
    succeeded(await together.sendBackArticle.execute(eddie, { articleId: story.id, note: 'Drop it.' }, NOW));
    succeeded(await articles.trashArticle.execute(eddie, { id: story.id }, NOW));
    succeeded(await articles.purgeArticle.execute(eddie, { id: story.id }, NOW));
    expect(await reads.listArticleComments(story.id)).toEqual([]);
    expect((await notificationsOf(ana)).filter((n) => n.articleId === story.id)).toEqual([]);
  });
});

describe('reading notifications', () => {
  it('counts the unread ones and marks only one’s own read', async () => {
    const reader = await addStaff('Rita Reader', 'editor');
    const story = await draftBy(ana);
    succeeded(await together.addArticleComment.execute(ana, { articleId: story.id, body: '@rita-reader one' }, NOW));
    succeeded(await together.addArticleComment.execute(ana, { articleId: story.id, body: '@Rita Reader two' }, NOW));
    expect(await reads.countUnreadNotifications(reader)).toBe(2);
    const [newest, oldest] = await reads.listNotifications(reader);
    expect(newest?.commentBody).toBe('@Rita Reader two');
    // Someone else cannot mark them read.
    expect(succeeded(await together.markNotificationsRead.execute(ana, { ids: [newest?.id ?? 0] }, NOW))).toEqual({ marked: 0 });
    expect(succeeded(await together.markNotificationsRead.execute(reader, { ids: [oldest?.id ?? 0] }, NOW))).toEqual({ marked: 1 });
    expect(await reads.countUnreadNotifications(reader)).toBe(1);
    expect(succeeded(await together.markNotificationsRead.execute(reader, { all: true }, at(1000)))).toEqual({ marked: 1 });
    expect(await reads.countUnreadNotifications(reader)).toBe(0);
    expect((await reads.listNotifications(reader)).map((item) => item.readAt)).toEqual([at(1000), NOW]);
    expect(await together.markNotificationsRead.execute(reader, { ids: [] }, NOW)).toMatchObject({ ok: false, code: 'invalid' });
  });
});

describe('presence', () => {
  it('shows who else has the story open while their heartbeat is younger than the window', async () => {
    const story = await submittedBy(ana);
    expect(succeeded(await together.recordPresence.execute(ana, { articleId: story.id }, NOW))).toEqual({ others: [] });
    expect(succeeded(await together.recordPresence.execute(eddie, { articleId: story.id }, at(5_000)))).toEqual({ others: ['Ana Ruiz'] });
    expect(await reads.othersEditing(story.id, ana, at(10_000))).toEqual(['Eddie Editor']);
    expect(await reads.othersEditing(story.id, eddie, at(10_000))).toEqual(['Ana Ruiz']);
    // Ana's tab closed: her last heartbeat ages out; Eddie's next beat no longer names her.
    expect(await reads.othersEditing(story.id, eddie, at(PRESENCE_WINDOW_MS + 1))).toEqual([]);
    expect(succeeded(await together.recordPresence.execute(eddie, { articleId: story.id }, at(PRESENCE_WINDOW_MS + 1)))).toEqual({
      others: [],
    });
    // Her next beat brings her back, in one row per person and story.
    succeeded(await together.recordPresence.execute(ana, { articleId: story.id }, at(PRESENCE_WINDOW_MS + 2)));
    expect(await reads.othersEditing(story.id, eddie, at(PRESENCE_WINDOW_MS + 3))).toEqual(['Ana Ruiz']);
    const rows = await db.select().from(schema.articlePresence).where(orm.eq(schema.articlePresence.articleId, story.id));
    expect(rows).toHaveLength(2);
  });

  it('writes no audit entry for a heartbeat and refuses someone who cannot edit the story', async () => {
    const story = await draftBy(ana);
    const audited = await db.$count(schema.auditLog);
    succeeded(await together.recordPresence.execute(ana, { articleId: story.id }, NOW));
    expect(await db.$count(schema.auditLog)).toBe(audited);
    expect(await together.recordPresence.execute(bo, { articleId: story.id }, NOW)).toMatchObject({ ok: false, code: 'forbidden' });
    expect(await reads.othersEditing(story.id, ana, NOW)).toEqual([]);
  });
});
