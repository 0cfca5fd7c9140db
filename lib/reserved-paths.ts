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
  'corrections',
  'editor',
  'favicon.ico',
  'feed',
  'feed.json',
  'feed.xml',
  'feeds',
  'front-page',
  'invite',
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

/** Reserved for sections because a newsroom's static pages live there; a page may take them. */
const pageOnlySlugs: ReadonlySet<string> = new Set(['about', 'contact', 'privacy', 'terms']);

/** A first-level path a static page may not take: every reserved path except the pages' own. */
export function isReservedPageSlug(slug: string): boolean {
  const lower = slug.toLowerCase();
  return reservedSectionSlugs.has(lower) && !pageOnlySlugs.has(lower);
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
 * The only pages that take a write (a POST, PUT, PATCH or DELETE): the ones with forms, whose server actions
 * live there (sign-in, first-run setup, invitations, the editor), and the route handlers under /api/. Reader pages and
 * files answer such requests with 405 from the proxy: nothing of theirs accepts one, and Next.js would
 * otherwise render the page (or a 404) for each, forward a stray server action to the page holding it, or
 * answer a file's with a 500. `e2e/hostile-requests.spec.ts` checks every action of the build lives here.
 */
const WRITABLE_PATH = /^\/(?:api\/|login(?:\/|$)|setup(?:\/|$)|invite\/|editor(?:\/|$))/;

export function acceptsWrites(pathname: string): boolean {
  return WRITABLE_PATH.test(pathname);
}
