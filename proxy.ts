import { NextResponse, type NextFetchEvent, type NextMiddleware, type NextRequest } from 'next/server';
import type { NextAuthRequest } from 'next-auth';
import { findLegacyRedirect } from '@/db/legacy-urls';
import { resolveAddress } from '@/db/redirects';
import { auth } from './web/auth';
import { HOME_PAGE_ROUTE, loginPath, NOT_FOUND_ROUTE } from '@/lib/paths';
import { knownCurrentAddresses } from '@/lib/process-hooks.mjs';
import { isListingPath } from '@/lib/reserved-paths';
import {
  prepareRequestSecurity,
  refuseMalformedAction,
  refuseUnsafeRequest,
  refuseWriteToReaderPage,
  type RequestSecurity,
} from './web/request-guard';

const isEditorPath = (pathname: string) => pathname === '/editor' || pathname.startsWith('/editor/');

/**
 * An early redirect to sign-in for the editor area. Only a convenience: every editor page and every
 * mutation checks the session and role again in the data layer.
 */
function editorGate(security: RequestSecurity): NextMiddleware {
  const gate = (request: NextAuthRequest) => {
    if (!request.auth) {
      const login = new URL(loginPath(), request.nextUrl.origin);
      login.searchParams.set('next', `${request.nextUrl.pathname}${request.nextUrl.search}`);
      return NextResponse.redirect(login);
    }
    return NextResponse.next({ request: { headers: security.requestHeaders } });
  };
  // Given a middleware, auth() returns one (its typings pick the route-handler overload).
  return auth(gate) as unknown as NextMiddleware;
}

// Most requests are for addresses that are current. Remembering that for a moment keeps the database
// out of the way of a page served from cache. The page cache handler empties this whenever pages are
// revalidated (server/page-cache-handler.mjs), so a rename redirects at once; KNOWN_CURRENT_MS bounds the rest.
const knownCurrent = knownCurrentAddresses();
const KNOWN_CURRENT_MS = 2000;
const KNOWN_CURRENT_LIMIT = 20_000;

/** Where a reader address leads before any page renders: a 301, Next's 404 page, or its own route (null). */
type AddressOutcome = { redirect: string } | { missing: true } | null;

/**
 * Lasting URLs: an imported site's old address, a trailing slash, an old article or section slug, or a
 * section an article has left all answer with one 301 to the current address (db/legacy-urls.ts and
 * db/redirects.ts decide where). An address that names nothing public goes to the 404 page.
 */
async function addressOutcome(request: NextRequest): Promise<AddressOutcome> {
  const { pathname, search, searchParams } = request.nextUrl;
  const key = `${pathname}${search}`;
  const now = Date.now();
  if ((knownCurrent.get(key) ?? 0) > now) return null;
  const withoutSlash = pathname.length > 1 ? pathname.replace(/\/+$/, '') || '/' : pathname;
  const legacy = await legacyTarget(pathname, searchParams);
  if (legacy) return { redirect: legacy };
  // One hop however many things are wrong: a trailing slash on an old slug goes straight to the current address.
  const resolution =
    (await resolveAddress(withoutSlash, search)) ?? (withoutSlash !== pathname ? { redirect: `${withoutSlash}${search}` } : null);
  if (resolution === null) {
    if (knownCurrent.size >= KNOWN_CURRENT_LIMIT) knownCurrent.clear();
    knownCurrent.set(key, now + KNOWN_CURRENT_MS);
  }
  return resolution;
}

/** Old addresses of an imported site (db/legacy-urls.ts: /?p=ID, /2024/05/01/slug/ …), trailing slash or not. */
async function legacyTarget(pathname: string, searchParams: URLSearchParams): Promise<string | null> {
  const target = await findLegacyRedirect(pathname, searchParams);
  if (!target || target === pathname) return null;
  const rest = new URLSearchParams(searchParams);
  rest.delete('p');
  rest.delete('page_id');
  const query = rest.toString();
  return `${target}${query ? `?${query}` : ''}`;
}

/**
 * An older page of a listing (`/world?before=CURSOR`) is served by its own route, rendered per request,
 * so the first page can come from the page cache: a cached page never sees its query string. The
 * address readers and crawlers see does not change.
 */
function olderListingPage(request: NextRequest): URL | null {
  const { pathname, searchParams } = request.nextUrl;
  if (!searchParams.has('before') || !isListingPath(pathname)) return null;
  const cursors = searchParams.getAll('before');
  // Two cursors, or an empty one, were never made by this site: the older route answers 404.
  const cursor = cursors.length === 1 && cursors[0] ? cursors[0] : '-';
  return new URL(`${pathname}/older/${encodeURIComponent(cursor)}`, request.nextUrl);
}

/** The routes some public addresses are served from: the front page, and older listing pages. */
function internalRoute(request: NextRequest): URL | NextResponse | null {
  const { pathname } = request.nextUrl;
  if (pathname === '/') return new URL(HOME_PAGE_ROUTE, request.nextUrl);
  // The front page has one address.
  if (pathname === '/front-page' || pathname.startsWith('/front-page/')) return NextResponse.redirect(new URL('/', request.nextUrl), 301);
  return olderListingPage(request);
}

export default async function proxy(request: NextRequest, event: NextFetchEvent) {
  // Security: cross-site writes, writes to reader pages and files, oversized and malformed bodies are
  // refused; staff pages get a CSP nonce; HSTS.
  const refusal = refuseUnsafeRequest(request) ?? refuseWriteToReaderPage(request) ?? (await refuseMalformedAction(request));
  if (refusal) return refusal;
  const security = prepareRequestSecurity(request);

  const outcome = request.method === 'GET' || request.method === 'HEAD' ? await addressOutcome(request) : null;
  if (outcome && 'redirect' in outcome) return security.decorate(NextResponse.redirect(new URL(outcome.redirect, request.nextUrl), 301));
  if (outcome) {
    return security.decorate(
      NextResponse.rewrite(new URL(NOT_FOUND_ROUTE, request.nextUrl), { request: { headers: security.requestHeaders } }),
    );
  }

  if (isEditorPath(request.nextUrl.pathname)) {
    const response = (await editorGate(security)(request, event)) ?? NextResponse.next({ request: { headers: security.requestHeaders } });
    return security.decorate(response);
  }
  const internal = request.method === 'GET' || request.method === 'HEAD' ? internalRoute(request) : null;
  if (internal instanceof NextResponse) return security.decorate(internal);
  if (internal) return security.decorate(NextResponse.rewrite(internal, { request: { headers: security.requestHeaders } }));
  return security.decorate(NextResponse.next({ request: { headers: security.requestHeaders } }));
}

export const config = {
  // Every request except build assets (content-hashed, under /_next/static/), which carry next.config.ts's
  // headers. An exact prefix: anything else that merely starts like it, the (disabled) image optimizer's
  // address and files in public/ (which Next.js answers only for GET) still get the proxy's checks.
  matcher: ['/((?!_next/static/).*)'],
};
