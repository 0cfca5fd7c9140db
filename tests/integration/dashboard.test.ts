import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { useTemporaryDatabase } from '../support/temp-database';
import { creditOwners } from '../support/bylines';

let cleanup: () => Promise<void>;
let db: ReturnType<typeof import('@/db').getDb>;
let schema: typeof import('@/db/schema');
let editorId = 0;
let news = 0;
let world = 0;
const MINUTE = 60_000;

async function story(title: string, status: 'draft' | 'scheduled' | 'published', updatedAt: Date, publishedAt: Date | null = null) {
  const [row] = await db
    .insert(schema.articles)
    .values({
      slug: title.toLowerCase().replace(/\W+/g, '-'),
      title,
      body: '<p>Words here.</p>',
      status,
      publishedAt,
      authorId: editorId,
      categoryId: news,
      updatedAt,
    })
    .returning({ id: schema.articles.id });
  await db.insert(schema.revisions).values({
    articleId: row?.id ?? 0,
    version: 1,
    title,
    slug: title,
    summary: '',
    body: '<p>Words here.</p>',
    status,
    categoryId: news,
    savedBy: editorId,
  });
  return row?.id ?? 0;
}

beforeAll(async () => {
  process.env.AUTH_SECRET ??= 'dashboard-test-secret-0123456789abcdefghij';
  ({ cleanup } = await useTemporaryDatabase());
  db = (await import('@/db')).getDb();
  schema = await import('@/db/schema');
  const [user] = await db
    .insert(schema.users)
    .values({ email: 'ed@x.test', name: 'Ed Editor', slug: 'ed', role: 'editor', passwordHash: 'x' })
    .returning();
  editorId = user?.id ?? 0;
  const sections = await db
    .insert(schema.categories)
    .values([
      { slug: 'news', name: 'News', position: 1 },
      { slug: 'world', name: 'World', position: 2 },
    ])
    .returning({ id: schema.categories.id });
  news = sections[0]?.id ?? 0;
  world = sections[1]?.id ?? 0;
});

afterAll(() => cleanup());

describe('the dashboard', () => {
  it('lists stories scheduled for later in their own group, next first, and pages the rest by last change without gaps', async () => {
    const { listDashboardArticles, listScheduledArticles } = await import('@/db/editor');
    const now = new Date();
    const base = now.getTime() - 100 * MINUTE;
    for (let n = 0; n < 7; n++)
      await story(`Story ${n}`, n % 2 ? 'published' : 'draft', new Date(base + n * MINUTE), n % 2 ? new Date(base) : null);
    // Two with the same last change: the id breaks the tie.
    await story('Twin A', 'draft', new Date(base + 3 * MINUTE));
    const later = await story('Goes out later', 'scheduled', new Date(base + 50 * MINUTE), new Date(now.getTime() + 60 * MINUTE));
    const sooner = await story('Goes out sooner', 'scheduled', new Date(base + 10 * MINUTE), new Date(now.getTime() + 5 * MINUTE));
    await creditOwners();

    expect((await listScheduledArticles({}, 50, now)).map((article) => article.id)).toEqual([sooner, later]);
    const all = await listDashboardArticles({ withoutScheduled: true }, 100, now);
    expect(all.map((article) => article.title)).not.toContain('Goes out later');
    const seen: number[] = [];
    let after: { updatedAt: Date; id: number } | undefined;
    for (;;) {
      const page = await listDashboardArticles({ withoutScheduled: true, after }, 3, now);
      seen.push(...page.map((article) => article.id));
      const last = page.at(-1);
      if (page.length < 3 || !last) break;
      after = { updatedAt: last.updatedAt, id: last.id };
    }
    expect(seen).toEqual(all.map((article) => article.id));
    expect(seen).toHaveLength(8);
  });

  it('publishes a draft, moves a story to another section, and refuses what cannot go out, each audited', async () => {
    const articles = await import('../../newsroom/articles');
    const { eq } = await import('drizzle-orm');
    const draft = await story('Ready to go', 'draft', new Date());
    await creditOwners();
    expect(await articles.publishArticle.execute(editorId, { id: draft })).toMatchObject({ ok: true });
    const [published] = await db.select().from(schema.articles).where(eq(schema.articles.id, draft));
    expect(published).toMatchObject({ status: 'published' });
    expect(await articles.publishArticle.execute(editorId, { id: draft })).toMatchObject({
      ok: false,
      message: 'That story is already published.',
    });

    const empty = await story('Nothing in it', 'draft', new Date());
    await db.update(schema.articles).set({ body: '' }).where(eq(schema.articles.id, empty));
    expect(await articles.publishArticle.execute(editorId, { id: empty })).toMatchObject({ ok: false, code: 'invalid' });

    const moved = await articles.moveArticleToSection.execute(editorId, { id: draft, categoryId: world });
    expect(moved).toMatchObject({ ok: true });
    if (moved.ok) expect(moved.revalidate).toEqual(expect.arrayContaining(['/news', '/world']));
    const [after] = await db.select().from(schema.articles).where(eq(schema.articles.id, draft));
    expect(after?.categoryId).toBe(world);
    const actions = (await db.select().from(schema.auditLog)).map((entry) => entry.action);
    expect(actions).toEqual(['article.publish', 'article.moveSection']);
  });
});
