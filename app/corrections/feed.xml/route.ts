import { feedFiles, renderCorrectionsFeed } from '@/newsroom/feeds';
import { syndicationResponse } from '@/web/syndication-response';

export const dynamic = 'force-dynamic';

/** The corrections column's RSS feed: every correction and clarification, newest first. */
export async function GET(request: Request) {
  return syndicationResponse(request, await renderCorrectionsFeed(), feedFiles.rss.mediaType);
}
