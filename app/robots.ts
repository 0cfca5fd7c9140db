import type { MetadataRoute } from 'next';
import { NEWS_SITEMAP_PATH, SITEMAP_INDEX_PATH } from '@/newsroom/sitemaps';
import { absoluteUrl } from '@/lib/site';

// SITE_URL is read when the file is requested, not baked in at build time.
export const dynamic = 'force-dynamic';

/**
 * Crawlers may read every reader page; the editor, API and sign-in pages are not for them. Rules end
 * with `$`, `/` or `?` so a section such as /editorials or /setup-guides stays crawlable.
 */
export default function robots(): MetadataRoute.Robots {
  return {
    rules: [
      {
        userAgent: '*',
        allow: '/',
        disallow: ['/editor$', '/editor/', '/editor?', '/api/', '/login$', '/login?', '/setup$', '/setup?', '/invite/'],
      },
    ],
    sitemap: [absoluteUrl(SITEMAP_INDEX_PATH), absoluteUrl(NEWS_SITEMAP_PATH)],
  };
}
