import { renderNewsSitemap } from '@/newsroom/sitemaps';
import { syndicationResponse } from '@/web/syndication-response';

export const dynamic = 'force-dynamic';

/** Google News sitemap: the public stories of the last 48 hours. */
export async function GET(request: Request) {
  return syndicationResponse(request, await renderNewsSitemap(), 'application/xml');
}
