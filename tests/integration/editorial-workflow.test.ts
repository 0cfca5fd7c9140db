import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { MutationResult } from '../../newsroom/guard';
import { EVERY_READER_PAGE } from '@/lib/paths';
import { useTemporaryDatabase } from '../support/temp-database';
import { type UserRole } from '../../lib/permissions';

/**
 * The newsroom's day-to-day workflow, end to end through the data layer: every change goes through a
 * mutation's `execute` (the same guard the server actions use) and every check reads back through the
 * queries the editor and the reader pages use. Time is pinned with a fixed `now`.
 */

const HOUR = 3_600_000;
const NOW = new Date('2026-03-02T09:00:00Z');
const at = (offsetMs: number) => new Date(NOW.getTime() + offsetMs);

let cleanup: () => Promise<void>;
let dataDirectory = '';
let db: ReturnType<typeof import('@/db').getDb>;
let schema: typeof import('@/db/schema');
let orm: typeof import('drizzle-orm');
let MutationError: typeof import('../../newsroom/guard').MutationError;
let articleMutations: typeof import('../../newsroom/articles');
let taxonomy: typeof import('../../newsroom/taxonomy');
let reader: typeof import('@/db/articles');
let editor: typeof import('@/db/editor');
let accounts: typeof import('../../newsroom/accounts');
let staffReads: typeof import('@/db/users');
let sessions: typeof import('../../newsroom/staff-sessions');
let sections: typeof import('@/db/sections');
let redirects: typeof import('@/db/redirects');
let passwords: typeof import('@/lib/passwords');

beforeAll(async () => {
  ({ cleanup, dir: dataDirectory } = await useTemporaryDatabase());
  db = (await import('@/db')).getDb();
  schema = await import('@/db/schema');
  orm = await import('drizzle-orm');
  ({ MutationError } = await import('../../newsroom/guard'));
  articleMutations = await import('../../newsroom/articles');
  taxonomy = await import('../../newsroom/taxonomy');
  reader = await import('@/db/articles');
  editor = await import('@/db/editor');
  accounts = await import('../../newsroom/accounts');
  staffReads = await import('@/db/users');
  sessions = await import('../../newsroom/staff-sessions');
  sections = await import('@/db/sections');
  redirects = await import('@/db/redirects');
  passwords = await import('@/lib/passwords');
});

afterAll(() => cleanup());

// ---------------------------------------------------------------------------------------------------
// Helpers
// ---------------------------------------------------------------------------------------------------

/** The successful result, or a failure that names the refusal (so a broken fixture is easy to read). */
function succeeded<R>(outcome: MutationResult<R>): R {
  if (!outcome.ok) throw new Error(`expected success, got ${outcome.code}: ${outcome.message} ${JSON.stringify(outcome.fieldErrors)}`);
  return outcome.result;
}

function refused<R>(outcome: MutationResult<R>): Extract<MutationResult<R>, { ok: false }> {
  if (outcome.ok) throw new Error(`expected a refusal, but the mutation succeeded with ${JSON.stringify(outcome.result)}`);
  return outcome;
}

let staffCounter = 0;

/** A staff member who can hold a session (the password hash only has to be present). */
async function addStaff(name: string, role: UserRole): Promise<number> {
  staffCounter++;
  const [row] = await db
    .insert(schema.users)
    .values({ email: `staff${staffCounter}@paradox.test`, name, slug: `staff-${staffCounter}`, role, passwordHash: 'x' })
    .returning({ id: schema.users.id });
  if (!row) throw new Error('user insert failed');
  return row.id;
}

async function addSection(name: string, slug: string): Promise<number> {
  const [row] = await db.insert(schema.categories).values({ name, slug, position: 10 }).returning({ id: schema.categories.id });
  if (!row) throw new Error('section insert failed');
  return row.id;
}

interface ArticleFields {
  title: string;
  slug?: string;
  body?: string;
  tagNames?: string[];
  publishAt?: string;
}

interface SaveOptions {
  id?: number;
  expectedVersion?: number;
  intent?: 'save' | 'autosave' | 'submit' | 'publish' | 'schedule';
  now?: Date;
}

let newsId = 0;
const NEWS = 'news';

/** What the article form posts: every field, in the News section unless said otherwise. */
function saveArticle(actorId: number, fields: ArticleFields, { now = NOW, ...options }: SaveOptions = {}) {
  const input = { summary: 'A short summary.', body: '<p>Body text.</p>', categoryId: newsId, tagNames: [], ...fields, ...options };
  return articleMutations.saveArticle.execute(actorId, input, now);
}

async function createArticle(actorId: number, fields: ArticleFields) {
  return succeeded(await saveArticle(actorId, fields));
}

async function createPublishedArticle(actorId: number, fields: ArticleFields) {
  return succeeded(await saveArticle(actorId, fields, { intent: 'publish' }));
}

async function editable(id: number) {
  // As the editor area shows it to an editor, who sees every article.
  const article = await editor.getArticleForStaff({ id: 0, role: 'editor' }, String(id));
  if (!article) throw new Error(`article ${id} is gone`);
  return article;
}

async function auditEntriesFor(targetType: string, targetId: number) {
  const { and, eq } = orm;
  return db
    .select({ action: schema.auditLog.action, actorId: schema.auditLog.actorId })
    .from(schema.auditLog)
    .where(and(eq(schema.auditLog.targetType, targetType), eq(schema.auditLog.targetId, targetId)));
}

async function sessionVersionOf(userId: number): Promise<number> {
  const [row] = await db.select({ v: schema.users.sessionVersion }).from(schema.users).where(orm.eq(schema.users.id, userId));
  if (!row) throw new Error(`user ${userId} is gone`);
  return row.v;
}

/** A browser signed in as the user now: returns how that session looks on its next request. */
async function signedInSession(userId: number) {
  const sessionId = await sessions.createStaffSession({
    userId,
    sessionVersion: await sessionVersionOf(userId),
    clientAddress: null,
    userAgent: 'test',
  });
  return () => sessions.resumeStaffSession({ userId, sessionId });
}

// ---------------------------------------------------------------------------------------------------
// First-run setup. Runs first, while the database is still empty; the later blocks add staff.
// ---------------------------------------------------------------------------------------------------

describe('first-run setup', () => {
  it('is open on an empty site, closes once the owner exists, and refuses a second owner', async () => {
    expect(await db.$count(schema.users), 'this block must run before any staff exist').toBe(0);
    expect(await staffReads.isSetupOpen()).toBe(true);
    const setup = await (await import('../../newsroom/setup-token')).ensureSetupToken(dataDirectory);
    if (!setup) throw new Error('an open site gets a setup token');

    const owner = await accounts.createAccountUnguarded(
      { email: 'Owner@Paradox.test', name: 'Olga Owner', role: 'admin', password: 'correct horse battery' },
      { via: 'setup', setupToken: setup.token },
    );
    expect(owner.slug).toBe('olga-owner');
    expect(await staffReads.isSetupOpen()).toBe(false);
    expect(await (await signedInSession(owner.id))()).toMatchObject({ email: 'owner@paradox.test', role: 'admin' });

    const second = accounts.createAccountUnguarded(
      { email: 'intruder@paradox.test', name: 'Ivan Intruder', role: 'admin', password: 'another long passphrase' },
      { via: 'setup', setupToken: setup.token },
    );
    await expect(second).rejects.toBeInstanceOf(MutationError);
    await expect(second).rejects.toMatchObject({ code: 'forbidden' });
    expect(await db.$count(schema.users, orm.eq(schema.users.email, 'intruder@paradox.test'))).toBe(0);
    expect(await staffReads.isSetupOpen()).toBe(false);
  });
});

// ---------------------------------------------------------------------------------------------------
// The newsroom
// ---------------------------------------------------------------------------------------------------

describe('editorial workflow', () => {
  let ada = 0; // author
  let erin = 0; // editor
  let alex = 0; // admin

  beforeAll(async () => {
    newsId = await addSection('News', NEWS);
    ada = await addStaff('Ada Author', 'author');
    erin = await addStaff('Erin Editor', 'editor');
    alex = await addStaff('Alex Admin', 'admin');
  });

  describe('writing', () => {
    it('creates an article with a transliterated slug, new tags, revision v1 and an audit entry', async () => {
      const { inArray } = orm;
      const tagSlugs = ['climate', 'port-authority'];
      expect(await db.$count(schema.tags, inArray(schema.tags.slug, tagSlugs))).toBe(0);

      const saved = await createArticle(ada, { title: 'Привет мир', tagNames: ['Climate', 'Port Authority'] });
      expect(saved).toMatchObject({ slug: 'privet-mir', status: 'draft', version: 1 });

      const article = await editable(saved.id);
      expect(article).toMatchObject({ title: 'Привет мир', slug: 'privet-mir', authorId: ada, authorName: 'Ada Author', status: 'draft' });
      expect(article.tagNames).toEqual(['Climate', 'Port Authority']);
      expect(await db.$count(schema.tags, inArray(schema.tags.slug, tagSlugs))).toBe(2);

      const history = await editor.listRevisions(saved.id);
      expect(history).toHaveLength(1);
      expect(history[0]).toMatchObject({ version: 1, title: 'Привет мир', status: 'draft', savedByName: 'Ada Author' });

      expect(await auditEntriesFor('article', saved.id)).toEqual([{ action: 'article.create', actorId: ada }]);
    });

    it('sanitizes the body on save but keeps the safe text', async () => {
      const body = [
        '<p>Safe <strong>text</strong> stays.</p>',
        '<script>alert("stolen cookies")</script>',
        '<img src="https://cdn.example.test/harbour.png" alt="The harbour" onerror="alert(1)">',
        '<p><a href="javascript:alert(2)">a sneaky link</a></p>',
      ].join('');
      const saved = await createArticle(ada, { title: 'Sanitizer check', body });

      const stored = (await editable(saved.id)).body;
      for (const dangerous of ['<script', 'alert', 'onerror', 'javascript:']) expect(stored).not.toContain(dangerous);
      expect(stored).toContain('<p>Safe <strong>text</strong> stays.</p>');
      expect(stored).toContain('a sneaky link');
      expect(stored).toContain('src="https://cdn.example.test/harbour.png"');
      expect(stored).toContain('alt="The harbour"');

      // The revision keeps the same clean copy, so restoring it can never bring the script back.
      const [revision] = await editor.listRevisions(saved.id);
      expect((await editor.getRevision(saved.id, revision?.id ?? 0))?.body).toBe(stored);
    });

    it('refuses a save from a stale copy, names who changed it, and keeps their text', async () => {
      const created = await createArticle(ada, { title: 'Council budget', body: '<p>First draft.</p>' });
      succeeded(
        await saveArticle(
          erin,
          { title: 'Council budget', slug: created.slug, body: '<p>Corrected by the desk.</p>' },
          { id: created.id, expectedVersion: 1 },
        ),
      );
      const auditBefore = await db.$count(schema.auditLog);

      const stale = refused(
        await saveArticle(
          ada,
          { title: 'Council budget', slug: created.slug, body: '<p>My late edit.</p>' },
          { id: created.id, expectedVersion: 1 },
        ),
      );
      expect(stale.code).toBe('conflict');
      expect(stale.message).toContain('Erin Editor');

      const article = await editable(created.id);
      expect(article.body).toBe('<p>Corrected by the desk.</p>');
      expect(article.version).toBe(2);
      expect(await editor.listRevisions(created.id)).toHaveLength(2);
      expect(await db.$count(schema.auditLog)).toBe(auditBefore);
    });

    it('refuses a duplicate slug, and keeps an old slug reserved for (and redirecting to) its article', async () => {
      const harbour = await createArticle(ada, { title: 'Harbour plan' });
      expect(harbour.slug).toBe('harbour-plan');

      const duplicate = refused(await saveArticle(erin, { title: 'Harbour Plan!' }));
      expect(duplicate.code).toBe('invalid');
      expect(duplicate.fieldErrors.slug).toContain('harbour-plan');
      expect(await db.$count(schema.articles, orm.eq(schema.articles.title, 'Harbour Plan!'))).toBe(0);

      const live = succeeded(
        await saveArticle(ada, { title: 'Harbour plan', slug: 'harbour-plan' }, { id: harbour.id, expectedVersion: 1, intent: 'publish' }),
      );
      const renamed = succeeded(
        await saveArticle(
          ada,
          { title: 'Harbour plan approved', slug: 'harbour-plan-approved' },
          { id: harbour.id, expectedVersion: live.version },
        ),
      );
      expect(renamed.slug).toBe('harbour-plan-approved');
      expect(await redirects.findRedirect(`/${NEWS}/harbour-plan`, '', NOW)).toBe(`/${NEWS}/harbour-plan-approved`);
      expect(await reader.getPublishedArticleBySlug('harbour-plan', NOW)).toBeNull();
      expect((await reader.getPublishedArticleBySlug('harbour-plan-approved', NOW))?.id).toBe(harbour.id);

      // Nobody else can take the old address, neither when creating nor when renaming.
      expect(refused(await saveArticle(erin, { title: 'Ferry news', slug: 'harbour-plan' })).fieldErrors.slug).toBeDefined();
      const ferry = await createArticle(erin, { title: 'Ferry timetable' });
      const takeover = refused(
        await saveArticle(erin, { title: 'Ferry timetable', slug: 'harbour-plan' }, { id: ferry.id, expectedVersion: ferry.version }),
      );
      expect(takeover.fieldErrors.slug).toContain('harbour-plan');
      expect((await editable(ferry.id)).slug).toBe('ferry-timetable');

      // The article itself may go back to its old address.
      const back = succeeded(
        await saveArticle(ada, { title: 'Harbour plan', slug: 'harbour-plan' }, { id: harbour.id, expectedVersion: renamed.version }),
      );
      expect(back.slug).toBe('harbour-plan');
      expect(await redirects.findRedirect(`/${NEWS}/harbour-plan-approved`, '', NOW)).toBe(`/${NEWS}/harbour-plan`);
    });

    it('autosaves a draft without changing its status, but refuses to autosave a live article', async () => {
      const live = await createPublishedArticle(ada, { title: 'Storm live blog', body: '<p>Winds are rising.</p>' });
      const blocked = refused(
        await saveArticle(
          ada,
          { title: 'Storm live blog', slug: live.slug, body: '<p>Half-typed upd</p>' },
          { id: live.id, expectedVersion: live.version, intent: 'autosave' },
        ),
      );
      expect(blocked.code).toBe('invalid');
      expect(blocked.message).toMatch(/autosave is off for published articles/i);
      const unchanged = await editable(live.id);
      expect(unchanged).toMatchObject({ body: '<p>Winds are rising.</p>', status: 'published', version: live.version });

      const draft = await createArticle(ada, { title: 'Storm notes', body: '<p>Notes.</p>' });
      const autosaved = succeeded(
        await saveArticle(
          ada,
          { title: 'Storm notes', slug: draft.slug, body: '<p>Notes, continued.</p>' },
          { id: draft.id, expectedVersion: 1, intent: 'autosave' },
        ),
      );
      expect(autosaved).toMatchObject({ status: 'draft', version: 2 });
      expect(await editable(draft.id)).toMatchObject({ body: '<p>Notes, continued.</p>', status: 'draft', publishedAt: null });
      expect(await reader.getPublishedArticleBySlug(draft.slug, NOW)).toBeNull();
    });

    it('restores an old revision as a new version', async () => {
      const first = await createArticle(ada, { title: 'First headline', slug: 'restore-me', body: '<p>Original.</p>' });
      succeeded(
        await saveArticle(
          ada,
          { title: 'Second headline', slug: 'restore-me', body: '<p>Rewritten.</p>' },
          { id: first.id, expectedVersion: 1 },
        ),
      );

      const before = await editor.listRevisions(first.id);
      expect(before.map((revision) => [revision.version, revision.title])).toEqual([
        [2, 'Second headline'],
        [1, 'First headline'],
      ]);
      const v1 = before.find((revision) => revision.version === 1);

      const restored = succeeded(
        await articleMutations.restoreRevision.execute(ada, { articleId: first.id, revisionId: v1?.id, expectedVersion: 2 }, NOW),
      );
      expect(restored.version).toBe(3);
      expect(await editable(first.id)).toMatchObject({ title: 'First headline', body: '<p>Original.</p>', version: 3 });

      const after = await editor.listRevisions(first.id);
      expect(after).toHaveLength(3);
      expect(after[0]).toMatchObject({ version: 3, title: 'First headline', savedByName: 'Ada Author' });

      // A restore from a copy that is now out of date is refused like any stale save.
      const stale = refused(
        await articleMutations.restoreRevision.execute(ada, { articleId: first.id, revisionId: v1?.id, expectedVersion: 2 }, NOW),
      );
      expect(stale.code).toBe('conflict');
    });

    it('restores a revision whose section has since been deleted, keeping the article in its current section', async () => {
      const oldSectionId = await addSection('Old Desk', 'old-desk');
      const article = await createArticle(ada, { title: 'Moving story', slug: 'moving-story' });
      // Move it out of News into the Old Desk and back, so v1 and v3 name different sections.
      succeeded(
        await articleMutations.saveArticle.execute(
          ada,
          {
            title: 'Moving story',
            slug: 'moving-story',
            summary: '',
            body: '<p>b</p>',
            categoryId: oldSectionId,
            id: article.id,
            expectedVersion: 1,
          },
          NOW,
        ),
      );
      succeeded(
        await articleMutations.saveArticle.execute(
          ada,
          {
            title: 'Moving story, final',
            slug: 'moving-story',
            summary: '',
            body: '<p>b</p>',
            categoryId: newsId,
            id: article.id,
            expectedVersion: 2,
          },
          NOW,
        ),
      );
      succeeded(await taxonomy.deleteSection.execute(erin, { id: oldSectionId }, NOW));
      const v2 = (await editor.listRevisions(article.id)).find((revision) => revision.version === 2);
      const restored = succeeded(
        await articleMutations.restoreRevision.execute(ada, { articleId: article.id, revisionId: v2?.id, expectedVersion: 3 }, NOW),
      );
      expect(restored.version).toBe(4);
      expect(await editable(article.id)).toMatchObject({ title: 'Moving story', categoryId: newsId });
    });
  });

  describe('publishing', () => {
    it('refuses a schedule time in the past, and publishes a scheduled article only when its time comes', async () => {
      // A dedicated author so the dashboard counts are exactly this article's.
      const sam = await addStaff('Sam Scheduler', 'author');
      const draft = await createArticle(sam, { title: 'Budget vote tonight' });

      const past = refused(
        await saveArticle(
          sam,
          { title: 'Budget vote tonight', slug: draft.slug, publishAt: at(-HOUR).toISOString() },
          { id: draft.id, expectedVersion: 1, intent: 'schedule' },
        ),
      );
      expect(past.code).toBe('invalid');
      expect(past.fieldErrors.publishAt).toBeDefined();
      expect(await editable(draft.id)).toMatchObject({ status: 'draft', version: 1, publishedAt: null });

      const goLive = at(HOUR);
      const scheduled = succeeded(
        await saveArticle(
          sam,
          { title: 'Budget vote tonight', slug: draft.slug, publishAt: goLive.toISOString() },
          { id: draft.id, expectedVersion: 1, intent: 'schedule' },
        ),
      );
      expect(scheduled.status).toBe('scheduled');
      expect(scheduled.publishedAt?.getTime()).toBe(goLive.getTime());

      // Before its time: invisible to readers, counted as scheduled.
      expect(await reader.getPublishedArticleBySlug(draft.slug, NOW)).toBeNull();
      expect((await reader.getLatestArticles(50, NOW)).map((card) => card.id)).not.toContain(draft.id);
      expect(await editor.searchPublishedTitles('Budget vote', 8, NOW)).toEqual([]);
      expect(await editor.countArticlesByStatus(sam, NOW)).toEqual({ draft: 0, pending: 0, scheduled: 1, published: 0 });
      expect((await editor.listDashboardArticles({ status: 'scheduled', onlyAuthorId: sam }, 50, NOW)).map((row) => row.id)).toEqual([
        draft.id,
      ]);

      // After its time: live without anyone pressing a button, counted as published.
      const later = at(2 * HOUR);
      expect((await reader.getPublishedArticleBySlug(draft.slug, later))?.title).toBe('Budget vote tonight');
      expect((await reader.getLatestArticles(50, later)).map((card) => card.id)).toContain(draft.id);
      expect(await editor.searchPublishedTitles('Budget vote', 8, later)).toEqual([
        { title: 'Budget vote tonight', href: `/${NEWS}/${draft.slug}` },
      ]);
      expect(await editor.countArticlesByStatus(sam, later)).toEqual({ draft: 0, pending: 0, scheduled: 0, published: 1 });
    });

    it('unpublishes a live article back to draft and refreshes the pages that showed it', async () => {
      const live = await createPublishedArticle(ada, { title: 'Bridge closes for repairs', tagNames: ['Traffic'] });
      expect(await reader.getPublishedArticleBySlug(live.slug, NOW)).not.toBeNull();

      const outcome = await articleMutations.unpublishArticle.execute(ada, { id: live.id, expectedVersion: live.version }, NOW);
      const result = succeeded(outcome);
      expect(result.version).toBe(live.version + 1);
      // It was the newest story, so every reader page's Recent Posts list changes too.
      expect(outcome.ok && outcome.revalidate).toEqual(
        expect.arrayContaining(['/', `/${NEWS}`, `/${NEWS}/${live.slug}`, '/tag/traffic', EVERY_READER_PAGE]),
      );

      expect((await editable(live.id)).status).toBe('draft');
      expect(await reader.getPublishedArticleBySlug(live.slug, NOW)).toBeNull();
      expect((await reader.getLatestArticles(50, NOW)).map((card) => card.id)).not.toContain(live.id);
      expect((await editor.listRevisions(live.id))[0]).toMatchObject({ status: 'draft', savedByName: 'Ada Author' });
    });
  });

  describe('sessions', () => {
    it('ends every session when the user signs out everywhere', async () => {
      const uma = await addStaff('Uma User', 'author');
      const [laptop, phone] = [await signedInSession(uma), await signedInSession(uma)];
      expect(await laptop()).toMatchObject({ id: uma, name: 'Uma User', role: 'author' });
      expect(await phone()).toMatchObject({ id: uma });

      succeeded(await accounts.signOutEverywhere.execute(uma, {}, NOW));
      expect(await laptop()).toBeNull();
      expect(await phone()).toBeNull();
      // A fresh sign-in gets the new version and works.
      expect(await (await signedInSession(uma))()).toMatchObject({ id: uma });
    });

    it('ends every session when an admin resets the password, and only the new password works', async () => {
      const { id: vic } = await accounts.createAccountUnguarded(
        { email: 'vic@paradox.test', name: 'Vic Reporter', role: 'author', password: 'old passphrase here' },
        { via: 'cli' },
      );
      const session = await signedInSession(vic);
      expect(await session()).not.toBeNull();

      succeeded(await accounts.resetUserPassword.execute(alex, { userId: vic, password: 'brand new passphrase' }, NOW));
      expect(await session()).toBeNull();

      const candidate = await staffReads.getSignInCandidate('vic@paradox.test');
      const hash = candidate?.passwordHash ?? '';
      expect(await passwords.verifyPassword(hash, 'brand new passphrase')).toBe(true);
      expect(await passwords.verifyPassword(hash, 'old passphrase here')).toBe(false);
    });

    it('ends every session when an admin disables the account, and no session works while disabled', async () => {
      const dan = await addStaff('Dan Departing', 'editor');
      const session = await signedInSession(dan);
      expect(await session()).not.toBeNull();

      succeeded(await accounts.setUserDisabled.execute(alex, { userId: dan, disabled: true }, NOW));
      expect(await session()).toBeNull();
      // Not even a session begun while disabled works.
      expect(await (await signedInSession(dan))()).toBeNull();
      // And the guard refuses the disabled account's mutations outright.
      expect(await saveArticle(dan, { title: 'Written after leaving' })).toMatchObject({ ok: false, code: 'unauthenticated' });
    });
  });

  describe('sections', () => {
    it('keeps old links working after a rename and refuses reserved slugs', async () => {
      const cultureId = await addSection('Culture', 'culture');

      const renamed = await taxonomy.updateSection.execute(erin, { id: cultureId, name: 'Arts & Culture', slug: 'arts-and-culture' }, NOW);
      expect(succeeded(renamed).slug).toBe('arts-and-culture');
      // The masthead lists the sections: every reader page changes.
      expect(renamed.ok && renamed.revalidate).toEqual([EVERY_READER_PAGE]);
      expect(await redirects.findRedirect('/culture', '?before=1-2', NOW)).toBe('/arts-and-culture?before=1-2');
      expect(await sections.getSectionBySlug('culture')).toBeNull();

      // The old slug stays with the renamed section.
      expect(refused(await taxonomy.createSection.execute(erin, { name: 'Culture' }, NOW)).fieldErrors.slug).toBeDefined();

      for (const attempt of [
        { name: 'Login', slug: 'login' },
        { name: 'Login', slug: '' },
      ]) {
        const reserved = refused(await taxonomy.updateSection.execute(erin, { id: cultureId, ...attempt }, NOW));
        expect(reserved.code).toBe('invalid');
        expect(reserved.fieldErrors.slug).toMatch(/reserved/);
      }
      expect(await sections.getSectionBySlug('arts-and-culture')).toMatchObject({ id: cultureId, name: 'Arts & Culture' });
    });
  });

  describe('author pages', () => {
    let authors: typeof import('@/db/authors');
    beforeAll(async () => {
      authors = await import('@/db/authors');
    });

    async function slugOf(userId: number) {
      const [row] = await db.select({ slug: schema.users.slug }).from(schema.users).where(orm.eq(schema.users.id, userId));
      return row?.slug ?? '';
    }

    it('exist only for staff with a public story, and go away (with their cached page) when the last one does', async () => {
      const noor = await addStaff('Noor Newcomer', 'author');
      const slug = await slugOf(noor);
      const page = `/author/${slug}`;
      expect(await authors.getAuthorBySlug(slug, NOW)).toBeNull();
      // Neither a draft nor a story scheduled for later makes a byline public.
      const draft = await createArticle(noor, { title: 'Noor’s harbour lights' });
      const scheduled = await createArticle(noor, { title: 'Noor’s ferry notes' });
      succeeded(
        await saveArticle(
          noor,
          { title: 'Noor’s ferry notes', publishAt: at(HOUR).toISOString() },
          { id: scheduled.id, expectedVersion: scheduled.version, intent: 'schedule' },
        ),
      );
      expect(await authors.getAuthorBySlug(slug, NOW)).toBeNull();
      expect(await authors.getAuthorBySlug(slug, at(2 * HOUR))).toMatchObject({ slug, name: 'Noor Newcomer' });
      succeeded(await articleMutations.trashArticle.execute(noor, { id: scheduled.id }, NOW));

      const published = succeeded(
        await saveArticle(noor, { title: 'Noor’s harbour lights' }, { id: draft.id, expectedVersion: draft.version, intent: 'publish' }),
      );
      expect(await authors.getAuthorBySlug(slug, NOW)).toMatchObject({ slug });
      const unpublished = await articleMutations.unpublishArticle.execute(noor, { id: draft.id, expectedVersion: published.version }, NOW);
      expect(unpublished.ok && unpublished.revalidate).toContain(page);
      expect(await authors.getAuthorBySlug(slug, NOW)).toBeNull();

      // Moving the only public story to a later time, or deleting it, also refreshes the author page.
      const again = succeeded(
        await saveArticle(
          noor,
          { title: 'Noor’s harbour lights' },
          { id: draft.id, expectedVersion: published.version + 1, intent: 'publish' },
        ),
      );
      const moved = await saveArticle(
        noor,
        { title: 'Noor’s harbour lights', publishAt: at(HOUR).toISOString() },
        { id: draft.id, expectedVersion: again.version, intent: 'schedule' },
      );
      expect(moved.ok && moved.revalidate).toContain(page);
      expect(await authors.getAuthorBySlug(slug, NOW)).toBeNull();
      const live = await createPublishedArticle(noor, { title: 'Noor’s quay wall repairs' });
      expect(await authors.getAuthorBySlug(slug, NOW)).toMatchObject({ slug });
      const deleted = await articleMutations.trashArticle.execute(noor, { id: live.id }, NOW);
      expect(deleted.ok && deleted.revalidate).toContain(page);
      expect(await authors.getAuthorBySlug(slug, NOW)).toBeNull();
    });

    it('never exist for an administrator or a contributor who has not published; a disabled byline keeps its page', async () => {
      expect(await authors.getAuthorBySlug(await slugOf(alex), NOW)).toBeNull();
      const cora = await addStaff('Cora Contributor', 'contributor');
      await createArticle(cora, { title: 'Letters to the desk' });
      expect(await authors.getAuthorBySlug(await slugOf(cora), NOW)).toBeNull();

      const lee = await addStaff('Lee Leaver', 'author');
      await createPublishedArticle(lee, { title: 'Last dispatch from the harbour' });
      await db.update(schema.users).set({ disabled: true }).where(orm.eq(schema.users.id, lee));
      expect(await authors.getAuthorBySlug(await slugOf(lee), NOW)).toMatchObject({ name: 'Lee Leaver' });
    });
  });
});
