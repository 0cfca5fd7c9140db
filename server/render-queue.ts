/**
 * Renders wait their turn; pages the cache answers never wait behind them.
 *
 * One Node process renders on one core. When a crawler asks for eight old stories at once, eight 20 ms
 * renders interleave on the event loop and a reader's front page, answered from the cache in a
 * millisecond, waits behind all of them (readers' p99 157 ms during a crawl, docs/performance.md). So
 * the production server lets at most `MAX_RENDERS_IN_FLIGHT` requests that may render into Next.js at
 * once and queues the rest in arrival order; everything else goes straight through:
 *
 * - an address whose next answer needs no render: a page in Next's page cache (its last answer was
 *   `x-nextjs-cache: HIT` or `STALE`, or a `MISS` that put it there, as a render on publish does), a
 *   redirect, a file: the reader's hot pages (`RenderLanes.record`, a bounded most-recently-used list);
 * - static files (`/_next/static/`, the media library's stored files, the site's own files such as
 *   `/favicon.svg`), the health check (a load balancer must never see it queue), the editor and the API
 *   (staff's pages, always dynamic, and sign-in's), and posts (limited on their own by
 *   `MAX_WRITES_IN_FLIGHT`). A reader page is queued whatever cookie comes with it: a made-up session
 *   cookie must not let a crawler skip the line.
 *
 * A queue longer than `MAX_RENDERS_WAITING` answers 503 with `Retry-After`, which crawlers honour. An
 * address wrongly thought cached (its page expired) renders outside the queue once.
 */
import { AsyncResource } from 'node:async_hooks';
import type http from 'node:http';

const UNQUEUED_PATH =
  /^\/(?:_next\/static\/|media\/|api\/|editor(?:[/?]|$)|[^/?]+\.(?:svg|ico|png|webp|jpe?g|gif|woff2?|css|js|txt|webmanifest)(?:\?|$))/;
/** What a render answers: a page's HTML or its flight data for a client-side navigation. */
const PAGE_TYPES = /^(?:text\/html|text\/x-component)\b/i;
const CACHE_ANSWERS = new Set(['HIT', 'STALE']);
const REDIRECTS = new Set([301, 302, 303, 307, 308]);
const MAX_REMEMBERED_ADDRESSES = 10_000;

/** Sorts requests into those that go straight through and those that may render and so wait their turn. */
export class RenderLanes {
  /** Addresses last answered without a render, least recently answered first (a Map keeps insertion order). */
  private readonly answeredWithoutRender = new Map<string, true>();

  /** The key a request's answer is recorded under, or null when the request is never queued. */
  keyFor(request: http.IncomingMessage): string | null {
    if (request.method !== 'GET' && request.method !== 'HEAD') return null;
    const url = request.url ?? '/';
    if (UNQUEUED_PATH.test(url)) return null;
    const headers = request.headers;
    // A client-side navigation asks for the same address's flight data: a different answer, cached apart.
    return headers.rsc === undefined ? url : `${url} rsc${headers['next-router-prefetch'] === undefined ? '' : ' prefetch'}`;
  }

  /** Whether the address was last answered without rendering. */
  isAnsweredFromCache(key: string): boolean {
    if (!this.answeredWithoutRender.has(key)) return false;
    // Most recently used last, so the list forgets the crawler's one-off addresses before the hot pages.
    this.answeredWithoutRender.delete(key);
    this.answeredWithoutRender.set(key, true);
    return true;
  }

  /** Notes whether the address's next answer will need a render, once this answer is complete. */
  record(key: string, response: http.ServerResponse): void {
    const cache = String(response.getHeader('x-nextjs-cache') ?? '').toUpperCase();
    const page = PAGE_TYPES.test(String(response.getHeader('content-type') ?? ''));
    // A page Next's cache answered, or missed and has now kept (a first render, a render on publish), is
    // answered from the cache next time; a page made for each request is rendered again. Files,
    // redirects and memory copies never render.
    const rendersEachTime = page && !CACHE_ANSWERS.has(cache) && cache !== 'MISS' && response.getHeader('x-memory-cache') === undefined;
    const withoutRender = !rendersEachTime || REDIRECTS.has(response.statusCode);
    if (!withoutRender) {
      this.answeredWithoutRender.delete(key);
      return;
    }
    this.answeredWithoutRender.delete(key);
    this.answeredWithoutRender.set(key, true);
    if (this.answeredWithoutRender.size > MAX_REMEMBERED_ADDRESSES) {
      const oldest = this.answeredWithoutRender.keys().next();
      if (!oldest.done) this.answeredWithoutRender.delete(oldest.value);
    }
  }

  get size(): number {
    return this.answeredWithoutRender.size;
  }
}

interface Waiting {
  start: () => void;
  response: http.ServerResponse;
  queuedAt: number;
}

export type Admission = 'started' | 'queued' | 'refused';

/** At most `maxInFlight` renders at once; up to `maxWaiting` more wait in arrival order. */
export class RenderQueue {
  private inFlight = 0;
  private readonly waiting: Waiting[] = [];

  constructor(
    readonly maxInFlight: number,
    readonly maxWaiting: number,
    private readonly now: () => number = Date.now,
  ) {}

  /**
   * Calls `start` now or when a render ends, and frees the place when `response` closes (answered, or
   * the client gone). 'refused' when the queue is full: `start` is never called and the caller answers.
   * `start` receives how long the request waited, in milliseconds.
   */
  admit(response: http.ServerResponse, start: (waitedMs: number) => void): Admission {
    if (this.inFlight < this.maxInFlight) {
      this.begin(response);
      start(0);
      return 'started';
    }
    if (this.waiting.length >= this.maxWaiting) return 'refused';
    const queuedAt = this.now();
    // Started from the end of another request's render, a waiting request must run in its own async
    // context, not that one's: Next keeps an async-context snapshot for each request, and one taken inside
    // the previous request's context holds it, and that one the one before (a crawl ran out of memory).
    const entry: Waiting = { response, queuedAt, start: AsyncResource.bind(() => start(this.now() - queuedAt)) };
    this.waiting.push(entry);
    // A client that gives up while waiting leaves the queue, and is never rendered for.
    response.once('close', () => {
      const index = this.waiting.indexOf(entry);
      if (index !== -1) this.waiting.splice(index, 1);
    });
    return 'queued';
  }

  get rendering(): number {
    return this.inFlight;
  }

  get queued(): number {
    return this.waiting.length;
  }

  private begin(response: http.ServerResponse): void {
    this.inFlight++;
    response.once('close', () => {
      this.inFlight--;
      this.next();
    });
  }

  private next(): void {
    while (this.inFlight < this.maxInFlight) {
      const entry = this.waiting.shift();
      if (!entry) return;
      if (entry.response.destroyed || entry.response.writableEnded) continue;
      this.begin(entry.response);
      entry.start();
    }
  }
}
