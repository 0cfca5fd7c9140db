import 'server-only';
import { eq, inArray } from 'drizzle-orm';
import { z } from 'zod';
import { canOnSite } from '@/lib/permissions';
import { EVERY_READER_PAGE } from '@/lib/paths';
import { cleanText } from '@/lib/text';
import { defineMutation, forbidden, MutationError } from './guard';
import { articles, breakingNews, categories, frontPageSections, frontPageSlots } from '@/db/schema';
import { TOP_STORY_SLOTS } from '@/db/front-page';
import { statusIsOrWillBePublic } from '@/db/visibility';

const invalid = (fieldErrors: Record<string, string>) =>
  new MutationError('invalid', 'Please correct the highlighted fields.', fieldErrors);

const id = z.coerce.number().int().positive();

const pinInput = z.object({
  /** null: the slot shows the newest story not already shown. */
  articleId: id.nullable(),
  /** null: pinned until an editor unpins it. */
  pinnedUntil: z.coerce.date({ message: 'Enter a date and time.' }).nullable(),
});

export const frontPageInput = z.object({
  lead: pinInput,
  topStories: z.array(pinInput).max(TOP_STORY_SLOTS),
  /** Every section's block, in the order wanted; a section left out keeps showing after these. */
  sections: z.array(z.object({ categoryId: id, shown: z.boolean() })).max(200),
});

export type FrontPageInput = z.infer<typeof frontPageInput>;

export const updateFrontPage = defineMutation({
  name: 'frontpage.update',
  input: frontPageInput,
  async run({ tx, actor, now }, input) {
    if (!canOnSite(actor, 'manageFrontPage')) forbidden('Only editors and administrators can arrange the front page.');
    const slots = [
      { slot: 'lead' as const, position: 0, field: 'lead', pin: input.lead },
      ...input.topStories.map((pin, position) => ({ slot: 'top' as const, position, field: `topStories.${position}`, pin })),
    ];
    const errors: Record<string, string> = {};
    const seen = new Set<number>();
    const pinnedIds = slots.flatMap(({ pin }) => (pin.articleId === null ? [] : [pin.articleId]));
    const stories = pinnedIds.length
      ? await tx.select({ id: articles.id, status: articles.status }).from(articles).where(inArray(articles.id, pinnedIds))
      : [];
    for (const { field, pin } of slots) {
      if (pin.articleId === null) continue;
      const story = stories.find((row) => row.id === pin.articleId);
      if (!story || !statusIsOrWillBePublic(story.status)) errors[`${field}.articleId`] = 'Choose a published story.';
      else if (seen.has(pin.articleId)) errors[`${field}.articleId`] = 'This story is already on the front page above.';
      seen.add(pin.articleId);
      if (pin.pinnedUntil && pin.pinnedUntil <= now) errors[`${field}.pinnedUntil`] = 'Choose a time in the future.';
    }
    const sectionIds = input.sections.map((section) => section.categoryId);
    if (new Set(sectionIds).size !== sectionIds.length) errors.sections = 'A section is listed twice.';
    const known = sectionIds.length
      ? await tx.select({ id: categories.id }).from(categories).where(inArray(categories.id, sectionIds))
      : [];
    if (known.length !== new Set(sectionIds).size) errors.sections = 'A section no longer exists. Reload the page.';
    if (Object.keys(errors).length > 0) throw invalid(errors);

    await tx.delete(frontPageSlots);
    const pins = slots.flatMap(({ slot, position, pin }) =>
      pin.articleId === null
        ? []
        : [{ slot, position, articleId: pin.articleId, pinnedUntil: pin.pinnedUntil, setBy: actor.id, setAt: now }],
    );
    if (pins.length > 0) await tx.insert(frontPageSlots).values(pins);
    await tx.delete(frontPageSections);
    if (input.sections.length > 0) {
      await tx
        .insert(frontPageSections)
        .values(input.sections.map((section, position) => ({ categoryId: section.categoryId, position, shown: section.shown })));
    }
    const describe = (pin: z.infer<typeof pinInput>) =>
      pin.articleId === null ? 'newest' : `#${pin.articleId} until ${pin.pinnedUntil ? pin.pinnedUntil.toISOString() : 'unpinned'}`;
    return {
      result: { pinned: pins.length },
      audit: {
        action: 'frontpage.update',
        targetType: 'front_page',
        targetId: null,
        summary: `lead ${describe(input.lead)}; top ${input.topStories.map(describe).join(', ') || 'newest'}; sections ${input.sections
          .filter((section) => section.shown)
          .map((section) => section.categoryId)
          .join(',')}`,
      },
      revalidate: ['/'],
    };
  },
});

/** A live page's address: a path on this site or an http(s) URL. */
const linkUrl = z
  .string()
  .trim()
  .max(500, 'Use at most 500 characters.')
  .refine((value) => (value.startsWith('/') && !value.startsWith('//') && !value.startsWith('/\\')) || /^https?:\/\/[^\s]+$/i.test(value), {
    message: 'Enter a path on this site (/live/…) or a web address starting with https://.',
  });

export const breakingNewsInput = z
  .object({
    active: z.boolean(),
    headline: z.string().transform(cleanText).pipe(z.string().min(1, 'Enter a headline.').max(140, 'Use at most 140 characters.')),
    text: z.string().transform(cleanText).pipe(z.string().max(280, 'Use at most 280 characters.')).default(''),
    target: z.enum(['article', 'url'], { message: 'Choose a story or a web address.' }),
    articleId: id.nullable().default(null),
    url: z.string().default(''),
    expiresAt: z.coerce.date({ message: 'Enter a date and time.' }),
  })
  .superRefine((value, context) => {
    if (value.target === 'article' && value.articleId === null) {
      context.addIssue({ code: 'custom', path: ['articleId'], message: 'Choose the story it links to.' });
    }
    if (value.target === 'url') {
      const parsed = linkUrl.safeParse(value.url);
      if (!parsed.success)
        context.addIssue({ code: 'custom', path: ['url'], message: parsed.error.issues[0]?.message ?? 'Enter a web address.' });
    }
  });

export const updateBreakingNews = defineMutation({
  name: 'breaking.update',
  input: breakingNewsInput,
  async run({ tx, actor, now }, input) {
    if (!canOnSite(actor, 'manageFrontPage')) forbidden('Only editors and administrators can set breaking news.');
    if (input.active && input.expiresAt <= now) throw invalid({ expiresAt: 'Choose a time in the future.' });
    const articleId = input.target === 'article' ? input.articleId : null;
    if (articleId !== null) {
      const [story] = await tx.select({ status: articles.status }).from(articles).where(eq(articles.id, articleId)).limit(1);
      if (!story || !statusIsOrWillBePublic(story.status)) throw invalid({ articleId: 'Choose a published story.' });
    }
    const row = {
      headline: input.headline,
      articleId,
      url: input.target === 'url' ? input.url.trim() : null,
      text: input.text,
      active: input.active,
      expiresAt: input.expiresAt,
      setBy: actor.id,
      setAt: now,
    };
    await tx
      .insert(breakingNews)
      .values({ id: 1, ...row })
      .onConflictDoUpdate({ target: breakingNews.id, set: row });
    return {
      result: { active: input.active },
      audit: {
        action: 'breaking.update',
        targetType: 'breaking_news',
        targetId: null,
        summary: `${input.active ? 'on' : 'off'} until ${input.expiresAt.toISOString()}: ${input.headline}`,
      },
      // The banner is in every reader page's header.
      revalidate: [EVERY_READER_PAGE],
    };
  },
});
