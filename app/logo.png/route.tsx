import { publisherLogoImage } from '@/components/seo/social-image';

export const dynamic = 'force-dynamic';

/** The publisher logo that structured data and feeds point to. */
export async function GET() {
  const image = await publisherLogoImage();
  image.headers.set('Cache-Control', 'public, max-age=86400');
  return image;
}
