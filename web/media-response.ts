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

export const notFoundResponse = () => new Response('Not found', { status: 404, headers: { 'Content-Type': 'text/plain; charset=utf-8' } });
