import { getMediaVariant } from '@/newsroom/media';
import { notFoundResponse, storedImageResponse } from '@/web/media-response';
import { MEDIA_KEY_PATTERN } from '@/lib/paths';

/** A resized WebP copy of an upload, `/media/{key}/{width}.webp`, made when it was uploaded. Any other name is a 404. */
export async function GET(_request: Request, { params }: { params: Promise<{ key: string; variant: string }> }) {
  const { key, variant } = await params;
  const width = /^([1-9][0-9]{0,3})\.webp$/.exec(variant)?.[1];
  if (!MEDIA_KEY_PATTERN.test(key) || !width) return notFoundResponse();
  const image = await getMediaVariant(key, { kind: 'resized', width: Number(width) });
  return image ? storedImageResponse(image) : notFoundResponse();
}
