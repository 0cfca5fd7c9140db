import { MEDIA_CONTENT_SECURITY_POLICY } from '@/lib/security-headers';

/** Headers of every stored image `/media/…` serves: kept for a year (a variant's address changes with its content), inert. */
export function storedImageResponse(image: { mimeType: string; byteSize: number; data: Uint8Array }): Response {
  return new Response(new Uint8Array(image.data), {
    headers: {
      'Content-Type': image.mimeType,
      'Content-Length': String(image.byteSize),
      'Cache-Control': 'public, max-age=31536000, immutable',
      'X-Content-Type-Options': 'nosniff',
      'Content-Security-Policy': MEDIA_CONTENT_SECURITY_POLICY,
    },
  });
}

/**
 * A crop asked for at a focal point an editor has since moved (a page cached before the change): sent to
 * the crop at the current point. Kept briefly, not for a year: the point may move again.
 */
export function movedCropResponse(path: string): Response {
  return new Response(null, {
    status: 307,
    headers: { Location: path, 'Cache-Control': 'public, max-age=300', 'X-Content-Type-Options': 'nosniff' },
  });
}

export const notFoundResponse = () => new Response('Not found', { status: 404, headers: { 'Content-Type': 'text/plain; charset=utf-8' } });
