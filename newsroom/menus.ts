import 'server-only';
import { and, asc, eq } from 'drizzle-orm';
import { z } from 'zod';
import { EVERY_READER_PAGE } from '@/lib/paths';
import { canOnSite, type Actor } from '@/lib/permissions';
import { cleanText } from '@/lib/text';
import { categories, menuItemKinds, menuItems, menuNames, pages } from '@/db/schema';
import { type Transaction } from '@/db';
import { defineMutation, forbidden, MutationError } from './guard';

function requireMenuEditor(actor: Actor) {
  if (!canOnSite(actor, 'manageMenus')) forbidden('Only editors and administrators can change the menus.');
}

const invalid = (field: string, message: string) =>
  new MutationError('invalid', 'Please correct the highlighted fields.', { [field]: message });

/** An outside link (http, https, mailto) or a path on this site; never `//host` or a script. */
export function isMenuLinkAddress(value: string): boolean {
  if (/[\s\\]/.test(value)) return false;
  if (/^https?:\/\/[^/?#]+/i.test(value) || /^mailto:[^/]/i.test(value)) return true;
  return value.startsWith('/') && !value.startsWith('//');
}

/** A feed on this site: the site's, a section's or the corrections column's, in any of its formats. */
const FEED_ADDRESS = /^\/(?:[a-z0-9-]+\/)?(?:feed\.xml|atom\.xml|feed\.json)$/;

const optionalId = z.preprocess(
  (value) => (value === '' || value === undefined ? undefined : value),
  z.coerce.number().int().positive().optional(),
);

export const addMenuItem = defineMutation({
  name: 'menu.add',
  input: z.object({
    menu: z.enum(menuNames),
    columnLabel: z.string().transform(cleanText).pipe(z.string().max(40, 'A column heading must be at most 40 characters.')).default(''),
    kind: z.enum(menuItemKinds, { message: 'Choose what the link points to.' }),
    sectionId: optionalId,
    pageId: optionalId,
    url: z.string().trim().max(500, 'The address is too long.').default(''),
    label: z.string().transform(cleanText).pipe(z.string().max(60, 'A label must be at most 60 characters.')).default(''),
  }),
  async run({ tx, actor }, input) {
    requireMenuEditor(actor);
    const item = { menu: input.menu, columnLabel: input.menu === 'footer' ? input.columnLabel : '', kind: input.kind, label: input.label };
    let target: { sectionId: number | null; pageId: number | null; url: string };
    let summary: string;
    switch (input.kind) {
      case 'section': {
        const [section] = input.sectionId
          ? await tx.select({ name: categories.name }).from(categories).where(eq(categories.id, input.sectionId))
          : [];
        if (!section) throw invalid('sectionId', 'Choose a section.');
        target = { sectionId: input.sectionId ?? null, pageId: null, url: '' };
        summary = section.name;
        break;
      }
      case 'page': {
        const [page] = input.pageId ? await tx.select({ title: pages.title }).from(pages).where(eq(pages.id, input.pageId)) : [];
        if (!page) throw invalid('pageId', 'Choose a page.');
        target = { sectionId: null, pageId: input.pageId ?? null, url: '' };
        summary = page.title;
        break;
      }
      case 'feed':
      case 'url': {
        const valid = input.kind === 'feed' ? FEED_ADDRESS.test(input.url) : isMenuLinkAddress(input.url);
        if (!valid) {
          throw invalid(
            'url',
            input.kind === 'feed'
              ? 'Enter a feed on this site, like /feed.xml or /world/feed.xml.'
              : 'Enter an address starting with https://, mailto: or /.',
          );
        }
        if (!input.label) throw invalid('label', 'Give the link a label.');
        target = { sectionId: null, pageId: null, url: input.url };
        summary = input.url;
        break;
      }
    }
    if (input.menu === 'footer' && !item.columnLabel) throw invalid('columnLabel', 'Name the footer column the link goes in.');
    const existing = await tx.select({ position: menuItems.position }).from(menuItems).where(eq(menuItems.menu, input.menu));
    const position = existing.reduce((max, row) => Math.max(max, row.position + 1), 0);
    const [row] = await tx
      .insert(menuItems)
      .values({ ...item, ...target, position })
      .returning({ id: menuItems.id });
    if (!row) throw new Error('menu item insert returned no row');
    return {
      result: { id: row.id },
      audit: { action: 'menu.add', targetType: 'menu', targetId: row.id, summary: `${input.menu}: ${item.label || summary}` },
      revalidate: [EVERY_READER_PAGE],
    };
  },
});

async function loadItem(tx: Transaction, id: number) {
  const [item] = await tx.select().from(menuItems).where(eq(menuItems.id, id)).limit(1);
  if (!item) throw new MutationError('not_found', 'That menu link no longer exists.');
  return item;
}

export const removeMenuItem = defineMutation({
  name: 'menu.remove',
  input: z.object({ id: z.coerce.number().int().positive() }),
  async run({ tx, actor }, input) {
    requireMenuEditor(actor);
    const item = await loadItem(tx, input.id);
    await tx.delete(menuItems).where(eq(menuItems.id, item.id));
    return {
      result: { id: item.id },
      audit: {
        action: 'menu.remove',
        targetType: 'menu',
        targetId: item.id,
        summary: `${item.menu}: ${item.label || item.url || item.kind}`,
      },
      revalidate: [EVERY_READER_PAGE],
    };
  },
});

/** Moves a link one place up or down among its neighbours: the header's, or its footer column's. */
export const moveMenuItem = defineMutation({
  name: 'menu.move',
  input: z.object({ id: z.coerce.number().int().positive(), direction: z.enum(['up', 'down']) }),
  async run({ tx, actor }, input) {
    requireMenuEditor(actor);
    const item = await loadItem(tx, input.id);
    const siblings = await tx
      .select({ id: menuItems.id })
      .from(menuItems)
      .where(and(eq(menuItems.menu, item.menu), eq(menuItems.columnLabel, item.columnLabel)))
      .orderBy(asc(menuItems.position), asc(menuItems.id));
    const index = siblings.findIndex((sibling) => sibling.id === item.id);
    const swapWith = input.direction === 'up' ? index - 1 : index + 1;
    if (swapWith >= 0 && swapWith < siblings.length) {
      const [moved] = siblings.splice(index, 1);
      if (moved) siblings.splice(swapWith, 0, moved);
    }
    // Positions are shared by the whole menu; a column's links keep their relative order among the others.
    const all = await tx
      .select({ id: menuItems.id, columnLabel: menuItems.columnLabel })
      .from(menuItems)
      .where(eq(menuItems.menu, item.menu))
      .orderBy(asc(menuItems.position), asc(menuItems.id));
    let next = 0;
    const reordered = all.map((row) => (row.columnLabel === item.columnLabel ? (siblings[next++] ?? row) : row));
    for (const [position, row] of reordered.entries()) await tx.update(menuItems).set({ position }).where(eq(menuItems.id, row.id));
    return {
      result: { id: item.id },
      audit: {
        action: 'menu.move',
        targetType: 'menu',
        targetId: item.id,
        summary: `${item.menu}: ${item.label || item.url || item.kind} ${input.direction}`,
      },
      revalidate: [EVERY_READER_PAGE],
    };
  },
});
