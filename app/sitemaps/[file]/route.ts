import { parseSitemapFile, renderChildSitemap } from '@/newsroom/sitemaps';
import { syndicationResponse } from '@/web/syndication-response';

export const dynamic = 'force-dynamic';

const notFound = () => new Response('Not found', { status: 404, headers: { 'Content-Type': 'text/plain; charset=utf-8' } });

/** One child sitemap, e.g. /sitemaps/articles-1.xml. */
export async function GET(request: Request, { params }: { params: Promise<{ file: string }> }) {
  const wanted = parseSitemapFile((await params).file);
  if (!wanted) return notFound();
  const xml = await renderChildSitemap(wanted.kind, wanted.page);
  return xml === null ? notFound() : syndicationResponse(request, xml, 'application/xml');
}
