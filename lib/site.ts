import 'server-only';
import { loadSiteConfig, type SiteConfig } from './config';

const SITE_CONFIG_KEYS = ['SITE_NAME', 'SITE_URL', 'PORT', 'SEED_DEMO', 'TIME_ZONE', 'SITE_LANGUAGE'] as const;
let remembered: { key: string; config: SiteConfig } | null = null;

/** Site configuration for pages and components, parsed again only when its variables change (tests change them). */
export function getSiteConfig(): SiteConfig {
  const key = SITE_CONFIG_KEYS.map((name) => process.env[name] ?? '').join('\u0000');
  if (remembered?.key !== key) remembered = { key, config: loadSiteConfig() };
  return remembered.config;
}

export function absoluteUrl(path: string): string {
  return `${getSiteConfig().siteUrl}${path.startsWith('/') ? path : `/${path}`}`;
}
