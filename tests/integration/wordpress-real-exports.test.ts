import fs from 'node:fs';
import path from 'node:path';
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { useTemporaryDatabase } from '../support/temp-database';

/**
 * The importer against real WordPress exports (../shared/data/wordpress: WordPress's own importer test
 * files and the Theme Unit Test data). They are read where they are, never copied. What each file holds
 * is read here independently of the importer, with plain regular expressions, and compared with what
 * the importer wrote.
 */
const exportsDir = path.resolve(import.meta.dirname, '../../../shared/data/wordpress');
const available = fs.existsSync(exportsDir);
if (!available) console.warn(`Skipping the real WordPress export tests: ${exportsDir} does not exist on this machine.`);

const now = new Date('2026-06-01T12:00:00Z');

interface FileCategory {
  slug: string;
  name: string;
  parent: string;
}

interface FilePost {
  id: number;
  title: string;
  status: string;
  password: string;
  dateGmt: string;
  categories: string[];
  tags: string[];
}

function field(block: string, name: string): string {
  const match = new RegExp(`<${name}(?:\\s*/>|>(?:<!\\[CDATA\\[)?([\\s\\S]*?)(?:\\]\\]>)?</${name}>)`).exec(block);
  return (match?.[1] ?? '').trim();
}

const entities: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };
const decodeXml = (text: string) =>
  text.replace(/&(#x[0-9a-f]+|#\d+|\w+);/gi, (whole, name: string) =>
    name.startsWith('#x')
      ? String.fromCodePoint(parseInt(name.slice(2), 16))
      : name.startsWith('#')
        ? String.fromCodePoint(Number(name.slice(1)))
        : (entities[name] ?? whole),
  );
const decodeSlug = (slug: string) => decodeURIComponent(slug).toLowerCase();

function readExport(file: string) {
  const text = fs.readFileSync(file, 'utf8');
  const categories = new Map<string, FileCategory>();
  for (const [, block = ''] of text.matchAll(/<wp:category>([\s\S]*?)<\/wp:category>/g)) {
    const slug = decodeSlug(field(block, 'wp:category_nicename'));
    categories.set(slug, { slug, name: decodeXml(field(block, 'wp:cat_name')), parent: decodeSlug(field(block, 'wp:category_parent')) });
  }
  for (const [, block = ''] of text.matchAll(/<wp:term>([\s\S]*?)<\/wp:term>/g)) {
    if (field(block, 'wp:term_taxonomy') !== 'category') continue;
    const slug = decodeSlug(field(block, 'wp:term_slug'));
    categories.set(slug, { slug, name: decodeXml(field(block, 'wp:term_name')), parent: decodeSlug(field(block, 'wp:term_parent')) });
  }
  const tagNames = new Map<string, string>();
  for (const [, block = ''] of text.matchAll(/<wp:tag>([\s\S]*?)<\/wp:tag>/g))
    tagNames.set(decodeSlug(field(block, 'wp:tag_slug')), decodeXml(field(block, 'wp:tag_name')));
  // A tag used by a post but missing from the channel's list is named by the post.
  for (const [, slug = '', name = ''] of text.matchAll(
    /<category domain="(?:post_tag|tag)" nicename="([^"]+)"><!\[CDATA\[([\s\S]*?)\]\]><\/category>/g,
  )) {
    if (!tagNames.has(decodeSlug(slug))) tagNames.set(decodeSlug(slug), name);
  }
  const posts: FilePost[] = [];
  for (const [, block = ''] of text.matchAll(/<item>([\s\S]*?)<\/item>/g)) {
    if (field(block, 'wp:post_type') !== 'post') continue;
    const terms = [...block.matchAll(/<category domain="([^"]+)" nicename="([^"]+)">/g)];
    posts.push({
      id: Number(field(block, 'wp:post_id')),
      title: decodeXml(field(block, 'title')),
      status: field(block, 'wp:status'),
      password: field(block, 'wp:post_password'),
      dateGmt: field(block, 'wp:post_date_gmt'),
      categories: [...new Set(terms.filter(([, domain]) => domain === 'category').map(([, , slug = '']) => decodeSlug(slug)))],
      tags: [
        ...new Set(terms.filter(([, domain]) => domain === 'post_tag' || domain === 'tag').map(([, , slug = '']) => decodeSlug(slug))),
      ],
    });
  }
  return { categories, tagNames, posts };
}

/** What Paradox should show for a WordPress status (the issue's rules). */
function expectedStatus(post: FilePost): string {
  if (post.password !== '' || post.status === 'private') return 'draft';
  return { publish: 'published', future: 'scheduled', draft: 'draft', pending: 'pending' }[post.status] ?? 'skipped';
}

function ancestry(slug: string, categories: Map<string, FileCategory>): string[] {
  const chain = [slug];
  for (let parent = categories.get(slug)?.parent; parent && !chain.includes(parent); parent = categories.get(parent)?.parent)
    chain.push(parent);
  return chain;
}

for (const fileName of ['small-export.xml', 'themeunittestdata.wordpress.xml', 'valid-wxr-1.0.xml']) {
  describe.skipIf(!available)(`the real export ${fileName}`, () => {
    const file = path.join(exportsDir, fileName);
    let cleanup: () => Promise<void>;
    let dir: string;
    let importer: typeof import('../../newsroom/importers/wordpress');
    let legacy: typeof import('@/db/legacy-urls');
    let readers: typeof import('@/db/articles');
    let schema: typeof import('@/db/schema');
    let db: ReturnType<typeof import('@/db').getDb>;
    let orm: typeof import('drizzle-orm');
    let report: Awaited<ReturnType<typeof import('../../newsroom/importers/wordpress').importWordPress>>;
    let site: string;
    const expected = available ? readExport(file) : { categories: new Map(), tagNames: new Map(), posts: [] };
    const importable = expected.posts.filter((post) => expectedStatus(post) !== 'skipped');

    async function articleFor(postId: number) {
      const [row] = await db
        .select({
          id: schema.articles.id,
          slug: schema.articles.slug,
          title: schema.articles.title,
          status: schema.articles.status,
          publishedAt: schema.articles.publishedAt,
          sectionName: schema.categories.name,
          sectionSlug: schema.categories.slug,
        })
        .from(schema.wordpressPosts)
        .innerJoin(schema.articles, orm.eq(schema.articles.id, schema.wordpressPosts.articleId))
        .innerJoin(schema.categories, orm.eq(schema.categories.id, schema.articles.categoryId))
        .where(orm.and(orm.eq(schema.wordpressPosts.site, site), orm.eq(schema.wordpressPosts.postId, postId)));
      if (!row) throw new Error(`post ${postId} was not imported`);
      const tags = await db
        .select({ name: schema.tags.name })
        .from(schema.articleTags)
        .innerJoin(schema.tags, orm.eq(schema.tags.id, schema.articleTags.tagId))
        .where(orm.eq(schema.articleTags.articleId, row.id));
      return { ...row, tagNames: tags.map((tag) => tag.name) };
    }

    beforeAll(async () => {
      ({ cleanup, dir } = await useTemporaryDatabase());
      db = (await import('@/db')).getDb();
      schema = await import('@/db/schema');
      orm = await import('drizzle-orm');
      importer = await import('../../newsroom/importers/wordpress');
      legacy = await import('@/db/legacy-urls');
      readers = await import('@/db/articles');
      // Their pictures are on the internet: left where they are (copying is tested in wordpress-images.test.ts).
      report = await importer.importWordPress(file, { now, keepRemoteImages: true });
      site = report.site;
    });

    afterAll(() => cleanup());

    it('imports every post of the file, and nothing else', async () => {
      expect(report.imported).toBe(importable.length);
      expect(await db.$count(schema.articles)).toBe(importable.length);
      const otherItems = [...fs.readFileSync(file, 'utf8').matchAll(/<wp:post_type>(?:<!\[CDATA\[)?(\w+)/g)].filter(
        ([, type]) => type !== 'post',
      ).length;
      expect(report.skipped.reduce((sum, group) => sum + group.count, 0)).toBe(otherItems + expected.posts.length - importable.length);
    });

    it('maps every status: published, scheduled, draft, pending; private and password-protected never public', async () => {
      const counts: Record<string, number> = {};
      for (const post of importable) counts[expectedStatus(post)] = (counts[expectedStatus(post)] ?? 0) + 1;
      expect(Object.fromEntries(Object.entries(report.statuses).filter(([, count]) => count > 0))).toEqual(counts);
      for (const post of importable) {
        const row = await articleFor(post.id);
        expect(row.status, `post ${post.id}`).toBe(expectedStatus(post));
        const visible = await readers.getPublishedArticleBySlug(row.slug, now);
        const redirect = await legacy.findLegacyRedirect('/', new URLSearchParams(`p=${post.id}`), now);
        if (post.password !== '' || post.status === 'private' || post.status === 'draft' || post.status === 'future') {
          expect(visible, `post ${post.id} is not public`).toBeNull();
          expect(redirect, `?p=${post.id} reveals nothing`).toBeNull();
        } else {
          expect(visible?.id).toBe(row.id);
          // An old ?p= link leads to the article's new address.
          expect(redirect).toBe(`/${row.sectionSlug}/${row.slug}`);
        }
        if (post.dateGmt && !post.dateGmt.startsWith('0000'))
          expect(row.publishedAt?.toISOString()).toBe(`${post.dateGmt.replace(' ', 'T')}.000Z`);
      }
    });

    it('keeps every category and tag of every post: the top category as the section, the rest as tags', async () => {
      for (const post of importable) {
        const row = await articleFor(post.id);
        const family = new Set(post.categories.flatMap((slug) => ancestry(slug, expected.categories)));
        const tops = new Set(post.categories.map((slug) => ancestry(slug, expected.categories).at(-1)));
        const sectionSlug = [...tops].find((slug) => slug && expected.categories.get(slug)?.name === row.sectionName);
        if (post.categories.length > 0)
          expect(sectionSlug, `post ${post.id} is in one of its top categories (${row.sectionName})`).toBeDefined();
        const wantedTags = new Set([
          ...[...family]
            .filter((slug) => slug !== sectionSlug && slug !== 'uncategorized')
            .map((slug) => expected.categories.get(slug)?.name ?? slug),
          ...post.tags.map((slug) => expected.tagNames.get(slug) ?? slug),
        ]);
        expect(new Set(row.tagNames), `post ${post.id}`).toEqual(wantedTags);
        // Each old category and tag archive leads to the section or one of the article's tags.
        for (const slug of family) {
          if (slug === 'uncategorized' && slug !== sectionSlug) continue;
          expect(
            await legacy.findLegacyRedirect(`/category/${encodeURIComponent(slug)}/`, new URLSearchParams(), now),
            `/category/${slug}/`,
          ).not.toBeNull();
        }
        for (const slug of post.tags) {
          expect(await legacy.findLegacyRedirect(`/tag/${encodeURIComponent(slug)}/`, new URLSearchParams(), now), `/tag/${slug}/`).toMatch(
            /^\/tag\//,
          );
        }
      }
    });

    it('keeps titles and names in any script', async () => {
      for (const post of importable.filter((candidate) => candidate.title !== '')) {
        const row = await articleFor(post.id);
        // Titles are plain text here: markup in a WordPress title is dropped, its words kept.
        expect(row.title, `post ${post.id}`).toBe(
          post.title
            .replace(/<[^>]+>/g, '')
            .replace(/\s+/g, ' ')
            .trim()
            .slice(0, 200),
        );
      }
      const names = (await db.select({ name: schema.tags.name }).from(schema.tags)).map((tag) => tag.name);
      if (fileName === 'small-export.xml') expect(names).toContain('远征手记');
      if (fileName === 'themeunittestdata.wordpress.xml') expect(names).toContain('content περιεχόμενο');
    });

    it.runIf(fileName === 'themeunittestdata.wordpress.xml')('schedules the 2030 post', async () => {
      const scheduled = importable.filter((post) => post.status === 'future');
      expect(scheduled).toHaveLength(1);
      const row = await articleFor(scheduled[0]?.id ?? 0);
      expect(row.status).toBe('scheduled');
      expect(row.publishedAt?.toISOString()).toBe('2030-01-01T19:00:18.000Z');
    });

    it('a re-run finds every post unchanged', async () => {
      const again = await importer.importWordPress(file, { now, keepRemoteImages: true });
      expect(again).toMatchObject({ imported: 0, updated: 0, unchanged: importable.length });
    });

    it('a truncated copy fails cleanly and leaves the database as it was', async () => {
      const bytes = fs.readFileSync(file);
      const truncated = path.join(dir, `truncated-${fileName}`);
      fs.writeFileSync(truncated, bytes.subarray(0, Math.floor(bytes.length * 0.6)));
      const snapshot = async () =>
        db.all(
          sql`select (select count(*) from articles) a, (select count(*) from legacy_urls) l, (select count(*) from revisions) r, (select count(*) from audit_log) g, (select max(updated_at) from articles) u`,
        );
      const before = await snapshot();
      await expect(importer.importWordPress(truncated, { now })).rejects.toThrow(/line \d+: .*Nothing was imported/);
      expect(await snapshot()).toEqual(before);
    });
  });
}

describe.skipIf(available)('the real WordPress exports', () => {
  it.skip(`are not on this machine (${exportsDir}): their tests are skipped`, () => {});
});
