import { ResponsiveImage } from '@/components/media/responsive-image';
import { getResponsiveImageSource } from '@/db/media';

interface FeaturedImageProps {
  url: string;
  alt: string;
}

/**
 * An article's featured image. An upload (`/media/…`) is shown from its stored variants, which need no
 * decoding per request; an imported article may keep its image at the old site's address, which is a
 * plain image that sends no referrer. Any other value, or an upload that is gone, shows nothing.
 */
export async function FeaturedImage({ url, alt }: FeaturedImageProps) {
  if (url.startsWith('/media/')) {
    const image = await getResponsiveImageSource(url);
    if (!image) return null;
    return (
      <figure className="article-image">
        <ResponsiveImage image={image} alt={alt} sizes="(max-width: 760px) 100vw, 720px" priority />
      </figure>
    );
  }
  if (!/^https?:\/\//i.test(url)) return null;
  return (
    <figure className="article-image">
      <img src={url} alt={alt} loading="eager" decoding="async" referrerPolicy="no-referrer" />
    </figure>
  );
}
