import fs from 'node:fs';
import path from 'node:path';
import zlib from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { useTemporaryDatabase } from '../support/temp-database';

/**
 * Hostile input through the data layer and the media route: uploads that are not images (SVG above
 * all), file names and media keys that try to be paths, oversized and malformed article fields,
 * control and bidi characters, and full-text syntax in search. Each gets a clean refusal or harmless
 * output, never an exception.
 */

let cleanup: () => Promise<void>;
let db: ReturnType<typeof import('@/db').getDb>;
let schema: typeof import('@/db/schema');
let orm: typeof import('drizzle-orm');
let media: typeof import('../../newsroom/media');
let mediaRoute: typeof import('@/app/media/[key]/route');
let articleMutations: typeof import('../../newsroom/articles');
let search: typeof import('@/db/search');
let importer: typeof import('../../newsroom/importers/jsonl');
let taxonomy: typeof import('../../newsroom/taxonomy');
let users: typeof import('../../newsroom/accounts');
let tempDir = '';
let editorId = 0;
let sectionId = 0;

const NOW = new Date('2026-06-01T12:00:00Z');

// ---------------------------------------------------------------------------------------------------
// Image bytes made here, so the tests need no files

const crcTable = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});
function crc32(bytes: Buffer): number {
  let crc = 0xffffffff;
  for (const byte of bytes) crc = (crcTable[(crc ^ byte) & 0xff] ?? 0) ^ (crc >>> 8);
  return (crc ^ 0xffffffff) >>> 0;
}
function pngChunk(type: string, data: Buffer): Buffer {
  const length = Buffer.alloc(4);
  length.writeUInt32BE(data.length);
  const body = Buffer.concat([Buffer.from(type, 'ascii'), data]);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(body));
  return Buffer.concat([length, body, crc]);
}
/** A real PNG (grey pixels), or one whose header claims the given size over a tiny body. */
function png(width: number, height: number, rows = height): Buffer {
  const header = Buffer.alloc(13);
  header.writeUInt32BE(width, 0);
  header.writeUInt32BE(height, 4);
  header[8] = 8; // bit depth
  header[9] = 0; // greyscale
  const raw = Buffer.alloc(rows * (width + 1), 0x80);
  for (let row = 0; row < rows; row++) raw[row * (width + 1)] = 0;
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    pngChunk('IHDR', header),
    pngChunk('IDAT', zlib.deflateSync(raw)),
    pngChunk('IEND', Buffer.alloc(0)),
  ]);
}

const svgUploads: Record<string, string> = {
  'plain SVG': '<svg xmlns="http://www.w3.org/2000/svg" onload="alert(1)"><rect width="10" height="10"/></svg>',
  'SVG with an XML prolog': '<?xml version="1.0"?><svg xmlns="http://www.w3.org/2000/svg"><script>alert(1)</script></svg>',
  'SVG after a byte-order mark': '\uFEFF<svg xmlns="http://www.w3.org/2000/svg"/>',
  'SVG after whitespace and a comment': '  \n<!-- logo --><svg xmlns="http://www.w3.org/2000/svg"/>',
  'SVG with a doctype': '<!DOCTYPE svg PUBLIC "-//W3C//DTD SVG 1.1//EN" "x"><svg xmlns="http://www.w3.org/2000/svg"/>',
  'HTML named like an image': '<!doctype html><html><script>alert(1)</script></html>',
};

beforeAll(async () => {
  ({ cleanup, dir: tempDir } = await useTemporaryDatabase());
  db = (await import('@/db')).getDb();
  schema = await import('@/db/schema');
  orm = await import('drizzle-orm');
  media = await import('../../newsroom/media');
  mediaRoute = await import('@/app/media/[key]/route');
  articleMutations = await import('../../newsroom/articles');
  search = await import('@/db/search');
  importer = await import('../../newsroom/importers/jsonl');
  taxonomy = await import('../../newsroom/taxonomy');
  users = await import('../../newsroom/accounts');
  const [editor] = await db
    .insert(schema.users)
    .values({ email: 'night@paradox.test', name: 'Night Editor', slug: 'night-editor', role: 'editor', passwordHash: 'x' })
    .returning();
  const [section] = await db.insert(schema.categories).values({ slug: 'news', name: 'News' }).returning();
  editorId = editor?.id ?? 0;
  sectionId = section?.id ?? 0;
});

afterAll(() => cleanup());

async function getMedia(key: string) {
  return mediaRoute.GET(new Request(`http://localhost/media/${encodeURIComponent(key)}`), { params: Promise.resolve({ key }) });
}

describe('uploads', () => {
  it.each(Object.entries(svgUploads))('refuses %s', async (_label, text) => {
    const before = await db.$count(schema.media);
    const result = await media.uploadImage.execute(editorId, { bytes: new Uint8Array(Buffer.from(text)) });
    expect(result).toMatchObject({ ok: false, code: 'invalid', message: 'Only PNG, JPEG, GIF and WebP images can be uploaded.' });
    expect(await db.$count(schema.media)).toBe(before);
  });

  it('refuses files that only start like an image, images too large in bytes or pixels, and empty files', async () => {
    const polyglot = Buffer.from('GIF89a/*\u0000\u0000*/=alert(1)//');
    expect(await media.uploadImage.execute(editorId, { bytes: new Uint8Array(polyglot) })).toMatchObject({
      ok: false,
      message: expect.stringMatching(/not a readable image/),
    });
    const truncated = png(4, 4).subarray(0, 30);
    expect(await media.uploadImage.execute(editorId, { bytes: new Uint8Array(truncated) })).toMatchObject({ ok: false, code: 'invalid' });
    // 50,000 × 50,000 pixels declared by a tiny file: refused from the header, never decoded.
    expect(await media.uploadImage.execute(editorId, { bytes: new Uint8Array(png(50_000, 50_000, 1)) })).toMatchObject({
      ok: false,
      code: 'invalid',
    });
    const oversized = Buffer.concat([png(2, 2), Buffer.alloc(5 * 1024 * 1024)]);
    expect(await media.uploadImage.execute(editorId, { bytes: new Uint8Array(oversized) })).toMatchObject({
      ok: false,
      message: 'Images must be at most 5 MB.',
    });
    expect(await media.uploadImage.execute(editorId, { bytes: new Uint8Array() })).toMatchObject({ ok: false, code: 'invalid' });
    expect(await media.uploadImage.execute(editorId, { bytes: 'not bytes' })).toMatchObject({ ok: false, code: 'invalid' });
  });

  it('stores a real image under a random key and serves it as an inert image', async () => {
    const result = await media.uploadImage.execute(editorId, { bytes: new Uint8Array(png(3, 2)) });
    if (!result.ok) throw new Error(result.message);
    expect(result.result).toMatchObject({ width: 3, height: 2 });
    expect(result.result.url).toMatch(/^\/media\/[A-Za-z0-9_-]{16}$/);
    const response = await getMedia(result.result.url.slice('/media/'.length));
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('image/png');
    expect(response.headers.get('x-content-type-options')).toBe('nosniff');
    expect(response.headers.get('content-security-policy')).toBe("default-src 'none'; sandbox");
  });

  it('answers 404 to media keys that try to be paths', async () => {
    for (const key of [
      '../../data/site.db',
      '..%2f..%2fetc%2fpasswd',
      '%2e%2e%2f%2e%2e%2fetc',
      '..\\..\\windows',
      'abc/../../x',
      'key\u0000.png',
      '.',
      '..',
      'a'.repeat(65),
      '',
    ]) {
      const response = await getMedia(key);
      expect(response.status, key).toBe(404);
    }
  });
});

describe('article fields', () => {
  const base = () => ({ title: 'Ordinary headline', summary: '', body: '<p>Body</p>', categoryId: sectionId });

  it('refuses oversized titles and bodies with a message on the field', async () => {
    const longTitle = await articleMutations.saveArticle.execute(editorId, { ...base(), title: 'T'.repeat(10_000) }, NOW);
    expect(longTitle).toMatchObject({ ok: false, code: 'invalid', fieldErrors: { title: 'Title must be at most 200 characters.' } });
    const longBody = await articleMutations.saveArticle.execute(editorId, { ...base(), body: `<p>${'b'.repeat(600_000)}</p>` }, NOW);
    expect(longBody).toMatchObject({ ok: false, code: 'invalid', fieldErrors: { body: 'The body is too long.' } });
    const manyTags = await articleMutations.saveArticle.execute(
      editorId,
      { ...base(), tagNames: Array.from({ length: 50 }, (_, n) => `tag ${n}`) },
      NOW,
    );
    expect(manyTags).toMatchObject({ ok: false, fieldErrors: { tagNames: 'Use at most 20 tags.' } });
  });

  it('refuses malformed ids, sections and dates as field errors', async () => {
    for (const input of [
      { ...base(), id: '1 OR 1=1' },
      { ...base(), categoryId: "1'; DROP TABLE articles; --" },
      { ...base(), intent: 'schedule', publishAt: 'next tuesday-ish' },
      { ...base(), expectedVersion: -3 },
      { ...base(), featuredImageUrl: 'https://evil.example/x.png' },
      { ...base(), featuredImageUrl: '/media/../../data/site.db' },
      { ...base(), tagNames: 'not-an-array' },
      null,
      'a string',
    ]) {
      const result = await articleMutations.saveArticle.execute(editorId, input, NOW);
      expect(result, JSON.stringify(input)).toMatchObject({ ok: false, code: 'invalid' });
    }
    expect(await db.$count(schema.articles)).toBe(0);
  });

  it('strips control and bidi characters from titles, summaries, slugs and tags', async () => {
    const sneaky = 'Budget\u202E gnivas \u202Cvote\u0000 passes\u0007\u2066';
    const result = await articleMutations.saveArticle.execute(
      editorId,
      {
        ...base(),
        title: sneaky,
        summary: `Summary\u0008 with\u001B[31m escapes`,
        slug: `budget\u202Evote`,
        tagNames: [`Tax\u202E`, '\u2067Local'],
      },
      NOW,
    );
    if (!result.ok) throw new Error(result.message);
    const [row] = await db.select().from(schema.articles).where(orm.eq(schema.articles.id, result.result.id));
    expect(row?.title).toBe('Budget gnivas vote passes');
    expect(row?.summary).toBe('Summary with[31m escapes');
    expect(row?.slug).toBe('budgetvote');
    const tagNames = (await db.select({ name: schema.tags.name }).from(schema.tags)).map((tag) => tag.name);
    expect(tagNames).toEqual(expect.arrayContaining(['Tax', 'Local']));
  });

  it('turns path traversal in slugs into plain words, and refuses slugs with none', async () => {
    const traversal = await articleMutations.saveArticle.execute(
      editorId,
      { ...base(), title: 'Traversal one', slug: '../../etc/passwd' },
      NOW,
    );
    expect(traversal.ok && traversal.result.slug).toBe('etc-passwd');
    const encoded = await articleMutations.saveArticle.execute(
      editorId,
      { ...base(), title: 'Traversal two', slug: '..%2F..%2Fdata%2Fsite.db' },
      NOW,
    );
    expect(encoded.ok && encoded.result.slug).toMatch(/^[a-z0-9]+(-[a-z0-9]+)*$/);
    const nothing = await articleMutations.saveArticle.execute(editorId, { ...base(), title: 'Traversal three', slug: '../..//\\' }, NOW);
    expect(nothing).toMatchObject({ ok: false, fieldErrors: { slug: 'The slug needs at least one letter or digit.' } });
  });
});

describe('importer lines', () => {
  it('cleans control and bidi characters and path traversal from imported titles and slugs', async () => {
    async function* lines() {
      yield JSON.stringify({
        title: 'Harbour\u202E gnirts \u0000 report',
        body: 'Plain text.',
        slug: '../../../etc/shadow',
        category: 'News',
        author: 'night@paradox.test',
      });
      yield JSON.stringify({
        title: '\u2066\u2069',
        body: 'Only invisible characters in the title.',
        category: 'News',
        author: 'night@paradox.test',
      });
      yield '{"title": "Half a line';
      yield JSON.stringify(['not', 'an', 'object']);
      yield JSON.stringify({ title: 'Wrong types', body: 42, tags: 'x', published_at: 'soon' });
    }
    const report = await importer.importJsonl(lines(), { now: NOW });
    expect(report.imported).toBe(1);
    expect(report.skipped.map((skip) => skip.line)).toEqual([2, 3, 4, 5]);
    expect(report.skipped[0]?.reason).toMatch(/title: must not be empty/);
    expect(report.skipped[1]?.reason).toMatch(/invalid JSON/);
    expect(report.skipped[2]?.reason).toBe('not a JSON object');
    const [row] = await db.select().from(schema.articles).where(orm.eq(schema.articles.slug, 'etc-shadow'));
    expect(row?.title).toBe('Harbour gnirts  report');
  });
});

describe('hidden characters', () => {
  // One of each kind the editor and the importers must not keep: bidi marks, isolates and overrides, zero-width
  // and other invisible characters, Hangul fillers, a tag character; none of them in a place where it belongs.
  const hidden = [
    '\u200F',
    '\u200E',
    '\u061C',
    '\u2067',
    '\u202E',
    '\u200B',
    '\u2060',
    '\uFEFF',
    '\u180E',
    '\u3164',
    '\uFFA0',
    '\u{E0041}',
    '\u00AD',
    '\u200C',
  ];
  const sprinkle = (text: string) =>
    text
      .split(' ')
      .map((word, index) => `${hidden[index % hidden.length]}${word}${hidden[(index + 5) % hidden.length]}`)
      .join(' ');
  const wholeClass = /[\p{Bidi_Control}\p{Default_Ignorable_Code_Point}]/u;
  let adminId = 0;

  beforeAll(async () => {
    const [admin] = await db
      .insert(schema.users)
      .values({ email: 'owner@paradox.test', name: 'Owner', slug: 'owner', role: 'admin', passwordHash: 'x' })
      .returning();
    adminId = admin?.id ?? 0;
  });

  it('are removed from a saved article’s title, summary, slug, tags and alt text, and kept where a script or emoji needs them', async () => {
    const result = await articleMutations.saveArticle.execute(
      editorId,
      {
        title: `${sprinkle('Harbour board approves night ferry')} 👩‍💻 می\u200Cخواهم`,
        summary: sprinkle('The vote was unanimous'),
        slug: sprinkle('night ferry vote'),
        body: '<p>Body</p>',
        categoryId: sectionId,
        tagNames: [sprinkle('Night ferry'), sprinkle('Harbour board')],
        featuredImageAlt: sprinkle('The ferry at its berth'),
      },
      NOW,
    );
    if (!result.ok) throw new Error(JSON.stringify(result));
    const [row] = await db.select().from(schema.articles).where(orm.eq(schema.articles.id, result.result.id));
    expect(row?.title).toBe('Harbour board approves night ferry 👩‍💻 می\u200Cخواهم');
    expect(row?.summary).toBe('The vote was unanimous');
    expect(row?.slug).toBe('night-ferry-vote');
    expect(row?.featuredImageAlt).toBe('The ferry at its berth');
    const tags = await db
      .select({ name: schema.tags.name, slug: schema.tags.slug })
      .from(schema.articleTags)
      .innerJoin(schema.tags, orm.eq(schema.tags.id, schema.articleTags.tagId))
      .where(orm.eq(schema.articleTags.articleId, result.result.id));
    expect(tags.map((tag) => [tag.name, tag.slug]).sort()).toEqual([
      ['Harbour board', 'harbour-board'],
      ['Night ferry', 'night-ferry'],
    ]);
    const [revision] = await db
      .select({ title: schema.revisions.title })
      .from(schema.revisions)
      .where(orm.eq(schema.revisions.articleId, result.result.id));
    expect(revision?.title).toBe(row?.title);
  });

  it('are removed from section and tag names and slugs, and a name of nothing but them is refused', async () => {
    const section = await taxonomy.createSection.execute(
      editorId,
      { name: sprinkle('Harbour life'), slug: sprinkle('harbour life'), description: sprinkle('On the quays') },
      NOW,
    );
    if (!section.ok) throw new Error(section.message);
    const [sectionRow] = await db.select().from(schema.categories).where(orm.eq(schema.categories.id, section.result.id));
    expect([sectionRow?.name, sectionRow?.slug, sectionRow?.description]).toEqual(['Harbour life', 'harbour-life', 'On the quays']);
    const tag = await taxonomy.createTag.execute(editorId, { name: sprinkle('Tide tables') }, NOW);
    if (!tag.ok) throw new Error(tag.message);
    const [tagRow] = await db.select().from(schema.tags).where(orm.eq(schema.tags.id, tag.result.id));
    expect([tagRow?.name, tagRow?.slug]).toEqual(['Tide tables', 'tide-tables']);
    expect(await taxonomy.createTag.execute(editorId, { name: '\u200B\u3164\u202E' }, NOW)).toMatchObject({
      ok: false,
      code: 'invalid',
      fieldErrors: { name: 'Enter a name.' },
    });
  });

  it('are removed from staff names and the author slugs made from them', async () => {
    const created = await users.createStaffUser.execute(
      adminId,
      { email: 'maeve@paradox.test', name: sprinkle('Maeve Brennan'), role: 'author', password: 'a long enough passphrase for tests' },
      NOW,
    );
    if (!created.ok) throw new Error(created.message);
    const [row] = await db
      .select({ name: schema.users.name, slug: schema.users.slug })
      .from(schema.users)
      .where(orm.eq(schema.users.email, 'maeve@paradox.test'));
    expect(row).toEqual({ name: 'Maeve Brennan', slug: 'maeve-brennan' });
  });

  it('are removed from imported lines: titles, summaries, sections and tags', async () => {
    async function* lines() {
      yield JSON.stringify({
        title: sprinkle('Lighthouse keepers return'),
        summary: sprinkle('Back in the tower'),
        body: '<p>The keepers moved back.</p>',
        category: sprinkle('Coast'),
        tags: [sprinkle('Lighthouses'), '\u2060'],
        author: 'night@paradox.test',
      });
      yield JSON.stringify({
        title: sprinkle('Summary made from the body'),
        body: `<p>${sprinkle('Keepers keep the light')}</p>`,
        category: 'News',
        author: 'night@paradox.test',
      });
    }
    const report = await importer.importJsonl(lines(), { now: NOW });
    expect(report.skipped).toEqual([]);
    const [first] = await db.select().from(schema.articles).where(orm.eq(schema.articles.slug, 'lighthouse-keepers-return'));
    expect([first?.title, first?.summary]).toEqual(['Lighthouse keepers return', 'Back in the tower']);
    const [coast] = await db.select().from(schema.categories).where(orm.eq(schema.categories.slug, 'coast'));
    expect(coast?.name).toBe('Coast');
    const [tag] = await db.select().from(schema.tags).where(orm.eq(schema.tags.slug, 'lighthouses'));
    expect(tag?.name).toBe('Lighthouses');
    const [second] = await db.select().from(schema.articles).where(orm.eq(schema.articles.slug, 'summary-made-from-the-body'));
    expect(second?.summary).toBe('Keepers keep the light');
  });

  it('are removed from a WordPress export’s titles, excerpts, authors, categories and tags', async () => {
    const { importWordPress } = await import('../../newsroom/importers/wordpress');
    const fixture = path.resolve(import.meta.dirname, '../fixtures/wordpress/harbour-gazette.xml');
    const file = path.join(tempDir, 'hidden-characters.xml');
    const text = fs
      .readFileSync(fixture, 'utf8')
      .replace(
        '<![CDATA[Night ferry to Brannock returns after ten winters]]>',
        `<![CDATA[${sprinkle('Night ferry to Brannock returns after ten winters')}]]>`,
      )
      .replaceAll('<![CDATA[Maeve Brennan]]>', `<![CDATA[${sprinkle('Maeve Brennan')}]]>`)
      .replaceAll('<![CDATA[Quays &amp; Moorings]]>', `<![CDATA[${sprinkle('Quays &amp; Moorings')}]]>`)
      .replaceAll('<![CDATA[Harbour board]]>', `<![CDATA[${sprinkle('Harbour board')}]]>`)
      .replace('<![CDATA[A Tokyo crew wins the <em>Saltmere</em> cup.]]>', `<![CDATA[${sprinkle('A Tokyo crew wins the cup.')}]]>`);
    fs.writeFileSync(file, text);
    const report = await importWordPress(file, { now: NOW, keepRemoteImages: true });
    expect(report.imported).toBeGreaterThan(0);
    const titles = (await db.select({ title: schema.articles.title, summary: schema.articles.summary }).from(schema.articles)).flatMap(
      (row) => [row.title, row.summary],
    );
    expect(titles).toEqual(expect.arrayContaining(['Night ferry to Brannock returns after ten winters', 'A Tokyo crew wins the cup.']));
    const names = [
      ...(await db.select({ name: schema.users.name }).from(schema.users)),
      ...(await db.select({ name: schema.categories.name }).from(schema.categories)),
      ...(await db.select({ name: schema.tags.name }).from(schema.tags)),
    ].map((row) => row.name);
    expect(names).toEqual(expect.arrayContaining(['Maeve Brennan', 'Harbour board']));
    for (const value of [...titles, ...names])
      expect(value.replace(/می\u200Cخواهم|👩‍💻/gu, ''), JSON.stringify(value)).not.toMatch(wholeClass);
  });
});

describe('search', () => {
  it('answers full-text syntax, SQL and huge input with ordinary results, never an error', async () => {
    const saved = await articleMutations.saveArticle.execute(
      editorId,
      { ...base(), title: 'Harbour strike ends', body: '<p>The harbour strike ended at dawn.</p>', intent: 'publish' },
      NOW,
    );
    expect(saved.ok).toBe(true);
    const later = new Date(NOW.getTime() + 1000);
    for (const query of [
      '"',
      '*',
      'NEAR(harbour strike)',
      'harbour OR',
      'harbour AND NOT x',
      '"unbalanced harbour',
      'title:harbour',
      "harbour') OR 1=1 --",
      '^harbour',
      'harbour*',
      '{harbour}',
      'x'.repeat(100_000),
      '\u0000harbour\u202E',
    ]) {
      const results = await search.searchPublishedArticles({ query, page: 1, pageSize: 10 }, later);
      expect(results.total, query.slice(0, 20)).toBeGreaterThanOrEqual(0);
    }
    const words = await search.searchPublishedArticles({ query: 'NEAR(harbour strike)', page: 1, pageSize: 10 }, later);
    // Operators are read as words: "near" is not in the story, so nothing matches, without an FTS5 syntax error.
    expect(words.total).toBe(0);
    const plain = await search.searchPublishedArticles({ query: '"harbour" -strike*', page: 1, pageSize: 10 }, later);
    expect(plain.items.map((item) => item.title)).toEqual(['Harbour strike ends']);
  });

  function base() {
    return { title: 'Ordinary headline', summary: '', body: '<p>Body</p>', categoryId: sectionId };
  }
});
