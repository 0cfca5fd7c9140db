import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { MutationResult } from '../../newsroom/guard';
import { useTemporaryDatabase } from '../support/temp-database';

/**
 * The site's time zone and language, through the same mutations and renderers the server uses: the
 * setting and its TIME_ZONE default, a wall time typed in the editor read on the site's clock (DST gap
 * refused, repeated hour asked), and feeds and sitemaps written with exact times in the site's offset.
 */

const NOW = new Date('2026-03-02T09:00:00Z');

let cleanup: () => Promise<void>;
let db: ReturnType<typeof import('@/db').getDb>;
let schema: typeof import('@/db/schema');
let settings: typeof import('@/db/settings');
let settingsMutations: typeof import('../../newsroom/settings');
let articleMutations: typeof import('../../newsroom/articles');
let feeds: typeof import('../../newsroom/feeds');
let sitemaps: typeof import('../../newsroom/sitemaps');
let adminId = 0;
let sectionId = 0;

beforeAll(async () => {
  ({ cleanup } = await useTemporaryDatabase());
  db = (await import('@/db')).getDb();
  schema = await import('@/db/schema');
  settings = await import('@/db/settings');
  settingsMutations = await import('../../newsroom/settings');
  articleMutations = await import('../../newsroom/articles');
  feeds = await import('../../newsroom/feeds');
  sitemaps = await import('../../newsroom/sitemaps');
  const [admin] = await db
    .insert(schema.users)
    .values({ email: 'admin@tz.test', name: 'Ada Admin', slug: 'ada-admin', role: 'admin', passwordHash: 'x' })
    .returning({ id: schema.users.id });
  const [section] = await db
    .insert(schema.categories)
    .values({ name: 'News', slug: 'news', position: 0 })
    .returning({ id: schema.categories.id });
  if (!admin || !section) throw new Error('fixture insert failed');
  adminId = admin.id;
  sectionId = section.id;
});

afterAll(async () => {
  delete process.env.TIME_ZONE;
  delete process.env.SITE_LANGUAGE;
  await cleanup();
});

function succeeded<R>(outcome: MutationResult<R>): R {
  if (!outcome.ok) throw new Error(`expected success, got ${outcome.code}: ${outcome.message} ${JSON.stringify(outcome.fieldErrors)}`);
  return outcome.result;
}

function refused<R>(outcome: MutationResult<R>): Extract<MutationResult<R>, { ok: false }> {
  if (outcome.ok) throw new Error(`expected a refusal, got ${JSON.stringify(outcome.result)}`);
  return outcome;
}

const otherSettings = { relatedStoriesCount: 5, recentPostsCount: 5, feedContent: 'summary' as const };
const setZone = (timeZone: string, language = 'en-GB') =>
  settingsMutations.updateSiteSettings.execute(adminId, { ...otherSettings, timeZone, language }, NOW);

let articleCounter = 0;
function schedule(publishAt: string, publishAtChoice: '' | 'earlier' | 'later' = '') {
  articleCounter++;
  return articleMutations.saveArticle.execute(
    adminId,
    {
      title: `Story ${articleCounter}`,
      categoryId: sectionId,
      summary: 'S.',
      body: '<p>B.</p>',
      publishAt,
      publishAtChoice,
      intent: 'schedule',
    },
    NOW,
  );
}

describe('the site time zone setting', () => {
  it('defaults to TIME_ZONE and SITE_LANGUAGE until an administrator chooses', async () => {
    expect(await settings.readSiteSettings(db)).toMatchObject({ timeZone: 'UTC', language: 'en-GB' });
    process.env.TIME_ZONE = 'America/New_York';
    process.env.SITE_LANGUAGE = 'en-US';
    expect(await settings.readSiteSettings(db)).toMatchObject({ timeZone: 'America/New_York', language: 'en-US' });
  });

  it('refuses a zone or language that does not exist with a clear message, and keeps the old one', async () => {
    const badZone = refused(await setZone('Europe/Berln'));
    expect(badZone.code).toBe('invalid');
    expect(badZone.fieldErrors.timeZone).toBe(
      '“Europe/Berln” is not a time zone name. Use an IANA name such as Europe/Berlin, America/New_York or UTC.',
    );
    const badLanguage = refused(await setZone('Europe/Berlin', 'english!'));
    expect(badLanguage.fieldErrors.language).toMatch(/is not a language tag/);
    expect(await settings.readSiteSettings(db)).toMatchObject({ timeZone: 'America/New_York' });
  });

  it('stores the canonical name an administrator chooses over the default', async () => {
    succeeded(await setZone('europe/berlin', 'EN-gb'));
    expect(await settings.readSiteSettings(db)).toMatchObject({ timeZone: 'Europe/Berlin', language: 'en-GB' });
  });
});

describe('scheduling on the site’s clock', () => {
  it('reads the typed time in the site zone, whatever zone the server runs in', async () => {
    const saved = succeeded(await schedule('2026-12-04T10:08'));
    expect(saved.status).toBe('scheduled');
    expect(saved.publishedAt?.toISOString()).toBe('2026-12-04T09:08:00.000Z');
  });

  it('refuses a time the spring-forward skips', async () => {
    const gap = refused(await schedule('2026-03-29T02:30'));
    expect(gap.code).toBe('invalid');
    expect(gap.fieldErrors.publishAt).toBe(
      '02:30 on 29 March 2026 does not exist in Europe/Berlin: the clocks go forward that night and skip it. Choose another time, such as 03:30.',
    );
  });

  it('asks which of the two an autumn time means, then schedules the one chosen', async () => {
    const ambiguous = refused(await schedule('2026-10-25T02:30'));
    expect(ambiguous.fieldErrors.publishAt).toMatch(
      /happens twice in Europe\/Berlin.*02:30 CEST \(the first, UTC\+02:00\) or 02:30 CET \(the second/,
    );
    expect(succeeded(await schedule('2026-10-25T02:30', 'earlier')).publishedAt?.toISOString()).toBe('2026-10-25T00:30:00.000Z');
    expect(succeeded(await schedule('2026-10-25T02:30', 'later')).publishedAt?.toISOString()).toBe('2026-10-25T01:30:00.000Z');
  });
});

describe('machine-readable times', () => {
  it('feeds carry exact RFC 822 and RFC 3339 times and the site’s language; sitemaps the site’s offset', async () => {
    const publishedAt = new Date('2026-03-01T23:30:00Z'); // 00:30 on 2 March in Berlin
    await db.insert(schema.articles).values({
      title: 'Night edition',
      slug: 'night-edition',
      summary: 'S.',
      body: '<p>B.</p>',
      status: 'published',
      categoryId: sectionId,
      authorId: adminId,
      publishedAt,
      updatedAt: publishedAt,
    });
    succeeded(await setZone('Europe/Berlin', 'de-DE'));
    const rss = await feeds.renderFeed('rss', null, NOW);
    expect(rss).toContain('<language>de-DE</language>');
    expect(rss).toContain('<pubDate>Sun, 01 Mar 2026 23:30:00 GMT</pubDate>');
    const atom = await feeds.renderFeed('atom', null, NOW);
    expect(atom).toContain('<published>2026-03-01T23:30:00.000Z</published>');
    const news = await sitemaps.renderNewsSitemap(NOW);
    expect(news).toContain('<news:publication_date>2026-03-02T00:30:00+01:00</news:publication_date>');
    expect(news).toContain('<news:language>de</news:language>');
  });
});
