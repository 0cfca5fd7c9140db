/**
 * Whether a request's path can be read at all. Next.js answers a path whose percent-escapes are not
 * UTF-8 (`/%ff`, the overlong `/%c0%af`, the lone surrogate `/%ED%A0%80`) with a 500 before any route
 * or the proxy sees it; the production server answers 400 instead. The query is left to the routes,
 * which read it leniently.
 */
export function isReadablePath(target: string): boolean {
  const query = target.indexOf('?');
  const path = query === -1 ? target : target.slice(0, query);
  try {
    decodeURIComponent(path);
    return true;
  } catch {
    return false;
  }
}

/** The methods the site answers. Others (TRACE, CONNECT, WebDAV's) would reach Next.js, which fails on some with a 500. */
export const SERVED_METHODS: ReadonlySet<string> = new Set(['GET', 'HEAD', 'POST', 'PUT', 'PATCH', 'DELETE', 'OPTIONS']);

/** Methods that only read: never limited, never refused for load. */
export const READ_METHODS: ReadonlySet<string> = new Set(['GET', 'HEAD', 'OPTIONS']);
