import { getAuthorBySlug } from '@/db/authors';
import { feedFiles, renderFeed } from '@/newsroom/feeds';
import { syndicationResponse } from '@/web/syndication-response';

export const dynamic = 'force-dynamic';

/** One author's Atom feed: every public story with their byline. Only a profile with a public page has one. */
export async function GET(request: Request, { params }: { params: Promise<{ slug: string }> }) {
  const author = await getAuthorBySlug((await params).slug);
  if (!author) return new Response('Not found', { status: 404, headers: { 'Content-Type': 'text/plain; charset=utf-8' } });
  return syndicationResponse(request, await renderFeed('atom', { kind: 'author', author }), feedFiles.atom.mediaType);
}
