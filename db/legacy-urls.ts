import 'server-only';
import { and, eq, inArray } from 'drizzle-orm';
import { alias } from 'drizzle-orm/sqlite-core';
import { legacyLookupKeys } from '@/lib/legacy-path';
import { articlePath, authorPath, sectionPath, tagPath } from '@/lib/paths';
import { getDb, type Transaction } from './index';
import { articles, bylineProfiles, categories, legacyUrls, tags } from './schema';
import { hasPubliclyVisibleStory, isPubliclyVisible } from './visibility';

/**
 * Old addresses of imported content (WordPress permalinks) and where they lead now. The proxy asks
 * `findLegacyRedirect` for likely-looking requests and answers a 301; the importer records the rows.
 */

export type LegacyTarget = { articleId: number } | { categoryId: number } | { tagId: number } | { userId: number };

/**
 * Records old addresses. `replace` rows (a post's own permalink and `?p=` link) win over rows already
 * there; the others (addresses derived from other permalink structures) never displace an existing one.
 */
export async function recordLegacyUrls(
  tx: Transaction,
  rows: Array<{ path: string; target: LegacyTarget; replace: boolean }>,
): Promise<number> {
  let written = 0;
  for (const row of rows) {
    const target = { articleId: null, categoryId: null, tagId: null, userId: null, ...row.target };
    const insert = tx.insert(legacyUrls).values({ path: row.path, ...target });
    const result = row.replace
      ? await insert.onConflictDoUpdate({ target: legacyUrls.path, set: target })
      : await insert.onConflictDoNothing();
    written += result.rowsAffected;
  }
  return written;
}

const articleSection = alias(categories, 'article_section');

/**
 * The current address for an old one, or null. Articles count only while readers may see them, so an
 * old link never reveals a draft. A one-segment old address yields to a section of the same slug.
 */
export async function findLegacyRedirect(pathname: string, searchParams: URLSearchParams, now: Date = new Date()): Promise<string | null> {
  const keys = legacyLookupKeys(pathname, searchParams);
  if (keys.length === 0) return null;
  const rows = await getDb()
    .select({
      path: legacyUrls.path,
      articleSlug: articles.slug,
      articleSectionSlug: articleSection.slug,
      sectionSlug: categories.slug,
      tagSlug: tags.slug,
      authorSlug: bylineProfiles.slug,
    })
    .from(legacyUrls)
    .leftJoin(articles, and(eq(articles.id, legacyUrls.articleId), isPubliclyVisible(now)))
    .leftJoin(articleSection, eq(articleSection.id, articles.categoryId))
    .leftJoin(categories, eq(categories.id, legacyUrls.categoryId))
    .leftJoin(tags, eq(tags.id, legacyUrls.tagId))
    // An old author address leads to an author page only while it is public.
    .leftJoin(bylineProfiles, and(eq(bylineProfiles.userId, legacyUrls.userId), hasPubliclyVisibleStory(bylineProfiles.id, now)))
    .where(inArray(legacyUrls.path, keys));
  for (const key of keys) {
    const row = rows.find((candidate) => candidate.path === key);
    if (!row) continue;
    const target =
      row.articleSlug && row.articleSectionSlug
        ? articlePath({ sectionSlug: row.articleSectionSlug, slug: row.articleSlug })
        : row.sectionSlug
          ? sectionPath(row.sectionSlug)
          : row.tagSlug
            ? tagPath(row.tagSlug)
            : row.authorSlug
              ? authorPath(row.authorSlug)
              : null;
    if (!target) continue;
    if (await isSectionAddress(key)) continue;
    return target;
  }
  return null;
}

/** `/world` is the World section's page, whatever an old site had there. */
async function isSectionAddress(key: string): Promise<boolean> {
  const segments = key.split('/').filter(Boolean);
  if (segments.length !== 1 || key.includes('?')) return false;
  const [row] = await getDb()
    .select({ id: categories.id })
    .from(categories)
    .where(eq(categories.slug, segments[0] ?? ''))
    .limit(1);
  return row !== undefined;
}
