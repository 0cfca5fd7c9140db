import 'server-only';
import type { Metadata, Viewport } from 'next';
import type { ArticleDetail } from '@/db/articles';
import { feedFiles, feedFormats } from '@/newsroom/feeds';
import { openGraphLocale, toZonedIso, type SiteClock } from '@/lib/site-time';
import { articlePath, authorPath, feedPath, mediaCropSources, sectionPath } from '@/lib/paths';
import type { LibraryPicture } from '@/db/media';
import { absoluteUrl, getSiteConfig } from '@/lib/site';
import { getSiteClock } from '@/db/settings';

/** Open Graph's recommended size; X (Twitter) crops large summary cards to the same ratio. */
export const SOCIAL_IMAGE_SIZE = { width: 1200, height: 630 } as const;

/** The later of an article's last edit and its publish time (a story can be edited before it is scheduled to go live). */
export function modifiedTime(article: Pick<ArticleDetail, 'publishedAt' | 'updatedAt'>): Date {
  return article.updatedAt > article.publishedAt ? article.updatedAt : article.publishedAt;
}

export interface SocialImage {
  url: string;
  width: number;
  height: number;
  alt: string;
}

/**
 * The featured image when there is one, otherwise the generated card (its address changes with every edit). A
 * library picture is its social crop, 1200 × 630 at its focal point; an imported story's outside image is
 * given as it is.
 */
export function articleSocialImage(
  article: Pick<ArticleDetail, 'id' | 'title' | 'featuredImageUrl' | 'featuredImageAlt' | 'publishedAt' | 'updatedAt'>,
  picture: Pick<LibraryPicture, 'key' | 'width' | 'height' | 'focal' | 'altText'> | null,
): SocialImage {
  const alt = article.featuredImageAlt || picture?.altText || article.title;
  if (picture) {
    const [crop] = mediaCropSources(picture, 'social');
    if (crop) return { url: absoluteUrl(crop.url), width: crop.width, height: crop.height, alt };
  }
  if (article.featuredImageUrl && /^https?:\/\//i.test(article.featuredImageUrl)) {
    return { url: article.featuredImageUrl, width: 1200, height: 675, alt };
  }
  return { url: absoluteUrl(`/og/articles/${article.id}?v=${modifiedTime(article).getTime()}`), ...SOCIAL_IMAGE_SIZE, alt: article.title };
}

export const publisherLogo = () => ({ url: absoluteUrl('/logo.png'), width: 512, height: 512 });

/**
 * `<link rel="alternate">` for the site's feeds, and a section's own before them. Every page's
 * metadata carries these: Next replaces `alternates` whole when a page sets a canonical URL.
 */
/** The feeds a page advertises: the site's, after its own section's or author's when it has one. */
export function feedAlternates(scope?: { path: string; name: string }): NonNullable<NonNullable<Metadata['alternates']>['types']> {
  const { siteName } = getSiteConfig();
  return Object.fromEntries(
    feedFormats.map((format) => {
      const { mediaType, label } = feedFiles[format];
      const links = [{ url: absoluteUrl(feedPath(format)), title: `${siteName} (${label})` }];
      if (scope) links.unshift({ url: absoluteUrl(feedPath(format, scope.path)), title: `${scope.name} — ${siteName} (${label})` });
      return [mediaType, links];
    }),
  );
}

interface PageMetadataInput {
  /** Shown in the tab with the site name added by the root layout's template; null for the site's own title. */
  title: string | null;
  description: string;
  /** Site-relative path of the canonical URL, query included when it is part of the page's identity. */
  path: string;
  /** The page's own feeds (a section's or an author's): the page's path and its name. */
  feed?: { path: string; name: string };
  /** Keep the page out of search results while letting crawlers follow its links. */
  noindex?: boolean;
}

/** Title, description, canonical URL, feeds, Open Graph and Twitter card of a listing or other reader page. */
export function pageMetadata({ title, description, path, feed, noindex }: PageMetadataInput): Metadata {
  const { siteName } = getSiteConfig();
  const logo = publisherLogo();
  return {
    ...(title === null ? {} : { title }),
    description,
    alternates: { canonical: absoluteUrl(path), types: feedAlternates(feed) },
    openGraph: {
      type: 'website',
      siteName,
      locale: 'en_GB',
      title: title ?? siteName,
      description,
      url: absoluteUrl(path),
      images: [{ ...logo, alt: siteName }],
    },
    twitter: { card: 'summary', title: title ?? siteName, description, images: [logo.url] },
    ...(noindex ? { robots: { index: false, follow: true } } : {}),
  };
}

/** An article's metadata: Open Graph article times, section, tags and image, and a large Twitter card. */
export function articleMetadata(article: ArticleDetail, clock: SiteClock, picture: LibraryPicture | null = null): Metadata {
  const { siteName } = getSiteConfig();
  const url = absoluteUrl(articlePath(article));
  const description = article.summary || `${article.title}: ${article.sectionName} from ${siteName}.`;
  const image = articleSocialImage(article, picture);
  return {
    title: article.title,
    description,
    alternates: { canonical: url, types: feedAlternates({ path: sectionPath(article.sectionSlug), name: article.sectionName }) },
    // <meta name="author"> and <link rel="author"> for each byline.
    authors: article.bylines.map((byline) => ({ name: byline.name, url: absoluteUrl(authorPath(byline.slug)) })),
    openGraph: {
      type: 'article',
      siteName,
      locale: openGraphLocale(clock.language),
      title: article.title,
      description,
      url,
      publishedTime: toZonedIso(article.publishedAt, clock.timeZone),
      modifiedTime: toZonedIso(modifiedTime(article), clock.timeZone),
      section: article.sectionName,
      tags: article.tags.map((tag) => tag.name),
      authors: article.bylines.map((byline) => absoluteUrl(authorPath(byline.slug))),
      images: [image],
    },
    twitter: { card: 'summary_large_image', title: article.title, description, images: [{ url: image.url, alt: image.alt }] },
  };
}

/**
 * The site's language, for <html lang>. The build prerenders Next's own error pages with no database to
 * read, so it takes SITE_LANGUAGE; every page rendered at request time reads the setting.
 */
export async function documentLanguage(): Promise<string> {
  if (process.env.NEXT_PHASE === 'phase-production-build') return getSiteConfig().defaultLanguage;
  return (await getSiteClock()).language;
}

/** Every page's metadata, set by the root layout: title template, feeds, icon, social defaults. */
export async function siteMetadata(): Promise<Metadata> {
  const { siteName, siteUrl } = getSiteConfig();
  const language = await documentLanguage();
  return {
    metadataBase: new URL(siteUrl),
    title: { default: `${siteName} — Independent news`, template: `%s — ${siteName}` },
    description: `${siteName}: news, analysis and culture from an independent newsroom.`,
    icons: { icon: '/favicon.svg' },
    // Pages that set their own alternates repeat these (pageMetadata); this covers every other page.
    alternates: { types: feedAlternates() },
    openGraph: { siteName, type: 'website', locale: openGraphLocale(language) },
    twitter: { card: 'summary' },
  };
}

/** The browser's colours for the site, light and dark. */
export const siteViewport: Viewport = {
  themeColor: [
    { media: '(prefers-color-scheme: light)', color: '#fbfaf7' },
    { media: '(prefers-color-scheme: dark)', color: '#15171a' },
  ],
  colorScheme: 'light dark',
};
