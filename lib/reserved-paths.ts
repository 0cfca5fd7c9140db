/**
 * First-level paths the application owns. A section with one of these slugs would shadow a page, so
 * they can never be section slugs, never name an old section to redirect from, and are never section
 * listings. This module has no imports so that next.config.ts and proxy.ts can read it too.
 */
export const reservedSectionSlugs: ReadonlySet<string> = new Set([
  'about',
  'admin',
  'api',
  'atom',
  'atom.xml',
  'auth',
  'author',
  'authors',
  'category',
  'contact',
  'editor',
  'favicon.ico',
  'feed',
  'feed.json',
  'feed.xml',
  'feeds',
  'front-page',
  'login',
  'logout',
  'media',
  'news-sitemap.xml',
  'og',
  'page',
  'preview',
  'privacy',
  'robots.txt',
  'rss',
  'search',
  'setup',
  'sign-in',
  'signin',
  'sitemap',
  'sitemap.xml',
  'sitemaps',
  'static',
  'tag',
  'tags',
  'terms',
  'uploads',
  'wp-admin',
  'wp-content',
  'wp-login.php',
  '_next',
]);

export function isReservedSectionSlug(slug: string): boolean {
  return reservedSectionSlugs.has(slug.toLowerCase());
}

/**
 * A path segment pattern (no slashes, no dots) that matches any section slug and none of the reserved
 * ones, for route matchers such as next.config.ts's `headers()`.
 */
export const SECTION_SEGMENT_PATTERN = `(?!(?:${[...reservedSectionSlugs].filter((slug) => !slug.includes('.')).join('|')})$)[^/.]+`;

/** A paginated listing's first page: a section (`/world`), a tag (`/tag/x`) or an author (`/author/x`). */
const LISTING_PATH = new RegExp(`^/(?:${SECTION_SEGMENT_PATTERN}|tag/[^/.]+|author/[^/.]+)$`);

export function isListingPath(pathname: string): boolean {
  return LISTING_PATH.test(pathname);
}

/**
 * The files in public/. Next.js answers anything but GET or HEAD to one of them with a 500 (it looks for
 * a Pages Router `/405` page), so the proxy answers 405 itself. A unit test keeps this list and the
 * folder in step.
 */
export const publicFiles: ReadonlySet<string> = new Set(['/favicon.svg']);
