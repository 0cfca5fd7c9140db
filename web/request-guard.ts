import { NextResponse, type NextRequest } from 'next/server';
import { getMediaConfig, getSiteConfig } from '@/lib/site';
import { MAX_ACTION_BODY_BYTES, MAX_ROUTE_BODY_BYTES } from '@/lib/request-limits';
import { acceptsWrites } from '@/lib/reserved-paths';
import { actionArgumentsProblem, formActionProblem } from '@/lib/server-action-reply';
import { STRICT_TRANSPORT_SECURITY, isStaffPath, readerContentSecurityPolicy, staffContentSecurityPolicy } from '@/lib/security-headers';

/**
 * What the proxy does for security on every request: refuse cross-site writes and oversized bodies
 * before any route runs (Next.js answers both with a 500 of its own), give staff pages a per-request
 * CSP nonce, and add HSTS over HTTPS. Route handlers and server actions re-check everything that
 * matters (session, role, input); this is the outer wall, not the only one.
 */

const SAFE_METHODS = new Set(['GET', 'HEAD', 'OPTIONS']);

function plainAnswer(status: number, message: string): NextResponse {
  return new NextResponse(`${message}\n`, {
    status,
    headers: { 'Content-Type': 'text/plain; charset=utf-8', 'Cache-Control': 'no-store' },
  });
}

function siteHost(): string | null {
  try {
    return new URL(getSiteConfig().siteUrl).host;
  } catch {
    return null;
  }
}

/** The hosts this request may legitimately come from: the one it was sent to, and the public site. */
function ownHosts(request: NextRequest): Set<string> {
  const hosts = new Set<string>();
  const forwarded = request.headers.get('x-forwarded-host')?.split(',')[0]?.trim();
  const host = request.headers.get('host');
  if (forwarded) hosts.add(forwarded.toLowerCase());
  if (host) hosts.add(host.toLowerCase());
  const configured = siteHost();
  if (configured) hosts.add(configured.toLowerCase());
  return hosts;
}

/** A write (POST, PUT, PATCH, DELETE) sent by another site's page: a form post or a fetch. */
export function isCrossSiteWrite(request: NextRequest): boolean {
  if (SAFE_METHODS.has(request.method)) return false;
  const fetchSite = request.headers.get('sec-fetch-site');
  if (fetchSite === 'cross-site' || fetchSite === 'same-site') return true;
  const origin = request.headers.get('origin');
  // No Origin: not sent by a browser page on another site (browsers send Origin on every cross-origin POST).
  if (origin === null) return false;
  if (origin === 'null') return true;
  let originHost: string;
  try {
    originHost = new URL(origin).host.toLowerCase();
  } catch {
    return true;
  }
  // Pages hold server actions, and Next.js aborts an action (with a 500) unless the Origin is exactly the
  // host it was sent to (X-Forwarded-Host first): the same rule here answers such a post with a 403.
  if (!request.nextUrl.pathname.startsWith('/api/')) return originHost !== actionHost(request);
  return !ownHosts(request).has(originHost);
}

/** The host Next.js compares a server action's Origin with. */
function actionHost(request: NextRequest): string | undefined {
  const forwarded = request.headers.get('x-forwarded-host')?.split(',')[0]?.trim();
  // Compared as sent, as Next.js does: a Host in capitals fails its check too.
  return forwarded || request.headers.get('host') || undefined;
}

const describeBytes = (bytes: number) => (bytes >= 1024 * 1024 ? `${bytes / 1024 / 1024} MB` : `${bytes / 1024} KB`);

function bodyLimitFor(pathname: string): number {
  return pathname.startsWith('/api/') ? MAX_ROUTE_BODY_BYTES : MAX_ACTION_BODY_BYTES;
}

/** A clear 4xx for requests no route should see, or null to let the request through. */
export function refuseUnsafeRequest(request: NextRequest): NextResponse | null {
  if (SAFE_METHODS.has(request.method)) return null;
  if (isCrossSiteWrite(request)) return plainAnswer(403, 'Cross-site requests are refused.');
  const limit = bodyLimitFor(request.nextUrl.pathname);
  const declared = request.headers.get('content-length');
  if (declared === null) {
    // A streamed body of unknown size could only be measured by reading it; browsers always declare it.
    // Server actions are the exception: Next.js forwards an action posted to a page that does not hold
    // it to the page that does, as a streamed POST of its own, and reads action bodies under its own limit.
    if (request.headers.get('transfer-encoding') && !request.headers.has('next-action'))
      return plainAnswer(411, 'Send the request with a Content-Length.');
    return null;
  }
  if (!/^\d{1,15}$/.test(declared)) return plainAnswer(400, 'The Content-Length header is invalid.');
  if (Number(declared) > limit) {
    return plainAnswer(413, `The request is too large (at most ${describeBytes(limit)}).`);
  }
  return null;
}

/** Reader pages and files take no writes (lib/reserved-paths.ts `acceptsWrites`). */
export function refuseWriteToReaderPage(request: NextRequest): NextResponse | null {
  if (request.method === 'GET' || request.method === 'HEAD' || acceptsWrites(request.nextUrl.pathname)) return null;
  // OPTIONS is answered, not refused: it asks what is allowed (Next.js would answer it with a 400, or a 500 for a file).
  if (request.method === 'OPTIONS')
    return new NextResponse(null, { status: 204, headers: { Allow: 'GET, HEAD, OPTIONS', 'Cache-Control': 'no-store' } });
  const answer = plainAnswer(405, 'Only GET and HEAD are allowed here.');
  answer.headers.set('Allow', 'GET, HEAD, OPTIONS');
  return answer;
}

/** A multipart POST to a page may be a form posted without JavaScript that names a server action. */
function mayBeFormAction(request: NextRequest, contentType: string): boolean {
  return request.method === 'POST' && contentType.startsWith('multipart/form-data') && !request.nextUrl.pathname.startsWith('/api/');
}

/**
 * A server action's body must decode: Next.js answers a body it cannot read (broken JSON, a cut-off
 * multipart form, references React's decoder cannot resolve: lib/server-action-reply.ts) with a 500.
 * Read here: requests with the `Next-Action` header, and multipart posts to pages (forms posted without
 * JavaScript carry their action in fields). Browsers always send well-formed ones.
 */
export async function refuseMalformedAction(request: NextRequest): Promise<NextResponse | null> {
  const contentType = request.headers.get('content-type')?.toLowerCase() ?? '';
  const fetchAction = request.method === 'POST' && request.headers.has('next-action');
  if (!fetchAction && !mayBeFormAction(request, contentType)) return null;
  const malformed = plainAnswer(400, 'The request could not be read.');
  try {
    // Measured as it is read: a streamed action body (Next's own forwarding sends one) has no Content-Length.
    // Read, not cloned: the proxy gets a copy of the body of its own (the route reads Next's buffered one),
    // and a clone's other half, never read when the request is refused, would stay open in memory for good.
    const body = await request.arrayBuffer();
    if (body.byteLength > MAX_ACTION_BODY_BYTES)
      return plainAnswer(413, `The request is too large (at most ${describeBytes(MAX_ACTION_BODY_BYTES)}).`);
    if (contentType.startsWith('multipart/form-data')) {
      const form = await new Response(body, { headers: { 'content-type': request.headers.get('content-type') ?? '' } }).formData();
      const fields = new Map<string, unknown>();
      // The first value of a name is the one React reads.
      for (const [name, value] of form) if (!fields.has(name)) fields.set(name, value);
      const problem = fetchAction ? actionArgumentsProblem(fields, { formDataAllowed: true }) : formActionProblem(fields);
      return problem ? malformed : null;
    }
    if (!fetchAction) return null;
    const problem = actionArgumentsProblem(new Map([['0', new TextDecoder('utf-8', { fatal: true }).decode(body)]]), {
      formDataAllowed: false,
    });
    return problem ? malformed : null;
  } catch {
    return malformed;
  }
}

export function isHttpsRequest(request: NextRequest): boolean {
  const forwardedProto = request.headers.get('x-forwarded-proto')?.split(',')[0]?.trim().toLowerCase();
  if (forwardedProto === 'https' || request.nextUrl.protocol === 'https:') return true;
  return getSiteConfig().siteUrl.startsWith('https://');
}

export interface RequestSecurity {
  /** Headers to render the page with (they carry the nonce Next.js applies to its own scripts). */
  requestHeaders: Headers;
  /** Adds this request's response headers. */
  decorate<T extends Response>(response: T): T;
}

export function prepareRequestSecurity(request: NextRequest): RequestSecurity {
  const https = isHttpsRequest(request);
  const development = process.env.NODE_ENV === 'development';
  const requestHeaders = new Headers(request.headers);
  const { remoteImageOrigins } = getMediaConfig();
  let policy: string | null = null;
  if (isStaffPath(request.nextUrl.pathname)) {
    const nonce = Buffer.from(crypto.getRandomValues(new Uint8Array(18))).toString('base64');
    policy = staffContentSecurityPolicy(nonce, { https, development, remoteImageOrigins });
    // Next.js reads the nonce from the request's policy and puts it on every script it renders.
    requestHeaders.set('content-security-policy', policy);
  } else if (remoteImageOrigins.length > 0 && !request.nextUrl.pathname.startsWith('/media/')) {
    // next.config.ts's reader policy is fixed at build time; origins configured at run time are added here.
    // Uploads (/media/…) keep their own policy.
    policy = readerContentSecurityPolicy({ https: false, development, remoteImageOrigins });
  }
  return {
    requestHeaders,
    decorate(response) {
      if (policy) response.headers.set('Content-Security-Policy', policy);
      if (https) response.headers.set('Strict-Transport-Security', STRICT_TRANSPORT_SECURITY);
      return response;
    },
  };
}
