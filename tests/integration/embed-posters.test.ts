import http from 'node:http';
import type { AddressInfo } from 'node:net';
import sharp from 'sharp';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { unsafeParts } from '../support/safe-html';
import { useTemporaryDatabase } from '../support/temp-database';

/**
 * An embed's title and poster, fetched on the server when the editor inserts it. The providers are played
 * by a local server: the fetch the code uses is injected, so every request for youtube.com, i.ytimg.com
 * or vimeo.com lands here (nothing reaches the internet), and the code's own host checks still see the
 * providers' addresses.
 */

let cleanup: () => Promise<void>;
let server: http.Server;
let local = '';
let embeds: typeof import('../../newsroom/embeds');
let schema: typeof import('@/db/schema');
let orm: typeof import('drizzle-orm');
let db: ReturnType<typeof import('@/db').getDb>;
let editorId = 0;
let poster: Buffer;

/** Requests the stand-in providers answered: host and path. */
const asked: string[] = [];
let oembedAnswers: Record<string, { status: number; body: unknown }> = {};

/** The fetch the code is given: a provider's address is answered by the local server, anything else refused. */
const providerFetch: typeof fetch = (input, init) => {
  const url = new URL(input instanceof Request ? input.url : String(input));
  return fetch(`${local}/${url.host}${url.pathname}${url.search}`, init);
};

beforeAll(async () => {
  ({ cleanup } = await useTemporaryDatabase());
  db = (await import('@/db')).getDb();
  schema = await import('@/db/schema');
  orm = await import('drizzle-orm');
  embeds = await import('../../newsroom/embeds');
  const [editor] = await db
    .insert(schema.users)
    .values({ email: 'desk@paradox.test', name: 'Desk', slug: 'desk', role: 'editor', passwordHash: 'x' })
    .returning();
  editorId = editor?.id ?? 0;
  poster = await sharp({ create: { width: 480, height: 360, channels: 3, background: '#204060' } })
    .jpeg()
    .toBuffer();

  server = http.createServer((request, response) => {
    const url = new URL(request.url ?? '/', 'http://stand-in');
    const [host = '', ...rest] = url.pathname.split('/').filter(Boolean);
    const path = `/${rest.join('/')}`;
    asked.push(`${host}${path}`);
    if (path.endsWith('oembed') || path.endsWith('oembed.json')) {
      const answer = oembedAnswers[host] ?? { status: 404, body: {} };
      response.writeHead(answer.status, { 'content-type': 'application/json' }).end(JSON.stringify(answer.body));
    } else if (host === 'i.ytimg.com' && path === '/vi/dQw4w9WgXcQ/hqdefault.jpg') {
      response.writeHead(200, { 'content-type': 'image/jpeg' }).end(poster);
    } else if (host === 'i.vimeocdn.com' && path === '/video/1.jpg') {
      // A poster that moves to a host that is not the provider's: not followed.
      response.writeHead(302, { location: 'http://127.0.0.1:9/private' }).end();
    } else {
      response.writeHead(404).end();
    }
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  local = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});

afterAll(async () => {
  await new Promise((resolve) => server.close(resolve));
  await cleanup();
});

describe('an embed’s title and poster', () => {
  it('come from the provider once, and the poster is kept in the media library', async () => {
    oembedAnswers = {
      'www.youtube.com': {
        status: 200,
        body: {
          title: 'Harbour festival\u202e highlights',
          author_name: 'Saltmere TV',
          thumbnail_url: 'https://i.ytimg.com/vi/dQw4w9WgXcQ/hqdefault.jpg',
        },
      },
    };
    const preview = await embeds.fetchEmbedPreview('https://www.youtube.com/watch?v=dQw4w9WgXcQ', { fetch: providerFetch });
    if (!preview.ok || !preview.poster || !('bytes' in preview.poster)) throw new Error(`no poster: ${JSON.stringify(preview)}`);
    // Hidden characters go, as from any other title.
    expect(preview.title).toBe('Harbour festival highlights');
    expect(preview.poster.sourceUrl).toBe('https://i.ytimg.com/vi/dQw4w9WgXcQ/hqdefault.jpg');
    expect(asked).toEqual(['www.youtube.com/oembed', 'i.ytimg.com/vi/dQw4w9WgXcQ/hqdefault.jpg']);

    const stored = await embeds.storeEmbedPoster.execute(editorId, preview.poster);
    if (!stored.ok) throw new Error(stored.message);
    expect(stored.result.url).toMatch(/^\/media\/[A-Za-z0-9_-]+$/);
    const [row] = await db.select().from(schema.media).where(orm.eq(schema.media.sourceUrl, preview.poster.sourceUrl));
    expect(row).toMatchObject({ width: 480, height: 360, uploadedBy: editorId, description: 'Embed poster' });

    // The same video again, by another of its addresses: the library's copy, and no second download.
    asked.length = 0;
    const again = await embeds.fetchEmbedPreview('https://youtu.be/dQw4w9WgXcQ', { fetch: providerFetch });
    expect(again).toMatchObject({ ok: true, title: 'Harbour festival highlights', poster: { url: stored.result.url } });
    expect(asked).toEqual(['www.youtube.com/oembed']);
  });

  it('are simply missing when the provider fails, and a poster on another host is never fetched', async () => {
    oembedAnswers = {
      'vimeo.com': { status: 200, body: { title: 'Quay cam', thumbnail_url: 'http://127.0.0.1:9/admin/secret.jpg' } },
    };
    asked.length = 0;
    // A thumbnail outside the provider's image hosts is ignored.
    expect(await embeds.fetchEmbedPreview('https://vimeo.com/76979871', { fetch: providerFetch })).toMatchObject({
      ok: true,
      title: 'Quay cam',
      poster: null,
    });
    expect(asked).toEqual(['vimeo.com/api/oembed.json']);

    // A poster that redirects off the provider's hosts is not followed.
    oembedAnswers = { 'vimeo.com': { status: 200, body: { title: 'Quay cam', thumbnail_url: 'https://i.vimeocdn.com/video/1.jpg' } } };
    expect(await embeds.fetchEmbedPreview('https://vimeo.com/76979871', { fetch: providerFetch })).toMatchObject({ poster: null });

    oembedAnswers = { 'www.youtube.com': { status: 500, body: {} } };
    const failing = await embeds.fetchEmbedPreview('https://www.youtube.com/shorts/aaaaaaaaaaa', { fetch: providerFetch });
    expect(failing).toMatchObject({ ok: true, title: '', poster: null });
  });

  it('ask nothing when previews are turned off, and refuse an address that is not an embed', async () => {
    asked.length = 0;
    expect(
      await embeds.fetchEmbedPreview('https://www.youtube.com/watch?v=dQw4w9WgXcQ', { fetch: providerFetch, enabled: false }),
    ).toMatchObject({
      ok: true,
      title: '',
      poster: null,
    });
    expect(await embeds.fetchEmbedPreview('https://evil.example/watch?v=dQw4w9WgXcQ', { fetch: providerFetch })).toEqual({
      ok: false,
      message: 'That address is not one the site can embed.',
    });
    expect(asked).toEqual([]);
  });

  it('refuse a poster that is not an image, as an upload would be', async () => {
    const result = await embeds.storeEmbedPoster.execute(editorId, {
      sourceUrl: 'https://i.ytimg.com/vi/bbbbbbbbbbb/hqdefault.jpg',
      bytes: new TextEncoder().encode('<svg xmlns="http://www.w3.org/2000/svg"/>'),
    });
    expect(result).toMatchObject({ ok: false, code: 'invalid' });
  });
});

describe('embeds saved through the editor’s save path', () => {
  it('keep only supported players, as embed blocks', async () => {
    const { saveArticle } = await import('../../newsroom/articles');
    const [section] = await db.insert(schema.categories).values({ slug: 'news', name: 'News' }).returning();
    const body =
      '<p>Watch:</p><iframe src="https://www.youtube-nocookie.com/embed/dQw4w9WgXcQ" title="Festival"></iframe>' +
      '<iframe src="https://evil.example/embed/dQw4w9WgXcQ"></iframe><iframe src="javascript:alert(1)"></iframe>' +
      '<figure class="embed" data-embed-url="https://open.spotify.com/track/4rOoJ6Egrf8K2IrywzwOMk" data-embed-poster="/media/AbCdEfGh12345678"><a href="https://open.spotify.com/track/4rOoJ6Egrf8K2IrywzwOMk">x</a></figure>' +
      '<figure class="embed" data-embed-url="https://evil.example/track"><a href="https://evil.example/track">not an embed</a></figure>';
    const saved = await saveArticle.execute(editorId, { title: 'Festival week', summary: '', body, categoryId: section?.id, tagNames: [] });
    if (!saved.ok) throw new Error(saved.message);
    const [row] = await db
      .select({ body: schema.articles.body })
      .from(schema.articles)
      .where(orm.eq(schema.articles.title, 'Festival week'));
    expect(row?.body).toBe(
      '<p>Watch:</p><figure class="embed" data-provider="youtube" data-embed-url="https://www.youtube.com/watch?v=dQw4w9WgXcQ" data-embed-title="Festival">' +
        '<a href="https://www.youtube.com/watch?v=dQw4w9WgXcQ" rel="noopener noreferrer nofollow">YouTube: Festival</a></figure>' +
        '<figure class="embed" data-provider="spotify" data-embed-url="https://open.spotify.com/track/4rOoJ6Egrf8K2IrywzwOMk" data-embed-poster="/media/AbCdEfGh12345678">' +
        '<a href="https://open.spotify.com/track/4rOoJ6Egrf8K2IrywzwOMk" rel="noopener noreferrer nofollow">Spotify: Spotify audio</a></figure>' +
        '<figure><a href="https://evil.example/track" rel="noopener noreferrer nofollow">not an embed</a></figure>',
    );
    expect(unsafeParts(row?.body ?? '')).toEqual([]);
  });
});
