import { NextResponse, type NextFetchEvent, type NextMiddleware, type NextRequest } from 'next/server';
import type { NextAuthRequest } from 'next-auth';
import { auth } from '@/lib/auth';
import { prepareRequestSecurity, refuseMalformedAction, refuseUnsafeRequest, type RequestSecurity } from '@/lib/request-guard';

const isEditorPath = (pathname: string) => pathname === '/editor' || pathname.startsWith('/editor/');

/**
 * An early redirect to sign-in for the editor area. Only a convenience: every editor page and every
 * mutation checks the session and role again in the data layer.
 */
function editorGate(security: RequestSecurity): NextMiddleware {
  const gate = (request: NextAuthRequest) => {
    if (!request.auth) {
      const login = new URL('/login', request.nextUrl.origin);
      login.searchParams.set('next', `${request.nextUrl.pathname}${request.nextUrl.search}`);
      return NextResponse.redirect(login);
    }
    return NextResponse.next({ request: { headers: security.requestHeaders } });
  };
  // Given a middleware, auth() returns one (its typings pick the route-handler overload).
  return auth(gate) as unknown as NextMiddleware;
}

export default async function proxy(request: NextRequest, event: NextFetchEvent) {
  // Security: cross-site writes, oversized and malformed bodies are refused; staff pages get a CSP nonce; HSTS.
  const refusal = refuseUnsafeRequest(request) ?? (await refuseMalformedAction(request));
  if (refusal) return refusal;
  const security = prepareRequestSecurity(request);

  if (isEditorPath(request.nextUrl.pathname)) {
    const response = (await editorGate(security)(request, event)) ?? NextResponse.next({ request: { headers: security.requestHeaders } });
    return security.decorate(response);
  }
  return security.decorate(NextResponse.next({ request: { headers: security.requestHeaders } }));
}

export const config = {
  // Every request except build assets, which carry next.config.ts's headers.
  matcher: ['/((?!_next/static|_next/image|favicon\\.svg).*)'],
};
