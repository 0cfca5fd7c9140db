import http from 'node:http';
import type { AddressInfo } from 'node:net';
import zlib from 'node:zlib';
import { afterEach, describe, expect, it } from 'vitest';
import { ResponseMemoryCache } from '@/server/response-memory-cache';

/** What the stand-in for Next.js answers, per path; `renders` counts the requests that reached it. */
interface Page {
  status?: number;
  headers: Record<string, string>;
  body: string;
}

let server: http.Server | null = null;

afterEach(async () => {
  await new Promise<void>((resolve) => (server ? server.close(() => resolve()) : resolve()));
  server = null;
});

async function siteWith(pages: Record<string, Page>, cache: ResponseMemoryCache, options: { beforeAnswer?: () => void } = {}) {
  const renders: string[] = [];
  server = http.createServer((request, response) => {
    const key = cache.keyFor(request);
    if (key !== null) {
      if (cache.answer(key, response)) return;
      cache.remember(key, response);
    }
    const url = request.url ?? '/';
    renders.push(url);
    const page = pages[url.split('?')[0] ?? '/'];
    options.beforeAnswer?.();
    if (!page) {
      response.statusCode = 404;
      response.setHeader('Cache-Control', 'public, max-age=60');
      response.end('not found');
      return;
    }
    response.statusCode = page.status ?? 200;
    for (const [name, value] of Object.entries(page.headers)) response.setHeader(name, value);
    if (/gzip/.test(String(request.headers['accept-encoding'] ?? ''))) {
      response.setHeader('Content-Encoding', 'gzip');
      response.end(zlib.gzipSync(page.body));
    } else {
      // Written in two pieces, as a streamed page is.
      response.write(page.body.slice(0, 5));
      response.end(page.body.slice(5));
    }
  });
  await new Promise<void>((resolve) => server!.listen(0, '127.0.0.1', resolve));
  const origin = `http://127.0.0.1:${(server!.address() as AddressInfo).port}`;
  const get = async (path: string, headers: Record<string, string> = {}) => {
    // fetch asks for gzip unless told otherwise.
    const response = await fetch(`${origin}${path}`, { headers: { 'Accept-Encoding': 'identity', ...headers } });
    return { status: response.status, headers: response.headers, body: await response.text() };
  };
  return { renders, get };
}

const article: Page = {
  headers: {
    'Cache-Control': 's-maxage=30, stale-while-revalidate=3570',
    'Content-Type': 'text/html',
    Vary: 'rsc, next-router-state-tree, next-router-prefetch, Accept-Encoding',
  },
  body: '<h1>Harbour reopens</h1>',
};

describe('the one-second memory copy of public answers', () => {
  it('answers a repeat of a public page from memory with the same status, headers and bytes', async () => {
    const site = await siteWith({ '/world/harbour': article }, new ResponseMemoryCache());
    const first = await site.get('/world/harbour');
    const second = await site.get('/world/harbour');
    expect(site.renders).toEqual(['/world/harbour']);
    expect(second.body).toBe(first.body);
    expect(second.status).toBe(200);
    expect(second.headers.get('content-type')).toBe('text/html');
    expect(second.headers.get('cache-control')).toBe('s-maxage=30, stale-while-revalidate=3570');
    expect(second.headers.get('x-memory-cache')).toBe('HIT');
    expect(first.headers.get('x-memory-cache')).toBeNull();
  });

  it('keeps compressed and plain answers apart', async () => {
    const site = await siteWith({ '/world/harbour': article }, new ResponseMemoryCache());
    await site.get('/world/harbour');
    const compressed = await site.get('/world/harbour', { 'Accept-Encoding': 'gzip' });
    expect(compressed.body).toBe(article.body); // fetch decompresses it
    expect(site.renders).toHaveLength(2);
    await site.get('/world/harbour', { 'Accept-Encoding': 'gzip' });
    expect(site.renders).toHaveLength(2);
  });

  it('keeps answers for HTTPS and HTTP, and for each host, apart', async () => {
    const site = await siteWith({ '/world/harbour': article }, new ResponseMemoryCache());
    await site.get('/world/harbour');
    await site.get('/world/harbour', { 'X-Forwarded-Proto': 'https' });
    await site.get('/world/harbour', { 'X-Forwarded-Host': 'news.example' });
    expect(site.renders).toHaveLength(3);
    await site.get('/world/harbour', { 'X-Forwarded-Proto': 'https' });
    expect(site.renders).toHaveLength(3);
  });

  it('goes back to the application after its lifetime', async () => {
    let now = 1_000_000;
    const site = await siteWith({ '/world/harbour': article }, new ResponseMemoryCache(1000, () => now));
    await site.get('/world/harbour');
    now += 999;
    await site.get('/world/harbour');
    expect(site.renders).toHaveLength(1);
    now += 1;
    await site.get('/world/harbour');
    expect(site.renders).toHaveLength(2);
  });

  it('lets go of expired copies as new ones are kept, so memory holds about one second of answers', async () => {
    let now = 1_000_000;
    const cache = new ResponseMemoryCache(1000, () => now);
    const site = await siteWith({ '/a': article, '/b': article, '/c': article }, cache);
    await site.get('/a');
    await site.get('/b');
    expect(cache.size).toBe(2);
    now += 1000;
    await site.get('/c');
    expect(cache.size).toBe(1);
  });

  it('forgets everything when pages change, including an answer that was being written at that moment', async () => {
    const cache = new ResponseMemoryCache();
    let forgetWhileAnswering = false;
    const site = await siteWith({ '/world/harbour': article }, cache, { beforeAnswer: () => forgetWhileAnswering && cache.forget() });
    await site.get('/world/harbour');
    cache.forget();
    await site.get('/world/harbour');
    expect(site.renders).toHaveLength(2);

    cache.forget();
    forgetWhileAnswering = true;
    await site.get('/world/harbour'); // started before the change: not kept
    forgetWhileAnswering = false;
    await site.get('/world/harbour');
    expect(site.renders).toHaveLength(4);
  });

  it('never keeps private, personal, cookie-setting, stale, Accept-varying or error answers', async () => {
    const site = await siteWith(
      {
        '/editor': { headers: { 'Cache-Control': 'private, no-store' }, body: 'dashboard' },
        '/account-ish': { headers: { 'Cache-Control': 'public, max-age=60', 'Set-Cookie': 'a=b' }, body: 'cookie' },
        '/plain': { headers: {}, body: 'no cache-control' },
        '/stale': { headers: { 'Cache-Control': 's-maxage=30', 'x-nextjs-cache': 'STALE' }, body: 'old copy' },
        '/picture': { headers: { 'Cache-Control': 'public, max-age=60', Vary: 'Accept' }, body: 'webp or avif' },
        '/broken': { status: 500, headers: { 'Cache-Control': 'public, max-age=60' }, body: 'error' },
      },
      new ResponseMemoryCache(),
    );
    for (const path of ['/editor', '/account-ish', '/plain', '/stale', '/picture', '/broken', '/missing']) {
      await site.get(path);
      await site.get(path);
    }
    expect(site.renders).toHaveLength(14);
  });

  it('lets signed-in staff, client-side navigations and conditional requests through to the application', async () => {
    const site = await siteWith({ '/world/harbour': article }, new ResponseMemoryCache());
    await site.get('/world/harbour');
    await site.get('/world/harbour', { Cookie: 'theme=dark; authjs.session-token=abc' });
    await site.get('/world/harbour', { Cookie: '__Secure-authjs.session-token.0=abc' });
    await site.get('/world/harbour', { RSC: '1' });
    await site.get('/world/harbour?_rsc=x1y2');
    await site.get('/world/harbour', { 'If-None-Match': '"v1"' });
    await site.get('/world/harbour', { Authorization: 'Bearer x' });
    expect(site.renders).toHaveLength(7);
    // A reader's own unrelated cookie does not matter.
    await site.get('/world/harbour', { Cookie: 'theme=dark' });
    expect(site.renders).toHaveLength(7);
  });

  it('lets a render-on-publish warm-up through and keeps no copy of its answer, so the next reader gets the page cache', async () => {
    const site = await siteWith({ '/world/harbour': article }, new ResponseMemoryCache());
    await site.get('/world/harbour', { 'X-Paradox-Warm-Up': '1' });
    await site.get('/world/harbour');
    expect(site.renders).toHaveLength(2);
  });
});
