import { renderNewsSitemap } from '@/lib/sitemaps';
import { syndicationResponse } from '@/lib/syndication-response';

export const dynamic = 'force-dynamic';

/** Google News sitemap: the public stories of the last 48 hours. */
export async function GET(request: Request) {
  return syndicationResponse(request, await renderNewsSitemap(), 'application/xml');
}
