import 'server-only';
import { eq } from 'drizzle-orm';
import { getDb } from './index';
import { tagSlugHistory, tags } from './schema';

export interface TagSummary {
  id: number;
  slug: string;
  name: string;
}

export async function getTagBySlug(slug: string): Promise<TagSummary | null> {
  const [row] = await getDb().select({ id: tags.id, slug: tags.slug, name: tags.name }).from(tags).where(eq(tags.slug, slug)).limit(1);
  return row ?? null;
}

export async function getTagByOldSlug(oldSlug: string): Promise<TagSummary | null> {
  const [row] = await getDb()
    .select({ id: tags.id, slug: tags.slug, name: tags.name })
    .from(tagSlugHistory)
    .innerJoin(tags, eq(tags.id, tagSlugHistory.tagId))
    .where(eq(tagSlugHistory.slug, oldSlug))
    .limit(1);
  return row ?? null;
}
