import 'server-only';
import { and, eq, or } from 'drizzle-orm';
import { isReservedSectionSlug, isValidSlug } from '@/lib/slug';
import { getDb } from './index';
import { articleSlugHistory, articles, categories, categorySlugHistory, tagSlugHistory, tags } from './schema';
import { isPubliclyVisible } from './visibility';
import { articlePath, sectionPath, tagPath } from '@/lib/paths';

/**
 * Where an address that used to work now lives: the one lookup behind every permanent redirect, called
 * by proxy.ts before any page renders (a page can only answer 307/308; links that last deserve 301).
 *
 * Each case costs one or two primary-key or unique-index lookups, and only paths shaped like the case
 * reach the database.
 */

/** Per-section feed files, /{section}/feed.xml and its siblings. */
export const sectionFeedFiles = new Set(['feed.xml', 'atom.xml', 'feed.json']);

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
 * The address `pathname` (already without a trailing slash) should permanently redirect to, with
 * `search` ("" or "?…") kept, or null when it is current (or unknown: the page answers 404).
 */
export async function findRedirect(pathname: string, search: string, now: Date = new Date()): Promise<string | null> {
  const segments = segmentsOf(pathname);
  if (!segments || segments.length === 0 || segments.length > 2) return null;
  const [first = '', second] = segments;

  if (first === 'tag') {
    if (second === undefined || !isValidSlug(second)) return null;
    const current = await currentTagSlug(second);
    return current ? `${tagPath(encodeURIComponent(current))}${search}` : null;
  }
  if (isReservedSectionSlug(first) || !isValidSlug(first)) return null;

  // A renamed section: /{old}, /{old}/feed.xml…
  if (second === undefined || sectionFeedFiles.has(second)) {
    const current = await currentSectionSlug(first);
    if (!current) return null;
    return `${sectionPath(encodeURIComponent(current))}${second ? `/${second}` : ''}${search}`;
  }

  // An article under an old slug, an old section slug, or a section it has left: one hop to its address.
  if (!isValidSlug(second)) return null;
  const current = await currentArticlePath(second, now);
  if (!current) return null;
  const requested = `/${first}/${second}`;
  return current === requested ? null : `${encodeURI(current)}${search}`;
}
