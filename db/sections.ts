import 'server-only';
import { asc, eq } from 'drizzle-orm';
import { getDb } from './index';
import { sharedRead } from './shared-reads';
import { categories } from './schema';

export interface Section {
  id: number;
  slug: string;
  name: string;
  description: string;
}

const sectionColumns = { id: categories.id, slug: categories.slug, name: categories.name, description: categories.description };

/** Sections in their editorial order, for navigation and the home page. */
export function listSections(): Promise<Section[]> {
  return sharedRead('sections', () =>
    getDb().select(sectionColumns).from(categories).orderBy(asc(categories.position), asc(categories.id)),
  );
}

export async function getSectionBySlug(slug: string): Promise<Section | null> {
  const [row] = await getDb().select(sectionColumns).from(categories).where(eq(categories.slug, slug)).limit(1);
  return row ?? null;
}
