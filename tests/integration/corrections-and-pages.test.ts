import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { useTemporaryDatabase } from '../support/temp-database';

/**
 * Corrections and notes (on the story's data, in JSON-LD, in feeds and on /corrections), the "Updated"
 * rule, static page addresses (never a reserved path or a section's, and sections never a page's) and menus.
 */
const HOUR = 3_600_000;
const now = new Date();
const hoursAgo = (hours: number) => new Date(now.getTime() - hours * HOUR);

let cleanup: () => Promise<void>;
let db: ReturnType<typeof import('@/db').getDb>;
let schema: typeof import('@/db/schema');
let notes: typeof import('@/newsroom/notes');
let pages: typeof import('@/newsroom/pages');
let taxonomy: typeof import('@/newsroom/taxonomy');
let menus: typeof import('@/newsroom/menus');
let articlesModule: typeof import('@/newsroom/articles');
let editorId = 0;
let worldId = 0;
let storyId = 0;
let draftId = 0;

async function insertStory(slug: string, status: 'published' | 'draft', publishedAt: Date | null) {
  const [row] = await db
    .insert(schema.articles)
    .values({
      slug,
      title: `Story ${slug}`,
      summary: 'A summary',
      body: '<p>Body.</p>',
      status,
      publishedAt,
      authorId: editorId,
      categoryId: worldId,
      updatedAt: publishedAt ?? now,
    })
    .returning({ id: schema.articles.id });
  if (!row) throw new Error('insert failed');
  return row.id;
}

beforeAll(async () => {
  process.env.AUTH_SECRET ??= 'corrections-test-secret-0123456789abcdef';
  ({ cleanup } = await useTemporaryDatabase());
  db = (await import('@/db')).getDb();
  schema = await import('@/db/schema');
  notes = await import('@/newsroom/notes');
  pages = await import('@/newsroom/pages');
  taxonomy = await import('@/newsroom/taxonomy');
  menus = await import('@/newsroom/menus');
  articlesModule = await import('@/newsroom/articles');
  const [world] = await db.insert(schema.categories).values({ slug: 'world', name: 'World' }).returning();
  const [editor] = await db
    .insert(schema.users)
    .values({ email: 'ed@x.test', name: 'Ed Itor', slug: 'ed-itor', role: 'editor', passwordHash: 'x' })
    .returning();
  if (!world || !editor) throw new Error('fixture insert failed');
  worldId = world.id;
  editorId = editor.id;
  storyId = await insertStory('harbour-story', 'published', hoursAgo(10));
  draftId = await insertStory('draft-story', 'draft', null);
});

afterAll(() => cleanup());

describe('corrections and notes', () => {
  it('adds a correction to a published story and refuses one on a draft', async () => {
    const added = await notes.addArticleNote.execute(
      editorId,
      { articleId: storyId, kind: 'correction', body: 'An earlier version gave the wrong tonnage.\r\n\r\nIt was 40,000 tonnes.' },
      hoursAgo(2),
    );
    expect(added.ok).toBe(true);
    if (added.ok) expect(added.revalidate).toEqual(['/world/harbour-story', '/corrections']);
    const onDraft = await notes.addArticleNote.execute(editorId, { articleId: draftId, kind: 'correction', body: 'No.' });
    expect(onDraft).toMatchObject({ ok: false, code: 'invalid' });
    const empty = await notes.addArticleNote.execute(editorId, { articleId: storyId, kind: 'correction', body: ' \u200b ' });
    expect(empty).toMatchObject({ ok: false, code: 'invalid' });
    const unknownKind = await notes.addArticleNote.execute(editorId, { articleId: storyId, kind: 'retraction', body: 'x' });
    expect(unknownKind).toMatchObject({ ok: false, code: 'invalid', fieldErrors: { kind: expect.any(String) } });
    await notes.addArticleNote.execute(editorId, { articleId: storyId, kind: 'update', body: 'The port reopened at noon.' }, hoursAgo(1));
  });

  it('shows the notes in JSON-LD: corrections as CorrectionComment, and dateModified at the latest note', async () => {
    const { getPublishedArticleBySlug } = await import('@/db/articles');
    const { newsArticleJsonLd } = await import('@/components/seo/structured-data');
    const article = await getPublishedArticleBySlug('harbour-story');
    if (!article) throw new Error('story missing');
    expect(article.notes.map((note) => note.kind)).toEqual(['correction', 'update']);
    const { toZonedIso } = await import('@/lib/site-time');
    const jsonLd = newsArticleJsonLd(article, { timeZone: 'UTC', language: 'en-GB' }) as unknown as Record<string, unknown>;
    expect(jsonLd.correction).toEqual([
      {
        '@type': 'CorrectionComment',
        text: 'An earlier version gave the wrong tonnage.\n\nIt was 40,000 tonnes.',
        datePublished: toZonedIso(hoursAgo(2), 'UTC'),
      },
    ]);
    expect(jsonLd.dateModified).toBe(toZonedIso(hoursAgo(1), 'UTC'));
  });

  it('puts the notes in the story’s feed entry, in full-content and summary feeds', async () => {
    const { renderFeed } = await import('@/newsroom/feeds');
    const { updateSiteSettings } = await import('@/newsroom/settings');
    const rss = await renderFeed('rss', null);
    expect(rss).toContain('Correction, ');
    expect(rss).toContain('It was 40,000 tonnes.');
    expect(rss).toContain('Update, ');
    const [admin] = await db
      .insert(schema.users)
      .values({ email: 'admin@x.test', name: 'Admin', slug: 'admin-user', role: 'admin', passwordHash: 'x' })
      .returning();
    const changed = await updateSiteSettings.execute(admin?.id ?? 0, {
      relatedStoriesCount: 4,
      recentPostsCount: 6,
      feedContent: 'summary',
      timeZone: 'UTC',
      language: 'en-GB',
    });
    expect(changed.ok).toBe(true);
    const json = JSON.parse(await renderFeed('json', null)) as { items: Array<{ content_text?: string }> };
    const { formatSiteDay } = await import('@/lib/site-time');
    expect(json.items[0]?.content_text).toContain(
      `Correction, ${formatSiteDay(hoursAgo(2), { timeZone: 'UTC', language: 'en-GB' })}: An earlier version gave the wrong tonnage. It was 40,000 tonnes.`,
    );
  });

  it('lists corrections and clarifications, not updates, newest first with a keyset cursor, and in their own feed', async () => {
    const { getCorrectionsPage } = await import('@/db/notes');
    const { decodeCursor } = await import('@/lib/pagination');
    const otherId = await insertStory('second-story', 'published', hoursAgo(8));
    for (const [index, kind] of (['clarification', 'correction', 'editors_note'] as const).entries()) {
      const result = await notes.addArticleNote.execute(
        editorId,
        { articleId: otherId, kind, body: `Note ${index}` },
        hoursAgo(1.5 - index * 0.1),
      );
      expect(result.ok).toBe(true);
    }
    const first = await getCorrectionsPage(null, 2);
    expect(first.items.map((note) => [note.kind, note.articleSlug])).toEqual([
      ['correction', 'second-story'],
      ['clarification', 'second-story'],
    ]);
    const second = await getCorrectionsPage(decodeCursor(first.nextCursor), 2);
    expect(second.items.map((note) => note.body)).toEqual(['An earlier version gave the wrong tonnage.\n\nIt was 40,000 tonnes.']);
    expect(second.nextCursor).toBeNull();
    // A story taken down takes its corrections off the column with it.
    await db
      .update(schema.articles)
      .set({ status: 'draft' })
      .where((await import('drizzle-orm')).eq(schema.articles.id, otherId));
    expect((await getCorrectionsPage(null, 10)).items.map((note) => note.articleSlug)).toEqual(['harbour-story']);
    const { renderCorrectionsFeed } = await import('@/newsroom/feeds');
    const rss = await renderCorrectionsFeed();
    expect(rss).toContain('<title><![CDATA[Correction: Story harbour-story]]></title>');
    expect(rss).not.toContain('port reopened');
  });

  it('announces "Updated" only for notes or a save marked significant, never for a plain edit', async () => {
    const { readerUpdateTime } = await import('@/lib/article-notes');
    const { getPublishedArticleBySlug } = await import('@/db/articles');
    const plainId = await insertStory('typo-story', 'published', hoursAgo(5));
    const edit = (significantUpdate: boolean, version: number) =>
      articlesModule.saveArticle.execute(editorId, {
        id: plainId,
        expectedVersion: version,
        title: 'Story typo-story',
        slug: 'typo-story',
        summary: 'A summary',
        body: '<p>Body, fixed.</p>',
        categoryId: worldId,
        significantUpdate,
      });
    expect((await edit(false, 1)).ok).toBe(true);
    const afterTypo = await getPublishedArticleBySlug('typo-story');
    expect(afterTypo && readerUpdateTime(afterTypo)).toBeNull();
    const significant = await edit(true, 2);
    expect(significant.ok).toBe(true);
    const afterUpdate = await getPublishedArticleBySlug('typo-story');
    expect(afterUpdate?.significantUpdateAt).toBeInstanceOf(Date);
    expect(afterUpdate && readerUpdateTime(afterUpdate)).toEqual(afterUpdate?.significantUpdateAt);
    // The next plain edit keeps the last significant time rather than moving it.
    expect((await edit(false, 3)).ok).toBe(true);
    expect((await getPublishedArticleBySlug('typo-story'))?.significantUpdateAt).toEqual(afterUpdate?.significantUpdateAt);
  });
});

describe('static page addresses', () => {
  const save = (slug: string, title = `Page ${slug}`) =>
    pages.savePage.execute(editorId, { title, slug, body: '<p>Hello<script>x()</script></p>', status: 'published' });

  it('publishes a page at a first-level address, sanitized, with a revision per save', async () => {
    const { getPublishedPageBySlug } = await import('@/db/pages');
    const created = await save('about', 'About us');
    expect(created.ok).toBe(true);
    const page = await getPublishedPageBySlug('about');
    expect(page?.body).toBe('<p>Hello</p>');
    if (!created.ok) return;
    const again = await pages.savePage.execute(editorId, {
      id: created.result.id,
      expectedVersion: 1,
      title: 'About',
      slug: 'about',
      body: '',
      status: 'published',
    });
    expect(again.ok).toBe(true);
    const stale = await pages.savePage.execute(editorId, {
      id: created.result.id,
      expectedVersion: 1,
      title: 'Old copy',
      slug: 'about',
      body: '',
      status: 'published',
    });
    expect(stale).toMatchObject({ ok: false, code: 'conflict' });
    expect(await db.$count(schema.pageRevisions)).toBe(2);
  });

  it.each(['search', 'editor', 'corrections', 'feed', 'tag', 'login'])('refuses the reserved path /%s', async (slug) => {
    expect(await save(slug)).toMatchObject({ ok: false, code: 'invalid', fieldErrors: { slug: expect.stringContaining('site itself') } });
  });

  it('refuses a section’s address and a section’s old address', async () => {
    expect(await save('world')).toMatchObject({ ok: false, fieldErrors: { slug: expect.stringContaining('section') } });
    const section = await taxonomy.createSection.execute(editorId, { name: 'Weather' });
    expect(section.ok).toBe(true);
    if (!section.ok) return;
    expect((await taxonomy.updateSection.execute(editorId, { id: section.result.id, name: 'Climate', slug: 'climate' })).ok).toBe(true);
    expect(await save('weather')).toMatchObject({ ok: false, fieldErrors: { slug: expect.stringContaining('section') } });
  });

  it('refuses another page’s address', async () => {
    expect(await save('about')).toMatchObject({ ok: false, fieldErrors: { slug: 'Another page is at /about.' } });
  });

  it('refuses a new or renamed section at an existing page’s address', async () => {
    expect((await save('staff')).ok).toBe(true);
    const created = await taxonomy.createSection.execute(editorId, { name: 'Staff' });
    expect(created).toMatchObject({ ok: false, fieldErrors: { slug: expect.stringContaining('page at /staff') } });
    const renamed = await taxonomy.updateSection.execute(editorId, { id: worldId, name: 'World', slug: 'staff' });
    expect(renamed).toMatchObject({ ok: false, fieldErrors: { slug: expect.stringContaining('page at /staff') } });
  });
});

describe('page revisions', () => {
  it('restores an earlier version as the newest, refuses a stale copy and another page’s version', async () => {
    const { getPublishedPageBySlug, listPageRevisions } = await import('@/db/pages');
    const first = await pages.savePage.execute(editorId, {
      title: 'Ethics',
      slug: 'ethics',
      body: '<p>We correct our mistakes openly.</p>',
      status: 'published',
    });
    if (!first.ok) throw new Error(first.message);
    const id = first.result.id;
    const second = await pages.savePage.execute(editorId, {
      id,
      expectedVersion: 1,
      title: 'Our ethics',
      slug: 'our-ethics',
      body: '<p>Rewritten.</p>',
      status: 'published',
    });
    expect(second.ok).toBe(true);
    const [, original] = await listPageRevisions(id);
    expect(original?.version).toBe(1);

    const stale = await pages.restorePageRevision.execute(editorId, { pageId: id, revisionId: original?.id ?? 0, expectedVersion: 1 });
    expect(stale).toMatchObject({ ok: false, code: 'conflict' });
    const other = await pages.savePage.execute(editorId, { title: 'Other', slug: 'other-page', body: '', status: 'draft' });
    if (!other.ok) throw new Error(other.message);
    const elsewhere = await pages.restorePageRevision.execute(editorId, { pageId: other.result.id, revisionId: original?.id ?? 0 });
    expect(elsewhere).toMatchObject({ ok: false, code: 'not_found' });

    const restored = await pages.restorePageRevision.execute(editorId, { pageId: id, revisionId: original?.id ?? 0, expectedVersion: 2 });
    expect(restored).toMatchObject({ ok: true, result: { version: 3, slug: 'ethics', restoredFrom: 1 } });
    expect((await getPublishedPageBySlug('ethics'))?.body).toBe('<p>We correct our mistakes openly.</p>');
    expect(await getPublishedPageBySlug('our-ethics')).toBeNull();
    expect((await listPageRevisions(id)).map((revision) => [revision.version, revision.title])).toEqual([
      [3, 'Ethics'],
      [2, 'Our ethics'],
      [1, 'Ethics'],
    ]);
  });
});

describe('menus', () => {
  it('links sections and published pages in the editor’s order, hides drafts, and drops a deleted page', async () => {
    const { getMenu } = await import('@/db/menus');
    const draft = await pages.savePage.execute(editorId, { title: 'Contact', slug: 'contact', body: '', status: 'draft' });
    const about = await db
      .select()
      .from(schema.pages)
      .where((await import('drizzle-orm')).eq(schema.pages.slug, 'about'));
    if (!draft.ok || !about[0]) throw new Error('fixture failed');
    const add = (input: Record<string, unknown>) => menus.addMenuItem.execute(editorId, { menu: 'footer', columnLabel: 'About', ...input });
    expect((await add({ kind: 'page', pageId: about[0].id })).ok).toBe(true);
    expect((await add({ kind: 'page', pageId: draft.result.id })).ok).toBe(true);
    expect((await add({ kind: 'section', sectionId: worldId, columnLabel: 'Sections' })).ok).toBe(true);
    expect((await add({ kind: 'feed', url: '/corrections/feed.xml', label: 'Corrections feed', columnLabel: 'Follow' })).ok).toBe(true);
    expect(await add({ kind: 'url', url: 'javascript:alert(1)', label: 'x' })).toMatchObject({
      ok: false,
      fieldErrors: { url: expect.any(String) },
    });
    expect(await add({ kind: 'url', url: '//evil.example', label: 'x' })).toMatchObject({ ok: false, code: 'invalid' });
    expect(await add({ kind: 'feed', url: '/world', label: 'x' })).toMatchObject({ ok: false, code: 'invalid' });
    expect(await add({ kind: 'page', pageId: 999 })).toMatchObject({ ok: false, fieldErrors: { pageId: 'Choose a page.' } });
    expect(await add({ kind: 'page', pageId: about[0].id, columnLabel: '' })).toMatchObject({
      ok: false,
      fieldErrors: { columnLabel: expect.any(String) },
    });
    expect((await getMenu('footer')).map((link) => [link.columnLabel, link.label, link.href])).toEqual([
      ['About', 'About', '/about'],
      ['Sections', 'World', '/world'],
      ['Follow', 'Corrections feed', '/corrections/feed.xml'],
    ]);
    const world = (await getMenu('footer')).find((link) => link.href === '/world');
    expect((await menus.moveMenuItem.execute(editorId, { id: world?.id, direction: 'up' })).ok).toBe(true);
    // Moving within a column of one leaves the footer as it was.
    expect((await getMenu('footer')).map((link) => link.href)).toEqual(['/about', '/world', '/corrections/feed.xml']);
    expect((await pages.deletePage.execute(editorId, { id: about[0].id })).ok).toBe(true);
    expect((await getMenu('footer')).map((link) => link.href)).toEqual(['/world', '/corrections/feed.xml']);
  });
});
