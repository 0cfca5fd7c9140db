import { NextResponse, type NextFetchEvent, type NextRequest } from 'next/server';
import { findLegacyRedirect } from '@/db/legacy-urls';
import { auth } from '@/lib/auth';

/**
 * An early redirect to sign-in for the editor area. Only a convenience: every editor page and every
 * mutation checks the session and role again in the data layer.
 */
const editorSignInRedirect = auth((request) => {
  if (!request.auth) {
    const login = new URL('/login', request.nextUrl.origin);
    login.searchParams.set('next', `${request.nextUrl.pathname}${request.nextUrl.search}`);
    return NextResponse.redirect(login);
  }
  return NextResponse.next();
});

function redirect(request: NextRequest, location: string, status: 301 | 308): NextResponse {
  return NextResponse.redirect(new URL(location, request.nextUrl.origin), status);
}

export default async function proxy(request: NextRequest, event: NextFetchEvent) {
  const { pathname, searchParams, search } = request.nextUrl;
  if (pathname === '/editor' || pathname.startsWith('/editor/')) return editorSignInRedirect(request, event as never);

  // Old addresses of imported sites (db/legacy-urls.ts) answer 301 in one hop, trailing slash or not.
  if (request.method === 'GET' || request.method === 'HEAD') {
    const target = await findLegacyRedirect(pathname, searchParams);
    if (target && target !== pathname) {
      const rest = new URLSearchParams(searchParams);
      rest.delete('p');
      rest.delete('page_id');
      const query = rest.toString();
      return redirect(request, `${target}${query ? `?${query}` : ''}`, 301);
    }
  }
  // Next's own trailing-slash redirect is off (next.config.ts) so old addresses are seen first; same rule here.
  if (pathname.length > 1 && pathname.endsWith('/')) return redirect(request, `${pathname.replace(/\/+$/, '') || '/'}${search}`, 308);
  return NextResponse.next();
}

export const config = {
  matcher: ['/((?!_next/static|_next/image).*)'],
};
