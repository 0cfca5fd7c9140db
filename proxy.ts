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

const isEditorPath = (pathname: string) => pathname === '/editor' || pathname.startsWith('/editor/');

/**
 * Lasting URLs: a trailing slash, an old article or section slug, or a section an article has left all
 * answer with one 301 to the current address (db/redirects.ts decides where). Then the editor sign-in.
 */
export default async function proxy(request: NextRequest) {
  const { pathname, search } = request.nextUrl;
  const withoutSlash = pathname.length > 1 ? pathname.replace(/\/+$/, '') || '/' : pathname;
  const target = (await findRedirect(withoutSlash, search)) ?? (withoutSlash !== pathname ? `${withoutSlash}${search}` : null);
  if (target) return NextResponse.redirect(new URL(target, request.nextUrl), 301);
  if (isEditorPath(pathname)) return requireSignIn(request, { params: Promise.resolve({}) });
  return NextResponse.next();
}

export const config = {
  // Everything but build assets, Auth.js endpoints and uploaded media (whose keys never change).
  matcher: ['/((?!_next/|api/|media/).*)'],
};
