import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { useTemporaryDatabase } from '../support/temp-database';

/**
 * Bylines through every write path (the editor's save, restore, unpublish, both importers), the profile
 * mutations, and every place a reader meets them: article and cards, author pages, feeds and JSON-LD.
 */
const NOW = new Date('2026-12-03T12:00:00Z');
let cleanup: () => Promise<void>;
let dir: string;
let db: ReturnType<typeof import('@/db').getDb>;
let schema: typeof import('@/db/schema');
let orm: typeof import('drizzle-orm');
let articles: typeof import('../../newsroom/articles');
let profiles: typeof import('../../newsroom/profiles');
let readers: typeof import('@/db/articles');
let authors: typeof import('@/db/authors');
let sectionId = 0;
const staff: Record<'editor' | 'ana' | 'tomas' | 'cora', number> = { editor: 0, ana: 0, tomas: 0, cora: 0 };
let guestId = 0;

async function profileOf(userId: number): Promise<number> {
  const [row] = await db
    .select({ id: schema.bylineProfiles.id })
    .from(schema.bylineProfiles)
    .where(orm.eq(schema.bylineProfiles.userId, userId));
  if (!row) throw new Error(`no profile for ${userId}`);
  return row.id;
}

function succeeded<R>(result: { ok: true; result: R; revalidate: string[] } | { ok: false; message: string }) {
  if (!result.ok) throw new Error(`expected success: ${result.message}`);
  return result;
}

const story = (title: string) => ({ title, summary: 'Tide tables', body: '<p>The river rose.</p>', categoryId: sectionId });

beforeAll(async () => {
  ({ cleanup, dir } = await useTemporaryDatabase());
  db = (await import('@/db')).getDb();
  schema = await import('@/db/schema');
  orm = await import('drizzle-orm');
  articles = await import('../../newsroom/articles');
  profiles = await import('../../newsroom/profiles');
  readers = await import('@/db/articles');
  authors = await import('@/db/authors');
  const accounts = await import('../../newsroom/accounts');
  const [section] = await db.insert(schema.categories).values({ slug: 'world', name: 'World' }).returning();
  sectionId = section?.id ?? 0;
  for (const [key, name, role] of [
    ['editor', 'Eda Editor', 'editor'],
    ['ana', 'Ana Ruiz', 'author'],
    ['tomas', 'Tomas Berg', 'author'],
    ['cora', 'Cora Contributor', 'contributor'],
  ] as const) {
    await db.transaction(async (tx) => {
      const row = await accounts.createAccountWithoutPassword(
        tx,
        { email: `${key}@ledger.test`, name, role: role === 'editor' ? 'author' : role },
        { via: 'test' },
        NOW,
      );
      staff[key] = row.id;
    });
  }
  await db.update(schema.users).set({ role: 'editor' }).where(orm.eq(schema.users.id, staff.editor));
  const guest = succeeded(
    await profiles.createGuestProfile.execute(
      staff.editor,
      {
        name: 'Gwen Guest',
        title: 'Visiting hydrologist',
        bio: 'Measures rivers.',
        websiteUrl: 'https://gwen.example',
        publicEmail: 'gwen@example.org',
        socialLinks: ['https://mastodon.example/@gwen'],
      },
      NOW,
    ),
  );
  guestId = guest.result.id;
});

afterAll(() => cleanup());

describe('the editor’s save', () => {
  it('credits a new story to its writer’s profile, created with the account under its author slug', async () => {
    const saved = succeeded(await articles.saveArticle.execute(staff.ana, story('Ana alone'), NOW));
    const [detail] = await db.select().from(schema.articleBylines).where(orm.eq(schema.articleBylines.articleId, saved.result.id));
    expect(detail?.profileId).toBe(await profileOf(staff.ana));
    const [profile] = await db.select().from(schema.bylineProfiles).where(orm.eq(schema.bylineProfiles.userId, staff.ana));
    expect(profile).toMatchObject({ slug: 'ana-ruiz', name: 'Ana Ruiz' });
  });

  it('lets an editor add a co-author and a guest in order, and readers see all of them', async () => {
    const created = succeeded(await articles.saveArticle.execute(staff.ana, story('Estuary floods'), NOW));
    const bylineProfileIds = [await profileOf(staff.ana), await profileOf(staff.tomas), guestId];
    const published = succeeded(
      await articles.saveArticle.execute(
        staff.editor,
        { ...story('Estuary floods'), id: created.result.id, expectedVersion: created.result.version, bylineProfileIds, intent: 'publish' },
        NOW,
      ),
    );
    // Every author page listing it is refreshed, the guest's too.
    expect(published.revalidate).toEqual(expect.arrayContaining(['/author/ana-ruiz', '/author/tomas-berg', '/author/gwen-guest']));
    const article = await readers.getPublishedArticleBySlug('estuary-floods', new Date(NOW.getTime() + 1000));
    expect(article?.bylines.map((byline) => byline.name)).toEqual(['Ana Ruiz', 'Tomas Berg', 'Gwen Guest']);
    const [card] = await readers.getLatestArticles(1, new Date(NOW.getTime() + 1000));
    expect(card?.bylines.map((byline) => byline.slug)).toEqual(['ana-ruiz', 'tomas-berg', 'gwen-guest']);

    // Reordered by the story's own author.
    const reordered = succeeded(
      await articles.saveArticle.execute(
        staff.ana,
        {
          ...story('Estuary floods'),
          id: created.result.id,
          expectedVersion: published.result.version,
          bylineProfileIds: [guestId, bylineProfileIds[0] ?? 0],
        },
        NOW,
      ),
    );
    expect(reordered.revalidate).toContain('/author/tomas-berg');
    const after = await readers.getPublishedArticleBySlug('estuary-floods', new Date(NOW.getTime() + 1000));
    expect(after?.bylines.map((byline) => byline.name)).toEqual(['Gwen Guest', 'Ana Ruiz']);
  });

  it('refuses an empty, repeated or unknown byline list with a field error, and changes nothing', async () => {
    const created = succeeded(await articles.saveArticle.execute(staff.editor, story('Refused bylines'), NOW));
    const own = await profileOf(staff.editor);
    for (const bylineProfileIds of [[], [own, own], [own, 999_999]]) {
      const result = await articles.saveArticle.execute(
        staff.editor,
        { ...story('Refused bylines'), id: created.result.id, expectedVersion: created.result.version, bylineProfileIds },
        NOW,
      );
      expect(result).toMatchObject({ ok: false, code: 'invalid', fieldErrors: { bylineProfileIds: expect.any(String) } });
    }
    const rows = await db.select().from(schema.articleBylines).where(orm.eq(schema.articleBylines.articleId, created.result.id));
    expect(rows.map((row) => row.profileId)).toEqual([own]);
  });

  it('keeps the bylines through an unpublish and brings a revision’s back on restore', async () => {
    const created = succeeded(await articles.saveArticle.execute(staff.tomas, story('Restored bylines'), NOW));
    const both = [await profileOf(staff.tomas), guestId];
    const withGuest = succeeded(
      await articles.saveArticle.execute(
        staff.tomas,
        {
          ...story('Restored bylines'),
          id: created.result.id,
          expectedVersion: created.result.version,
          bylineProfileIds: both,
          intent: 'publish',
        },
        NOW,
      ),
    );
    const unpublished = succeeded(await articles.unpublishArticle.execute(staff.tomas, { id: created.result.id }, NOW));
    const bylinesNow = async () =>
      (
        await db
          .select({ id: schema.articleBylines.profileId })
          .from(schema.articleBylines)
          .where(orm.eq(schema.articleBylines.articleId, created.result.id))
          .orderBy(schema.articleBylines.position)
      ).map((row) => row.id);
    expect(await bylinesNow()).toEqual(both);
    succeeded(
      await articles.saveArticle.execute(
        staff.tomas,
        {
          ...story('Restored bylines'),
          id: created.result.id,
          expectedVersion: unpublished.result.version,
          bylineProfileIds: [both[0] ?? 0],
        },
        NOW,
      ),
    );
    const [revision] = await db
      .select({ id: schema.revisions.id, bylines: schema.revisions.bylineProfileIds })
      .from(schema.revisions)
      .where(orm.and(orm.eq(schema.revisions.articleId, created.result.id), orm.eq(schema.revisions.version, withGuest.result.version)));
    expect(JSON.parse(revision?.bylines ?? '[]')).toEqual(both);
    succeeded(await articles.restoreRevision.execute(staff.tomas, { articleId: created.result.id, revisionId: revision?.id ?? 0 }, NOW));
    expect(await bylinesNow()).toEqual(both);
  });

  it('never lets a co-author edit or publish a story they do not own, and a contributor cannot change bylines', async () => {
    const created = succeeded(await articles.saveArticle.execute(staff.ana, story('Owned by Ana'), NOW));
    succeeded(
      await articles.saveArticle.execute(
        staff.ana,
        {
          ...story('Owned by Ana'),
          id: created.result.id,
          expectedVersion: created.result.version,
          bylineProfileIds: [await profileOf(staff.ana), await profileOf(staff.tomas)],
        },
        NOW,
      ),
    );
    const byTomas = await articles.saveArticle.execute(
      staff.tomas,
      { ...story('Owned by Ana'), id: created.result.id, intent: 'publish' },
      NOW,
    );
    expect(byTomas).toMatchObject({ ok: false, code: 'forbidden' });
    const cora = await articles.saveArticle.execute(
      staff.cora,
      { ...story('Cora adds a guest'), bylineProfileIds: [await profileOf(staff.cora), guestId] },
      NOW,
    );
    expect(cora).toMatchObject({ ok: false, code: 'forbidden' });
    // Her own byline alone is no change.
    succeeded(
      await articles.saveArticle.execute(staff.cora, { ...story('Cora alone'), bylineProfileIds: [await profileOf(staff.cora)] }, NOW),
    );
  });
});

describe('profiles and author pages', () => {
  it('an author page exists only with a public story bylined to the profile, and lists every story it is on', async () => {
    const later = new Date(NOW.getTime() + 1000);
    const guest = await authors.getAuthorBySlug('gwen-guest', later);
    expect(guest).toMatchObject({ name: 'Gwen Guest', title: 'Visiting hydrologist', socialLinks: ['https://mastodon.example/@gwen'] });
    expect(await authors.getAuthorBySlug('cora-contributor', later)).toBeNull();
    const page = await readers.getAuthorArticlePage(await profileOf(staff.tomas), null, 10, later);
    // Removed from the byline, Tomas's page no longer lists the story.
    expect(page.items.map((item) => item.title)).not.toContain('Estuary floods');
    const anaPage = await readers.getAuthorArticlePage(await profileOf(staff.ana), null, 10, later);
    expect(anaPage.items.map((item) => item.title)).toContain('Estuary floods');
    const guestPage = await readers.getAuthorArticlePage(guestId, null, 10, later);
    expect(guestPage.items.map((item) => item.title)).toEqual(['Estuary floods']);
  });

  it('the editor’s dashboard lists every byline and filters by any of them, guests included', async () => {
    const { listDashboardArticles } = await import('@/db/editor');
    const filtered = await listDashboardArticles({ profileId: guestId }, 50, NOW);
    expect(filtered.map((row) => row.title).sort()).toEqual(['Estuary floods', 'Restored bylines']);
    expect(filtered.find((row) => row.title === 'Estuary floods')?.bylines.map((byline) => byline.slug)).toEqual([
      'gwen-guest',
      'ana-ruiz',
    ]);
  });

  it('a rename refreshes every reader page; other edits only the author page', async () => {
    const base = { title: 'Visiting hydrologist', bio: 'Measures rivers.', websiteUrl: '', publicEmail: '', socialLinks: [], photoUrl: '' };
    const bio = succeeded(
      await profiles.updateProfile.execute(staff.editor, { id: guestId, name: 'Gwen Guest', ...base, bio: 'Measures estuaries.' }, NOW),
    );
    expect(bio.revalidate).toEqual(['/author/gwen-guest']);
    const renamed = succeeded(await profiles.updateProfile.execute(staff.editor, { id: guestId, name: 'Gwen Gauge', ...base }, NOW));
    expect(renamed.revalidate).toEqual(['/author/gwen-guest', '/[every-page]']);
    const article = await readers.getPublishedArticleBySlug('estuary-floods', new Date(NOW.getTime() + 1000));
    expect(article?.bylines[0]).toMatchObject({ name: 'Gwen Gauge', slug: 'gwen-guest' });
  });

  it('refuses bad links and someone else’s photo address with field errors', async () => {
    const result = await profiles.updateProfile.execute(
      staff.ana,
      {
        id: await profileOf(staff.ana),
        name: 'Ana Ruiz',
        websiteUrl: 'javascript:alert(1)',
        socialLinks: ['not a url'],
        photoUrl: '/media/nosuchkey123',
      },
      NOW,
    );
    expect(result).toMatchObject({ ok: false, code: 'invalid' });
    if (!result.ok) expect(Object.keys(result.fieldErrors)).toEqual(expect.arrayContaining(['websiteUrl', 'socialLinks.0']));
  });
});

describe('feeds and structured data name every byline', () => {
  const later = new Date(NOW.getTime() + 1000);

  it('RSS has a dc:creator each, Atom an <author> each, JSON Feed an authors list', async () => {
    const { renderFeed } = await import('../../newsroom/feeds');
    const rss = await renderFeed('rss', null, later);
    const item = rss.slice(rss.indexOf('<title><![CDATA[Estuary floods'));
    const itemXml = item.slice(0, item.indexOf('</item>'));
    expect([...itemXml.matchAll(/<dc:creator>(.*?)<\/dc:creator>/g)].map((match) => match[1])).toEqual(['Gwen Gauge', 'Ana Ruiz']);
    const atom = await renderFeed('atom', null, later);
    const entry = atom.slice(atom.indexOf('Estuary floods'));
    const entryXml = entry.slice(0, entry.indexOf('</entry>'));
    expect([...entryXml.matchAll(/<author>\s*<name>(.*?)<\/name>/g)].map((match) => match[1])).toEqual(['Gwen Gauge', 'Ana Ruiz']);
    const json = JSON.parse(await renderFeed('json', null, later)) as {
      items: Array<{ title: string; authors?: Array<{ name: string; url: string }>; author?: unknown }>;
    };
    const jsonItem = json.items.find((each) => each.title === 'Estuary floods');
    expect(jsonItem?.authors?.map((author) => author.name)).toEqual(['Gwen Gauge', 'Ana Ruiz']);
    expect(jsonItem?.authors?.[0]?.url).toMatch(/\/author\/gwen-guest$/);
    expect(jsonItem?.author).toBeUndefined();
  });

  it('an author’s own feed carries only the stories with their byline', async () => {
    const { renderFeed } = await import('../../newsroom/feeds');
    const author = await authors.getAuthorBySlug('gwen-guest', later);
    if (!author) throw new Error('no author page');
    const json = JSON.parse(await renderFeed('json', { kind: 'author', author }, later)) as {
      title: string;
      home_page_url: string;
      items: Array<{ title: string }>;
    };
    expect(json.items.map((item) => item.title)).toEqual(['Estuary floods']);
    expect(json.title).toContain('Gwen Gauge');
    expect(json.home_page_url).toMatch(/\/author\/gwen-guest$/);
  });

  it('JSON-LD author is a Person with its author page for each byline, in order', async () => {
    const { newsArticleJsonLd } = await import('@/components/seo/structured-data');
    const article = await readers.getPublishedArticleBySlug('estuary-floods', later);
    if (!article) throw new Error('no article');
    const jsonLd = newsArticleJsonLd(article, { timeZone: 'UTC', language: 'en-GB' }) as unknown as {
      author: Array<{ '@type': string; name: string; url: string }>;
    };
    expect(jsonLd.author.map((person) => [person['@type'], person.name])).toEqual([
      ['Person', 'Gwen Gauge'],
      ['Person', 'Ana Ruiz'],
    ]);
    expect(jsonLd.author[1]?.url).toMatch(/\/author\/ana-ruiz$/);
  });
});

describe('importers', () => {
  it('JSONL takes `authors` as staff emails or profile slugs, in order, and names an unknown one on its line', async () => {
    const { importJsonl } = await import('../../newsroom/importers/jsonl');
    const file = path.join(dir, 'bylines.jsonl');
    const line = (slug: string, authorsList: unknown) =>
      JSON.stringify({
        title: `Imported ${slug}`,
        slug,
        body: 'Text.',
        category: 'World',
        authors: authorsList,
        published_at: '2026-11-01',
      });
    fs.writeFileSync(
      file,
      [
        line('two-bylines', ['tomas@ledger.test', 'gwen-guest']),
        line('unknown-byline', ['tomas@ledger.test', 'no-such-writer']),
        line('guest-only', ['gwen-guest']),
      ].join('\n'),
    );
    const report = await importJsonl(file, { defaultAuthorEmail: 'editor@ledger.test', now: NOW });
    expect(report.imported).toBe(2);
    expect(report.skipped).toEqual([{ line: 2, reason: expect.stringMatching(/unknown author “no-such-writer”/) }]);
    const imported = await readers.getPublishedArticleBySlug('two-bylines', NOW);
    expect(imported?.bylines.map((byline) => byline.name)).toEqual(['Tomas Berg', 'Gwen Gauge']);
    // The first staff email owns the story; a guest-only line is owned by the default author.
    const [owned] = await db
      .select({ authorId: schema.articles.authorId })
      .from(schema.articles)
      .where(orm.eq(schema.articles.slug, 'two-bylines'));
    expect(owned?.authorId).toBe(staff.tomas);
    const [guestOnly] = await db
      .select({ authorId: schema.articles.authorId })
      .from(schema.articles)
      .where(orm.eq(schema.articles.slug, 'guest-only'));
    expect(guestOnly?.authorId).toBe(staff.editor);
    expect((await readers.getPublishedArticleBySlug('guest-only', NOW))?.bylines.map((byline) => byline.slug)).toEqual(['gwen-guest']);
    // A re-run changes nothing.
    expect((await importJsonl(file, { defaultAuthorEmail: 'editor@ledger.test', now: NOW })).unchanged).toBe(2);
  });

  it('WordPress maps post authors to profiles, Co-Authors Plus bylines in order and its guest authors to guest profiles', async () => {
    const { importWordPress } = await import('../../newsroom/importers/wordpress');
    const fixture = path.resolve(import.meta.dirname, '../fixtures/wordpress/co-authors-plus.xml');
    const report = await importWordPress(fixture, { now: NOW });
    expect(report.created).toMatchObject({ authors: 2, guests: 1 });
    expect(report.warnings.map((warning) => warning.message)).toEqual(
      expect.arrayContaining([expect.stringMatching(/co-author “nobody” is neither an author nor a guest author/)]),
    );
    const spring = await readers.getPublishedArticleBySlug('spring-tide', NOW);
    expect(spring?.bylines.map((byline) => byline.name)).toEqual(['Piet Aalders', 'Rosa Mendel', 'Marta Oyelaran']);
    const dredging = await readers.getPublishedArticleBySlug('dredging', NOW);
    expect(dredging?.bylines.map((byline) => byline.name)).toEqual(['Piet Aalders']);
    const marta = await authors.getAuthorBySlug('marta-oyelaran', NOW);
    expect(marta).toMatchObject({
      name: 'Marta Oyelaran',
      bio: 'Marta counts wading birds on the mudflats.',
      websiteUrl: 'https://rivers.example/marta',
      publicEmail: 'marta@rivers.example',
    });
    const [guestRow] = await db
      .select({ userId: schema.bylineProfiles.userId })
      .from(schema.bylineProfiles)
      .where(orm.eq(schema.bylineProfiles.slug, 'marta-oyelaran'));
    expect(guestRow?.userId).toBeNull();
    // A re-run makes no second guest.
    await importWordPress(fixture, { now: NOW });
    expect(await db.$count(schema.bylineProfiles, orm.eq(schema.bylineProfiles.name, 'Marta Oyelaran'))).toBe(1);
  });
});

describe('tag and author pages follow each story’s publish time', () => {
  const hoursFrom = (hours: number) => new Date(NOW.getTime() + hours * 3_600_000);
  const tagged = (title: string) => ({ ...story(title), tagNames: ['Tides'] });
  /** Tomas schedules his tagged story for `at`, saving at `savedAt`. */
  const schedule = async (title: string, saved: { id: number; version: number }, at: Date, savedAt: Date) =>
    succeeded(
      await articles.saveArticle.execute(
        staff.tomas,
        { ...tagged(title), id: saved.id, expectedVersion: saved.version, intent: 'schedule', publishAt: at.toISOString() },
        savedAt,
      ),
    );

  /** Link rows whose copy of the publish time is not their story's (migration 0023's triggers keep them equal). */
  async function staleCopies(): Promise<number> {
    const [row] = await db.all<{ stale: number }>(orm.sql`
      select (select count(*) from article_tags t join articles a on a.id = t.article_id where t.published_at is not a.published_at)
           + (select count(*) from article_bylines b join articles a on a.id = b.article_id where b.published_at is not a.published_at) as stale`);
    return Number(row?.stale ?? -1);
  }

  it('a story scheduled, published, unpublished and scheduled again moves in its tag page and author page', async () => {
    const { getTagBySlug } = await import('@/db/tags');
    const first = succeeded(await articles.saveArticle.execute(staff.tomas, tagged('First tide'), NOW));
    const firstLive = succeeded(
      await articles.saveArticle.execute(
        staff.tomas,
        { ...tagged('First tide'), id: first.result.id, expectedVersion: first.result.version, intent: 'publish' },
        hoursFrom(1),
      ),
    );
    const second = succeeded(await articles.saveArticle.execute(staff.tomas, tagged('Second tide'), NOW));
    await schedule('Second tide', second.result, hoursFrom(2), hoursFrom(1));
    const tag = await getTagBySlug('tides');
    if (!tag) throw new Error('the tag was not created');
    const tagPage = async (at: Date) => (await readers.getTagArticlePage(tag.id, null, 10, at)).items.map((item) => item.title);
    const authorPage = async (at: Date) =>
      (await readers.getAuthorArticlePage(await profileOf(staff.tomas), null, 10, at)).items
        .map((item) => item.title)
        .filter((title) => title.endsWith('tide'));
    expect(await tagPage(hoursFrom(1.5))).toEqual(['First tide']);
    expect(await tagPage(hoursFrom(3))).toEqual(['Second tide', 'First tide']);
    expect(await authorPage(hoursFrom(3))).toEqual(['Second tide', 'First tide']);

    // The first story goes back to draft and is scheduled after the second: the pages follow its new time.
    const unpublished = succeeded(
      await articles.unpublishArticle.execute(
        staff.tomas,
        { id: first.result.id, expectedVersion: firstLive.result.version },
        hoursFrom(3),
      ),
    );
    await schedule('First tide', { id: first.result.id, version: unpublished.result.version }, hoursFrom(4), hoursFrom(3));
    expect(await tagPage(hoursFrom(3.5))).toEqual(['Second tide']);
    expect(await tagPage(hoursFrom(5))).toEqual(['First tide', 'Second tide']);
    expect(await authorPage(hoursFrom(5))).toEqual(['First tide', 'Second tide']);

    // A tag and a byline added to a story already live take its time too.
    const [estuary] = await db.select().from(schema.articles).where(orm.eq(schema.articles.slug, 'estuary-floods'));
    if (!estuary) throw new Error('missing story');
    succeeded(
      await articles.saveArticle.execute(
        staff.editor,
        {
          ...tagged('Estuary floods'),
          id: estuary.id,
          expectedVersion: estuary.version,
          bylineProfileIds: [guestId, await profileOf(staff.tomas)],
        },
        hoursFrom(5),
      ),
    );
    expect(await tagPage(hoursFrom(5))).toEqual(['First tide', 'Second tide', 'Estuary floods']);
    expect(await authorPage(hoursFrom(5))).toEqual(['First tide', 'Second tide']);
    expect(await staleCopies()).toBe(0);
  });

  it('after every write path in this file, the editor’s and both importers’, every copy is its story’s time', async () => {
    expect(await db.$count(schema.articleBylines)).toBeGreaterThan(5);
    expect(await staleCopies()).toBe(0);
  });
});
