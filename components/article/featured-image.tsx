import { ResponsiveImage } from '@/components/media/responsive-image';
import type { LibraryPicture } from '@/db/media';
import { BODY_IMAGE_SIZES } from '@/lib/body-images';

interface FeaturedImageProps {
  url: string;
  alt: string;
  /** The library picture at `url`, when it is one (db/media.ts getPicture). */
  picture: LibraryPicture | null;
}

/** The caption and the credit under a picture; nothing when it has neither. */
export function PictureCaption({ caption, credit }: { caption: string; credit: string }) {
  if (!caption && !credit) return null;
  return (
    <figcaption>
      {caption}
      {caption && credit && ' '}
      {credit && <span className="image-credit">{credit}</span>}
    </figcaption>
  );
}

/**
 * An article's featured image, whole, in a figure with its caption and credit. A library picture is shown
 * from its stored variants, which need no decoding per request; an imported article may keep its image at
 * the old site's address, which is a plain image that sends no referrer. Any other value, or an upload that
 * is gone, shows nothing.
 */
export function FeaturedImage({ url, alt, picture }: FeaturedImageProps) {
  if (picture) {
    return (
      <figure className="article-image">
        <ResponsiveImage image={picture} alt={alt || picture.altText} sizes={BODY_IMAGE_SIZES} priority />
        <PictureCaption caption={picture.caption} credit={picture.credit} />
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
