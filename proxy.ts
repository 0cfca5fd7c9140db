import { NextResponse, type NextRequest } from 'next/server';
import { findRedirect } from '@/db/redirects';
import { auth } from '@/lib/auth';

/**
 * An early redirect to sign-in for the editor area. Only a convenience: every editor page and every
 * mutation checks the session and role again in the data layer.
 */
const requireSignIn = auth((request) => {
  if (!request.auth) {
    const login = new URL('/login', request.nextUrl.origin);
    login.searchParams.set('next', `${request.nextUrl.pathname}${request.nextUrl.search}`);
    return NextResponse.redirect(login);
  }
  return NextResponse.next();
});

// Most requests are for addresses that are current. Remembering that for a moment keeps the database
// out of the way of a page served from cache; a rename is noticed within KNOWN_CURRENT_MS.
const knownCurrent = new Map<string, number>();
const KNOWN_CURRENT_MS = 2000;
const KNOWN_CURRENT_LIMIT = 20_000;

async function redirectTarget(pathname: string, search: string): Promise<string | null> {
  const now = Date.now();
  if ((knownCurrent.get(pathname) ?? 0) > now) return null;
  const target = await findRedirect(pathname, search);
  if (target === null) {
    if (knownCurrent.size >= KNOWN_CURRENT_LIMIT) knownCurrent.clear();
    knownCurrent.set(pathname, now + KNOWN_CURRENT_MS);
  }
  return target;
}

const isEditorPath = (pathname: string) => pathname === '/editor' || pathname.startsWith('/editor/');

/**
 * Lasting URLs: a trailing slash, an old article or section slug, or a section an article has left all
 * answer with one 301 to the current address (db/redirects.ts decides where). Then the editor sign-in.
 */
export default async function proxy(request: NextRequest) {
  const { pathname, search } = request.nextUrl;
  const withoutSlash = pathname.length > 1 ? pathname.replace(/\/+$/, '') || '/' : pathname;
  const target = (await redirectTarget(withoutSlash, search)) ?? (withoutSlash !== pathname ? `${withoutSlash}${search}` : null);
  if (target) return NextResponse.redirect(new URL(target, request.nextUrl), 301);
  if (isEditorPath(pathname)) return requireSignIn(request, { params: Promise.resolve({}) });
  return NextResponse.next();
}

export const config = {
  // Everything but build assets, Auth.js endpoints and uploaded media (whose keys never change).
  matcher: ['/((?!_next/|api/|media/).*)'],
};
