import 'server-only';
import { inArray } from 'drizzle-orm';
import { cache } from 'react';
import { z } from 'zod';
import { getDb } from './index';
import { siteSettings } from './schema';

/** The settings an administrator keeps in the database, and how they are read. Changed by newsroom/settings.ts. */

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

export const siteSettingKeys = Object.keys(defaultSiteSettings) as Array<keyof SiteSettings>;

/** Read once per request however many components ask. */
export const getSiteSettings = cache(async (): Promise<SiteSettings> => {
  const rows = await getDb()
    .select({ key: siteSettings.key, value: siteSettings.value })
    .from(siteSettings)
    .where(inArray(siteSettings.key, siteSettingKeys));
  const stored = Object.fromEntries(rows.map((row) => [row.key, row.value]));
  const parsed = siteSettingsSchema.safeParse({ ...defaultSiteSettings, ...stored });
  return parsed.success ? parsed.data : defaultSiteSettings;
});
