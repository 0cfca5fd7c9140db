import 'server-only';
import { sql } from 'drizzle-orm';
import { EVERY_READER_PAGE } from '@/lib/paths';
import { canOnSite } from '@/lib/permissions';
import { defineMutation, forbidden } from './guard';
import { siteSettings } from '@/db/schema';
import { siteSettingKeys, siteSettingsSchema } from '@/db/settings';

export const updateSiteSettings = defineMutation({
  name: 'settings.update',
  input: siteSettingsSchema,
  async run({ tx, actor, now }, input) {
    if (!canOnSite(actor, 'manageSettings')) forbidden('Only administrators can change site settings.');
    for (const key of siteSettingKeys) {
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
        summary: siteSettingKeys.map((key) => `${key}=${input[key]}`).join(', '),
      },
      // Every reader page shows these lists.
      revalidate: [EVERY_READER_PAGE],
    };
  },
});
