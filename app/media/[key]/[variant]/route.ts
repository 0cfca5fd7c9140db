import { getMediaVariant, type MediaVariantRequest } from '@/newsroom/media';
import { movedCropResponse, notFoundResponse, storedImageResponse } from '@/web/media-response';
import { MEDIA_KEY_PATTERN, readMediaCropName } from '@/lib/paths';

/** What a variant's file name asks for: `{width}.webp`, a resized copy; `{shape}-x{x}-y{y}-w{width}.{ext}`, a crop. */
function readVariantName(variant: string): MediaVariantRequest | null {
  const width = /^([1-9][0-9]{0,3})\.webp$/.exec(variant)?.[1];
  if (width) return { kind: 'resized', width: Number(width) };
  const crop = readMediaCropName(variant);
  return crop ? { kind: 'crop', ...crop } : null;
}

/**
 * A resized WebP copy of an upload, `/media/{key}/{width}.webp`, or a crop at its focal point,
 * `/media/{key}/card-x30-y45-w640.webp`, made when it was uploaded or its focal point moved. A crop at a
 * focal point since moved redirects to the current one; any other name is a 404.
 */
export async function GET(_request: Request, { params }: { params: Promise<{ key: string; variant: string }> }) {
  const { key, variant } = await params;
  const request = readVariantName(variant);
  if (!MEDIA_KEY_PATTERN.test(key) || !request) return notFoundResponse();
  const image = await getMediaVariant(key, request);
  if (!image) return notFoundResponse();
  return 'movedTo' in image ? movedCropResponse(image.movedTo) : storedImageResponse(image);
}
