import 'server-only';
import type { BreadcrumbList, NewsArticle, Organization, SearchAction, WebSite, WithContext } from 'schema-dts';
import type { ArticleDetail } from '@/db/articles';
import { articlePath, authorPath, mediaCropSources, sectionPath } from '@/lib/paths';
import type { LibraryPicture } from '@/db/media';
import { articleSocialImage, modifiedTime, publisherLogo } from '@/web/metadata';
import { absoluteUrl, getSiteConfig } from '@/lib/site';
import { correctionKinds } from '@/lib/article-notes';
import { toZonedIso, type SiteClock } from '@/lib/site-time';

function publisher(): Organization {
  const { siteName } = getSiteConfig();
  const logo = publisherLogo();
  return {
    '@type': 'Organization',
    name: siteName,
    url: absoluteUrl('/'),
    logo: { '@type': 'ImageObject', url: logo.url, width: String(logo.width), height: String(logo.height) },
  };
}

/** schema.org NewsArticle for an article page (what Google shows in Top stories and article results). */
export function newsArticleJsonLd(
  article: ArticleDetail,
  clock: SiteClock,
  picture: LibraryPicture | null = null,
): WithContext<NewsArticle> {
  const url = absoluteUrl(articlePath(article));
  const image = articleSocialImage(article, picture);
  // Google shows a story's picture at 16:9 as well as the social card's ratio: the widest card crop.
  const wide = picture ? mediaCropSources(picture, 'card').at(-1) : undefined;
  const images = [image, ...(wide ? [{ ...wide, url: absoluteUrl(wide.url) }] : [])];
  const corrections = article.notes.filter((note) => correctionKinds.includes(note.kind));
  return {
    '@context': 'https://schema.org',
    '@type': 'NewsArticle',
    headline: article.title,
    ...(article.summary ? { description: article.summary } : {}),
    url,
    mainEntityOfPage: { '@type': 'WebPage', '@id': url },
    // Exact instants, written with the site's offset so they read as the article page does.
    datePublished: toZonedIso(article.publishedAt, clock.timeZone),
    dateModified: toZonedIso(modifiedTime(article), clock.timeZone),
    inLanguage: clock.language,
    author: article.bylines.map((byline) => ({ '@type': 'Person', name: byline.name, url: absoluteUrl(authorPath(byline.slug)) })),
    publisher: publisher(),
    image: images.map((shown) => ({ '@type': 'ImageObject', url: shown.url, width: String(shown.width), height: String(shown.height) })),
    articleSection: article.sectionName,
    ...(article.tags.length > 0 ? { keywords: article.tags.map((tag) => tag.name) } : {}),
    ...(corrections.length > 0
      ? {
          correction: corrections.map((note) => ({
            '@type': 'CorrectionComment',
            text: note.body,
            datePublished: toZonedIso(note.createdAt, clock.timeZone),
          })),
        }
      : {}),
    isAccessibleForFree: true,
  };
}

/** Home › Section › Article, as search results show the path. */
export function articleBreadcrumbJsonLd(article: ArticleDetail): WithContext<BreadcrumbList> {
  const { siteName } = getSiteConfig();
  const trail = [
    { name: siteName, url: absoluteUrl('/') },
    { name: article.sectionName, url: absoluteUrl(sectionPath(article.sectionSlug)) },
    { name: article.title, url: absoluteUrl(articlePath(article)) },
  ];
  return {
    '@context': 'https://schema.org',
    '@type': 'BreadcrumbList',
    itemListElement: trail.map((crumb, index) => ({ '@type': 'ListItem', position: index + 1, name: crumb.name, item: crumb.url })),
  };
}

/** The site itself, with the search box search engines may offer (/search?q=). */
export function webSiteJsonLd(): WithContext<WebSite> {
  const { siteName } = getSiteConfig();
  // schema.org spells the input's description `query-input`, which the typings leave out.
  const search: SearchAction & { 'query-input': string } = {
    '@type': 'SearchAction',
    target: { '@type': 'EntryPoint', urlTemplate: `${absoluteUrl('/search')}?q={search_term_string}` },
    'query-input': 'required name=search_term_string',
  };
  return {
    '@context': 'https://schema.org',
    '@type': 'WebSite',
    name: siteName,
    url: absoluteUrl('/'),
    publisher: publisher(),
    potentialAction: search,
  };
}
