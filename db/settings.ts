import 'server-only';
import { inArray } from 'drizzle-orm';
import { cache } from 'react';
import { z } from 'zod';
import { getSiteConfig } from '@/lib/site';
import { canonicalLanguage, canonicalTimeZone, languageMessage, timeZoneMessage, type SiteClock } from '@/lib/site-time';
import { getDb, type Database, type Transaction } from './index';
import { siteSettings } from './schema';
import { sharedRead } from './shared-reads';

/** The settings an administrator keeps in the database, and how they are read. Changed by newsroom/settings.ts. */

export const feedContentChoices = ['summary', 'full'] as const;

export type FeedContent = (typeof feedContentChoices)[number];

/** Settings an administrator changes in the editor (deployment settings stay in the environment). */
export const siteSettingsSchema = z.object({
  relatedStoriesCount: z.coerce.number().int('Use a whole number.').min(0, 'Use 0 to 10.').max(10, 'Use 0 to 10.'),
  recentPostsCount: z.coerce.number().int('Use a whole number.').min(1, 'Use 1 to 10.').max(10, 'Use 1 to 10.'),
  /** What RSS, Atom and JSON Feed items carry: the summary only, or the whole article. */
  feedContent: z.enum(feedContentChoices, { message: 'Choose summaries or full text.' }),
  /** IANA zone every date on the site is shown in, and the editor's times are typed in. */
  timeZone: z
    .string()
    .transform(
      (name, context) => canonicalTimeZone(name) ?? (context.addIssue({ code: 'custom', message: timeZoneMessage(name) }), z.NEVER),
    ),
  /** BCP 47 tag: <html lang>, the feeds' language, and how dates and numbers are written. */
  language: z
    .string()
    .transform((tag, context) => canonicalLanguage(tag) ?? (context.addIssue({ code: 'custom', message: languageMessage(tag) }), z.NEVER)),
});

export type SiteSettings = z.infer<typeof siteSettingsSchema>;

/** Before an administrator saves settings: TIME_ZONE and SITE_LANGUAGE give the zone and language. */
export function defaultSiteSettings(): SiteSettings {
  const { defaultTimeZone, defaultLanguage } = getSiteConfig();
  return { relatedStoriesCount: 5, recentPostsCount: 5, feedContent: 'summary', timeZone: defaultTimeZone, language: defaultLanguage };
}

export const siteSettingKeys = Object.keys(siteSettingsSchema.shape) as Array<keyof SiteSettings>;

/** The stored settings over the defaults; a value that no longer parses falls back to its default alone. */
export async function readSiteSettings(source: Database | Transaction): Promise<SiteSettings> {
  const rows = await source
    .select({ key: siteSettings.key, value: siteSettings.value })
    .from(siteSettings)
    .where(inArray(siteSettings.key, siteSettingKeys));
  const defaults = defaultSiteSettings();
  const settings: Record<string, unknown> = { ...defaults };
  for (const row of rows) {
    const key = row.key as keyof SiteSettings;
    const field = siteSettingsSchema.shape[key].safeParse(row.value);
    if (field.success) settings[key] = field.data;
  }
  return siteSettingsSchema.parse(settings);
}

/** Read once per request however many components ask. */
export const getSiteSettings = cache(async (): Promise<SiteSettings> => sharedRead('settings', () => readSiteSettings(getDb())));

/** The site's zone and language, for formatting dates (lib/site-time.ts). */
export const getSiteClock = cache(async (): Promise<SiteClock> => {
  const { timeZone, language } = await getSiteSettings();
  return { timeZone, language };
});
