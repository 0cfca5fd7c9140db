import fs from 'node:fs';
import path from 'node:path';
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { useTemporaryDatabase } from '../support/temp-database';

const now = new Date('2031-04-10T08:00:00Z');
const later = new Date('2031-06-01T00:00:00Z');

let cleanup: () => Promise<void>;
let dir: string;
let importer: typeof import('../../newsroom/importers/jsonl');
let readers: typeof import('@/db/articles');
let schema: typeof import('@/db/schema');
let db: ReturnType<typeof import('@/db').getDb>;
let orm: typeof import('drizzle-orm');

/** Writes a JSONL fixture; objects are serialised, strings are written as raw lines. */
function writeFixture(name: string, lines: Array<Record<string, unknown> | string>): string {
  const file = path.join(dir, name);
  fs.writeFileSync(file, lines.map((line) => (typeof line === 'string' ? line : JSON.stringify(line))).join('\n') + '\n');
  return file;
}

async function articleBySlug(slug: string) {
  const [row] = await db.select().from(schema.articles).where(orm.eq(schema.articles.slug, slug));
  return row;
}

async function tagNamesOf(articleId: number) {
  const rows = await db
    .select({ name: schema.tags.name })
    .from(schema.articleTags)
    .innerJoin(schema.tags, orm.eq(schema.tags.id, schema.articleTags.tagId))
    .where(orm.eq(schema.articleTags.articleId, articleId));
  return rows.map((row) => row.name).sort();
}

async function counts() {
  return {
    articles: await db.$count(schema.articles),
    revisions: await db.$count(schema.revisions),
    tags: await db.$count(schema.tags),
    categories: await db.$count(schema.categories),
    audit: await db.$count(schema.auditLog),
    articleTags: await db.$count(schema.articleTags),
    search: (await db.all<{ n: number }>(sql`select count(*) as n from article_search`))[0]?.n ?? 0,
  };
}

async function searchIds(word: string): Promise<number[]> {
  const rows = await db.all<{ rowid: number }>(sql`select rowid from article_search where article_search match ${`"${word}"`}`);
  return rows.map((row) => row.rowid);
}

// Original fixture text: a small fictional town paper.
const gardenLine = {
  title: 'Allotment holders win reprieve over Kestrel Lane plots',
  body: 'The council has paused plans to sell the Kestrel Lane allotments.\nA final decision is now due in the spring.\n\nGardeners said the pause gave them time to present a counter-offer.',
  category: 'Local Life',
  tags: ['Allotments', 'Council'],
  published_at: '2031-03-02T10:15:00Z',
  author: 'reporter@paper.test',
};
const htmlLine = {
  title: 'Night market returns to the old tram depot',
  body: '<h1>Stalls and lanterns</h1><p onclick="steal()">Thirty traders set up <strong>beneath the girders</strong>.</p><script>alert("x")</script><img src="https://img.example/lantern.jpg" onerror="alert(1)" alt="Lanterns"><p><a href="javascript:alert(1)">Map</a></p>',
  category: 'culture',
  tags: ['Markets', 'allotments'],
  published_at: '2031-03-05',
};
const futureLine = {
  title: 'Ferry timetable changes from June',
  body: 'Sailings to Brannock Isle move to an hourly pattern.',
  published_at: '2031-05-20T06:00:00Z',
  slug: 'ferry-timetable-june',
};

let reporterId = 0;
let cultureId = 0;

beforeAll(async () => {
  let tempDir: string;
  ({ cleanup, dir: tempDir } = await useTemporaryDatabase());
  dir = path.join(tempDir, 'fixtures');
  fs.mkdirSync(dir);
  db = (await import('@/db')).getDb();
  schema = await import('@/db/schema');
  orm = await import('drizzle-orm');
  importer = await import('../../newsroom/importers/jsonl');
  readers = await import('@/db/articles');
  const [reporter] = await db
    .insert(schema.users)
    .values({ email: 'reporter@paper.test', name: 'Rhea Porter', slug: 'rhea-porter', role: 'author' })
    .returning();
  await db.insert(schema.users).values({ email: 'desk@paper.test', name: 'Desk Editor', slug: 'desk-editor', role: 'editor' });
  const [culture] = await db.insert(schema.categories).values({ slug: 'culture', name: 'Arts & Culture', position: 0 }).returning();
  reporterId = reporter?.id ?? 0;
  cultureId = culture?.id ?? 0;
});

afterAll(() => cleanup());

describe('importJsonl', () => {
  let mainFile: string;
  let firstReport: Awaited<ReturnType<typeof import('../../newsroom/importers/jsonl').importJsonl>>;

  it('imports good lines and reports bad ones with their line numbers', async () => {
    mainFile = writeFixture('main.jsonl', [
      gardenLine, // 1
      '{"title": "Broken line", "body": ', // 2: invalid JSON
      '', // 3: blank, ignored
      { body: 'A story without a headline.' }, // 4: no title
      htmlLine, // 5
      futureLine, // 6
    ]);
    const progress: number[] = [];
    firstReport = await importer.importJsonl(mainFile, {
      defaultAuthorEmail: 'reporter@paper.test',
      defaultCategory: 'News Desk',
      now,
      onProgress: (p) => progress.push(p.line),
    });
    expect(firstReport).toMatchObject({ imported: 3, updated: 0, unchanged: 0 });
    expect(firstReport.skipped.map((s) => s.line)).toEqual([2, 4]);
    expect(firstReport.skipped[0]?.reason).toMatch(/invalid JSON/);
    expect(firstReport.skipped[1]?.reason).toMatch(/^title: required/);
    expect(firstReport.articleIds).toHaveLength(3);
    expect(progress).toEqual([1, 2, 4, 5, 6]);
  });

  it('turns plain text into paragraphs, single newlines into spaces', async () => {
    const article = await articleBySlug('allotment-holders-win-reprieve-over-kestrel-lane-plots');
    expect(article?.body).toBe(
      '<p>The council has paused plans to sell the Kestrel Lane allotments. A final decision is now due in the spring.</p>\n<p>Gardeners said the pause gave them time to present a counter-offer.</p>',
    );
    expect(article?.summary).toBe(
      'The council has paused plans to sell the Kestrel Lane allotments. A final decision is now due in the spring. Gardeners said the pause gave them time to present a counter-offer.',
    );
    expect(article).toMatchObject({ status: 'published', authorId: reporterId, version: 1, publishedAt: new Date('2031-03-02T10:15:00Z') });
  });

  it('sanitizes HTML bodies like the editor does', async () => {
    const article = await articleBySlug('night-market-returns-to-the-old-tram-depot');
    expect(article?.body).not.toMatch(/script|onclick|onerror|javascript:|alert/i);
    expect(article?.body).toContain('<h2>Stalls and lanterns</h2>');
    expect(article?.body).toContain('<strong>beneath the girders</strong>');
    expect(article?.body).toContain('<img src="https://img.example/lantern.jpg" alt="Lanterns" />');
  });

  it('creates a section named in a line, and reuses one given by slug', async () => {
    const sections = await db.select().from(schema.categories).orderBy(schema.categories.id);
    expect(sections.map((s) => [s.slug, s.name])).toEqual([
      ['culture', 'Arts & Culture'],
      ['local-life', 'Local Life'],
      ['news-desk', 'News Desk'],
    ]);
    expect((await articleBySlug('night-market-returns-to-the-old-tram-depot'))?.categoryId).toBe(cultureId);
    const garden = await articleBySlug('allotment-holders-win-reprieve-over-kestrel-lane-plots');
    expect(garden?.categoryId).toBe(sections[1]?.id);
    // Default category for the line without one.
    expect((await articleBySlug('ferry-timetable-june'))?.categoryId).toBe(sections[2]?.id);
  });

  it('creates tags once and links them', async () => {
    const garden = await articleBySlug('allotment-holders-win-reprieve-over-kestrel-lane-plots');
    const market = await articleBySlug('night-market-returns-to-the-old-tram-depot');
    expect(await tagNamesOf(garden?.id ?? 0)).toEqual(['Allotments', 'Council']);
    // "allotments" is the same tag as "Allotments".
    expect(await tagNamesOf(market?.id ?? 0)).toEqual(['Allotments', 'Markets']);
    expect(await db.$count(schema.tags)).toBe(3);
  });

  it('writes a revision by the author and an audit entry per article', async () => {
    const garden = await articleBySlug('allotment-holders-win-reprieve-over-kestrel-lane-plots');
    const revisionRows = await db
      .select()
      .from(schema.revisions)
      .where(orm.eq(schema.revisions.articleId, garden?.id ?? 0));
    expect(revisionRows).toHaveLength(1);
    expect(revisionRows[0]).toMatchObject({ version: 1, savedBy: reporterId, status: 'published' });
    expect(JSON.parse(revisionRows[0]?.tagNames ?? '[]')).toEqual(['Allotments', 'Council']);
    const audit = await db.select().from(schema.auditLog).where(orm.eq(schema.auditLog.action, 'article.import'));
    expect(audit.map((entry) => entry.targetId).sort()).toEqual([...firstReport.articleIds].sort());
  });

  it('schedules a future published_at: not visible to readers until then', async () => {
    const ferry = await articleBySlug('ferry-timetable-june');
    expect(ferry?.status).toBe('scheduled');
    expect(await readers.getPublishedArticleBySlug('ferry-timetable-june', now)).toBeNull();
    expect(await readers.getPublishedArticleBySlug('ferry-timetable-june', later)).not.toBeNull();
    expect(await readers.getPublishedArticleBySlug('night-market-returns-to-the-old-tram-depot', now)).not.toBeNull();
  });

  it('indexes imported articles for search', async () => {
    const ferry = await articleBySlug('ferry-timetable-june');
    const market = await articleBySlug('night-market-returns-to-the-old-tram-depot');
    expect(await searchIds('Brannock')).toEqual([ferry?.id]);
    expect(await searchIds('girders')).toEqual([market?.id]);
    // Markup is not indexed.
    expect(await searchIds('strong')).toEqual([]);
  });

  it('re-running the same file changes nothing', async () => {
    const before = await counts();
    const report = await importer.importJsonl(mainFile, {
      defaultAuthorEmail: 'reporter@paper.test',
      defaultCategory: 'News Desk',
      now: later,
    });
    expect(report).toMatchObject({ imported: 0, updated: 0, unchanged: 3, articleIds: [] });
    expect(report.skipped.map((s) => s.line)).toEqual([2, 4]);
    expect(await counts()).toEqual(before);
  });

  it('updates an article in place when its line changed', async () => {
    const before = await counts();
    const original = await articleBySlug('allotment-holders-win-reprieve-over-kestrel-lane-plots');
    const changed = writeFixture('changed.jsonl', [
      { ...gardenLine, body: `${gardenLine.body}\n\nThe vote is on 3 May.` },
      '{"title": "Broken line", "body": ',
      '',
      { body: 'A story without a headline.' },
      htmlLine,
      futureLine,
    ]);
    const report = await importer.importJsonl(changed, { defaultAuthorEmail: 'reporter@paper.test', defaultCategory: 'News Desk', now });
    expect(report).toMatchObject({ imported: 0, updated: 1, unchanged: 2, articleIds: [original?.id] });
    const updated = await articleBySlug('allotment-holders-win-reprieve-over-kestrel-lane-plots');
    expect(updated).toMatchObject({ id: original?.id, version: 2 });
    expect(updated?.body).toContain('<p>The vote is on 3 May.</p>');
    expect(await counts()).toEqual({ ...before, revisions: before.revisions + 1, audit: before.audit + 1 });
    expect(await searchIds('vote')).toEqual([original?.id]);
  });

  it('keeps the publish time of an updated line without published_at', async () => {
    const file = writeFixture('no-date.jsonl', [{ ...futureLine, published_at: undefined }]);
    const report = await importer.importJsonl(file, {
      defaultAuthorEmail: 'reporter@paper.test',
      defaultCategory: 'News Desk',
      now: later,
    });
    expect(report).toMatchObject({ unchanged: 1 });
    expect((await articleBySlug('ferry-timetable-june'))?.publishedAt).toEqual(new Date(futureLine.published_at));
  });

  it('a dry run reports exactly what would happen and writes nothing', async () => {
    const file = writeFixture('dry.jsonl', [
      { ...htmlLine, body: '<p>Forty traders this time.</p>' }, // update
      {
        title: 'Harbour wall repairs finish early',
        body: 'Masons completed the work a week ahead of schedule.',
        category: 'Harbour News',
        tags: ['Harbour'],
      }, // new, new section + tag
      futureLine, // unchanged
      { title: 'Stray entry', body: 'x', category: 'search' }, // reserved section
    ]);
    const before = await counts();
    const options = { defaultAuthorEmail: 'reporter@paper.test', defaultCategory: 'News Desk', now };
    const dry = await importer.importJsonl(file, { ...options, dryRun: true });
    expect(dry).toMatchObject({ imported: 1, updated: 1, unchanged: 1, articleIds: [] });
    expect(dry.skipped).toEqual([{ line: 4, reason: expect.stringMatching(/reserved/) }]);
    expect(await counts()).toEqual(before);
    expect(await articleBySlug('harbour-wall-repairs-finish-early')).toBeUndefined();
    expect(await searchIds('Masons')).toEqual([]);

    // The real run does what the dry run announced.
    const real = await importer.importJsonl(file, options);
    expect({ ...real, articleIds: [] }).toEqual(dry);
    expect(real.articleIds).toHaveLength(2);
  });

  it('reports bad lines with clear reasons and carries on', async () => {
    const file = writeFixture('bad.jsonl', [
      { title: 'No author given', body: 'Text.', category: 'culture' }, // 1: no author, no default
      { title: 'Unknown author', body: 'Text.', category: 'culture', author: 'ghost@paper.test' }, // 2
      { title: 'Reserved section', body: 'Text.', category: 'Tags', author: 'desk@paper.test' }, // 3
      { title: 'Too long', body: 'a'.repeat(500_001), category: 'culture', author: 'desk@paper.test' }, // 4
      { title: 'Same slug twice', body: 'First.', category: 'culture', author: 'desk@paper.test' }, // 5: imported
      { title: 'Same Slug Twice!', body: 'Second.', category: 'culture', author: 'desk@paper.test' }, // 6: duplicate
      { title: 'Huge line', body: 'b'.repeat(100), padding: 'c'.repeat(2 * 1024 * 1024) }, // 7: over 2 MB
      { title: 'Bad date', body: 'Text.', category: 'culture', author: 'desk@paper.test', published_at: 'next Tuesday' }, // 8
      '[1, 2, 3]', // 9
      { title: '\u202EDesk\u0007 notes', body: 'Fine line.', category: 'culture', author: 'desk@paper.test', unknown_field: true }, // 10: imported
    ]);
    const report = await importer.importJsonl(file, { now });
    expect(report.imported).toBe(2);
    const reasons = Object.fromEntries(report.skipped.map((s) => [s.line, s.reason]));
    expect(Object.keys(reasons).map(Number)).toEqual([1, 2, 3, 4, 6, 7, 8, 9]);
    expect(reasons[1]).toMatch(/no author/);
    expect(reasons[2]).toMatch(/unknown author “ghost@paper.test”/);
    expect(reasons[3]).toMatch(/“tags” is reserved/);
    expect(reasons[4]).toMatch(/body: is longer than 500,000 characters/);
    expect(reasons[6]).toMatch(/duplicate slug “same-slug-twice”: line 5/);
    expect(reasons[7]).toMatch(/larger than 2 MB/);
    expect(reasons[8]).toMatch(/published_at/);
    expect(reasons[9]).toMatch(/not a JSON object/);
    expect((await articleBySlug('desk-notes'))?.title).toBe('Desk notes');
    expect((await articleBySlug('same-slug-twice'))?.body).toBe('<p>First.</p>');
  });

  it('accepts lines from an async iterable', async () => {
    async function* lines() {
      yield JSON.stringify({ title: 'Lighthouse keeper retires', body: 'After forty winters on the point.', category: 'culture' });
      yield 'not json';
    }
    const report = await importer.importJsonl(lines(), { defaultAuthorEmail: 'desk@paper.test', now });
    expect(report).toMatchObject({ imported: 1, skipped: [{ line: 2, reason: expect.stringMatching(/invalid JSON/) }] });
  });

  it('stops with a clear message for a missing file or an unknown default author', async () => {
    await expect(importer.importJsonl(path.join(dir, 'missing.jsonl'))).rejects.toThrow(/File not found/);
    await expect(importer.importJsonl(mainFile, { defaultAuthorEmail: 'nobody@paper.test' })).rejects.toThrow(/No user has the email/);
    await expect(importer.importJsonl(mainFile, { defaultAuthorEmail: 'desk@paper.test', defaultCategory: 'admin' })).rejects.toThrow(
      /reserved/,
    );
  });
});

describe('times without an offset', () => {
  it('are read on the site’s clock: a wall time, a date’s midnight, the first of a repeated hour; a skipped hour is refused', async () => {
    await db.insert(schema.siteSettings).values({ key: 'timeZone', value: 'Europe/Berlin' });
    try {
      const file = writeFixture('berlin.jsonl', [
        { title: 'Harbour crane vote at half past nine', body: 'Text.', category: 'culture', published_at: '2031-03-01T09:30' }, // 1
        { title: 'Midsummer fair opens', body: 'Text.', category: 'culture', published_at: '2031-06-21' }, // 2
        { title: 'Clocks go back on the quay', body: 'Text.', category: 'culture', published_at: '2030-10-27T02:30:00' }, // 3
        { title: 'Clocks go forward on the quay', body: 'Text.', category: 'culture', published_at: '2031-03-30T02:30' }, // 4
        { title: 'An offset wins over the zone', body: 'Text.', category: 'culture', published_at: '2031-03-01T09:30:00+05:00' }, // 5
      ]);
      const report = await importer.importJsonl(file, { defaultAuthorEmail: 'desk@paper.test', now });
      expect(report.imported).toBe(4);
      expect(report.skipped).toEqual([{ line: 4, reason: expect.stringMatching(/does not exist in Europe\/Berlin/) }]);
      expect((await articleBySlug('harbour-crane-vote-at-half-past-nine'))?.publishedAt?.toISOString()).toBe('2031-03-01T08:30:00.000Z');
      expect((await articleBySlug('midsummer-fair-opens'))?.publishedAt?.toISOString()).toBe('2031-06-20T22:00:00.000Z');
      expect((await articleBySlug('clocks-go-back-on-the-quay'))?.publishedAt?.toISOString()).toBe('2030-10-27T00:30:00.000Z');
      expect((await articleBySlug('an-offset-wins-over-the-zone'))?.publishedAt?.toISOString()).toBe('2031-03-01T04:30:00.000Z');
    } finally {
      await db.delete(schema.siteSettings).where(orm.eq(schema.siteSettings.key, 'timeZone'));
    }
  });
});
