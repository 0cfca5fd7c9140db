import { renderSitemapIndex } from '@/newsroom/sitemaps';
import { syndicationResponse } from '@/web/syndication-response';

export const dynamic = 'force-dynamic';

/** The sitemap index: child sitemaps of articles, sections (with the home page), authors and tags. */
export async function GET(request: Request) {
  return syndicationResponse(request, await renderSitemapIndex(), 'application/xml');
}
