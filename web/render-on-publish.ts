import 'server-only';
import http from 'node:http';
import { getSiteConfig } from '@/lib/site';
import type { PagesToWarm } from '@/newsroom/guard';

/** Longer than any render; a warm-up that takes more is abandoned, and the first reader renders the page. */
const WARM_UP_TIMEOUT_MS = 15_000;
export const WARM_UP_USER_AGENT = 'Paradox render-on-publish';

/**
 * Story pages rendered after one change, however many stories it made public (a bulk publish of up to 100):
 * the rest are rendered by their first reader, so a bulk action keeps this server busy for seconds, not minutes.
 */
export const MAX_STORY_PAGES_WARMED = 50;

/**
 * The pages to render after one or more stories were made public, in order and each once: the stories'
 * pages (the first MAX_STORY_PAGES_WARMED), then the listings they appear on (each section's first page,
 * the front page).
 */
export function pagesToWarm(stories: PagesToWarm[]): string[] {
  const storyPages = [...new Set(stories.map((item) => item.story))].slice(0, MAX_STORY_PAGES_WARMED);
  return [...new Set([...storyPages, ...stories.flatMap((item) => item.listings)])];
}

/**
 * Asks this server for each page once, one after another, as an anonymous reader would, so Next renders it
 * into its page cache now rather than on its first reader's request. Run after the editor's response
 * (`after()`), on the instance that made the change: other instances expire the pages through the shared
 * invalidation feed and render them on their own first request. Failures are logged, never thrown.
 */
export async function renderPagesAgain(paths: string[]): Promise<void> {
  // `next dev` renders every request anyway.
  if (process.env.NODE_ENV !== 'production') return;
  const { port } = getSiteConfig();
  // The address the server listens on; every interface includes the loopback one.
  const host = !process.env.HOST || ['0.0.0.0', '::', '[::]'].includes(process.env.HOST) ? '127.0.0.1' : process.env.HOST;
  for (const path of paths) {
    try {
      await getOnce(host, port, path);
    } catch (error) {
      console.error(`Rendering ${path} after the change failed; its first reader renders it.`, error);
    }
  }
}

function getOnce(host: string, port: number, path: string): Promise<void> {
  return new Promise((resolve, reject) => {
    const request = http.get(
      {
        host,
        port,
        path,
        headers: {
          // As the server names itself (server/production-server.ts), so the proxy's rewrites stay internal.
          host: `localhost:${port}`,
          'user-agent': WARM_UP_USER_AGENT,
          'accept-encoding': 'identity',
          // Keeps the answer out of the server's one-second memory copies (server/response-memory-cache.ts).
          'x-paradox-warm-up': '1',
        },
      },
      (response) => {
        response.resume();
        response.on('end', () =>
          response.statusCode && response.statusCode < 500 ? resolve() : reject(new Error(`answered ${response.statusCode}`)),
        );
        response.on('error', reject);
      },
    );
    request.setTimeout(WARM_UP_TIMEOUT_MS, () => request.destroy(new Error('timed out')));
    request.on('error', reject);
  });
}
