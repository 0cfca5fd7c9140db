import 'server-only';
import { asc, eq } from 'drizzle-orm';
import { displaySize } from '@/lib/image-variants';
import { mediaKeyOf, mediaPath, mediaResizedPath } from '@/lib/paths';
import { getDb } from './index';
import { media, mediaVariants } from './schema';

/** Reads of uploaded images' sizes for pages (never their bytes). Uploads and serving: newsroom/media.ts. */

/** The format of every resized copy. */
export const RESIZED_TYPE = 'image/webp';

/** What a page needs to show an uploaded image responsively (components/media/responsive-image.tsx). */
export interface ResponsiveImageSource {
  /** The display image (its longest edge capped): the fallback `src`, and an animation's only source. */
  src: string;
  width: number;
  height: number;
  animated: boolean;
  /** Resized WebP copies, narrowest first; empty for an old upload until its first read makes them. */
  webp: Array<{ url: string; width: number }>;
}

/** The stored variants of an uploaded image's address (`/media/{key}`), or null when it is no upload. Reads sizes only, never image bytes. */
export async function getResponsiveImageSource(url: string): Promise<ResponsiveImageSource | null> {
  const key = mediaKeyOf(url);
  if (!key) return null;
  const rows = await getDb()
    .select({
      width: media.width,
      height: media.height,
      animated: media.animated,
      kind: mediaVariants.kind,
      mimeType: mediaVariants.mimeType,
      variantWidth: mediaVariants.width,
      variantHeight: mediaVariants.height,
    })
    .from(media)
    .leftJoin(mediaVariants, eq(mediaVariants.mediaId, media.id))
    .where(eq(media.key, key))
    .orderBy(asc(mediaVariants.width));
  const [first] = rows;
  if (!first) return null;
  const display = rows.find((row) => row.kind === 'display');
  const size =
    display?.variantWidth && display.variantHeight
      ? { width: display.variantWidth, height: display.variantHeight }
      : displaySize(first.width, first.height);
  const webp = rows.flatMap((row) =>
    row.kind === 'resized' && row.mimeType === RESIZED_TYPE && row.variantWidth
      ? [{ url: mediaResizedPath(key, row.variantWidth), width: row.variantWidth }]
      : [],
  );
  return { src: mediaPath(key), ...size, animated: first.animated, webp };
}
