import 'server-only';
import { inArray, sql } from 'drizzle-orm';
import { cache } from 'react';
import { z } from 'zod';
import { EVERY_READER_PAGE } from '@/lib/paths';
import { canOnSite } from '@/lib/permissions';
import { getDb } from '@/db';
import { defineMutation, forbidden } from './guard';
import { siteSettings } from '@/db/schema';

export const feedContentChoices = ['summary', 'full'] as const;
export type FeedContent = (typeof feedContentChoices)[number];

/** Settings an administrator changes in the editor (deployment settings stay in the environment). */
export const siteSettingsSchema = z.object({
  relatedStoriesCount: z.coerce.number().int('Use a whole number.').min(0, 'Use 0 to 10.').max(10, 'Use 0 to 10.'),
  recentPostsCount: z.coerce.number().int('Use a whole number.').min(1, 'Use 1 to 10.').max(10, 'Use 1 to 10.'),
  /** What RSS, Atom and JSON Feed items carry: the summary only, or the whole article. */
  feedContent: z.enum(feedContentChoices, { message: 'Choose summaries or full text.' }),
});
export type SiteSettings = z.infer<typeof siteSettingsSchema>;

export const defaultSiteSettings: SiteSettings = { relatedStoriesCount: 5, recentPostsCount: 5, feedContent: 'summary' };
const keys = Object.keys(defaultSiteSettings) as Array<keyof SiteSettings>;

/** Read once per request however many components ask. */
export const getSiteSettings = cache(async (): Promise<SiteSettings> => {
  const rows = await getDb()
    .select({ key: siteSettings.key, value: siteSettings.value })
    .from(siteSettings)
    .where(inArray(siteSettings.key, keys));
  const stored = Object.fromEntries(rows.map((row) => [row.key, row.value]));
  const parsed = siteSettingsSchema.safeParse({ ...defaultSiteSettings, ...stored });
  return parsed.success ? parsed.data : defaultSiteSettings;
});

export const updateSiteSettings = defineMutation({
  name: 'settings.update',
  input: siteSettingsSchema,
  async run({ tx, actor, now }, input) {
    if (!canOnSite(actor, 'manageSettings')) forbidden('Only administrators can change site settings.');
    for (const key of keys) {
      await tx
        .insert(siteSettings)
        .values({ key, value: String(input[key]), updatedAt: now })
        .onConflictDoUpdate({ target: siteSettings.key, set: { value: sql`excluded.value`, updatedAt: now } });
    }
    return {
      result: input,
      audit: {
        action: 'settings.update',
        targetType: 'settings',
        targetId: null,
        summary: keys.map((key) => `${key}=${input[key]}`).join(', '),
      },
      // Every reader page shows these lists.
      revalidate: [EVERY_READER_PAGE],
    };
  },
});
