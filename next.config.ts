import path from 'node:path';
import type { NextConfig } from 'next';
import { MAX_ACTION_BODY_BYTES } from './lib/request-limits';
import { SECTION_SEGMENT_PATTERN } from './lib/reserved-paths';
import { fixedSecurityHeaders, MEDIA_CONTENT_SECURITY_POLICY } from './lib/security-headers';

const projectRoot = path.resolve(__dirname);

/** Seconds a CDN or reverse proxy may serve a reader page rendered per request without asking again (cached pages: their `revalidate`). */
const PUBLIC_PAGE_MAX_AGE = 30;

const nextConfig: NextConfig = {
  // A lockfile in a parent folder must not make Next guess another workspace root.
  outputFileTracingRoot: projectRoot,
  turbopack: { root: projectRoot },
  poweredByHeader: false,
  // Next's page cache, kept in step across instances and with the publishing clock through the database.
  cacheHandler: path.join(projectRoot, 'server/page-cache-handler.mjs'),
  // The pages Next keeps in memory besides the disk cache: 16 MB (Next's default is 50) holds the front
  // page, the sections and the newest stories, and a crawler's pages churn through whatever size this is
  // (docs/performance.md, "Uncached pages, third pass").
  cacheMaxMemorySize: 16 * 1024 * 1024,
  // A cached article page may be served stale (and refreshed behind it) for up to an hour after its
  // lifetime; this is the stale-while-revalidate a CDN or reverse proxy is told.
  expireTime: 60 * 60,
  // proxy.ts removes trailing slashes itself, with a 301 and in the same hop as an old-slug or old
  // WordPress-address redirect.
  skipTrailingSlashRedirect: true,
  // Deploying: every build also writes .next/standalone; `npm run build:standalone` completes it (docs/deploying-and-scaling.md).
  output: 'standalone',
  serverExternalPackages: ['@libsql/client', 'libsql', '@node-rs/argon2', 'sharp'],
  experimental: {
    // Image uploads go through a server action; the data layer enforces the real 5 MB limit, and the
    // proxy refuses larger bodies with a 413 before they reach it.
    serverActions: { bodySizeLimit: MAX_ACTION_BODY_BYTES },
    // Addresses no route matches get app/global-not-found.tsx, a document of its own, so no layout carries
    // a whole reader chrome for its 404 in every page's flight data (docs/performance.md).
    globalNotFound: true,
  },
  // Fixed security headers on every response (the proxy adds the staff pages' nonce policy and HSTS per
  // request). Pages served from the page cache (articles, the home page, the first page of each listing)
  // carry Next's own `s-maxage` from their `revalidate`; the pages rendered per request for readers
  // (older listing pages, search) may still be kept briefly by a CDN or reverse proxy. The editor,
  // sign-in and everything personal are never kept.
  async headers() {
    const security = {
      source: '/:path*',
      headers: fixedSecurityHeaders({ https: false, development: process.env.NODE_ENV === 'development' }),
    };
    // Listed after `security`: of two rules setting one header, Next sends the later, and a route's own header loses to both.
    const media = { source: '/media/:path*', headers: [{ key: 'Content-Security-Policy', value: MEDIA_CONTENT_SECURITY_POLICY }] };
    const publicPage = [{ key: 'Cache-Control', value: `public, s-maxage=${PUBLIC_PAGE_MAX_AGE}, stale-while-revalidate=300` }];
    const olderListingPages = [`/:section(${SECTION_SEGMENT_PATTERN})`, '/tag/:slug', '/author/:slug'].map((source) => ({
      source,
      has: [{ type: 'query' as const, key: 'before' }],
      headers: publicPage,
    }));
    const privatePages = ['/editor', '/editor/:path*'].map((source) => ({
      source,
      headers: [{ key: 'Cache-Control', value: 'private, no-store' }],
    }));
    return [security, media, ...olderListingPages, { source: '/search', headers: publicPage }, ...privatePages];
  },
  // Next's image optimizer is off (`/_next/image` answers 404): it would decode an upload at full size on
  // a reader's request. Uploads are made into their sizes once, when they arrive (lib/image-variants.ts).
  images: { unoptimized: true },
};

export default nextConfig;
