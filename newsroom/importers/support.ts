import 'server-only';
import { count, eq, inArray, sql } from 'drizzle-orm';
import { isReservedSectionSlug, isValidSlug, slugify } from '@/lib/slug';
import type { Database, Transaction } from '@/db';
import { recordAudit } from '@/newsroom/guard';
import { categories, categorySlugHistory } from '@/db/schema';

/**
 * What the content importers (JSON Lines in newsroom/importers/jsonl.ts, WordPress in newsroom/importers/wordpress.ts)
 * share: finding or creating sections the way the editor names them, and who the audit log credits for
 * imported changes. Tags are resolved as everywhere else (newsroom/tags.ts).
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
