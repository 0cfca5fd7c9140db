import 'server-only';
import { asc, eq } from 'drizzle-orm';
import type { MenuName } from './schema';
import { getDb } from './index';
import { sharedRead } from './shared-reads';
import { categories, menuItems, pages } from './schema';
import { sectionPath, staticPagePath } from '@/lib/paths';

export interface MenuLink {
  id: number;
  kind: 'section' | 'page' | 'feed' | 'url';
  columnLabel: string;
  label: string;
  href: string;
}

/**
 * A menu's links in the editor's order, each with its address and shown text (the section's or page's
 * own name unless the editor gave one). Draft pages are left out, so a menu never links to a 404.
 */
export async function getMenu(menu: MenuName, options: { includeDrafts?: boolean } = {}): Promise<MenuLink[]> {
  // Readers' menus (drafts left out) are the same on every page: read once for all of them.
  return options.includeDrafts ? readMenu(menu, true) : sharedRead(`menu:${menu}`, () => readMenu(menu, false));
}

async function readMenu(menu: MenuName, includeDrafts: boolean): Promise<MenuLink[]> {
  const rows = await getDb()
    .select({
      id: menuItems.id,
      kind: menuItems.kind,
      columnLabel: menuItems.columnLabel,
      label: menuItems.label,
      url: menuItems.url,
      sectionSlug: categories.slug,
      sectionName: categories.name,
      pageSlug: pages.slug,
      pageTitle: pages.title,
      pageStatus: pages.status,
    })
    .from(menuItems)
    .leftJoin(categories, eq(categories.id, menuItems.sectionId))
    .leftJoin(pages, eq(pages.id, menuItems.pageId))
    .where(eq(menuItems.menu, menu))
    .orderBy(asc(menuItems.position), asc(menuItems.id));
  const links: MenuLink[] = [];
  for (const row of rows) {
    const base = { id: row.id, kind: row.kind, columnLabel: row.columnLabel };
    if (row.kind === 'section' && row.sectionSlug) {
      links.push({ ...base, label: row.label || (row.sectionName ?? ''), href: sectionPath(row.sectionSlug) });
    } else if (row.kind === 'page' && row.pageSlug && (row.pageStatus === 'published' || includeDrafts)) {
      links.push({ ...base, label: row.label || (row.pageTitle ?? ''), href: staticPagePath(row.pageSlug) });
    } else if ((row.kind === 'feed' || row.kind === 'url') && row.url) {
      links.push({ ...base, label: row.label, href: row.url });
    }
  }
  return links;
}
