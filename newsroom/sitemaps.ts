import 'server-only';
import { Readable } from 'node:stream';
import { SitemapIndexStream, SitemapStream, streamToPromise, type IndexItem, type SitemapItemLoose } from 'sitemap';
import { getNewsSitemapEntries, getSitemapChunks, getSitemapUrls, sitemapKinds, type SitemapKind } from '@/db/syndication';
import { articlePath } from '@/lib/paths';
import { getSiteClock } from '@/db/settings';
import { absoluteUrl, getSiteConfig } from '@/lib/site';
import { toZonedIso } from '@/lib/site-time';

export const SITEMAP_INDEX_PATH = '/sitemap.xml';
export const NEWS_SITEMAP_PATH = '/news-sitemap.xml';
const childPath = (kind: SitemapKind, page: number) => `/sitemaps/${kind}-${page}.xml`;

const noExtraNamespaces = { news: false, xhtml: false, image: false, video: false };

async function render(stream: SitemapStream | SitemapIndexStream, items: Array<SitemapItemLoose | IndexItem>): Promise<string> {
  return (await streamToPromise(Readable.from(items).pipe(stream))).toString('utf8');
}

/** The sitemap index: one entry per child sitemap, with the newest change it holds. */
export async function renderSitemapIndex(now: Date = new Date()): Promise<string> {
  const [chunks, { timeZone }] = await Promise.all([getSitemapChunks(now), getSiteClock()]);
  const items: IndexItem[] = chunks.map((chunk) => ({
    url: absoluteUrl(childPath(chunk.kind, chunk.page)),
    ...(chunk.lastmod ? { lastmod: toZonedIso(chunk.lastmod, timeZone) } : {}),
  }));
  return render(new SitemapIndexStream(), items);
}

/** Reads "articles-3.xml" as { kind: 'articles', page: 3 }; null for anything else. */
export function parseSitemapFile(file: string): { kind: SitemapKind; page: number } | null {
  const match = /^([a-z]+)-([1-9]\d{0,5})\.xml$/.exec(file);
  const kind = sitemapKinds.find((candidate) => candidate === match?.[1]);
  return match && kind ? { kind, page: Number(match[2]) } : null;
}

/** One child sitemap, or null when the page holds nothing (past the last page). */
export async function renderChildSitemap(kind: SitemapKind, page: number, now: Date = new Date()): Promise<string | null> {
  const [urls, { timeZone }] = await Promise.all([getSitemapUrls(kind, page, now), getSiteClock()]);
  if (urls.length === 0 && page > 1) return null;
  const items: SitemapItemLoose[] = urls.map((entry) => ({
    url: absoluteUrl(entry.path),
    ...(entry.lastmod ? { lastmod: toZonedIso(entry.lastmod, timeZone) } : {}),
  }));
  return render(new SitemapStream({ xmlns: noExtraNamespaces }), items);
}

/** Google News sitemap: public stories of the last 48 hours, with headline, time and keywords. */
export async function renderNewsSitemap(now: Date = new Date()): Promise<string> {
  const { siteName } = getSiteConfig();
  const [entries, { timeZone, language }] = await Promise.all([getNewsSitemapEntries(now), getSiteClock()]);
  // Google News names languages by their ISO 639 code ("en"), except Chinese, which keeps its script.
  const newsLanguage = /^zh-(Hant|TW|HK)/i.test(language) ? 'zh-tw' : /^zh/i.test(language) ? 'zh-cn' : new Intl.Locale(language).language;
  const items: SitemapItemLoose[] = entries.map((entry) => ({
    url: absoluteUrl(articlePath(entry)),
    news: {
      publication: { name: siteName, language: newsLanguage },
      publication_date: toZonedIso(entry.publishedAt, timeZone),
      title: entry.title,
      ...(entry.tags.length > 0 ? { keywords: entry.tags.map((tag) => tag.name).join(', ') } : {}),
    },
  }));
  return render(new SitemapStream({ xmlns: { ...noExtraNamespaces, news: true } }), items);
}
