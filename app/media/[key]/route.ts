import { getMediaByKey } from '@/db/media';
import { MEDIA_CONTENT_SECURITY_POLICY } from '@/lib/security-headers';

/** Uploaded images, served from the database so every instance has every image. Keys never change. */
export async function GET(_request: Request, { params }: { params: Promise<{ key: string }> }) {
  const { key } = await params;
  if (!/^[A-Za-z0-9_-]{8,64}$/.test(key)) return new Response('Not found', { status: 404 });
  const image = await getMediaByKey(key);
  if (!image) return new Response('Not found', { status: 404 });
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
