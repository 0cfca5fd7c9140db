import 'server-only';
import { eq } from 'drizzle-orm';
import { getDb } from './index';
import { tags } from './schema';

export interface TagSummary {
  id: number;
  slug: string;
  name: string;
}

export async function getTagBySlug(slug: string): Promise<TagSummary | null> {
  const [row] = await getDb().select({ id: tags.id, slug: tags.slug, name: tags.name }).from(tags).where(eq(tags.slug, slug)).limit(1);
  return row ?? null;
}
