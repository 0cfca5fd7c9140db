import { getSectionBySlug } from '@/db/sections';
import { feedFiles, renderFeed } from '@/newsroom/feeds';
import { syndicationResponse } from '@/web/syndication-response';

export const dynamic = 'force-dynamic';

/** One section's feed. A renamed section's old feed address was redirected by the proxy. */
export async function GET(request: Request, { params }: { params: Promise<{ category: string }> }) {
  const section = await getSectionBySlug((await params).category);
  if (!section) return new Response('Not found', { status: 404, headers: { 'Content-Type': 'text/plain; charset=utf-8' } });
  return syndicationResponse(request, await renderFeed('rss', { kind: 'section', section }), feedFiles.rss.mediaType);
}
