import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { MutationResult } from '../../newsroom/guard';
import { useTemporaryDatabase } from '../support/temp-database';

/**
 * Issue 19's guarantees in the data layer: autosave from the first keystroke without a revision per
 * keystroke, optimistic locking for autosaves, the trash (restore, purge, expiry at the next write, never
 * shown to readers), and the publishing rules the server enforces whatever the form does.
 */

const MINUTE = 60_000;
const DAY = 86_400_000;
const NOW = new Date('2026-05-04T09:00:00Z');
const at = (offsetMs: number) => new Date(NOW.getTime() + offsetMs);

let cleanup: () => Promise<void>;
let db: ReturnType<typeof import('@/db').getDb>;
let schema: typeof import('@/db/schema');
let orm: typeof import('drizzle-orm');
let m: typeof import('../../newsroom/articles');
let editor: typeof import('@/db/editor');
let reader: typeof import('@/db/articles');
let search: typeof import('@/db/search');
let writer = 0;
let deskEditor = 0;
let sectionId = 0;
let counter = 0;

beforeAll(async () => {
  ({ cleanup } = await useTemporaryDatabase());
  db = (await import('@/db')).getDb();
  schema = await import('@/db/schema');
  orm = await import('drizzle-orm');
  m = await import('../../newsroom/articles');
  editor = await import('@/db/editor');
  reader = await import('@/db/articles');
  search = await import('@/db/search');
  // Two sections: the first in the site's order is where an unfiled autosaved draft waits.
  const [first] = await db.insert(schema.categories).values({ slug: 'first', name: 'First', position: 0 }).returning();
  await db.insert(schema.categories).values({ slug: 'later', name: 'Later', position: 5 });
  sectionId = first?.id ?? 0;
  const staff = await db
    .insert(schema.users)
    .values([
      { email: 'writer@x.test', name: 'Wren Writer', slug: 'wren-writer', role: 'author', passwordHash: 'x' },
      { email: 'desk@x.test', name: 'Dee Desk', slug: 'dee-desk', role: 'editor', passwordHash: 'x' },
    ])
    .returning({ id: schema.users.id });
  writer = staff[0]?.id ?? 0;
  deskEditor = staff[1]?.id ?? 0;
});

afterAll(() => cleanup());

function ok<R>(outcome: MutationResult<R>): R {
  if (!outcome.ok) throw new Error(`expected success, got ${outcome.code}: ${outcome.message} ${JSON.stringify(outcome.fieldErrors)}`);
  return outcome.result;
}

function save(actor: number, fields: Record<string, unknown>, now = NOW) {
  return m.saveArticle.execute(actor, { summary: 'A summary.', body: '<p>Some words.</p>', categoryId: sectionId, ...fields }, now);
}

async function revisionCount(articleId: number) {
  return db.$count(schema.revisions, orm.eq(schema.revisions.articleId, articleId));
}

async function publishedStory(title = `Live story ${++counter}`) {
  return ok(await save(writer, { title, intent: 'publish' }));
}

describe('autosave', () => {
  it('makes a draft of a new article from its first keystroke, with no title or section yet', async () => {
    const first = ok(await m.saveArticle.execute(writer, { title: '', body: '<p>The first words</p>', intent: 'autosave' }, NOW));
    expect(first).toMatchObject({ status: 'draft', version: 1, categoryId: sectionId });
    expect(first.slug).toMatch(/^untitled-/);
    // The placeholder address stays while there is no title; the title's slug replaces it.
    const second = ok(
      await m.saveArticle.execute(
        writer,
        { id: first.id, expectedVersion: 1, title: '', body: '<p>The first words, more</p>', intent: 'autosave' },
        NOW,
      ),
    );
    expect(second.slug).toBe(first.slug);
    const titled = ok(await save(writer, { id: first.id, expectedVersion: 2, title: 'Tide turns at the quay', intent: 'autosave' }));
    expect(titled.slug).toBe('tide-turns-at-the-quay');
    expect((await editor.listDashboardArticles({ onlyAuthorId: writer })).map((row) => row.id)).toContain(first.id);
  });

  it('still asks a deliberate save for a title and a section', async () => {
    const refused = await m.saveArticle.execute(writer, { title: '', body: '<p>Words</p>' }, NOW);
    expect(refused).toMatchObject({
      ok: false,
      code: 'invalid',
      fieldErrors: { title: 'Give the article a title.', categoryId: 'Choose a section.' },
    });
  });

  it('keeps one revision per writer for every few minutes of autosaves, and a new one for each manual save', async () => {
    const created = ok(await save(writer, { title: `Coalesced ${++counter}` }));
    expect(await revisionCount(created.id)).toBe(1);
    let version = created.version;
    // Five autosaves a minute apart: the first starts a revision, the next ones rewrite it.
    for (let minute = 1; minute <= 4; minute++) {
      version = ok(
        await save(
          writer,
          { id: created.id, expectedVersion: version, title: `Coalesced ${counter}`, body: `<p>Take ${minute}</p>`, intent: 'autosave' },
          at(minute * MINUTE),
        ),
      ).version;
    }
    expect(await revisionCount(created.id)).toBe(2);
    const [latest] = await editor.listRevisions(created.id);
    expect(latest).toMatchObject({ version });
    expect((await editor.getRevision(created.id, latest?.id ?? 0))?.body).toBe('<p>Take 4</p>');
    // Past the window, the next autosave starts a new revision.
    version = ok(
      await save(
        writer,
        { id: created.id, expectedVersion: version, title: `Coalesced ${counter}`, body: '<p>Take 5</p>', intent: 'autosave' },
        at(7 * MINUTE),
      ),
    ).version;
    expect(await revisionCount(created.id)).toBe(3);
    // A manual save always keeps its own revision, and the next autosave never rewrites it.
    version = ok(
      await save(writer, { id: created.id, expectedVersion: version, title: `Coalesced ${counter}`, body: '<p>Saved</p>' }, at(8 * MINUTE)),
    ).version;
    ok(
      await save(
        writer,
        { id: created.id, expectedVersion: version, title: `Coalesced ${counter}`, body: '<p>After</p>', intent: 'autosave' },
        at(9 * MINUTE),
      ),
    );
    expect(await revisionCount(created.id)).toBe(5);
    // Another person's autosave never rewrites this writer's revision.
    const current = await editor.getArticleForStaff({ id: deskEditor, role: 'editor' }, String(created.id));
    ok(
      await save(
        deskEditor,
        { id: created.id, expectedVersion: current?.version, title: `Coalesced ${counter}`, body: '<p>Desk</p>', intent: 'autosave' },
        at(9.5 * MINUTE),
      ),
    );
    expect(await revisionCount(created.id)).toBe(6);
  });

  it('never overwrites a newer save: an autosave from an older copy is refused as a conflict', async () => {
    const created = ok(await save(writer, { title: `Contested ${++counter}` }));
    ok(
      await save(deskEditor, {
        id: created.id,
        expectedVersion: created.version,
        title: `Contested ${counter}`,
        body: '<p>The desk’s words</p>',
      }),
    );
    const stale = await save(writer, {
      id: created.id,
      expectedVersion: created.version,
      title: `Contested ${counter}`,
      body: '<p>Typed on an old copy</p>',
      intent: 'autosave',
    });
    expect(stale).toMatchObject({ ok: false, code: 'conflict' });
    expect(stale.ok === false && stale.message).toContain('Dee Desk');
    const stored = await editor.getArticleForStaff({ id: deskEditor, role: 'editor' }, String(created.id));
    expect(stored?.body).toBe('<p>The desk’s words</p>');
  });
});

describe('publishing rules the server enforces', () => {
  it('refuses to publish, schedule or update live an empty body, and says so on the body field', async () => {
    const draft = ok(await save(writer, { title: `Empty ${++counter}`, body: '' }));
    for (const intent of ['publish', 'schedule'] as const) {
      const refused = await save(writer, {
        id: draft.id,
        expectedVersion: draft.version,
        title: `Empty ${counter}`,
        body: '<p> </p>',
        intent,
        publishAt: at(DAY).toISOString(),
      });
      expect(refused, intent).toMatchObject({ ok: false, code: 'invalid', fieldErrors: { body: expect.stringContaining('empty') } });
    }
    const live = await publishedStory();
    const emptied = await save(writer, { id: live.id, expectedVersion: live.version, title: `Live story ${counter}`, body: '' });
    expect(emptied).toMatchObject({ ok: false, fieldErrors: { body: expect.any(String) } });
    // A picture alone is a story; a draft may be empty.
    ok(await save(writer, { id: draft.id, expectedVersion: draft.version, title: `Empty ${counter}`, body: '' }));
    const photo = ok(
      await save(writer, {
        title: `Photo ${++counter}`,
        body: '<p><img src="/media/abcdefgh12345678" alt="Harbour"></p>',
        intent: 'publish',
      }),
    );
    expect(photo.status).toBe('published');
  });
});

describe('the trash', () => {
  it('takes a live story off every reader page and out of search, and a restore brings it back at the same address', async () => {
    const title = `Quayside market reopens ${++counter}`;
    const live = await publishedStory(title);
    expect(await reader.getPublishedArticleBySlug(live.slug, NOW)).not.toBeNull();

    const trashed = await m.trashArticle.execute(writer, { id: live.id }, NOW);
    expect(trashed.ok && trashed.revalidate).toContain(`/first/${live.slug}`);
    expect(await reader.getPublishedArticleBySlug(live.slug, NOW)).toBeNull();
    expect((await search.searchPublishedArticles({ query: 'Quayside market', page: 1, pageSize: 10 }, NOW)).total).toBe(0);
    expect((await editor.listDashboardArticles({ onlyAuthorId: writer })).map((row) => row.id)).not.toContain(live.id);
    expect((await editor.listTrash({ id: writer, role: 'author' }, NOW)).map((row) => row.id)).toContain(live.id);
    // The address stays taken while it waits, so a restore can give it back.
    const clash = await save(writer, { title, slug: live.slug });
    expect(clash).toMatchObject({ ok: false, fieldErrors: { slug: expect.stringContaining('in the trash') } });
    // Nobody edits it in the trash.
    const edit = await save(writer, { id: live.id, expectedVersion: live.version, title });
    expect(edit).toMatchObject({ ok: false, code: 'conflict' });

    const restored = await m.restoreArticleFromTrash.execute(writer, { id: live.id }, at(MINUTE));
    expect(restored).toMatchObject({ ok: true, result: { status: 'published' } });
    expect(restored.ok && restored.revalidate).toContain(`/first/${live.slug}`);
    expect(await reader.getPublishedArticleBySlug(live.slug, at(MINUTE))).toMatchObject({ title });
    expect((await search.searchPublishedArticles({ query: 'Quayside market', page: 1, pageSize: 10 }, at(MINUTE))).total).toBe(1);
  });

  it('keeps a story restorable for 30 days, then the next write deletes it for good', async () => {
    const draft = ok(await save(writer, { title: `Old news ${++counter}` }));
    ok(await m.trashArticle.execute(writer, { id: draft.id }, NOW));
    const editorActor = { id: deskEditor, role: 'editor' as const };
    expect((await editor.listTrash(editorActor, at(29 * DAY))).map((row) => row.id)).toContain(draft.id);
    // Past 30 days the trash no longer lists it, even before anything is written.
    expect((await editor.listTrash(editorActor, at(30 * DAY + MINUTE))).map((row) => row.id)).not.toContain(draft.id);
    expect(await db.$count(schema.articles, orm.eq(schema.articles.id, draft.id))).toBe(1);
    // Any article write then purges it, revisions and all.
    ok(await save(writer, { title: `Fresh news ${++counter}` }, at(30 * DAY + 2 * MINUTE)));
    expect(await db.$count(schema.articles, orm.eq(schema.articles.id, draft.id))).toBe(0);
    expect(await revisionCount(draft.id)).toBe(0);
  });

  it('lets an editor delete a trashed story for good, and only from the trash', async () => {
    const draft = ok(await save(writer, { title: `Purge me ${++counter}` }));
    expect(await m.purgeArticle.execute(deskEditor, { id: draft.id }, NOW)).toMatchObject({ ok: false, code: 'invalid' });
    ok(await m.trashArticle.execute(writer, { id: draft.id }, NOW));
    expect(await m.purgeArticle.execute(writer, { id: draft.id }, NOW)).toMatchObject({ ok: false, code: 'forbidden' });
    ok(await m.purgeArticle.execute(deskEditor, { id: draft.id }, NOW));
    expect(await db.$count(schema.articles, orm.eq(schema.articles.id, draft.id))).toBe(0);
  });

  it('records who trashed, restored and purged, in the audit log', async () => {
    const draft = ok(await save(writer, { title: `Audited ${++counter}` }));
    ok(await m.trashArticle.execute(writer, { id: draft.id }, NOW));
    ok(await m.restoreArticleFromTrash.execute(deskEditor, { id: draft.id }, NOW));
    ok(await m.trashArticle.execute(deskEditor, { id: draft.id }, NOW));
    ok(await m.purgeArticle.execute(deskEditor, { id: draft.id }, NOW));
    const entries = await db
      .select({ action: schema.auditLog.action, actorId: schema.auditLog.actorId })
      .from(schema.auditLog)
      .where(orm.eq(schema.auditLog.targetId, draft.id));
    expect(entries.map((entry) => entry.action)).toEqual([
      'article.create',
      'article.trash',
      'article.restoreFromTrash',
      'article.trash',
      'article.purge',
    ]);
  });
});

describe('links to stories readers cannot see', () => {
  it('names the site paths that lead to drafts or trashed stories, and leaves out live ones and other pages', async () => {
    const live = await publishedStory();
    const draft = ok(await save(writer, { title: `Unfinished ${++counter}` }));
    const gone = await publishedStory();
    ok(await m.trashArticle.execute(writer, { id: gone.id }, NOW));
    const paths = [`/first/${live.slug}`, `/first/${draft.slug}`, `/first/${gone.slug}`, '/about/team'];
    expect(await editor.unpublishedStoryPaths(paths, NOW)).toEqual([`/first/${draft.slug}`, `/first/${gone.slug}`]);
  });
});
