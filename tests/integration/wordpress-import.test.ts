import fs from 'node:fs';
import path from 'node:path';
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { useTemporaryDatabase } from '../support/temp-database';
import { creditOwners } from '../support/bylines';

// The project's own fixtures: an invented newsroom, written for these tests.
const fixtures = path.resolve(import.meta.dirname, '../fixtures/wordpress');
const gazette = path.join(fixtures, 'harbour-gazette.xml');
const gazetteOld = path.join(fixtures, 'harbour-gazette-wxr-1.0.xml');

// Between the fixture's published posts (2019–2022) and its scheduled one (2031).
const now = new Date('2026-06-01T12:00:00Z');

let cleanup: () => Promise<void>;
let dir: string;
let importer: typeof import('../../newsroom/importers/wordpress');
let readers: typeof import('@/db/articles');
let legacy: typeof import('@/db/legacy-urls');
let search: typeof import('@/db/search');
let related: typeof import('../../newsroom/related');
let schema: typeof import('@/db/schema');
let db: ReturnType<typeof import('@/db').getDb>;
let orm: typeof import('drizzle-orm');

async function tableCounts() {
  const tables = [
    'articles',
    'users',
    'categories',
    'tags',
    'article_tags',
    'revisions',
    'audit_log',
    'legacy_urls',
    'wordpress_posts',
    'article_search',
  ];
  const result: Record<string, number> = {};
  for (const table of tables) {
    result[table] = (await db.all<{ n: number }>(sql.raw(`select count(*) as n from ${table}`)))[0]?.n ?? -1;
  }
  return result;
}

async function article(slug: string) {
  const [row] = await db.select().from(schema.articles).where(orm.eq(schema.articles.slug, slug));
  if (!row) throw new Error(`no article ${slug}`);
  return row;
}

async function tagSlugsOf(articleId: number) {
  const rows = await db
    .select({ slug: schema.tags.slug })
    .from(schema.articleTags)
    .innerJoin(schema.tags, orm.eq(schema.tags.id, schema.articleTags.tagId))
    .where(orm.eq(schema.articleTags.articleId, articleId));
  return rows.map((row) => row.slug).sort();
}

const redirectFor = (url: string) => {
  const parsed = new URL(url, 'https://paradox.test');
  return legacy.findLegacyRedirect(parsed.pathname, parsed.searchParams, now);
};

/** A copy of a fixture with some text replaced, in the test's temporary folder. */
function variant(source: string, name: string, edit: (text: string) => string): string {
  const file = path.join(dir, name);
  fs.writeFileSync(file, edit(fs.readFileSync(source, 'utf8')));
  return file;
}

beforeAll(async () => {
  ({ cleanup, dir } = await useTemporaryDatabase());
  db = (await import('@/db')).getDb();
  schema = await import('@/db/schema');
  orm = await import('drizzle-orm');
  importer = await import('../../newsroom/importers/wordpress');
  readers = await import('@/db/articles');
  legacy = await import('@/db/legacy-urls');
  search = await import('@/db/search');
  related = await import('../../newsroom/related');
});

afterAll(() => cleanup());

describe('a malformed file changes nothing', () => {
  it('a truncated export fails with its line and leaves the database exactly as it was', async () => {
    const before = await tableCounts();
    const bytes = fs.readFileSync(gazette);
    const truncated = path.join(dir, 'truncated.xml');
    // Cut inside the fourth post: the first three are complete and would import if written as read.
    fs.writeFileSync(truncated, bytes.subarray(0, bytes.indexOf('Lighthouse reopens')));
    const failure = await importer.importWordPress(truncated, { now }).catch((error: unknown) => error);
    expect(failure).toBeInstanceOf(importer.WordPressImportError);
    const error = failure as InstanceType<typeof importer.WordPressImportError>;
    expect(error.message).toMatch(/line \d+: the file ends before <.+> is closed: it is cut short \(truncated\)\. Nothing was imported\./);
    expect(error.line).toBeGreaterThan(100);
    expect(await tableCounts()).toEqual(before);
  });

  it('a tag closed in the wrong place is reported with its line', async () => {
    const broken = variant(gazette, 'broken.xml', (text) => text.replace('<wp:post_id>103</wp:post_id>', '<wp:post_id>103</wp:post_name>'));
    const expectedLine =
      fs
        .readFileSync(broken, 'utf8')
        .split('\n')
        .findIndex((line) => line.includes('<wp:post_id>103</wp:post_name>')) + 1;
    const before = await tableCounts();
    const error = (await importer.importWordPress(broken, { now }).catch((caught: unknown) => caught)) as InstanceType<
      typeof importer.WordPressImportError
    >;
    expect(error).toBeInstanceOf(importer.WordPressImportError);
    expect(error.line).toBe(expectedLine);
    expect(error.message).toContain(`line ${expectedLine}:`);
    expect(await tableCounts()).toEqual(before);
  });

  it('an RSS feed that is not a WordPress export is refused', async () => {
    const feed = path.join(dir, 'feed.xml');
    fs.writeFileSync(
      feed,
      '<?xml version="1.0"?>\n<rss version="2.0"><channel><title>A feed</title><item><title>x</title></item></channel></rss>\n',
    );
    await expect(importer.importWordPress(feed, { now })).rejects.toThrow(/not a WordPress export: the wp: namespace/);
  });
});

describe('a dry run', () => {
  it('reports exactly what the import will do and writes nothing', async () => {
    const before = await tableCounts();
    const report = await importer.importWordPress(gazette, { now, dryRun: true, keepRemoteImages: true });
    expect(await tableCounts()).toEqual(before);
    expect(report).toMatchObject({ imported: 8, updated: 0, unchanged: 0, created: { authors: 2, sections: 3 } });
    expect(report.articleIds).toEqual([]);
  });
});

describe('importing the Harbour Gazette (WXR 1.2, https namespace)', () => {
  let report: Awaited<ReturnType<typeof importer.importWordPress>>;

  beforeAll(async () => {
    // Pictures stay on the old site here (its addresses are invented); copying them is tested in wordpress-images.test.ts.
    report = await importer.importWordPress(gazette, { now, keepRemoteImages: true });
    await related.refreshRelatedAfterImport(report.articleIds);
  });

  it('imports the posts with WordPress statuses mapped, and reports what it skipped', () => {
    expect(report).toMatchObject({ site: 'gazette.saltmere.test', wxrVersion: '1.2', imported: 8, updated: 0, unchanged: 0 });
    expect(report.statuses).toEqual({ published: 3, scheduled: 1, draft: 3, pending: 1, archived: 0 });
    expect(Object.fromEntries(report.skipped.map((group) => [group.reason, group.count]))).toEqual({
      'in the trash': 1,
      'page (pass --include-pages to import pages)': 1,
      'attachment (copied into the media library when an imported post shows it)': 1,
      'navigation menu item': 1,
    });
    expect(report.comments).toBe(1);
    expect(report.warnings.map((warning) => `${warning.postId}: ${warning.message}`)).toEqual(
      expect.arrayContaining([
        '107: private in WordPress: imported as a draft, never public',
        '108: password-protected in WordPress: imported as a draft, never public',
        '101: featured image kept at its original address: https://gazette.saltmere.test/wp-content/uploads/2019/03/ferry.jpg',
      ]),
    );
  });

  it('keeps titles, slugs, GMT publish dates and statuses', async () => {
    const ferry = await article('night-ferry-returns');
    expect(ferry.title).toBe('Night ferry to Brannock returns after ten winters');
    expect(ferry.status).toBe('published');
    // post_date_gmt, not the site's local post_date (two hours ahead).
    expect(ferry.publishedAt?.toISOString()).toBe('2019-03-04T23:30:00.000Z');
    // Last changed in WordPress two days later; a post without that date was not changed since publishing.
    expect(ferry.updatedAt.toISOString()).toBe('2019-03-06T08:00:00.000Z');
    const regatta = await article('regatta-diary');
    expect(regatta.updatedAt.toISOString()).toBe(regatta.publishedAt?.toISOString());
    const scheduled = await article('lighthouse-reopens');
    expect(scheduled.status).toBe('scheduled');
    expect(scheduled.publishedAt?.toISOString()).toBe('2031-06-02T08:00:00.000Z');
    expect((await article('quay-wall-estimate')).status).toBe('pending');
    // A draft without a slug gets one from its title.
    expect((await article('harbour-dues-notes-for-the-next-meeting')).status).toBe('draft');
  });

  it('keeps Unicode: titles, section names, and a percent-encoded Cyrillic slug made readable', async () => {
    const regatta = await article('regatta-diary');
    expect(regatta.title).toBe('Café society: Zoë’s regatta diary — 東京 crew takes the cup');
    expect(regatta.body).toContain('The crew from 東京 won the Saltmere cup');
    expect(regatta.summary).toBe('A Tokyo crew wins the Saltmere cup.');
    const exhibition = await article('vystavka');
    expect(exhibition.title).toBe('Выставка парусов открывается в старом доке');
    const [section] = await db.select().from(schema.categories).where(orm.eq(schema.categories.id, exhibition.categoryId));
    expect(section).toMatchObject({ slug: 'kultura', name: 'Культура' });
  });

  it('turns the section hierarchy flat: the top category is the section, the others are tags', async () => {
    const ferry = await article('night-ferry-returns');
    const [section] = await db.select().from(schema.categories).where(orm.eq(schema.categories.id, ferry.categoryId));
    // Quays & Moorings < Local < News: the section is News, Local and Quays & Moorings become tags.
    expect(section).toMatchObject({ slug: 'news', name: 'News', description: 'What happened on the waterfront' });
    expect(await tagSlugsOf(ferry.id)).toEqual(['ferries', 'harbour-board', 'local', 'quays']);
    const regatta = await article('regatta-diary');
    // "Uncategorized" beside a real category is neither the section nor a tag.
    expect(await tagSlugsOf(regatta.id)).toEqual(['cafe']);
    const sections = await db.select({ slug: schema.categories.slug }).from(schema.categories);
    expect(sections.map((row) => row.slug).sort()).toEqual(['kultura', 'news', 'sailing']);
  });

  it('converts classic content: auto-paragraphs, captions, galleries and bare links; block comments and scripts go', async () => {
    const { body } = await article('night-ferry-returns');
    expect(body).toContain(
      '<p>The harbour board voted on Monday to bring back the night crossing to Brannock.<br />\nThe first sailing leaves at eleven.</p>',
    );
    expect(body).toContain(
      '<figure><img src="https://gazette.saltmere.test/wp-content/uploads/2019/03/ferry.jpg" alt="The Brannock ferry at the north quay" /><figcaption>The <em>Gannet</em> will run the night crossing.</figcaption></figure>',
    );
    expect(body).toContain('<a href="https://video.example/watch/ferry-trial" rel="noopener noreferrer nofollow">');
    expect(body).not.toMatch(/\[caption|\[gallery|<script|not in the gazette/);
    const regatta = await article('regatta-diary');
    expect(regatta.body).not.toContain('wp:');
    expect(regatta.body).toContain('<blockquote><p>We sailed for the regatta, not the cup.</p><cite>Zoë Laurent</cite></blockquote>');
    expect(regatta.body).toContain('<a href="https://video.example/watch/regatta-finish"');
  });

  it('with --keep-remote-images, keeps the featured image at its original address, with the attachment’s alt text', async () => {
    const ferry = await article('night-ferry-returns');
    expect(ferry.featuredImageUrl).toBe('https://gazette.saltmere.test/wp-content/uploads/2019/03/ferry.jpg');
    expect(ferry.featuredImageAlt).toBe('The Brannock ferry at the north quay');
    expect(report.featuredImagesKept).toBe(1);
  });

  it('creates the authors as staff who cannot sign in yet', async () => {
    const staff = await db.select().from(schema.users).orderBy(schema.users.email);
    expect(staff.map(({ email, name, role, passwordHash }) => ({ email, name, role, passwordHash }))).toEqual([
      { email: 'maeve.brennan@gazette.saltmere.test', name: 'Maeve Brennan', role: 'author', passwordHash: null },
      // No email in the export: a placeholder that cannot receive mail.
      { email: 'tobias@gazette.saltmere.test.invalid', name: 'Tobias Ørsted', role: 'author', passwordHash: null },
    ]);
    expect((await article('regatta-diary')).authorId).toBe(staff[1]?.id);
  });

  it('never shows private, password-protected, draft or future posts to readers', async () => {
    for (const slug of [
      'shift-rota',
      'club-accounts',
      'harbour-dues-notes-for-the-next-meeting',
      'quay-wall-estimate',
      'lighthouse-reopens',
    ]) {
      expect(await readers.getPublishedArticleBySlug(slug, now)).toBeNull();
    }
    expect(await readers.getPublishedArticleBySlug('night-ferry-returns', now)).not.toBeNull();
    const found = await search.searchPublishedArticles({ query: 'rota accounts lighthouse', page: 1, pageSize: 10 }, now);
    expect(found.items).toEqual([]);
  });

  it('indexes imported articles for search and computes their related stories at once', async () => {
    const found = await search.searchPublishedArticles({ query: 'Brannock timetable', page: 1, pageSize: 10 }, now);
    expect(found.items.map((item) => item.slug)).toEqual(['night-ferry-returns']);
    const accented = await search.searchPublishedArticles({ query: 'cafe', page: 1, pageSize: 10 }, now);
    expect(accented.items.map((item) => item.slug)).toEqual(['regatta-diary']);
    const ferry = await article('night-ferry-returns');
    const regatta = await article('regatta-diary');
    // The two English stories share words (crews, boats); each lists the other.
    const ferryList = await readers.getRelatedArticles({ id: ferry.id, categoryId: ferry.categoryId }, 5, now);
    const regattaList = await readers.getRelatedArticles({ id: regatta.id, categoryId: regatta.categoryId }, 5, now);
    expect(ferryList.map((item) => item.slug)).toContain('regatta-diary');
    expect(regattaList.map((item) => item.slug)).toContain('night-ferry-returns');
  });

  it('answers every old address of a public post with its new one', async () => {
    expect(await redirectFor('/?p=101')).toBe('/news/night-ferry-returns');
    expect(await redirectFor('/2019/03/05/night-ferry-returns/')).toBe('/news/night-ferry-returns');
    expect(await redirectFor('/2019/03/night-ferry-returns/')).toBe('/news/night-ferry-returns');
    expect(await redirectFor('/night-ferry-returns/')).toBe('/news/night-ferry-returns');
    // The slug it had before an edit in WordPress, and WordPress's feed ending.
    expect(await redirectFor('/2019/03/05/night-ferry-vote/')).toBe('/news/night-ferry-returns');
    expect(await redirectFor('/2019/03/05/night-ferry-returns/feed/')).toBe('/news/night-ferry-returns');
    // Percent-encoded, as browsers send it, or typed in Cyrillic.
    expect(await redirectFor('/2021/05/02/%D0%B2%D1%8B%D1%81%D1%82%D0%B0%D0%B2%D0%BA%D0%B0/')).toBe('/kultura/vystavka');
    expect(await redirectFor('/2021/05/02/выставка')).toBe('/kultura/vystavka');
    expect(await redirectFor('/category/news/')).toBe('/news');
    expect(await redirectFor('/category/news/local/quays/')).toBe('/tag/quays');
    expect(await redirectFor('/category/quays/')).toBe('/tag/quays');
    expect(await redirectFor('/category/%d0%ba%d1%83%d0%bb%d1%8c%d1%82%d1%83%d1%80%d0%b0/')).toBe('/kultura');
    expect(await redirectFor('/tag/harbour-board/')).toBe('/tag/harbour-board');
    expect(await redirectFor('/author/mbrennan/')).toBe('/author/maeve-brennan');
  });

  it('never redirects to a post readers cannot see, nor away from a section page', async () => {
    expect(await redirectFor('/?p=107')).toBeNull();
    expect(await redirectFor('/2022/02/01/shift-rota/')).toBeNull();
    expect(await redirectFor('/?p=108')).toBeNull();
    expect(await redirectFor('/?p=104')).toBeNull();
    // Once its time comes, the scheduled post's old link works by itself.
    expect(await legacy.findLegacyRedirect('/', new URLSearchParams('p=104'), new Date('2031-06-02T09:00:00Z'))).toBe(
      '/news/lighthouse-reopens',
    );
    // A WordPress post called "sailing" would have lived at /sailing/: the section keeps the address.
    await db.insert(schema.legacyUrls).values({ path: '/sailing', articleId: (await article('regatta-diary')).id });
    expect(await redirectFor('/sailing')).toBeNull();
    expect(await redirectFor('/?p=999')).toBeNull();
    expect(await redirectFor('/world')).toBeNull();
  });

  it('leads an old author address to an author page only while that author has a public story', async () => {
    const [ghost] = await db
      .insert(schema.users)
      .values({ email: 'ghost@gazette.test', name: 'Gus Ghostwriter', slug: 'gus-ghostwriter', role: 'contributor' })
      .returning();
    if (!ghost) throw new Error('user insert failed');
    await db.insert(schema.legacyUrls).values({ path: '/author/gus', userId: ghost.id });
    expect(await redirectFor('/author/gus/')).toBeNull();
    const regatta = await article('regatta-diary');
    await db.insert(schema.articles).values({
      slug: 'ghost-story',
      title: 'Ghost story',
      body: '<p>Boo.</p>',
      status: 'published',
      publishedAt: new Date(now.getTime() - 1000),
      authorId: ghost.id,
      categoryId: regatta.categoryId,
    });
    await creditOwners();
    expect(await redirectFor('/author/gus/')).toBe('/author/gus-ghostwriter');
    await db.delete(schema.articles).where(orm.eq(schema.articles.slug, 'ghost-story'));
  });

  it('an editor can save an imported article with its old-site image, but cannot link a new outside image', async () => {
    const { saveArticle } = await import('../../newsroom/articles');
    const [editor] = await db
      .insert(schema.users)
      .values({ email: 'desk@paradox.test', name: 'Desk Editor', slug: 'desk-editor', role: 'editor', passwordHash: 'x' })
      .returning({ id: schema.users.id });
    const ferry = await article('night-ferry-returns');
    // What the article form posts back: the fields as loaded, the image address included.
    const form = {
      id: ferry.id,
      expectedVersion: ferry.version,
      title: ferry.title,
      slug: ferry.slug,
      summary: ferry.summary,
      body: ferry.body,
      categoryId: ferry.categoryId,
      tagNames: ['Ferries'],
      featuredImageUrl: ferry.featuredImageUrl ?? '',
      featuredImageAlt: ferry.featuredImageAlt,
    };
    const linked = await saveArticle.execute(editor?.id ?? 0, { ...form, featuredImageUrl: 'https://elsewhere.example/photo.jpg' }, now);
    expect(linked).toMatchObject({ ok: false, fieldErrors: { featuredImageUrl: 'Upload the image instead of linking it.' } });
    const kept = await saveArticle.execute(editor?.id ?? 0, form, now);
    expect(kept.ok).toBe(true);
    expect((await article('night-ferry-returns')).featuredImageUrl).toBe(
      'https://gazette.saltmere.test/wp-content/uploads/2019/03/ferry.jpg',
    );
  });

  it('a re-run changes nothing, and keeps edits made in Paradox since', async () => {
    const ferry = await article('night-ferry-returns');
    await db.update(schema.articles).set({ summary: 'Edited by the Paradox desk.' }).where(orm.eq(schema.articles.id, ferry.id));
    const before = await tableCounts();
    const again = await importer.importWordPress(gazette, { now, keepRemoteImages: true });
    expect(again).toMatchObject({ imported: 0, updated: 0, unchanged: 8, created: { authors: 0, sections: 0, tags: 0 } });
    expect(await tableCounts()).toEqual(before);
    expect((await article('night-ferry-returns')).summary).toBe('Edited by the Paradox desk.');
  });

  it('a re-run of a changed export updates the changed post in place', async () => {
    const changed = variant(gazette, 'changed.xml', (text) =>
      text
        .replace('Night ferry to Brannock returns after ten winters', 'Night ferry to Brannock is back')
        .replace('<wp:status><![CDATA[future]]></wp:status>', '<wp:status><![CDATA[draft]]></wp:status>'),
    );
    const articlesBefore = await db.$count(schema.articles);
    const ferryBefore = await article('night-ferry-returns');
    const again = await importer.importWordPress(changed, { now, keepRemoteImages: true });
    expect(again).toMatchObject({ imported: 0, updated: 2, unchanged: 6 });
    expect(await db.$count(schema.articles)).toBe(articlesBefore);
    const ferry = await article('night-ferry-returns');
    expect(ferry).toMatchObject({ id: ferryBefore.id, title: 'Night ferry to Brannock is back', version: ferryBefore.version + 1 });
    expect((await article('lighthouse-reopens')).status).toBe('draft');
  });
});

describe('other shapes of export', () => {
  it('reads WXR 1.1 over http as well', async () => {
    const wxr11 = variant(gazette, 'wxr-1.1.xml', (text) =>
      text
        .replaceAll('https://wordpress.org/export/1.2/', 'http://wordpress.org/export/1.1/')
        .replace('<wp:wxr_version>1.2</wp:wxr_version>', '<wp:wxr_version>1.1</wp:wxr_version>')
        .replaceAll('gazette.saltmere.test', 'gazette-mirror.saltmere.test'),
    );
    const report = await importer.importWordPress(wxr11, { now, dryRun: true, keepRemoteImages: true });
    expect(report).toMatchObject({ wxrVersion: '1.1', site: 'gazette-mirror.saltmere.test', imported: 8 });
  });

  it('reads WXR 1.0: no author list, categories without a slug and tags in the "tag" domain', async () => {
    const report = await importer.importWordPress(gazetteOld, { now, includePages: true, keepRemoteImages: true });
    expect(report).toMatchObject({ wxrVersion: '1.0', imported: 3, skipped: [] });
    const tide = await article('tide-tables-for-april');
    expect(tide.status).toBe('published');
    expect(await tagSlugsOf(tide.id)).toEqual(['high-water']);
    const [author] = await db.select().from(schema.users).where(orm.eq(schema.users.id, tide.authorId));
    expect(author).toMatchObject({ name: 'deskeditor', email: 'deskeditor@old.saltmere.test.invalid', passwordHash: null });
    // A page, imported on request, is reachable at its old ?page_id= address and its path.
    expect(await redirectFor('/?page_id=3')).toBe('/uncategorized/contact-the-desk');
    expect(await redirectFor('/contact-the-desk/')).toBe('/uncategorized/contact-the-desk');
    expect(await redirectFor('/?p=1')).toBe('/tides/tide-tables-for-april');
    expect(await redirectFor('/tag/high-water/')).toBe('/tag/high-water');
  });

  it('recognises an export by its extension or its first bytes', async () => {
    const { looksLikeWxr } = await import('@/lib/wxr-reader');
    expect(await looksLikeWxr(gazette)).toBe(true);
    const noExtension = path.join(dir, 'export');
    fs.copyFileSync(gazette, noExtension);
    expect(await looksLikeWxr(noExtension)).toBe(true);
    const jsonl = path.join(dir, 'articles.txt');
    fs.writeFileSync(jsonl, '{"title": "x", "body": "y"}\n');
    expect(await looksLikeWxr(jsonl)).toBe(false);
  });
});
