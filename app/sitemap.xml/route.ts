import { renderSitemapIndex } from '@/lib/sitemaps';
import { syndicationResponse } from '@/lib/syndication-response';

export const dynamic = 'force-dynamic';

/** The sitemap index: child sitemaps of articles, sections (with the home page), authors and tags. */
export async function GET(request: Request) {
  return syndicationResponse(request, await renderSitemapIndex(), 'application/xml');
}
