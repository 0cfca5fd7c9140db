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
let media: typeof import('@/db/media');
let mediaRoute: typeof import('@/app/media/[key]/route');
let articleMutations: typeof import('@/db/article-mutations');
let search: typeof import('@/db/search');
let importer: typeof import('@/db/content-import');
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
  ({ cleanup } = await useTemporaryDatabase());
  db = (await import('@/db')).getDb();
  schema = await import('@/db/schema');
  orm = await import('drizzle-orm');
  media = await import('@/db/media');
  mediaRoute = await import('@/app/media/[key]/route');
  articleMutations = await import('@/db/article-mutations');
  search = await import('@/db/search');
  importer = await import('@/db/content-import');
  const [editor] = await db.insert(schema.users).values({ email: 'night@paradox.test', name: 'Night Editor', slug: 'night-editor', role: 'editor', passwordHash: 'x' }).returning();
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
    expect(await media.uploadImage.execute(editorId, { bytes: new Uint8Array(polyglot) })).toMatchObject({ ok: false, message: expect.stringMatching(/not a readable image/) });
    const truncated = png(4, 4).subarray(0, 30);
    expect(await media.uploadImage.execute(editorId, { bytes: new Uint8Array(truncated) })).toMatchObject({ ok: false, code: 'invalid' });
    // 50,000 × 50,000 pixels declared by a tiny file: refused from the header, never decoded.
    expect(await media.uploadImage.execute(editorId, { bytes: new Uint8Array(png(50_000, 50_000, 1)) })).toMatchObject({ ok: false, code: 'invalid' });
    const oversized = Buffer.concat([png(2, 2), Buffer.alloc(5 * 1024 * 1024)]);
    expect(await media.uploadImage.execute(editorId, { bytes: new Uint8Array(oversized) })).toMatchObject({ ok: false, message: 'Images must be at most 5 MB.' });
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
    for (const key of ['../../data/site.db', '..%2f..%2fetc%2fpasswd', '%2e%2e%2f%2e%2e%2fetc', '..\\..\\windows', 'abc/../../x', 'key\u0000.png', '.', '..', 'a'.repeat(65), '']) {
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
    const manyTags = await articleMutations.saveArticle.execute(editorId, { ...base(), tagNames: Array.from({ length: 50 }, (_, n) => `tag ${n}`) }, NOW);
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
      { ...base(), title: sneaky, summary: `Summary\u0008 with\u001B[31m escapes`, slug: `budget\u202Evote`, tagNames: [`Tax\u202E`, '\u2067Local'] },
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
    const traversal = await articleMutations.saveArticle.execute(editorId, { ...base(), title: 'Traversal one', slug: '../../etc/passwd' }, NOW);
    expect(traversal.ok && traversal.result.slug).toBe('etc-passwd');
    const encoded = await articleMutations.saveArticle.execute(editorId, { ...base(), title: 'Traversal two', slug: '..%2F..%2Fdata%2Fsite.db' }, NOW);
    expect(encoded.ok && encoded.result.slug).toMatch(/^[a-z0-9]+(-[a-z0-9]+)*$/);
    const nothing = await articleMutations.saveArticle.execute(editorId, { ...base(), title: 'Traversal three', slug: '../..//\\' }, NOW);
    expect(nothing).toMatchObject({ ok: false, fieldErrors: { slug: 'The slug needs at least one letter or digit.' } });
  });
});

describe('importer lines', () => {
  it('cleans control and bidi characters and path traversal from imported titles and slugs', async () => {
    async function* lines() {
      yield JSON.stringify({ title: 'Harbour\u202E gnirts \u0000 report', body: 'Plain text.', slug: '../../../etc/shadow', category: 'News', author: 'night@paradox.test' });
      yield JSON.stringify({ title: '\u2066\u2069', body: 'Only invisible characters in the title.', category: 'News', author: 'night@paradox.test' });
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

describe('search', () => {
  it('answers full-text syntax, SQL and huge input with ordinary results, never an error', async () => {
    const saved = await articleMutations.saveArticle.execute(editorId, { ...base(), title: 'Harbour strike ends', body: '<p>The harbour strike ended at dawn.</p>', intent: 'publish' }, NOW);
    expect(saved.ok).toBe(true);
    const later = new Date(NOW.getTime() + 1000);
    for (const query of ['"', '*', 'NEAR(harbour strike)', 'harbour OR', 'harbour AND NOT x', '"unbalanced harbour', 'title:harbour', "harbour') OR 1=1 --", '^harbour', 'harbour*', '{harbour}', 'x'.repeat(100_000), '\u0000harbour\u202E']) {
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
