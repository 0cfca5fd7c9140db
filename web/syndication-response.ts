import 'server-only';
import { createHash } from 'node:crypto';

/**
 * Feeds and sitemaps are rendered per request, so a scheduled story appears the minute it goes live.
 * Caches may keep a copy for a minute, and pollers that send the ETag back get a bodiless 304.
 */
export function syndicationResponse(request: Request, body: string, contentType: string): Response {
  const etag = `"${createHash('sha256').update(body).digest('base64url').slice(0, 27)}"`;
  const headers = {
    'Content-Type': `${contentType}; charset=utf-8`,
    'Cache-Control': 'public, max-age=60',
    ETag: etag,
    'X-Content-Type-Options': 'nosniff',
  };
  const known = request.headers
    .get('if-none-match')
    ?.split(',')
    .map((tag) => tag.trim().replace(/^W\//, ''));
  if (known?.includes(etag)) return new Response(null, { status: 304, headers });
  return new Response(body, { headers });
}
