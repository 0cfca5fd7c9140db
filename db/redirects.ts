import 'server-only';
import { and, eq, or } from 'drizzle-orm';
import { isReservedPageSlug, isReservedSectionSlug, isValidSlug } from '@/lib/slug';
import { readListingCursor } from '@/lib/listing';
import { getAuthorBySlug } from './authors';
import { getPublishedPageBySlug } from './pages';
import { getSectionBySlug } from './sections';
import { getTagBySlug } from './tags';
import { getDb } from './index';
import { articleSlugHistory, articles, categories, categorySlugHistory, tagSlugHistory, tags } from './schema';
import { isPubliclyVisible } from './visibility';
import { articlePath, FEED_FILE_NAMES, sectionPath, tagPath } from '@/lib/paths';

/**
 * Where an address that used to work now lives: the one lookup behind every permanent redirect, called
 * by proxy.ts before any page renders (a page can only answer 307/308; links that last deserve 301).
 *
 * Each case costs one or two primary-key or unique-index lookups, and only paths shaped like the case
 * reach the database.
 */

/** Per-section feed files, /{section}/feed.xml and its siblings. */
export const sectionFeedFiles = new Set<string>(Object.values(FEED_FILE_NAMES));

function segmentsOf(pathname: string): string[] | null {
  try {
    return pathname
      .split('/')
      .filter(Boolean)
      .map((segment) => decodeURIComponent(segment));
  } catch {
    return null; // malformed percent-encoding: no redirect, the page answers 404
  }
}

async function currentSectionSlug(oldSlug: string): Promise<string | null> {
  const [row] = await getDb()
    .select({ slug: categories.slug })
    .from(categorySlugHistory)
    .innerJoin(categories, eq(categories.id, categorySlugHistory.categoryId))
    .where(eq(categorySlugHistory.slug, oldSlug))
    .limit(1);
  return row?.slug ?? null;
}

async function currentTagSlug(oldSlug: string): Promise<string | null> {
  const [row] = await getDb()
    .select({ slug: tags.slug })
    .from(tagSlugHistory)
    .innerJoin(tags, eq(tags.id, tagSlugHistory.tagId))
    .where(eq(tagSlugHistory.slug, oldSlug))
    .limit(1);
  return row?.slug ?? null;
}

/**
 * The current address of the public article known by `slug` now or in the past. Null for drafts,
 * future articles and unknown slugs, so nothing private is revealed by a redirect.
 */
export async function currentArticlePath(slug: string, now: Date = new Date()): Promise<string | null> {
  const formerOwner = getDb()
    .select({ id: articleSlugHistory.articleId })
    .from(articleSlugHistory)
    .where(eq(articleSlugHistory.slug, slug));
  const [row] = await getDb()
    .select({ slug: articles.slug, sectionSlug: categories.slug })
    .from(articles)
    .innerJoin(categories, eq(categories.id, articles.categoryId))
    .where(and(or(eq(articles.slug, slug), eq(articles.id, formerOwner)), isPubliclyVisible(now)))
    .limit(1);
  return row ? articlePath(row) : null;
}

/**
 * What a reader address is: one that should permanently redirect (`redirect`, with `search` kept), one
 * that names nothing public (`missing`), or null when it is current or not a reader address this knows
 * (its route decides). `pathname` comes without a trailing slash.
 *
 * The proxy sends missing addresses straight to the 404 page: a page's own notFound() gets a 404 whose
 * HTML Next does not render on the server (vercel/next.js#62228), so readers without JavaScript, and
 * crawlers, would get an empty page.
 */
export type AddressResolution = { redirect: string } | { missing: true } | null;

const MISSING = { missing: true } as const;

export async function resolveAddress(pathname: string, search: string, now: Date = new Date()): Promise<AddressResolution> {
  const segments = segmentsOf(pathname);
  if (!segments || segments.length === 0 || segments.length > 2) return null;
  const [first = '', second] = segments;
  // An older page whose cursor this site never made (proxy.ts routes `?before=` to the older routes).
  const before = new URLSearchParams(search).getAll('before');
  const badCursor = before.length > 0 && readListingCursor(before.length === 1 ? before[0] : before) === null;

  if (first === 'tag') {
    if (second === undefined) return null;
    if (!isValidSlug(second)) return MISSING;
    if (await getTagBySlug(second)) return badCursor ? MISSING : null;
    const current = await currentTagSlug(second);
    return current ? { redirect: `${tagPath(encodeURIComponent(current))}${search}` } : MISSING;
  }
  if (first === 'author') {
    if (second === undefined) return null;
    return isValidSlug(second) && (await getAuthorBySlug(second, now)) && !badCursor ? null : MISSING;
  }
  // A static page may live at a few reserved first-level addresses (/about, /contact…).
  if (second === undefined && isReservedSectionSlug(first) && !isReservedPageSlug(first)) {
    return (await getPublishedPageBySlug(first)) ? null : MISSING;
  }
  if (isReservedSectionSlug(first) || !isValidSlug(first)) return null;

  // A section or a static page, or a renamed section: /{old}, /{old}/feed.xml…
  if (second === undefined || sectionFeedFiles.has(second)) {
    if (await getSectionBySlug(first)) return badCursor && second === undefined ? MISSING : null;
    if (second === undefined && (await getPublishedPageBySlug(first))) return null;
    const current = await currentSectionSlug(first);
    if (current) return { redirect: `${sectionPath(encodeURIComponent(current))}${second ? `/${second}` : ''}${search}` };
    // A missing section's feed is a route handler's own 404.
    return second === undefined ? MISSING : null;
  }

  // An article under an old slug, an old section slug, or a section it has left: one hop to its address.
  if (!isValidSlug(second)) return MISSING;
  const current = await currentArticlePath(second, now);
  if (!current) return MISSING;
  const requested = `/${first}/${second}`;
  return current === requested ? null : { redirect: `${encodeURI(current)}${search}` };
}

/**
 * The address `pathname` (already without a trailing slash) should permanently redirect to, with
 * `search` ("" or "?…") kept, or null when it is current or unknown.
 */
export async function findRedirect(pathname: string, search: string, now: Date = new Date()): Promise<string | null> {
  const resolution = await resolveAddress(pathname, search, now);
  return resolution && 'redirect' in resolution ? resolution.redirect : null;
}
