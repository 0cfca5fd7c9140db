/**
 * A one-second memory copy of public responses, in front of Next.js in the production server.
 *
 * Next.js serves a cached page by running its router, proxy.ts and its page cache for every request:
 * about 2 ms of CPU each, so one process tops out near 500 pages a second however small the page. A
 * hot story is asked for hundreds of times a second, and the answer is the same bytes each time. This
 * keeps those bytes for a moment and answers repeats from memory, the way nginx's page cache does in
 * front of several instances (deploy/nginx/paradox.conf), under the same rules:
 *
 * - only GET requests of anonymous readers: never /editor, /api, /login or /setup, never a request with
 *   the Auth.js session cookie, an Authorization header, a client-side navigation (RSC) header, a
 *   conditional or range request;
 * - only responses the app marks shareable: 200, 301 or 308 with a Cache-Control that is not private,
 *   no-store or no-cache, no Set-Cookie and no Vary on a request header the key does not hold (the image
 *   optimizer's Accept); never a stale page Next.js is rendering again;
 * - for at most LIFETIME_MS, and forgotten at once whenever this instance revalidates a page
 *   (server/page-cache-handler.mjs calls `forgetRememberedResponses`), so an editor's publish shows on the
 *   next request. Changes made through other instances and scheduled stories whose time has come reach
 *   Next's page cache within its 500 ms poll, which runs on the first request after a copy here expires.
 *
 * Answers are kept per scheme, host and address, compressed and plain apart (the body is kept as
 * Next.js sent it).
 */
import type http from 'node:http';

export const LIFETIME_MS = 1000;
const MAX_ENTRIES = 2000;
const MAX_ENTRY_BYTES = 1024 * 1024;
const MAX_TOTAL_BYTES = 16 * 1024 * 1024;

const PRIVATE_PATH = /^\/(?:editor|api|login|setup)(?:[/?]|$)/;
const SESSION_COOKIE = /(?:^|;)\s*(?:__Secure-)?authjs\.session-token(?:\.\d+)?=/;
const UNSHAREABLE = /private|no-store|no-cache/i;
const SHAREABLE_STATUSES = new Set([200, 301, 308]);
/**
 * Request headers an answer may vary on and still be kept: the key holds the encoding, and requests
 * carrying the others never reach the copies. An answer that varies on anything else (the image
 * optimizer's `Vary: Accept`) is not kept.
 */
const VARY_HANDLED = new Set([
  'accept-encoding',
  'rsc',
  'next-router-state-tree',
  'next-router-prefetch',
  'next-router-segment-prefetch',
  'next-url',
]);
/** Request headers that make an answer personal, partial or a client-side navigation's. */
const BYPASSING_HEADERS = [
  'authorization',
  'rsc',
  'next-router-prefetch',
  'next-router-state-tree',
  'next-router-segment-prefetch',
  'next-url',
  'next-action',
  'range',
  'if-none-match',
  'if-modified-since',
  // A render-on-publish warm-up (web/render-on-publish.ts): it renders into Next's page cache, and a copy
  // kept here would answer the next reader instead of that page cache.
  'x-paradox-warm-up',
];
/** Headers of the original answer that belong to it alone, or that are set again when it is replayed. */
const NOT_REPLAYED = new Set(['x-request-id', 'transfer-encoding', 'connection', 'keep-alive', 'date', 'content-length']);

interface RememberedResponse {
  status: number;
  headers: http.OutgoingHttpHeaders;
  body: Buffer;
  storedAt: number;
}

export class ResponseMemoryCache {
  private readonly entries = new Map<string, RememberedResponse>();
  private totalBytes = 0;
  /** Moves on every `forget`; an answer that started before it is never kept. */
  private generation = 0;

  constructor(
    private readonly lifetimeMs = LIFETIME_MS,
    private readonly now: () => number = Date.now,
  ) {}

  /** The key a request's answer is kept under, or null when it must go to Next.js. */
  keyFor(request: http.IncomingMessage): string | null {
    if (request.method !== 'GET') return null;
    const url = request.url ?? '/';
    if (PRIVATE_PATH.test(url) || url.includes('_rsc=')) return null;
    const headers = request.headers;
    if (BYPASSING_HEADERS.some((name) => headers[name] !== undefined)) return null;
    if (headers.cookie && SESSION_COOKIE.test(headers.cookie)) return null;
    const gzip = /\bgzip\b/i.test(String(headers['accept-encoding'] ?? ''));
    // The scheme and host the reader used shape the answer too: HSTS over HTTPS, absolute redirects.
    const scheme = String(headers['x-forwarded-proto'] ?? 'http')
      .split(',')[0]
      ?.trim()
      .toLowerCase();
    const host = headers['x-forwarded-host'] ?? headers.host ?? '';
    return `${gzip ? 'gzip' : 'plain'} ${scheme}://${host} ${url}`;
  }

  /** Answers from memory when a fresh copy is kept; true when it did. */
  answer(key: string, response: http.ServerResponse): boolean {
    const entry = this.entries.get(key);
    if (!entry) return false;
    const age = this.now() - entry.storedAt;
    if (age >= this.lifetimeMs) {
      this.remove(key, entry);
      return false;
    }
    for (const [name, value] of Object.entries(entry.headers)) if (value !== undefined) response.setHeader(name, value);
    response.setHeader('Content-Length', entry.body.length);
    response.setHeader('Age', Math.floor(age / 1000));
    response.setHeader('X-Memory-Cache', 'HIT');
    response.statusCode = entry.status;
    response.end(entry.body);
    return true;
  }

  /** Collects the answer Next.js writes to `response`, and keeps it if it may be shared. */
  remember(key: string, response: http.ServerResponse): void {
    const startedIn = this.generation;
    const chunks: Buffer[] = [];
    let bytes = 0;
    let tooBig = false;
    const collect = (chunk: unknown, encoding: unknown) => {
      if (tooBig || chunk === undefined || chunk === null || typeof chunk === 'function') return;
      const buffer =
        typeof chunk === 'string'
          ? Buffer.from(chunk, typeof encoding === 'string' ? (encoding as BufferEncoding) : 'utf8')
          : Buffer.from(chunk as Uint8Array);
      bytes += buffer.length;
      if (bytes > MAX_ENTRY_BYTES) tooBig = true;
      else chunks.push(buffer);
    };
    const write = response.write;
    const end = response.end;
    response.write = function (this: http.ServerResponse, chunk: unknown, ...rest: unknown[]) {
      collect(chunk, rest[0]);
      return (write as (...args: unknown[]) => boolean).call(this, chunk, ...rest);
    } as typeof response.write;
    response.end = function (this: http.ServerResponse, chunk?: unknown, ...rest: unknown[]) {
      collect(chunk, rest[0]);
      return (end as (...args: unknown[]) => http.ServerResponse).call(this, chunk, ...rest);
    } as typeof response.end;

    response.once('finish', () => {
      if (tooBig || startedIn !== this.generation || !SHAREABLE_STATUSES.has(response.statusCode)) return;
      const headers = response.getHeaders();
      const cacheControl = String(headers['cache-control'] ?? '');
      if (!cacheControl || UNSHAREABLE.test(cacheControl) || headers['set-cookie'] !== undefined) return;
      const vary = String(headers.vary ?? '')
        .toLowerCase()
        .split(',')
        .map((field) => field.trim())
        .filter(Boolean);
      if (vary.some((field) => !VARY_HANDLED.has(field))) return;
      // A stale page is being rendered again behind this answer: the next request gets the new one.
      if (String(headers['x-nextjs-cache'] ?? '').toUpperCase() === 'STALE') return;
      const kept: http.OutgoingHttpHeaders = {};
      for (const [name, value] of Object.entries(headers)) if (!NOT_REPLAYED.has(name)) kept[name] = value;
      this.store(key, { status: response.statusCode, headers: kept, body: Buffer.concat(chunks), storedAt: this.now() });
    });
  }

  /** Drops every copy: pages have changed. */
  forget(): void {
    this.generation++;
    this.entries.clear();
    this.totalBytes = 0;
  }

  get size(): number {
    return this.entries.size;
  }

  private store(key: string, entry: RememberedResponse): void {
    const previous = this.entries.get(key);
    if (previous) this.remove(key, previous);
    this.entries.set(key, entry);
    this.totalBytes += entry.body.length;
    // Oldest first (a Map keeps insertion order): drop what has expired, so memory holds about one
    // second of distinct answers, then whatever is over the limits.
    const now = this.now();
    for (const [oldKey, old] of this.entries) {
      const expired = now - old.storedAt >= this.lifetimeMs;
      if (!expired && this.entries.size <= MAX_ENTRIES && this.totalBytes <= MAX_TOTAL_BYTES) break;
      this.remove(oldKey, old);
    }
  }

  private remove(key: string, entry: RememberedResponse): void {
    this.entries.delete(key);
    this.totalBytes -= entry.body.length;
  }
}
