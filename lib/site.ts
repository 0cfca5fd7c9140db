import 'server-only';
import { cache } from 'react';
import { loadSiteConfig, type SiteConfig } from './config';

/** Site configuration for pages and components, parsed once per request. */
export const getSiteConfig = cache((): SiteConfig => loadSiteConfig());

export function absoluteUrl(path: string): string {
  return `${getSiteConfig().siteUrl}${path.startsWith('/') ? path : `/${path}`}`;
}
