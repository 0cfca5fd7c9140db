import { AsyncLocalStorage } from 'node:async_hooks';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterEach, describe, expect, it } from 'vitest';
import { RenderLanes, RenderQueue } from '@/server/render-queue';

/**
 * A stand-in for the production server: the lanes and the queue in front of a "Next.js" whose renders
 * (`/story/…`) each wait until the test ends them, and whose `/cached/…` pages answer at once as a
 * page-cache HIT.
 */
let server: http.Server | null = null;

afterEach(async () => {
  server?.closeAllConnections();
  await new Promise<void>((resolve) => (server ? server.close(() => resolve()) : resolve()));
  server = null;
});

async function siteWith(maxInFlight: number, maxWaiting: number) {
  const lanes = new RenderLanes();
  const queue = new RenderQueue(maxInFlight, maxWaiting);
  const started: string[] = [];
  const pending = new Map<string, () => void>();
  const next = (request: http.IncomingMessage, response: http.ServerResponse) => {
    const url = request.url ?? '/';
    started.push(url);
    response.setHeader('content-type', 'text/html; charset=utf-8');
    if (url.startsWith('/cached/')) {
      response.setHeader('x-nextjs-cache', 'HIT');
      response.end('from the cache');
      return;
    }
    // A render: its answer waits until the test ends it; `?hit` makes its answer come from the cache.
    pending.set(url, () => {
      if (url.includes('?hit')) response.setHeader('x-nextjs-cache', 'HIT');
      response.end(`rendered ${url}`);
    });
  };
  server = http.createServer((request, response) => {
    const key = lanes.keyFor(request);
    if (key === null) return next(request, response);
    response.once('finish', () => lanes.record(key, response));
    if (lanes.isAnsweredFromCache(key)) return next(request, response);
    if (queue.admit(response, () => next(request, response)) === 'refused') {
      response.statusCode = 503;
      response.end('busy');
    }
  });
  await new Promise<void>((resolve) => server?.listen(0, '127.0.0.1', resolve));
  const origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  const until = async (condition: () => boolean) => {
    for (let i = 0; i < 200 && !condition(); i++) await new Promise((resolve) => setTimeout(resolve, 5));
    expect(condition()).toBe(true);
  };
  const finish = (url: string) => {
    const end = pending.get(url);
    if (!end) throw new Error(`${url} is not rendering`);
    pending.delete(url);
    end();
  };
  return { lanes, queue, started, origin, until, finish, isRendering: (url: string) => pending.has(url) };
}

describe('the render queue', () => {
  it('renders at most its limit at once and starts the waiting ones in arrival order', async () => {
    const site = await siteWith(2, 10);
    const answers = ['/story/1', '/story/2', '/story/3', '/story/4'].map((url) => fetch(`${site.origin}${url}`));
    await site.until(() => site.queue.queued === 2);
    expect(site.started).toEqual(['/story/1', '/story/2']);
    site.finish('/story/2');
    await site.until(() => site.started.length === 3);
    expect(site.started[2]).toBe('/story/3');
    site.finish('/story/1');
    site.finish('/story/3');
    await site.until(() => site.isRendering('/story/4'));
    site.finish('/story/4');
    const texts = await Promise.all(answers.map(async (answer) => (await answer).text()));
    expect(texts).toEqual(['rendered /story/1', 'rendered /story/2', 'rendered /story/3', 'rendered /story/4']);
    expect(site.queue.rendering).toBe(0);
  });

  it('answers pages the cache answered last time without waiting behind renders', async () => {
    const site = await siteWith(1, 10);
    // First visit: not known yet, so it takes its turn, and its HIT answer is remembered.
    expect(await (await fetch(`${site.origin}/cached/front`)).text()).toBe('from the cache');
    const blocking = fetch(`${site.origin}/story/1`);
    const queued = fetch(`${site.origin}/story/2`);
    await site.until(() => site.queue.queued === 1);
    expect(await (await fetch(`${site.origin}/cached/front`)).text()).toBe('from the cache');
    expect(site.queue.queued).toBe(1);
    site.finish('/story/1');
    await site.until(() => site.isRendering('/story/2'));
    site.finish('/story/2');
    await Promise.all([blocking, queued]);
  });

  it('lets static files, the health check, the editor, the API and posts through whatever is queued', () => {
    const lanes = new RenderLanes();
    const request = (url: string, headers: http.IncomingHttpHeaders = {}, method = 'GET') =>
      ({ url, headers, method }) as unknown as http.IncomingMessage;
    expect(lanes.keyFor(request('/_next/static/chunks/app.js'))).toBeNull();
    expect(lanes.keyFor(request('/media/abc/640.webp'))).toBeNull();
    expect(lanes.keyFor(request('/favicon.svg'))).toBeNull();
    expect(lanes.keyFor(request('/embed-loader.js?v=2'))).toBeNull();
    expect(lanes.keyFor(request('/api/health'))).toBeNull();
    expect(lanes.keyFor(request('/api/auth/session'))).toBeNull();
    expect(lanes.keyFor(request('/editor'))).toBeNull();
    expect(lanes.keyFor(request('/editor/articles/12'))).toBeNull();
    expect(lanes.keyFor(request('/world', {}, 'POST'))).toBeNull();
    // A reader page waits its turn whatever cookie or header comes with it: anyone can make one up.
    expect(lanes.keyFor(request('/world', { cookie: '__Secure-authjs.session-token=made-up' }))).toBe('/world');
    expect(lanes.keyFor(request('/world', { authorization: 'Bearer made-up' }))).toBe('/world');
    expect(lanes.keyFor(request('/editorial-standards'))).toBe('/editorial-standards');
    // Readers' pages and their client-side navigations are queued, each answer apart.
    expect(lanes.keyFor(request('/world'))).toBe('/world');
    expect(lanes.keyFor(request('/world', {}, 'HEAD'))).toBe('/world');
    expect(lanes.keyFor(request('/world', { rsc: '1' }))).toBe('/world rsc');
    expect(lanes.keyFor(request('/world', { rsc: '1', 'next-router-prefetch': '1' }))).toBe('/world rsc prefetch');
  });

  it('refuses past its waiting limit', async () => {
    const site = await siteWith(1, 1);
    const first = fetch(`${site.origin}/story/1`);
    const second = fetch(`${site.origin}/story/2`);
    await site.until(() => site.queue.queued === 1);
    const third = await fetch(`${site.origin}/story/3`);
    expect(third.status).toBe(503);
    expect(site.started).toEqual(['/story/1']);
    site.finish('/story/1');
    await site.until(() => site.isRendering('/story/2'));
    site.finish('/story/2');
    expect((await first).status).toBe(200);
    expect((await second).status).toBe(200);
  });

  it('never renders for a client that gave up while waiting', async () => {
    const site = await siteWith(1, 10);
    const first = fetch(`${site.origin}/story/1`);
    const gone = new AbortController();
    const abandoned = fetch(`${site.origin}/story/2`, { signal: gone.signal }).catch(() => 'aborted');
    await site.until(() => site.queue.queued === 1);
    gone.abort();
    await site.until(() => site.queue.queued === 0);
    expect(await abandoned).toBe('aborted');
    const third = fetch(`${site.origin}/story/3`);
    await site.until(() => site.queue.queued === 1);
    site.finish('/story/1');
    await site.until(() => site.isRendering('/story/3'));
    site.finish('/story/3');
    await Promise.all([first, third]);
    expect(site.started).toEqual(['/story/1', '/story/3']);
  });

  it('starts a waiting request in its own async context, never inside the render that ended before it', async () => {
    // Next keeps a snapshot of each request's async context; one started inside the previous request's
    // context would hold that request (and so on, back to the first: a crawl ran out of memory).
    const context = new AsyncLocalStorage<string>();
    const queue = new RenderQueue(1, 10);
    const seen: Array<string | undefined> = [];
    server = http.createServer((request, response) => {
      const url = request.url ?? '/';
      queue.admit(response, () => {
        seen.push(context.getStore());
        // The render ends inside its own request's context, as Next's does.
        context.run(url, () => setTimeout(() => response.end(url), 5));
      });
    });
    await new Promise<void>((resolve) => server?.listen(0, '127.0.0.1', resolve));
    const origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
    const answers = await Promise.all(['/a', '/b', '/c'].map(async (url) => (await fetch(`${origin}${url}`)).text()));
    expect(answers).toEqual(['/a', '/b', '/c']);
    expect(seen).toEqual([undefined, undefined, undefined]);
  });

  it('puts an address back in line when its page is made for each request, and out of it once the cache keeps it', () => {
    const lanes = new RenderLanes();
    const answer = (headers: Record<string, string>) =>
      ({ statusCode: 200, getHeader: (name: string) => headers[name] }) as unknown as http.ServerResponse;
    const html = { 'content-type': 'text/html; charset=utf-8' };
    lanes.record('/world/story', answer({ ...html, 'x-nextjs-cache': 'HIT' }));
    expect(lanes.isAnsweredFromCache('/world/story')).toBe(true);
    lanes.record('/world/story', answer(html));
    expect(lanes.isAnsweredFromCache('/world/story')).toBe(false);
    // A first render (or a render on publish) puts the page in the cache: its next reader need not wait.
    lanes.record('/world/story', answer({ ...html, 'x-nextjs-cache': 'MISS' }));
    expect(lanes.isAnsweredFromCache('/world/story')).toBe(true);
  });

  it('counts redirects, memory copies, files and cached feeds as answered without a render, and pages made for each request as renders', () => {
    const lanes = new RenderLanes();
    const answer = (statusCode: number, headers: Record<string, string>) =>
      ({ statusCode, getHeader: (name: string) => headers[name] }) as unknown as http.ServerResponse;
    const html = { 'content-type': 'text/html; charset=utf-8' };
    lanes.record('/2019/05/old-story', answer(308, {}));
    lanes.record('/world', answer(200, { ...html, 'x-memory-cache': 'HIT' }));
    lanes.record('/feed.xml', answer(200, { 'content-type': 'application/rss+xml', 'x-nextjs-cache': 'HIT' }));
    lanes.record('/logo.png', answer(200, { 'content-type': 'image/png' }));
    lanes.record('/search?q=rain', answer(200, html));
    lanes.record('/world?before=abc', answer(200, { 'content-type': 'text/x-component' }));
    expect(lanes.isAnsweredFromCache('/2019/05/old-story')).toBe(true);
    expect(lanes.isAnsweredFromCache('/world')).toBe(true);
    expect(lanes.isAnsweredFromCache('/feed.xml')).toBe(true);
    expect(lanes.isAnsweredFromCache('/logo.png')).toBe(true);
    expect(lanes.isAnsweredFromCache('/search?q=rain')).toBe(false);
    expect(lanes.isAnsweredFromCache('/world?before=abc')).toBe(false);
  });

  it('remembers a bounded number of addresses, forgetting the least recently answered first', () => {
    const lanes = new RenderLanes();
    const hit = { statusCode: 200, getHeader: (name: string) => (name === 'x-nextjs-cache' ? 'HIT' : undefined) };
    lanes.record('/front', hit as unknown as http.ServerResponse);
    for (let i = 0; i < 10_000; i++) {
      lanes.record(`/story/${i}`, hit as unknown as http.ServerResponse);
      // The hot page is answered now and then, so a crawl of one-off addresses never pushes it out.
      if (i % 1000 === 0) expect(lanes.isAnsweredFromCache('/front')).toBe(true);
    }
    expect(lanes.size).toBe(10_000);
    expect(lanes.isAnsweredFromCache('/front')).toBe(true);
    expect(lanes.isAnsweredFromCache('/story/0')).toBe(false);
  });
});
