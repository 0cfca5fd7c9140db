import { type ResponsiveImageSource } from '@/db/media';

interface ResponsiveImageProps {
  image: ResponsiveImageSource;
  alt: string;
  /** The `sizes` attribute: how wide the image is shown, so the browser picks the narrowest copy that fills it. */
  sizes: string;
  /** Above the fold: loaded at once and first. */
  priority?: boolean;
}

/**
 * An uploaded image from its stored variants: WebP copies by width for browsers that take WebP, the
 * display image otherwise. Nothing is resized per request. An animation is shown as its display image
 * (the resized copies are its first frame).
 */
export function ResponsiveImage({ image, alt, sizes, priority = false }: ResponsiveImageProps) {
  const img = (
    <img
      src={image.src}
      alt={alt}
      width={image.width}
      height={image.height}
      decoding="async"
      loading={priority ? 'eager' : 'lazy'}
      fetchPriority={priority ? 'high' : undefined}
    />
  );
  if (image.animated || image.webp.length === 0) return img;
  return (
    <picture>
      <source type="image/webp" srcSet={image.webp.map((copy) => `${copy.url} ${copy.width}w`).join(', ')} sizes={sizes} />
      {img}
    </picture>
  );
}
