import 'server-only';
import { loadMediaConfig, loadSiteConfig, type MediaConfig, type SiteConfig } from './config';

/** A configuration parsed again only when one of its variables changes (tests change them): parsing copies the whole environment. */
function remembered<T>(keys: readonly string[], load: () => T): () => T {
  let last: { key: string; config: T } | null = null;
  return () => {
    const key = keys.map((name) => process.env[name] ?? '').join('\u0000');
    if (last?.key !== key) last = { key, config: load() };
    return last.config;
  };
}

/** Site configuration for pages and components. */
export const getSiteConfig: () => SiteConfig = remembered(
  ['SITE_NAME', 'SITE_URL', 'PORT', 'SEED_DEMO', 'TIME_ZONE', 'SITE_LANGUAGE'],
  () => loadSiteConfig(),
);

/** Pictures and embeds configuration, read by the proxy on every request. */
export const getMediaConfig: () => MediaConfig = remembered(['REMOTE_IMAGE_ORIGINS', 'EMBED_PREVIEWS'], () => loadMediaConfig());

export function absoluteUrl(path: string): string {
  return `${getSiteConfig().siteUrl}${path.startsWith('/') ? path : `/${path}`}`;
}
