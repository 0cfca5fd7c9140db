import { getSiteClock } from '@/db/settings';
import { getSocialCardArticle } from '@/db/syndication';
import { articleSocialImage } from '@/components/seo/social-image';

export const dynamic = 'force-dynamic';

const notFound = () => new Response('Not found', { status: 404, headers: { 'Content-Type': 'text/plain; charset=utf-8' } });

/**
 * The generated social image of a public article, /og/articles/{id}. Addressed by id so it survives
 * slug changes; pages add ?v={last change} so networks fetch a new one after an edit.
 */
export async function GET(_request: Request, { params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  if (!/^[1-9]\d{0,11}$/.test(id)) return notFound();
  const article = await getSocialCardArticle(Number(id));
  if (!article) return notFound();
  const image = await articleSocialImage(article, await getSiteClock());
  // An hour, not the library's "immutable": the image must go when the article is unpublished.
  image.headers.set('Cache-Control', 'public, max-age=3600');
  return image;
}
