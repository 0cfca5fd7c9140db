/**
 * Response headers every page carries, in one place: next.config.ts sets the fixed ones on every
 * response (static files included), and the proxy adds what depends on the request (the staff area's
 * per-request nonce, HSTS over HTTPS). Pure: no framework, no environment.
 *
 * Why two script policies (see docs/security.md):
 * - Reader pages must stay cacheable, so they cannot carry a per-request nonce, and their inline
 *   `self.__next_f.push(…)` scripts hold the page's own data, so no fixed hash can allow them. Their
 *   policy allows same-origin and inline <script> elements but nothing third-party, no event-handler
 *   attributes (`script-src-attr 'none'`), no plugins, no <base> and no framing. Injected <script>
 *   elements are stopped by the sanitizer on every write (proved by the XSS corpus tests).
 * - Staff pages (/editor, /login, /setup) are per-user and never cached: they get a fresh nonce on every
 *   request with 'strict-dynamic', so no inline script runs there unless Next.js itself emitted it.
 *
 * Frames: reader pages may frame exactly the embed providers' players (lib/embeds.ts), which load only
 * when a reader clicks a placeholder; staff pages frame nothing. Images come from the site itself, plus
 * the origins an operator lists in REMOTE_IMAGE_ORIGINS (an import that kept its pictures where they were).
 */

import { createHash } from 'node:crypto';
import { EMBED_FRAME_SOURCES } from './embeds';
import { THEME_SCRIPT } from './theme';

/** The reader layout's one fixed inline script (the colour scheme, before the first paint), allowed on staff pages by its hash. */
export const THEME_SCRIPT_HASH = `'sha256-${createHash('sha256').update(THEME_SCRIPT).digest('base64')}'`;

export const STAFF_PATH_PATTERN = /^\/(?:editor|login|setup)(?:\/|$)/;

export function isStaffPath(pathname: string): boolean {
  return STAFF_PATH_PATTERN.test(pathname);
}

interface PolicyOptions {
  /** Served over HTTPS: ask browsers to upgrade any stray http:// subresource. */
  https: boolean;
  /** Development needs eval for React's debugging aids; production never does. */
  development?: boolean;
  /** Origins outside the site images may come from (lib/config.ts REMOTE_IMAGE_ORIGINS). */
  remoteImageOrigins?: readonly string[];
}

// What an origin from configuration may look like here: nothing that could end a directive or widen it.
const ORIGIN = /^https?:\/\/[a-z0-9.-]+(?::\d{1,5})?$|^https?:\/\/\[[0-9a-f:.]+\](?::\d{1,5})?$/;

function imageSources(options: PolicyOptions): string[] {
  const origins = options.remoteImageOrigins ?? [];
  for (const origin of origins) if (!ORIGIN.test(origin)) throw new Error(`Not an image origin for the CSP: ${JSON.stringify(origin)}`);
  return ["'self'", ...origins];
}

function serialize(directives: Record<string, string[]>): string {
  return Object.entries(directives)
    .map(([name, values]) => (values.length > 0 ? `${name} ${values.join(' ')}` : name))
    .join('; ');
}

function sharedDirectives(options: PolicyOptions): Record<string, string[]> {
  return {
    'default-src': ["'self'"],
    // Inline style attributes come from next/image and React's style props; CSS cannot run script.
    'style-src': ["'self'", "'unsafe-inline'"],
    'img-src': imageSources(options),
    'font-src': ["'self'"],
    'connect-src': ["'self'"],
    'media-src': ["'self'"],
    'object-src': ["'none'"],
    'frame-src': ["'none'"],
    'worker-src': ["'self'"],
    'manifest-src': ["'self'"],
    'base-uri': ["'none'"],
    'form-action': ["'self'"],
    'frame-ancestors': ["'none'"],
    ...(options.https ? { 'upgrade-insecure-requests': [] } : {}),
  };
}

/** Reader pages: cacheable, so the same header for every request. */
export function readerContentSecurityPolicy(options: PolicyOptions): string {
  const scripts = ["'self'", "'unsafe-inline'", ...(options.development ? ["'unsafe-eval'"] : [])];
  return serialize({
    ...sharedDirectives(options),
    'script-src': scripts,
    // Event-handler attributes (onerror=, onload=…) never run, whatever reaches the page.
    'script-src-attr': ["'none'"],
    // The embed providers' players, and nothing else.
    'frame-src': [...EMBED_FRAME_SOURCES],
  });
}

/** Staff pages: only scripts carrying this request's nonce, and the scripts they load. */
export function staffContentSecurityPolicy(nonce: string, options: PolicyOptions): string {
  if (!/^[A-Za-z0-9+/_=-]{16,}$/.test(nonce)) throw new Error('A CSP nonce must be at least 16 base64 characters');
  const scripts = [`'nonce-${nonce}'`, THEME_SCRIPT_HASH, "'strict-dynamic'", ...(options.development ? ["'unsafe-eval'"] : [])];
  return serialize({
    ...sharedDirectives(options),
    'script-src': scripts,
    'script-src-attr': ["'none'"],
  });
}

/** Uploaded files (`/media/…`): nothing in them runs, loads or submits, even when one is opened on its own. */
export const MEDIA_CONTENT_SECURITY_POLICY = "default-src 'none'; sandbox";

/** Headers that never vary: set by next.config.ts on every response. */
export function fixedSecurityHeaders(options: PolicyOptions): Array<{ key: string; value: string }> {
  return [
    { key: 'Content-Security-Policy', value: readerContentSecurityPolicy(options) },
    { key: 'X-Content-Type-Options', value: 'nosniff' },
    { key: 'Referrer-Policy', value: 'strict-origin-when-cross-origin' },
    // For browsers older than frame-ancestors.
    { key: 'X-Frame-Options', value: 'DENY' },
    {
      key: 'Permissions-Policy',
      value:
        'accelerometer=(), camera=(), geolocation=(), gyroscope=(), magnetometer=(), microphone=(), payment=(), usb=(), browsing-topics=()',
    },
    { key: 'Cross-Origin-Opener-Policy', value: 'same-origin' },
  ];
}

/** Two years, subdomains included: only ever sent over HTTPS. */
export const STRICT_TRANSPORT_SECURITY = 'max-age=63072000; includeSubDomains';
