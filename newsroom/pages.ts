import 'server-only';
import { and, eq, ne } from 'drizzle-orm';
import { z } from 'zod';
import { EVERY_READER_PAGE, staticPagePath } from '@/lib/paths';
import { canOnSite, type Actor } from '@/lib/permissions';
import { sanitizeArticleHtml } from '@/lib/sanitize';
import { isReservedPageSlug, isValidSlug, MAX_SLUG_LENGTH, slugify } from '@/lib/slug';
import { cleanText } from '@/lib/text';
import { categories, categorySlugHistory, pageRevisions, pageStatuses, pages } from '@/db/schema';
import { type Transaction } from '@/db';
import { defineMutation, forbidden, MutationError } from './guard';

const MAX_PAGE_BODY_CHARS = 200_000;

function requirePageEditor(actor: Actor) {
  if (!canOnSite(actor, 'managePages')) forbidden('Only editors and administrators can manage pages.');
}

const invalid = (field: string, message: string) =>
  new MutationError('invalid', 'Please correct the highlighted fields.', { [field]: message });

/** Whether a section, or a section's old address (which redirects), holds this first-level slug. */
export async function isSectionAddress(tx: Transaction, slug: string): Promise<boolean> {
  const [section] = await tx.select({ id: categories.id }).from(categories).where(eq(categories.slug, slug)).limit(1);
  const [historic] = await tx
    .select({ id: categorySlugHistory.categoryId })
    .from(categorySlugHistory)
    .where(eq(categorySlugHistory.slug, slug))
    .limit(1);
  return Boolean(section || historic);
}

/** Whether a static page holds this first-level slug (other than the one being saved). */
export async function isPageAddress(tx: Transaction, slug: string, exceptPageId: number | null = null): Promise<boolean> {
  const [page] = await tx
    .select({ id: pages.id })
    .from(pages)
    .where(exceptPageId ? and(eq(pages.slug, slug), ne(pages.id, exceptPageId)) : eq(pages.slug, slug))
    .limit(1);
  return Boolean(page);
}

/** A page lives at /{slug}: never a path the site owns, a section's address, or another page's. */
async function pageSlugFor(tx: Transaction, title: string, slugInput: string, id: number | null): Promise<string> {
  const slug = slugify(slugInput || title);
  if (!isValidSlug(slug)) throw invalid('slug', 'The slug needs at least one letter or digit.');
  if (isReservedPageSlug(slug)) throw invalid('slug', `“/${slug}” belongs to the site itself; choose another address.`);
  if (await isSectionAddress(tx, slug)) throw invalid('slug', `The section “${slug}” is at /${slug}; choose another address.`);
  if (await isPageAddress(tx, slug, id)) throw invalid('slug', `Another page is at /${slug}.`);
  return slug;
}

export const pageInputSchema = z.object({
  id: z.coerce.number().int().positive().optional(),
  expectedVersion: z.coerce.number().int().positive().optional(),
  title: z
    .string()
    .transform(cleanText)
    .pipe(z.string().min(1, 'Give the page a title.').max(200, 'Title must be at most 200 characters.')),
  slug: z
    .string()
    .transform(cleanText)
    .pipe(z.string().max(MAX_SLUG_LENGTH + 20))
    .default(''),
  body: z.string().max(MAX_PAGE_BODY_CHARS, 'The page is too long.').default(''),
  status: z.enum(pageStatuses, { message: 'Choose draft or published.' }),
});

type PageRow = typeof pages.$inferSelect;

/** Writes a page's next version (or its first) and its revision: the one way a page changes. */
async function writePageVersion(
  tx: Transaction,
  actorId: number,
  now: Date,
  current: PageRow | undefined,
  fields: { title: string; slug: string; body: string; status: PageRow['status'] },
): Promise<{ id: number; slug: string; version: number }> {
  const slug = await pageSlugFor(tx, fields.title, fields.slug, current?.id ?? null);
  const values = { title: fields.title, slug, body: sanitizeArticleHtml(fields.body), status: fields.status, updatedAt: now };
  let id: number;
  let version: number;
  if (current) {
    id = current.id;
    version = current.version + 1;
    await tx
      .update(pages)
      .set({ ...values, version })
      .where(eq(pages.id, id));
  } else {
    version = 1;
    const [row] = await tx
      .insert(pages)
      .values({ ...values, version, createdAt: now })
      .returning({ id: pages.id });
    if (!row) throw new Error('page insert returned no row');
    id = row.id;
  }
  await tx.insert(pageRevisions).values({ pageId: id, version, ...values, savedBy: actorId, createdAt: now });
  return { id, slug, version };
}

function conflictUnlessCurrent(current: PageRow, expectedVersion: number | undefined) {
  if (expectedVersion !== undefined && expectedVersion !== current.version) {
    throw new MutationError(
      'conflict',
      'Someone else saved this page after you opened it, so your save was not applied. Copy your text, then reload.',
    );
  }
}

/** Menus on every page may name or link it; its old address too when it moved. */
const pagePaths = (slug: string, previous?: PageRow) => [
  EVERY_READER_PAGE,
  staticPagePath(slug),
  ...(previous && previous.slug !== slug ? [staticPagePath(previous.slug)] : []),
];

export const savePage = defineMutation({
  name: 'page.save',
  input: pageInputSchema,
  async run({ tx, actor, now }, input) {
    requirePageEditor(actor);
    const [current] = input.id ? await tx.select().from(pages).where(eq(pages.id, input.id)).limit(1) : [];
    if (input.id && !current) throw new MutationError('not_found', 'That page no longer exists.');
    if (current) conflictUnlessCurrent(current, input.expectedVersion);
    const { id, slug, version } = await writePageVersion(tx, actor.id, now, current, input);
    return {
      result: { id, slug, version },
      audit: {
        action: current ? 'page.update' : 'page.create',
        targetType: 'page',
        targetId: id,
        summary: `${input.title} (/${slug}, ${input.status}, v${version})`,
      },
      revalidate: pagePaths(slug, current),
    };
  },
});

/** An earlier version of a page becomes its newest: title, address, text and status as they were. */
export const restorePageRevision = defineMutation({
  name: 'page.restore',
  input: z.object({
    pageId: z.coerce.number().int().positive(),
    revisionId: z.coerce.number().int().positive(),
    expectedVersion: z.coerce.number().int().positive().optional(),
  }),
  async run({ tx, actor, now }, input) {
    requirePageEditor(actor);
    const [current] = await tx.select().from(pages).where(eq(pages.id, input.pageId)).limit(1);
    if (!current) throw new MutationError('not_found', 'That page no longer exists.');
    conflictUnlessCurrent(current, input.expectedVersion);
    const [revision] = await tx
      .select()
      .from(pageRevisions)
      .where(and(eq(pageRevisions.id, input.revisionId), eq(pageRevisions.pageId, current.id)))
      .limit(1);
    if (!revision) throw new MutationError('not_found', 'That version of the page no longer exists.');
    const { id, slug, version } = await writePageVersion(tx, actor.id, now, current, revision);
    return {
      result: { id, slug, version, restoredFrom: revision.version },
      audit: {
        action: 'page.restore',
        targetType: 'page',
        targetId: id,
        summary: `${revision.title} (/${slug}, ${revision.status}, v${version} from v${revision.version})`,
      },
      revalidate: pagePaths(slug, current),
    };
  },
});

export const deletePage = defineMutation({
  name: 'page.delete',
  input: z.object({ id: z.coerce.number().int().positive() }),
  async run({ tx, actor }, input) {
    requirePageEditor(actor);
    const [current] = await tx.select({ title: pages.title, slug: pages.slug }).from(pages).where(eq(pages.id, input.id)).limit(1);
    if (!current) throw new MutationError('not_found', 'That page no longer exists.');
    // Its menu links go with it (menu_items cascade).
    await tx.delete(pages).where(eq(pages.id, input.id));
    return {
      result: { id: input.id },
      audit: { action: 'page.delete', targetType: 'page', targetId: input.id, summary: `${current.title} (/${current.slug})` },
      revalidate: [EVERY_READER_PAGE, staticPagePath(current.slug)],
    };
  },
});
