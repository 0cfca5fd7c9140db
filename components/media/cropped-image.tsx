import type { LibraryPicture } from '@/db/media';
import type { CropShapeName } from '@/lib/image-crops';
import { mediaCropSources } from '@/lib/paths';

interface CroppedImageProps {
  picture: Pick<LibraryPicture, 'key' | 'width' | 'height' | 'focal'>;
  shape?: CropShapeName;
  alt: string;
  /** How wide the image is shown, so the browser picks the narrowest crop that fills it (a phone gets a phone-sized file). */
  sizes: string;
  /** The page's main picture: loaded at once and first (React also preloads it from the head). Others wait until they near the screen. */
  priority?: boolean;
}

/**
 * A picture cropped to a shape at its focal point: WebP crops by width, made when it was uploaded or its
 * focal point last moved; nothing is resized per request. Its width and height give the shape's ratio, so
 * the space is kept before it loads and nothing below it moves.
 */
export function CroppedImage({ picture, shape = 'card', alt, sizes, priority = false }: CroppedImageProps) {
  const sources = mediaCropSources(picture, shape);
  const fallback = sources.find((source) => source.width >= 640) ?? sources.at(-1);
  if (!fallback) return null;
  return (
    <img
      src={fallback.url}
      srcSet={sources.map((source) => `${source.url} ${source.width}w`).join(', ')}
      sizes={sizes}
      alt={alt}
      width={fallback.width}
      height={fallback.height}
      decoding="async"
      loading={priority ? 'eager' : 'lazy'}
      fetchPriority={priority ? 'high' : undefined}
    />
  );
}
