import { feedFiles, renderFeed } from '@/newsroom/feeds';
import { syndicationResponse } from '@/web/syndication-response';

export const dynamic = 'force-dynamic';

/** The site's JSON Feed (1.1): the newest public stories from every section. */
export async function GET(request: Request) {
  return syndicationResponse(request, await renderFeed('json', null), feedFiles.json.mediaType);
}
