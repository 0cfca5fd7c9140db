import 'server-only';
import { inArray } from 'drizzle-orm';
import { slugify } from '@/lib/slug';
import type { Transaction } from '@/db';
import { tagSlugHistory, tags } from '@/db/schema';

/**
 * The one way tag names become tags, for the editor's save, a restored revision and both importers: the
 * slug made from the name finds the tag (or a tag since renamed from it); a name with no tag yet gets one.
 * Planning first (findTags) lets an importer tell an unchanged article without creating anything.
 */

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

/** The tags for these names, in order, created where missing. */
export async function resolveTags(tx: Transaction, names: string[]): Promise<Array<{ id: number; name: string }>> {
  return createMissingTags(tx, await findTags(tx, tagsFromNames(names)));
}
