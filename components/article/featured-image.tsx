import Image from 'next/image';

interface FeaturedImageProps {
  url: string;
  alt: string;
}

/**
 * An article's featured image. Uploaded images (`/media/…`) go through Next's optimizer; an imported
 * article may keep its image at the old site's address, which the optimizer refuses, so that one is a
 * plain image that sends no referrer. Any other value shows nothing.
 */
export function FeaturedImage({ url, alt }: FeaturedImageProps) {
  if (url.startsWith('/media/')) {
    return (
      <figure className="article-image">
        <Image src={url} alt={alt} width={1200} height={675} sizes="(max-width: 760px) 100vw, 720px" loading="eager" fetchPriority="high" />
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
