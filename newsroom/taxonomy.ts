import 'server-only';
import { and, asc, count, eq, ne } from 'drizzle-orm';
import { z } from 'zod';
import { canOnSite, type Actor } from '@/lib/permissions';
import { ALL_ARTICLE_PAGES, EVERY_READER_PAGE, tagPath } from '@/lib/paths';
import { isReservedSectionSlug, isValidSlug, slugify } from '@/lib/slug';
import { cleanText } from '@/lib/text';
import { defineMutation, forbidden, MutationError } from './guard';
import { isPageAddress } from './pages';
import { articleTags, articles, categories, categorySlugHistory, tagSlugHistory, tags } from '@/db/schema';
import { type Transaction } from '@/db';

function requireEditor(actor: Actor, what: 'manageSections' | 'manageTags') {
  if (!canOnSite(actor, what)) forbidden('Only editors and administrators can manage sections and tags.');
}

const invalid = (field: string, message: string) =>
  new MutationError('invalid', 'Please correct the highlighted fields.', { [field]: message });

async function sectionSlugFor(tx: Transaction, name: string, slugInput: string, id: number | null): Promise<string> {
  const slug = slugify(slugInput || name);
  if (!isValidSlug(slug)) throw invalid('slug', 'The slug needs at least one letter or digit.');
  if (isReservedSectionSlug(slug)) throw invalid('slug', `“${slug}” is reserved by the site; choose another slug.`);
  const [taken] = await tx
    .select({ id: categories.id })
    .from(categories)
    .where(id ? and(eq(categories.slug, slug), ne(categories.id, id)) : eq(categories.slug, slug))
    .limit(1);
  const [historic] = await tx
    .select({ id: categorySlugHistory.categoryId })
    .from(categorySlugHistory)
    .where(eq(categorySlugHistory.slug, slug))
    .limit(1);
  if (taken || (historic && historic.id !== id)) throw invalid('slug', `Another section uses “${slug}”.`);
  if (await isPageAddress(tx, slug)) throw invalid('slug', `The page at /${slug} has that address; choose another slug.`);
  return slug;
}

const sectionFields = {
  name: z.string().transform(cleanText).pipe(z.string().min(1, 'Enter a name.').max(60)),
  slug: z.string().transform(cleanText).pipe(z.string().max(80)).default(''),
  description: z.string().transform(cleanText).pipe(z.string().max(300)).default(''),
};
const tagFields = { name: sectionFields.name, slug: sectionFields.slug };

export const createSection = defineMutation({
  name: 'section.create',
  input: z.object(sectionFields),
  async run({ tx, actor }, input) {
    requireEditor(actor, 'manageSections');
    const slug = await sectionSlugFor(tx, input.name, input.slug, null);
    const existing = await tx.select({ value: count() }).from(categories);
    const [row] = await tx
      .insert(categories)
      .values({ name: input.name, slug, description: input.description, position: existing[0]?.value ?? 0 })
      .returning({ id: categories.id });
    if (!row) throw new Error('insert returned no row');
    return {
      result: { id: row.id, slug },
      audit: { action: 'section.create', targetType: 'section', targetId: row.id, summary: input.name },
      revalidate: [EVERY_READER_PAGE],
    };
  },
});

export const updateSection = defineMutation({
  name: 'section.update',
  input: z.object({ id: z.coerce.number().int().positive(), ...sectionFields }),
  async run({ tx, actor, now }, input) {
    requireEditor(actor, 'manageSections');
    const [current] = await tx.select({ slug: categories.slug, name: categories.name }).from(categories).where(eq(categories.id, input.id));
    if (!current) throw new MutationError('not_found', 'That section no longer exists.');
    const slug = await sectionSlugFor(tx, input.name, input.slug, input.id);
    await tx.update(categories).set({ name: input.name, slug, description: input.description }).where(eq(categories.id, input.id));
    if (slug !== current.slug) {
      await tx.delete(categorySlugHistory).where(eq(categorySlugHistory.slug, slug));
      await tx.insert(categorySlugHistory).values({ slug: current.slug, categoryId: input.id, createdAt: now }).onConflictDoNothing();
    }
    return {
      result: { id: input.id, slug },
      audit: {
        action: 'section.update',
        targetType: 'section',
        targetId: input.id,
        summary: `${current.name} (${current.slug}) → ${input.name} (${slug})`,
      },
      // Every page shows the section navigation.
      revalidate: [EVERY_READER_PAGE],
    };
  },
});

export const moveSection = defineMutation({
  name: 'section.move',
  input: z.object({ id: z.coerce.number().int().positive(), direction: z.enum(['up', 'down']) }),
  async run({ tx, actor }, input) {
    requireEditor(actor, 'manageSections');
    const ordered = await tx
      .select({ id: categories.id, name: categories.name })
      .from(categories)
      .orderBy(asc(categories.position), asc(categories.id));
    const index = ordered.findIndex((section) => section.id === input.id);
    if (index < 0) throw new MutationError('not_found', 'That section no longer exists.');
    const swapWith = input.direction === 'up' ? index - 1 : index + 1;
    if (swapWith >= 0 && swapWith < ordered.length) {
      const [moved] = ordered.splice(index, 1);
      if (moved) ordered.splice(swapWith, 0, moved);
    }
    for (const [position, section] of ordered.entries()) {
      await tx.update(categories).set({ position }).where(eq(categories.id, section.id));
    }
    return {
      result: { id: input.id },
      audit: {
        action: 'section.move',
        targetType: 'section',
        targetId: input.id,
        summary: `${ordered.find((s) => s.id === input.id)?.name ?? ''} ${input.direction}`,
      },
      revalidate: [EVERY_READER_PAGE],
    };
  },
});

export const deleteSection = defineMutation({
  name: 'section.delete',
  input: z.object({ id: z.coerce.number().int().positive(), reassignTo: z.coerce.number().int().positive().optional() }),
  async run({ tx, actor }, input) {
    requireEditor(actor, 'manageSections');
    const [current] = await tx.select({ slug: categories.slug, name: categories.name }).from(categories).where(eq(categories.id, input.id));
    if (!current) throw new MutationError('not_found', 'That section no longer exists.');
    const [used] = await tx.select({ value: count() }).from(articles).where(eq(articles.categoryId, input.id));
    const articleCount = used?.value ?? 0;
    let targetSlug: string | null = null;
    if (articleCount > 0) {
      if (!input.reassignTo || input.reassignTo === input.id) {
        throw invalid('reassignTo', `${current.name} still has ${articleCount} article(s). Choose a section to move them to first.`);
      }
      const [target] = await tx.select({ slug: categories.slug }).from(categories).where(eq(categories.id, input.reassignTo));
      if (!target) throw invalid('reassignTo', 'Choose an existing section.');
      targetSlug = target.slug;
      await tx.update(articles).set({ categoryId: input.reassignTo }).where(eq(articles.categoryId, input.id));
    }
    await tx.delete(categories).where(eq(categories.id, input.id));
    return {
      result: { id: input.id },
      audit: {
        action: 'section.delete',
        targetType: 'section',
        targetId: input.id,
        summary: `${current.name}${targetSlug ? ` (articles moved to ${targetSlug})` : ''}`,
      },
      revalidate: [EVERY_READER_PAGE],
    };
  },
});

async function tagSlugFor(tx: Transaction, name: string, slugInput: string, id: number | null): Promise<string> {
  const slug = slugify(slugInput || name);
  if (!isValidSlug(slug)) throw invalid('slug', 'The slug needs at least one letter or digit.');
  const [taken] = await tx
    .select({ id: tags.id })
    .from(tags)
    .where(id ? and(eq(tags.slug, slug), ne(tags.id, id)) : eq(tags.slug, slug))
    .limit(1);
  if (taken) throw invalid('slug', `Another tag uses “${slug}”.`);
  return slug;
}

export const createTag = defineMutation({
  name: 'tag.create',
  input: z.object(tagFields),
  async run({ tx, actor }, input) {
    requireEditor(actor, 'manageTags');
    const slug = await tagSlugFor(tx, input.name, input.slug, null);
    const [row] = await tx.insert(tags).values({ name: input.name, slug }).returning({ id: tags.id });
    if (!row) throw new Error('insert returned no row');
    return {
      result: { id: row.id, slug },
      audit: { action: 'tag.create', targetType: 'tag', targetId: row.id, summary: input.name },
      revalidate: [],
    };
  },
});

export const updateTag = defineMutation({
  name: 'tag.update',
  input: z.object({ id: z.coerce.number().int().positive(), ...tagFields }),
  async run({ tx, actor, now }, input) {
    requireEditor(actor, 'manageTags');
    const [current] = await tx.select({ slug: tags.slug, name: tags.name }).from(tags).where(eq(tags.id, input.id));
    if (!current) throw new MutationError('not_found', 'That tag no longer exists.');
    const slug = await tagSlugFor(tx, input.name, input.slug, input.id);
    await tx.update(tags).set({ name: input.name, slug }).where(eq(tags.id, input.id));
    if (slug !== current.slug) {
      await tx.delete(tagSlugHistory).where(eq(tagSlugHistory.slug, slug));
      await tx.insert(tagSlugHistory).values({ slug: current.slug, tagId: input.id, createdAt: now }).onConflictDoNothing();
    }
    return {
      result: { id: input.id, slug },
      audit: { action: 'tag.update', targetType: 'tag', targetId: input.id, summary: `${current.name} → ${input.name}` },
      revalidate: [tagPath(current.slug), tagPath(slug), ALL_ARTICLE_PAGES],
    };
  },
});

export const deleteTag = defineMutation({
  name: 'tag.delete',
  input: z.object({ id: z.coerce.number().int().positive() }),
  async run({ tx, actor }, input) {
    requireEditor(actor, 'manageTags');
    const [current] = await tx.select({ slug: tags.slug, name: tags.name }).from(tags).where(eq(tags.id, input.id));
    if (!current) throw new MutationError('not_found', 'That tag no longer exists.');
    await tx.delete(articleTags).where(eq(articleTags.tagId, input.id));
    await tx.delete(tags).where(eq(tags.id, input.id));
    return {
      result: { id: input.id },
      audit: { action: 'tag.delete', targetType: 'tag', targetId: input.id, summary: current.name },
      revalidate: [tagPath(current.slug), ALL_ARTICLE_PAGES],
    };
  },
});
