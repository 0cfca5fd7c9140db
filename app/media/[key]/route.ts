import { getMediaVariant } from '@/newsroom/media';
import { notFoundResponse, storedImageResponse } from '@/web/media-response';
import { MEDIA_KEY_PATTERN } from '@/lib/paths';

/** An upload's display image (longest edge capped, metadata stripped), from the database so every instance has it. Keys never change. */
export async function GET(_request: Request, { params }: { params: Promise<{ key: string }> }) {
  const { key } = await params;
  if (!MEDIA_KEY_PATTERN.test(key)) return notFoundResponse();
  const image = await getMediaVariant(key, { kind: 'display' });
  return image && !('movedTo' in image) ? storedImageResponse(image) : notFoundResponse();
}
