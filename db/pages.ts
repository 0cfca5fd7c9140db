import 'server-only';
import { and, asc, desc, eq } from 'drizzle-orm';
import { getDb } from './index';
import { sharedRead } from './shared-reads';
import { pageRevisions, pages, users } from './schema';

export interface StaticPage {
  id: number;
  slug: string;
  title: string;
  body: string;
  updatedAt: Date;
}

/** A published page by its first-level slug; null for drafts and unknown slugs. */
export async function getPublishedPageBySlug(slug: string): Promise<StaticPage | null> {
  const [row] = await getDb()
    .select({ id: pages.id, slug: pages.slug, title: pages.title, body: pages.body, updatedAt: pages.updatedAt })
    .from(pages)
    .where(and(eq(pages.slug, slug), eq(pages.status, 'published')))
    .limit(1);
  return row ?? null;
}

/** Published pages by title, for the default footer and sitemaps. */
export function listPublishedPages(): Promise<Array<{ id: number; slug: string; title: string }>> {
  return sharedRead('published-pages', () =>
    getDb()
      .select({ id: pages.id, slug: pages.slug, title: pages.title })
      .from(pages)
      .where(eq(pages.status, 'published'))
      .orderBy(asc(pages.title)),
  );
}

/** Every page, for the editor's list and the menu form. */
export function listPagesForEditor() {
  return getDb()
    .select({ id: pages.id, slug: pages.slug, title: pages.title, status: pages.status, updatedAt: pages.updatedAt })
    .from(pages)
    .orderBy(asc(pages.title));
}

export async function getPageForEditor(rawId: string) {
  if (!/^[1-9]\d{0,14}$/.test(rawId)) return null;
  const [row] = await getDb()
    .select()
    .from(pages)
    .where(eq(pages.id, Number(rawId)))
    .limit(1);
  return row ?? null;
}

/** A page's saves, newest first, with who made them. */
export function listPageRevisions(pageId: number) {
  return getDb()
    .select({
      id: pageRevisions.id,
      version: pageRevisions.version,
      title: pageRevisions.title,
      slug: pageRevisions.slug,
      body: pageRevisions.body,
      status: pageRevisions.status,
      savedBy: users.name,
      createdAt: pageRevisions.createdAt,
    })
    .from(pageRevisions)
    .innerJoin(users, eq(users.id, pageRevisions.savedBy))
    .where(eq(pageRevisions.pageId, pageId))
    .orderBy(desc(pageRevisions.id))
    .limit(50);
}
