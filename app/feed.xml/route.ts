import { feedFiles, renderFeed } from '@/newsroom/feeds';
import { syndicationResponse } from '@/web/syndication-response';

export const dynamic = 'force-dynamic';

/** The site's RSS 2.0 feed: the newest public stories from every section. */
export async function GET(request: Request) {
  return syndicationResponse(request, await renderFeed('rss', null), feedFiles.rss.mediaType);
}
