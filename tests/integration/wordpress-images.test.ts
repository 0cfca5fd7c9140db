import fs from 'node:fs';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import sharp from 'sharp';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { useTemporaryDatabase } from '../support/temp-database';

/**
 * Pictures of a WordPress import copied into the media library from the old site, which this test
 * serves itself on 127.0.0.1 (nothing reaches the internet): resized copies lead to their originals,
 * a 404, an oversized file, an SVG named .jpg and a server error are reported and never stop the import,
 * a re-run fetches nothing twice and retries what failed for a passing reason, and
 * `--keep-remote-images` leaves the pictures where they are and names their origins for the CSP.
 */

const NOW = new Date('2026-06-01T12:00:00Z');

let cleanup: () => Promise<void>;
let dir: string;
let server: http.Server;
let origin = '';
let importer: typeof import('../../newsroom/importers/wordpress');
let schema: typeof import('@/db/schema');
let orm: typeof import('drizzle-orm');
let db: ReturnType<typeof import('@/db').getDb>;

/** Requests the old site answered, by path. */
const requests = new Map<string, number>();
let flakyFails = true;
const files = new Map<string, { type: string; body: Buffer }>();

async function jpeg(width: number, height: number, colour: string) {
  return sharp({ create: { width, height, channels: 3, background: colour } })
    .jpeg()
    .toBuffer();
}

function item(fields: { id: number; type?: string; title: string; content?: string; excerpt?: string; extra?: string }) {
  return `<item>
    <title><![CDATA[${fields.title}]]></title>
    <link>${origin}/?p=${fields.id}</link>
    <pubDate>Mon, 04 Mar 2024 09:00:00 +0000</pubDate>
    <dc:creator><![CDATA[desk]]></dc:creator>
    <guid isPermaLink="false">${origin}/?p=${fields.id}</guid>
    <description></description>
    <content:encoded><![CDATA[${fields.content ?? ''}]]></content:encoded>
    <excerpt:encoded><![CDATA[${fields.excerpt ?? ''}]]></excerpt:encoded>
    <wp:post_id>${fields.id}</wp:post_id>
    <wp:post_date><![CDATA[2024-03-04 09:00:00]]></wp:post_date>
    <wp:post_date_gmt><![CDATA[2024-03-04 09:00:00]]></wp:post_date_gmt>
    <wp:post_name><![CDATA[post-${fields.id}]]></wp:post_name>
    <wp:status><![CDATA[${fields.type === 'attachment' ? 'inherit' : 'publish'}]]></wp:status>
    <wp:post_parent>0</wp:post_parent>
    <wp:post_type><![CDATA[${fields.type ?? 'post'}]]></wp:post_type>
    <wp:post_password><![CDATA[]]></wp:post_password>
    ${fields.extra ?? ''}
  </item>`;
}

const meta = (key: string, value: string) =>
  `<wp:postmeta><wp:meta_key><![CDATA[${key}]]></wp:meta_key><wp:meta_value><![CDATA[${value}]]></wp:meta_value></wp:postmeta>`;

/** A WordPress export of a site at `site` whose uploads are on the local old site. */
function writeExport(name: string, site: string): string {
  const uploads = `${origin}/wp-content/uploads/2024/03`;
  const xml = `<?xml version="1.0" encoding="UTF-8" ?>
<rss version="2.0" xmlns:excerpt="http://wordpress.org/export/1.2/excerpt/" xmlns:content="http://purl.org/rss/1.0/modules/content/"
  xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:wp="http://wordpress.org/export/1.2/">
<channel>
  <title>Quayside Courier</title>
  <link>${site}</link>
  <wp:wxr_version>1.2</wp:wxr_version>
  <wp:base_site_url>${site}</wp:base_site_url>
  <wp:base_blog_url>${site}</wp:base_blog_url>
  <wp:author><wp:author_login><![CDATA[desk]]></wp:author_login><wp:author_email><![CDATA[desk@courier.test]]></wp:author_email><wp:author_display_name><![CDATA[News Desk]]></wp:author_display_name></wp:author>
  ${item({
    id: 301,
    type: 'attachment',
    title: 'Lighthouse at dusk',
    excerpt: 'The Saltmere light, relit for the first time in ten years.',
    extra: `<wp:attachment_url><![CDATA[${uploads}/lighthouse.png]]></wp:attachment_url>${meta('_wp_attachment_image_alt', 'A white lighthouse against an orange sky')}${meta('_media_credit', 'Ines Marlow')}`,
  })}
  ${item({
    id: 302,
    type: 'attachment',
    title: 'Harbour',
    extra: `<wp:attachment_url><![CDATA[${uploads}/harbour.jpg]]></wp:attachment_url>${meta('_wp_attachment_image_alt', 'Boats moored in the inner harbour')}`,
  })}
  ${item({
    id: 201,
    title: 'Lighthouse relit',
    content: `The light is back.

<img class="wp-image-302" src="${uploads}/harbour-1024x683.jpg" alt="" width="1024" height="683" />

[caption id="attachment_9" width="300"]<img src="${uploads}/missing.jpg" alt="Gone" width="300" height="200" /> Not on the old site any more.[/caption]

<img src="${uploads}/huge.jpg" alt="Too big" />

<img src="${uploads}/disguised.jpg" alt="Not a photo" />`,
    extra: meta('_thumbnail_id', '301'),
  })}
  ${item({
    id: 202,
    title: 'Harbour reopens',
    content: `<img src="${uploads}/harbour.jpg" alt="The harbour" />

<img src="${uploads}/flaky.jpg" alt="Quay at noon" />

https://www.youtube.com/watch?v=dQw4w9WgXcQ`,
  })}
</channel>
</rss>`;
  const file = path.join(dir, name);
  fs.writeFileSync(file, xml);
  return file;
}

async function article(slug: string) {
  const [row] = await db.select().from(schema.articles).where(orm.eq(schema.articles.slug, slug));
  if (!row) throw new Error(`no article ${slug}`);
  return row;
}

async function mediaFrom(sourceUrl: string) {
  const rows = await db.select().from(schema.media).where(orm.eq(schema.media.sourceUrl, sourceUrl));
  return rows;
}

const requestCount = () => [...requests.values()].reduce((sum, count) => sum + count, 0);

beforeAll(async () => {
  ({ cleanup, dir } = await useTemporaryDatabase());
  db = (await import('@/db')).getDb();
  schema = await import('@/db/schema');
  orm = await import('drizzle-orm');
  importer = await import('../../newsroom/importers/wordpress');

  const svg = Buffer.from('<svg xmlns="http://www.w3.org/2000/svg" onload="alert(1)"><script>alert(1)</script></svg>');
  const base = '/wp-content/uploads/2024/03';
  files.set(`${base}/harbour.jpg`, { type: 'image/jpeg', body: await jpeg(1200, 800, '#2a6f97') });
  files.set(`${base}/harbour-1024x683.jpg`, { type: 'image/jpeg', body: await jpeg(1024, 683, '#2a6f97') });
  files.set(`${base}/lighthouse.png`, {
    type: 'image/png',
    body: await sharp({ create: { width: 640, height: 960, channels: 3, background: '#f08a24' } })
      .png()
      .toBuffer(),
  });
  files.set(`${base}/disguised.jpg`, { type: 'image/jpeg', body: svg });
  files.set(`${base}/flaky.jpg`, { type: 'image/jpeg', body: await jpeg(800, 600, '#6b705c') });
  // Past the 5 MB limit: a JPEG's first bytes, then padding.
  files.set(`${base}/huge.jpg`, {
    type: 'image/jpeg',
    body: Buffer.concat([Buffer.from([0xff, 0xd8, 0xff, 0xe0]), Buffer.alloc(6 * 1024 * 1024)]),
  });

  server = http.createServer((request, response) => {
    const pathname = new URL(request.url ?? '/', 'http://old.site').pathname;
    requests.set(pathname, (requests.get(pathname) ?? 0) + 1);
    if (pathname.endsWith('/flaky.jpg') && flakyFails) {
      response.writeHead(503).end('busy');
      return;
    }
    const file = files.get(pathname);
    if (!file) {
      response.writeHead(404, { 'content-type': 'text/html' }).end('<h1>Not found</h1>');
      return;
    }
    response.writeHead(200, { 'content-type': file.type, 'content-length': file.body.byteLength }).end(file.body);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});

afterAll(async () => {
  await new Promise((resolve) => server.close(resolve));
  await cleanup();
});

describe('copying an import’s pictures into the media library', () => {
  let exportFile = '';
  let first: Awaited<ReturnType<typeof importer.importWordPress>>;

  beforeAll(() => {
    exportFile = writeExport('courier.xml', 'https://courier.test');
  });

  it('a dry run counts what it would copy and downloads nothing', async () => {
    const report = await importer.importWordPress(exportFile, { now: NOW, dryRun: true });
    expect(report.imported).toBe(2);
    // Per post, as nothing is stored: 201 shows harbour (a resized copy of it), lighthouse, missing, huge and disguised; 202 harbour and flaky.
    expect(report.images).toMatchObject({ copied: 7, present: 0, failed: [] });
    expect(requestCount()).toBe(0);
    expect(await db.select().from(schema.media)).toEqual([]);
  });

  it('copies what it can, reports the rest with the reason, and imports every post', async () => {
    first = await importer.importWordPress(exportFile, { now: NOW });
    expect(first).toMatchObject({ imported: 2, updated: 0, unchanged: 0 });
    expect(first.images).toMatchObject({ copied: 2, present: 1, kept: 0 });
    const failures = Object.fromEntries(first.images.failed.map((failure) => [failure.url.split('/').at(-1), failure.reason]));
    expect(failures).toEqual({
      'missing.jpg': 'HTTP 404',
      'huge.jpg': 'larger than 5 MB (6 MB)',
      'disguised.jpg': 'refused: Only PNG, JPEG, GIF and WebP images can be uploaded.',
      'flaky.jpg': 'HTTP 503',
    });
    // Failed pictures keep their old address, so an operator can still allow it (REMOTE_IMAGE_ORIGINS).
    expect(first.images.remoteOrigins).toEqual([origin]);
  });

  it('copies the original of a resized picture once, with the export’s alt text, caption and credit', async () => {
    const [harbour, ...again] = await mediaFrom(`${origin}/wp-content/uploads/2024/03/harbour.jpg`);
    expect(again).toEqual([]);
    expect(harbour).toMatchObject({ width: 1200, height: 800, altText: 'Boats moored in the inner harbour', description: 'Harbour' });
    // The resized copy the post showed was never fetched: its original was.
    expect(requests.get('/wp-content/uploads/2024/03/harbour-1024x683.jpg')).toBeUndefined();
    const [lighthouse] = await mediaFrom(`${origin}/wp-content/uploads/2024/03/lighthouse.png`);
    expect(lighthouse).toMatchObject({
      altText: 'A white lighthouse against an orange sky',
      caption: 'The Saltmere light, relit for the first time in ten years.',
      credit: 'Ines Marlow',
      mimeType: 'image/png',
    });
    // Credited to the post's author, and audited as the import's work.
    const [author] = await db.select().from(schema.users).where(orm.eq(schema.users.email, 'desk@courier.test'));
    expect(lighthouse?.uploadedBy).toBe(author?.id);
    const audits = await db.select().from(schema.auditLog).where(orm.eq(schema.auditLog.action, 'media.import'));
    expect(audits.map((entry) => entry.targetId).sort()).toEqual([harbour?.id, lighthouse?.id].sort());
  });

  it('points the posts at the copies and keeps the old address of what could not be copied', async () => {
    const [harbour] = await mediaFrom(`${origin}/wp-content/uploads/2024/03/harbour.jpg`);
    const [lighthouse] = await mediaFrom(`${origin}/wp-content/uploads/2024/03/lighthouse.png`);
    const relit = await article('post-201');
    expect(relit.featuredImageUrl).toBe(`/media/${lighthouse?.key}`);
    expect(relit.featuredImageAlt).toBe('A white lighthouse against an orange sky');
    // An image without alt text gets the library's.
    expect(relit.body).toContain(`<img src="/media/${harbour?.key}" alt="Boats moored in the inner harbour"`);
    for (const name of ['missing.jpg', 'huge.jpg', 'disguised.jpg'])
      expect(relit.body).toContain(`src="${origin}/wp-content/uploads/2024/03/${name}"`);
    const reopens = await article('post-202');
    expect(reopens.body).toContain(`<img src="/media/${harbour?.key}" alt="The harbour" />`);
    expect(reopens.body).toContain(`src="${origin}/wp-content/uploads/2024/03/flaky.jpg"`);
    // The YouTube address alone on its line became an embed block.
    expect(reopens.body).toContain(
      '<figure class="embed" data-provider="youtube" data-embed-url="https://www.youtube.com/watch?v=dQw4w9WgXcQ">',
    );
  });

  it('a re-run fetches nothing it has, retries what failed for a passing reason, and leaves the rest alone', async () => {
    flakyFails = false;
    const before = new Map(requests);
    const second = await importer.importWordPress(exportFile, { now: NOW });
    // The post with only lasting failures (404, too large, not an image) is unchanged; the one with the 503 is retried.
    expect(second).toMatchObject({ imported: 0, updated: 1, unchanged: 1 });
    expect(second.images).toMatchObject({ copied: 1, present: 1, failed: [] });
    expect(requests.get('/wp-content/uploads/2024/03/flaky.jpg')).toBe((before.get('/wp-content/uploads/2024/03/flaky.jpg') ?? 0) + 1);
    for (const name of ['harbour.jpg', 'lighthouse.png', 'missing.jpg', 'huge.jpg', 'disguised.jpg']) {
      const file = `/wp-content/uploads/2024/03/${name}`;
      expect(requests.get(file), name).toBe(before.get(file));
    }
    const [flaky] = await mediaFrom(`${origin}/wp-content/uploads/2024/03/flaky.jpg`);
    expect((await article('post-202')).body).toContain(`<img src="/media/${flaky?.key}" alt="Quay at noon" />`);

    const countBefore = requestCount();
    const third = await importer.importWordPress(exportFile, { now: NOW });
    expect(third).toMatchObject({ imported: 0, updated: 0, unchanged: 2 });
    expect(third.images).toMatchObject({ copied: 0, present: 0, failed: [] });
    expect(requestCount()).toBe(countBefore);
  });
});

describe('keeping the pictures where they are (--keep-remote-images)', () => {
  it('fetches nothing, leaves every address, and names the origins the CSP must allow', async () => {
    const exportFile = writeExport('courier-kept.xml', 'https://kept.courier.test');
    const countBefore = requestCount();
    const mediaBefore = (await db.select({ id: schema.media.id }).from(schema.media)).length;
    const report = await importer.importWordPress(exportFile, { now: NOW, keepRemoteImages: true });
    expect(report.imported).toBe(2);
    expect(report.images).toMatchObject({ copied: 0, present: 0, kept: 7, failed: [], remoteOrigins: [origin] });
    expect(requestCount()).toBe(countBefore);
    expect((await db.select({ id: schema.media.id }).from(schema.media)).length).toBe(mediaBefore);
    const [kept] = await db
      .select({ body: schema.articles.body, featuredImageUrl: schema.articles.featuredImageUrl })
      .from(schema.articles)
      .innerJoin(schema.wordpressPosts, orm.eq(schema.wordpressPosts.articleId, schema.articles.id))
      .where(orm.and(orm.eq(schema.wordpressPosts.site, 'kept.courier.test'), orm.eq(schema.wordpressPosts.postId, 201)));
    expect(kept?.featuredImageUrl).toBe(`${origin}/wp-content/uploads/2024/03/lighthouse.png`);
    expect(kept?.body).toContain(`src="${origin}/wp-content/uploads/2024/03/harbour-1024x683.jpg"`);
  });

  it('the pages’ img-src then carries exactly the configured origins, never a wildcard', async () => {
    const { loadMediaConfig } = await import('@/lib/config');
    const { prepareRequestSecurity } = await import('../../web/request-guard');
    const { NextRequest } = await import('next/server');
    const previous = process.env.REMOTE_IMAGE_ORIGINS;
    try {
      process.env.REMOTE_IMAGE_ORIGINS = `${origin}, https://cdn.courier.test/`;
      expect(loadMediaConfig().remoteImageOrigins).toEqual([origin, 'https://cdn.courier.test']);
      const imageSources = (pathname: string) => {
        const response = prepareRequestSecurity(new NextRequest(`http://news.test${pathname}`)).decorate(new Response());
        const policy = response.headers.get('content-security-policy') ?? '';
        return { policy, img: /(?:^|; )img-src ([^;]*)/.exec(policy)?.[1] };
      };
      for (const pathname of ['/news/lighthouse-relit', '/', '/editor']) {
        expect(imageSources(pathname).img, pathname).toBe(`'self' ${origin} https://cdn.courier.test`);
      }
      // Uploads keep their own sandboxed policy (set by next.config.ts): the proxy adds none there.
      expect(imageSources('/media/AbCdEfGh12345678').policy).toBe('');

      delete process.env.REMOTE_IMAGE_ORIGINS;
      // Without any, reader pages keep next.config.ts's policy (img-src 'self') and the staff policy has only 'self'.
      expect(imageSources('/news/lighthouse-relit').policy).toBe('');
      expect(imageSources('/editor').img).toBe("'self'");

      for (const wrong of ['*', 'https://*.courier.test', 'https://courier.test/images', "'unsafe-inline'", 'courier.test']) {
        expect(() => loadMediaConfig({ REMOTE_IMAGE_ORIGINS: wrong }), wrong).toThrow(/REMOTE_IMAGE_ORIGINS/);
      }
    } finally {
      if (previous === undefined) delete process.env.REMOTE_IMAGE_ORIGINS;
      else process.env.REMOTE_IMAGE_ORIGINS = previous;
    }
  });
});

describe('a download is bounded', () => {
  it('gives up on a site that does not answer, a streamed file past the limit, and endless redirects', async () => {
    const { download } = await import('../../newsroom/remote-images');
    const slow = http.createServer((request, response) => {
      const pathname = new URL(request.url ?? '/', 'http://slow.site').pathname;
      if (pathname === '/hang') return; // never answers
      if (pathname === '/loop') {
        response.writeHead(302, { location: '/loop' }).end();
        return;
      }
      // No Content-Length: the size is only known as it arrives.
      response.writeHead(200, { 'content-type': 'image/jpeg' });
      const chunk = Buffer.alloc(256 * 1024);
      let sent = 0;
      const write = () => {
        while (sent < 40 && response.write(chunk)) sent++;
        if (sent < 40) response.once('drain', write);
        else response.end();
      };
      write();
    });
    await new Promise<void>((resolve) => slow.listen(0, '127.0.0.1', resolve));
    const base = `http://127.0.0.1:${(slow.address() as AddressInfo).port}`;
    try {
      expect(await download(`${base}/hang`, { timeoutMs: 300 })).toEqual({ ok: false, reason: 'no answer within 0.3 s', retry: true });
      expect(await download(`${base}/stream`, { maxBytes: 1024 * 1024 })).toEqual({ ok: false, reason: 'larger than 1 MB', retry: false });
      expect(await download(`${base}/loop`)).toEqual({ ok: false, reason: 'too many redirects', retry: false });
      expect(await download('file:///etc/passwd')).toMatchObject({ ok: false, retry: false });
      expect(await download(`http://user:secret@127.0.0.1:${(slow.address() as AddressInfo).port}/stream`)).toMatchObject({
        ok: false,
        reason: 'an address with a user name or password',
      });
    } finally {
      slow.closeAllConnections();
      await new Promise((resolve) => slow.close(resolve));
    }
  });
});
