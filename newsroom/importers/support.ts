import 'server-only';
import { count, eq, inArray, sql } from 'drizzle-orm';
import { isReservedSectionSlug, isValidSlug, slugify } from '@/lib/slug';
import type { Database, Transaction } from '@/db';
import { recordAudit } from '@/newsroom/guard';
import { categories, categorySlugHistory, tagSlugHistory, tags } from '@/db/schema';

/**
 * What the content importers (JSON Lines in newsroom/importers/jsonl.ts, WordPress in newsroom/importers/wordpress.ts)
 * share: finding or creating sections and tags the way the editor names them, and who the audit log
 * credits for imported changes.
 */

/** Who the audit log names for imported changes (there is no signed-in user on the command line). */
export const IMPORT_ACTOR = { id: null, email: 'cli' } as const;

/** A problem with one record of the file (a line, a post): reported and skipped, never fatal. */
export class ImportRecordError extends Error {}

interface FoundSection {
  id: number;
  slug: string;
}

/** A section by slug, then name, then the slug its name would make, then a former slug. Never creates. */
export async function findSection(tx: Transaction | Database, value: string): Promise<FoundSection | null> {
  const slug = slugify(value);
  const columns = { id: categories.id, slug: categories.slug };
  const [bySlug] = await tx.select(columns).from(categories).where(eq(categories.slug, value.toLowerCase())).limit(1);
  if (bySlug) return bySlug;
  const [byName] = await tx
    .select(columns)
    .from(categories)
    .where(sql`lower(${categories.name}) = lower(${value})`)
    .limit(1);
  if (byName) return byName;
  if (!slug) return null;
  const [bySlugified] = await tx.select(columns).from(categories).where(eq(categories.slug, slug)).limit(1);
  if (bySlugified) return bySlugified;
  const [renamed] = await tx
    .select(columns)
    .from(categorySlugHistory)
    .innerJoin(categories, eq(categories.id, categorySlugHistory.categoryId))
    .where(inArray(categorySlugHistory.slug, [...new Set([value.toLowerCase(), slug])]))
    .limit(1);
  return renamed ?? null;
}

/** The slug a missing section would get, or a line error when it cannot be created. */
export function newSectionSlug(value: string): string {
  const slug = slugify(value);
  if (!isValidSlug(slug)) throw new ImportRecordError(`category “${value}”: a section needs a name with at least one letter or digit`);
  if (isReservedSectionSlug(slug)) {
    throw new ImportRecordError(`category “${value}”: the section slug “${slug}” is reserved by the site, so it cannot be created`);
  }
  return slug;
}

/** "world-news" → "World news"; a name typed as a name is kept as it is. */
export function sectionNameFor(value: string, slug: string): string {
  if (value !== slug) return value;
  const words = slug.replace(/-/g, ' ');
  return words.charAt(0).toUpperCase() + words.slice(1);
}

export interface PlannedTag {
  slug: string;
  name: string;
  id: number | null;
}

/** Tag names as the editor turns them into tags: the slug made from the name. */
export function tagsFromNames(names: string[]): Array<{ slug: string; name: string }> {
  return names.flatMap((name) => {
    const slug = slugify(name);
    return slug ? [{ slug, name }] : [];
  });
}

/** Tags by slug (then by a former slug of a renamed tag), in the given order, without creating any. */
export async function findTags(tx: Transaction, wanted: Array<{ slug: string; name: string }>): Promise<PlannedTag[]> {
  const bySlug = new Map<string, string>();
  for (const { slug, name } of wanted) {
    if (slug && !bySlug.has(slug)) bySlug.set(slug, name);
  }
  if (bySlug.size === 0) return [];
  const slugs = [...bySlug.keys()];
  const ids = new Map<string, number>();
  // In batches: SQLite limits the number of bound parameters.
  for (let start = 0; start < slugs.length; start += 500) {
    const batch = slugs.slice(start, start + 500);
    for (const row of await tx.select({ id: tags.id, slug: tags.slug }).from(tags).where(inArray(tags.slug, batch)))
      ids.set(row.slug, row.id);
  }
  const missing = slugs.filter((slug) => !ids.has(slug));
  for (let start = 0; start < missing.length; start += 500) {
    const batch = missing.slice(start, start + 500);
    const renamed = await tx
      .select({ id: tagSlugHistory.tagId, slug: tagSlugHistory.slug })
      .from(tagSlugHistory)
      .where(inArray(tagSlugHistory.slug, batch));
    for (const row of renamed) ids.set(row.slug, row.id);
  }
  // Two names may lead to one tag (a tag and a former slug of it): keep it once.
  const seen = new Set<number>();
  const planned: PlannedTag[] = [];
  for (const slug of slugs) {
    const id = ids.get(slug) ?? null;
    if (id !== null) {
      if (seen.has(id)) continue;
      seen.add(id);
    }
    planned.push({ slug, name: bySlug.get(slug) ?? slug, id });
  }
  return planned;
}

export async function createMissingTags(tx: Transaction, planned: PlannedTag[]): Promise<Array<{ id: number; name: string }>> {
  const missing = planned.filter((tag) => tag.id === null);
  const created =
    missing.length > 0
      ? await tx
          .insert(tags)
          .values(missing.map((tag) => ({ slug: tag.slug, name: tag.name })))
          .returning({ id: tags.id, slug: tags.slug, name: tags.name })
      : [];
  const createdBySlug = new Map(created.map((tag) => [tag.slug, tag]));
  const names = new Map(
    (
      await tagNames(
        tx,
        planned.flatMap((tag) => (tag.id === null ? [] : [tag.id])),
      )
    ).map((tag) => [tag.id, tag.name]),
  );
  return planned.map((tag) => {
    if (tag.id !== null) return { id: tag.id, name: names.get(tag.id) ?? tag.name };
    const row = createdBySlug.get(tag.slug);
    if (!row) throw new Error(`tag ${tag.slug} was not created`);
    return { id: row.id, name: row.name };
  });
}

async function tagNames(tx: Transaction, ids: number[]): Promise<Array<{ id: number; name: string }>> {
  if (ids.length === 0) return [];
  return tx.select({ id: tags.id, name: tags.name }).from(tags).where(inArray(tags.id, ids));
}

/** Creates a section at the end of the navigation, with its audit entry. */
export async function createSection(
  tx: Transaction,
  section: { name: string; slug: string; description?: string },
  note: string,
  now: Date,
): Promise<number> {
  const [position] = await tx.select({ value: count() }).from(categories);
  const [created] = await tx
    .insert(categories)
    .values({
      name: section.name,
      slug: section.slug,
      description: section.description ?? '',
      position: position?.value ?? 0,
      createdAt: now,
    })
    .returning({ id: categories.id });
  if (!created) throw new Error('section insert returned no row');
  await recordAudit(
    tx,
    IMPORT_ACTOR,
    { action: 'section.create', targetType: 'section', targetId: created.id, summary: `${section.name} (${note})` },
    now,
  );
  return created.id;
}
