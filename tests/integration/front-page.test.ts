import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { useTemporaryDatabase } from '../support/temp-database';

/**
 * The curated front page and the breaking banner, composed at query time with a clock the test sets: pins
 * hold until their time and then fall back to the newest stories, no story appears twice, and the page
 * cache's poll notices a pin or the banner running out.
 */
const HOUR = 3_600_000;
const now = new Date('2026-12-03T12:00:00Z');
const at = (hours: number) => new Date(now.getTime() + hours * HOUR);

let cleanup: () => Promise<void>;
let frontPage: typeof import('@/db/front-page');
let mutations: typeof import('@/newsroom/front-page');
let sync: typeof import('@/db/page-cache-sync');
let db: ReturnType<typeof import('@/db').getDb>;
let schema: typeof import('@/db/schema');
let editorId = 0;
const sectionIds: number[] = [];
/** Published stories, newest first: stories[0] is an hour old, stories[n] n+1 hours. */
const stories: number[] = [];
let draftId = 0;
let futureId = 0;

beforeAll(async () => {
  ({ cleanup } = await useTemporaryDatabase());
  db = (await import('@/db')).getDb();
  schema = await import('@/db/schema');
  frontPage = await import('@/db/front-page');
  mutations = await import('@/newsroom/front-page');
  sync = await import('@/db/page-cache-sync');
  const sections = await db
    .insert(schema.categories)
    .values(['world', 'business', 'sport'].map((slug, position) => ({ slug, name: slug.toUpperCase(), position })))
    .returning({ id: schema.categories.id });
  sectionIds.push(...sections.map((section) => section.id));
  const [editor] = await db
    .insert(schema.users)
    .values({ email: 'ed@x.test', name: 'Ed', slug: 'ed', role: 'editor', passwordHash: 'x' })
    .returning({ id: schema.users.id });
  editorId = editor?.id ?? 0;
  const base = { authorId: editorId, summary: 's', body: '<p>b</p>' };
  for (let index = 0; index < 24; index++) {
    const [row] = await db
      .insert(schema.articles)
      .values({
        ...base,
        slug: `story-${index}`,
        title: `Story ${index}`,
        status: 'published',
        categoryId: sectionIds[index % 3] ?? 0,
        publishedAt: at(-(index + 1)),
      })
      .returning({ id: schema.articles.id });
    stories.push(row?.id ?? 0);
  }
  const [draft, future] = await db
    .insert(schema.articles)
    .values([
      { ...base, slug: 'draft', title: 'Draft', status: 'draft', categoryId: sectionIds[0] ?? 0, publishedAt: null },
      { ...base, slug: 'future', title: 'Future', status: 'scheduled', categoryId: sectionIds[0] ?? 0, publishedAt: at(3) },
    ])
    .returning({ id: schema.articles.id });
  draftId = draft?.id ?? 0;
  futureId = future?.id ?? 0;
});

afterAll(() => cleanup());

const automatic = { articleId: null, pinnedUntil: null };
const layout = () => sectionIds.map((categoryId) => ({ categoryId, shown: true }));

function idsOn(page: Awaited<ReturnType<typeof frontPage.getFrontPage>>) {
  return {
    lead: page.lead?.id,
    top: page.topStories.map((card) => card.id),
    latest: page.latest.map((card) => card.id),
    all: [page.lead, ...page.topStories, ...page.latest, ...page.sectionBlocks.flatMap((block) => block.articles)].map((card) => card?.id),
  };
}

async function arrange(input: Partial<import('@/newsroom/front-page').FrontPageInput>, when = now) {
  return mutations.updateFrontPage.execute(
    editorId,
    { lead: automatic, topStories: [automatic, automatic, automatic, automatic], sections: layout(), ...input },
    when,
  );
}

describe('front page composition', () => {
  it('with nothing pinned, leads with the newest story and shows every story once', async () => {
    const page = idsOn(await frontPage.getFrontPage(now));
    expect(page.lead).toBe(stories[0]);
    expect(page.top).toEqual(stories.slice(1, 5));
    expect(page.latest).toEqual(stories.slice(5, 11));
    expect(new Set(page.all).size).toBe(page.all.length);
    expect(page.all).not.toContain(draftId);
    expect(page.all).not.toContain(futureId);
  });

  it('keeps a pinned lead and top story until their time, then falls back to the newest, never repeating one', async () => {
    const result = await arrange({
      lead: { articleId: stories[9] ?? 0, pinnedUntil: at(1) },
      topStories: [automatic, { articleId: stories[0] ?? 0, pinnedUntil: null }, automatic, automatic],
    });
    expect(result.ok).toBe(true);

    const pinned = idsOn(await frontPage.getFrontPage(at(0.5)));
    expect(pinned.lead).toBe(stories[9]);
    // The pinned top story holds its place; the open slots take the newest stories not used above.
    expect(pinned.top).toEqual([stories[1], stories[0], stories[2], stories[3]]);
    expect(pinned.latest).toEqual([stories[4], stories[5], stories[6], stories[7], stories[8], stories[10]]);
    expect(new Set(pinned.all).size).toBe(pinned.all.length);

    // At its time exactly the lead's pin has run out; the top story's has no end.
    const after = idsOn(await frontPage.getFrontPage(at(1)));
    expect(after.lead).toBe(stories[1]);
    expect(after.top).toEqual([stories[2], stories[0], stories[3], stories[4]]);
    expect(after.all).toContain(stories[9]);
    expect(new Set(after.all).size).toBe(after.all.length);
  });

  it('falls back when a pinned story is unpublished, and waits for a scheduled one', async () => {
    const lead = stories[12] ?? 0;
    expect((await arrange({ lead: { articleId: lead, pinnedUntil: null } })).ok).toBe(true);
    expect((await frontPage.getFrontPage(now)).lead?.id).toBe(lead);
    const { eq } = await import('drizzle-orm');
    await db.update(schema.articles).set({ status: 'draft' }).where(eq(schema.articles.id, lead));
    const page = idsOn(await frontPage.getFrontPage(now));
    expect(page.lead).toBe(stories[0]);
    expect(page.all).not.toContain(lead);
    await db.update(schema.articles).set({ status: 'published' }).where(eq(schema.articles.id, lead));

    expect((await arrange({ lead: { articleId: futureId, pinnedUntil: null } })).ok).toBe(true);
    expect((await frontPage.getFrontPage(now)).lead?.id).toBe(stories[0]);
    expect((await frontPage.getFrontPage(at(4))).lead?.id).toBe(futureId);
  });

  it('shows the sections the editor chose, in their order, without the stories above them', async () => {
    const [world, business, sport] = sectionIds as [number, number, number];
    const result = await arrange({
      sections: [
        { categoryId: sport, shown: true },
        { categoryId: world, shown: false },
        { categoryId: business, shown: true },
      ],
    });
    expect(result.ok).toBe(true);
    const page = await frontPage.getFrontPage(now);
    expect(page.sectionBlocks.map((block) => block.section.id)).toEqual([sport, business]);
    const ids = idsOn(page).all;
    expect(new Set(ids).size).toBe(ids.length);
    for (const block of page.sectionBlocks) expect(block.articles.length).toBeLessThanOrEqual(frontPage.SECTION_BLOCK_SIZE);
    // A section added later shows after the arranged ones.
    const [extra] = await db
      .insert(schema.categories)
      .values({ slug: 'extra', name: 'Extra', position: 9 })
      .returning({ id: schema.categories.id });
    const layoutNow = await frontPage.getFrontPageSectionLayout();
    expect(layoutNow.map((entry) => [entry.section.id, entry.shown])).toEqual([
      [sport, true],
      [world, false],
      [business, true],
      [extra?.id, true],
    ]);
  });

  it('refuses a story twice, an unpublished story, a past time or an unknown section, and changes nothing', async () => {
    expect((await arrange({ lead: { articleId: stories[3] ?? 0, pinnedUntil: null } })).ok).toBe(true);
    const before = await frontPage.getCurrentPins(now);
    const twice = await arrange({
      lead: { articleId: stories[2] ?? 0, pinnedUntil: null },
      topStories: [{ articleId: stories[2] ?? 0, pinnedUntil: null }],
    });
    expect(twice).toMatchObject({ ok: false, code: 'invalid', fieldErrors: { 'topStories.0.articleId': expect.any(String) } });
    expect(await arrange({ lead: { articleId: draftId, pinnedUntil: null } })).toMatchObject({
      ok: false,
      fieldErrors: { 'lead.articleId': expect.any(String) },
    });
    expect(await arrange({ lead: { articleId: stories[2] ?? 0, pinnedUntil: at(-1) } })).toMatchObject({
      ok: false,
      fieldErrors: { 'lead.pinnedUntil': expect.any(String) },
    });
    expect(await arrange({ sections: [{ categoryId: 99_999, shown: true }] })).toMatchObject({ ok: false, code: 'invalid' });
    expect(await mutations.updateFrontPage.execute(editorId, { lead: 'x' }, now)).toMatchObject({ ok: false, code: 'invalid' });
    expect(await frontPage.getCurrentPins(now)).toEqual(before);
  });

  it('records who changed the front page and revalidates it', async () => {
    const result = await arrange({ lead: { articleId: stories[4] ?? 0, pinnedUntil: at(2) } });
    expect(result).toMatchObject({ ok: true, revalidate: ['/'] });
    const { desc } = await import('drizzle-orm');
    const [entry] = await db.select().from(schema.auditLog).orderBy(desc(schema.auditLog.id)).limit(1);
    expect(entry).toMatchObject({ action: 'frontpage.update', actorId: editorId, actorEmail: 'ed@x.test' });
    expect(entry?.summary).toContain(`#${stories[4]}`);
  });
});

const banner = (input: Record<string, unknown>, when = now) =>
  mutations.updateBreakingNews.execute(
    editorId,
    { active: true, headline: 'Bridge closed', text: 'Traffic diverted', target: 'url', url: '/live/bridge', expiresAt: at(0.5), ...input },
    when,
  );

describe('breaking news', () => {
  it('shows while on and until its expiry, then switches itself off', async () => {
    expect(await banner({})).toMatchObject({ ok: true, revalidate: ['/[every-page]'] });
    expect(await frontPage.getBreakingNews(now)).toMatchObject({
      headline: 'Bridge closed',
      href: '/live/bridge',
      text: 'Traffic diverted',
    });
    expect(await frontPage.getBreakingNews(at(0.49))).not.toBeNull();
    expect(await frontPage.getBreakingNews(at(0.5))).toBeNull();
    expect(await banner({ active: false })).toMatchObject({ ok: true });
    expect(await frontPage.getBreakingNews(now)).toBeNull();
  });

  it('links to a story only while readers can see it, and a change to that story reaches every page', async () => {
    expect(await banner({ target: 'article', articleId: stories[0], url: '' })).toMatchObject({ ok: true });
    expect((await frontPage.getBreakingNews(now))?.href).toBe('/world/story-0');
    // An old story, outside every page's Recent Posts: only the banner puts it on every page.
    const { pagesShowingArticle } = await import('@/newsroom/articles');
    const bannerStory = { id: stories[20] ?? 0, slug: 'story-20', categoryId: sectionIds[2] ?? 0, authorId: editorId };
    const otherStory = { id: stories[19] ?? 0, slug: 'story-19', categoryId: sectionIds[1] ?? 0, authorId: editorId };
    expect(await banner({ target: 'article', articleId: bannerStory.id })).toMatchObject({ ok: true });
    await db.transaction(async (tx) => {
      expect(await pagesShowingArticle(tx, bannerStory, now)).toContain('/[every-page]');
      expect(await pagesShowingArticle(tx, otherStory, now)).not.toContain('/[every-page]');
    });
    expect(await banner({ target: 'article', articleId: futureId })).toMatchObject({ ok: true });
    expect((await frontPage.getBreakingNews(now))?.href).toBeNull();
  });

  it('refuses unsafe links, a past expiry and an empty headline, with a field error each', async () => {
    for (const url of ['javascript:alert(1)', '//evil.example/x', '/\\evil.example', 'data:text/html,x', '']) {
      expect(await banner({ url }), url).toMatchObject({ ok: false, code: 'invalid', fieldErrors: { url: expect.any(String) } });
    }
    expect(await banner({ expiresAt: at(-1) })).toMatchObject({ ok: false, fieldErrors: { expiresAt: expect.any(String) } });
    expect(await banner({ headline: '   ' })).toMatchObject({ ok: false, fieldErrors: { headline: expect.any(String) } });
    expect(await banner({ target: 'article', articleId: draftId })).toMatchObject({
      ok: false,
      fieldErrors: { articleId: expect.any(String) },
    });
    expect(await banner({ url: 'https://example.org/live' })).toMatchObject({ ok: true });
  });
});

describe('the page cache notices the clock', () => {
  it('moves its clock mark when a pin runs out and when the banner expires, with no publish', async () => {
    const newestPublish = at(-1);
    expect(await arrange({ lead: { articleId: stories[5] ?? 0, pinnedUntil: at(1) } })).toMatchObject({ ok: true });
    expect(await banner({ expiresAt: at(2) })).toMatchObject({ ok: true });

    const before = await sync.pollCacheInvalidations(null, at(0.5));
    expect(before.latestClockChangeAt).toBe(newestPublish.getTime());
    const pinRanOut = await sync.pollCacheInvalidations(before.lastId, at(1.5));
    expect(pinRanOut.latestClockChangeAt).toBe(at(1).getTime());
    const bannerExpired = await sync.pollCacheInvalidations(before.lastId, at(2.5));
    expect(bannerExpired.latestClockChangeAt).toBe(at(2).getTime());
  });
});
