import { NextResponse } from 'next/server';
import { auth } from '@/lib/auth';

/**
 * An early redirect to sign-in for the editor area. Only a convenience: every editor page and every
 * mutation checks the session and role again in the data layer.
 */
export default auth((request) => {
  if (!request.auth) {
    const login = new URL('/login', request.nextUrl.origin);
    login.searchParams.set('next', `${request.nextUrl.pathname}${request.nextUrl.search}`);
    return NextResponse.redirect(login);
  }
  return NextResponse.next();
});

export const config = {
  matcher: ['/editor', '/editor/:path*'],
};
