import 'server-only';
import { Feed, type Item } from 'feed';
import type { AuthorProfile } from '@/db/authors';
import type { Section } from '@/db/sections';
import { getFeedEntries, type FeedEntry } from '@/db/syndication';
import {
  articlePath,
  authorPath,
  CORRECTIONS_FEED_PATH,
  CORRECTIONS_PATH,
  FEED_FILE_NAMES,
  feedPath,
  sectionPath,
  tagPath,
  type FeedFormat,
} from '@/lib/paths';
import { escapeHtml, withAbsoluteUrls } from '@/lib/sanitize';
import { absoluteUrl, getSiteConfig } from '@/lib/site';
import { getSiteSettings } from '@/db/settings';
import { formatSiteDay, wallTimeOf, type SiteClock } from '@/lib/site-time';
import { getCorrectionsPage } from '@/db/notes';
import { articleNoteKindLabels, noteParagraphs, type ArticleNote } from '@/lib/article-notes';

export const feedFormats = Object.keys(FEED_FILE_NAMES) as FeedFormat[];
export type { FeedFormat };

/** File name and media type of each format; the same names under a section give its feed. */
export const feedFiles: Record<FeedFormat, { file: string; mediaType: string; label: string }> = {
  rss: { file: FEED_FILE_NAMES.rss, mediaType: 'application/rss+xml', label: 'RSS' },
  atom: { file: FEED_FILE_NAMES.atom, mediaType: 'application/atom+xml', label: 'Atom' },
  json: { file: FEED_FILE_NAMES.json, mediaType: 'application/feed+json', label: 'JSON Feed' },
};

/** Items per feed: a day or two of news for a busy newsroom, as most readers poll several times a day. */
export const FEED_ITEM_COUNT = 30;

/** A feed of part of the site: one section's stories, or every story one byline profile is credited on. */
export type FeedScope = { kind: 'section'; section: Section } | { kind: 'author'; author: AuthorProfile };

/** The page a scope's feed follows: `/world`, `/author/ana-ruiz`. */
export function feedScopePath(scope: FeedScope): string {
  return scope.kind === 'section' ? sectionPath(scope.section.slug) : authorPath(scope.author.slug);
}

/**
 * A feed item's id: a tag URI (RFC 4151) on the article's database id, so it never changes when the
 * headline, slug or section does and readers never see an edited story twice.
 */
export function articleGuid(articleId: number): string {
  return `tag:${new URL(getSiteConfig().siteUrl).hostname},2026:article:${articleId}`;
}

/** "Correction, 3 December 2026: …" per paragraph-joined note, as plain text. */
function notesAsText(notes: readonly ArticleNote[], clock: SiteClock): string[] {
  return notes.map(
    (note) => `${articleNoteKindLabels[note.kind]}, ${formatSiteDay(note.createdAt, clock)}: ${noteParagraphs(note.body).join(' ')}`,
  );
}

/** The notes ahead of the story in a full-content entry, as the article page shows corrections first. */
function notesAsHtml(notes: readonly ArticleNote[], clock: SiteClock): string {
  if (notes.length === 0) return '';
  return `<aside>${notesAsText(notes, clock)
    .map((line) => {
      const [label, ...rest] = line.split(': ');
      return `<p><strong>${escapeHtml(label ?? '')}:</strong> ${escapeHtml(rest.join(': '))}</p>`;
    })
    .join('')}</aside>`;
}

function toItem(entry: FeedEntry, format: FeedFormat, fullContent: boolean, clock: SiteClock): Item {
  const { siteUrl } = getSiteConfig();
  const summary = [entry.summary, ...notesAsText(entry.notes, clock)].filter(Boolean).join(' — ');
  const imageUrl = entry.featuredImageUrl ? absoluteUrl(entry.featuredImageUrl) : undefined;
  const authors = entry.bylines.map((byline) => ({ name: byline.name, link: absoluteUrl(authorPath(byline.slug)) }));
  return {
    id: articleGuid(entry.id),
    title: entry.title,
    link: absoluteUrl(articlePath(entry)),
    // RSS pubDate, Atom published, JSON date_published; the modification time is Atom's updated.
    published: entry.publishedAt,
    date: entry.modifiedAt,
    // Summaries are plain text: RSS and Atom read this field as HTML; JSON Feed has a plain-text summary.
    description: summary ? (format === 'json' ? summary : escapeHtml(summary)) : undefined,
    content: fullContent ? notesAsHtml(entry.notes, clock) + withAbsoluteUrls(entry.body, siteUrl) : undefined,
    // RSS's <author> must be an email address, so RSS names the writer with dc:creator instead.
    // One dc:creator, Atom <author> or JSON Feed author per byline, in order.
    // A story with no byline (an import without one) has no author element rather than an empty one.
    author: format === 'rss' || authors.length === 0 ? undefined : authors,
    // An array of objects is written as one element each; the library's type allows only one.
    extensions:
      format === 'rss'
        ? [{ name: 'dc:creator', objects: authors.map((author) => ({ _text: author.name })) as unknown as Record<string, unknown> }]
        : undefined,
    category: [
      {
        name: entry.sectionName,
        term: entry.sectionSlug,
        domain: absoluteUrl(sectionPath(entry.sectionSlug)),
        scheme: absoluteUrl(sectionPath(entry.sectionSlug)),
      },
      ...entry.tags.map((tag) => ({
        name: tag.name,
        term: tag.slug,
        domain: absoluteUrl(tagPath(tag.slug)),
        scheme: absoluteUrl(tagPath(tag.slug)),
      })),
    ],
    // RSS enclosures need a type and length (from the media table); the feed library would guess the
    // type from a file extension our media URLs do not have, so Atom gets the image in the content only.
    enclosure:
      format === 'rss' && imageUrl && entry.featuredImageType && entry.featuredImageBytes !== null
        ? { url: imageUrl, type: entry.featuredImageType, length: entry.featuredImageBytes }
        : undefined,
    image: format === 'json' ? imageUrl : undefined,
  };
}

/**
 * JSON Feed 1.1 names authors in a list and states the language; the library writes 1.0. Without full
 * content it also puts the plain-text summary in content_html, where content_text belongs.
 */
function asJsonFeed11(json: string, language: string, fullContent: boolean, entries: FeedEntry[]): string {
  type Author = { name?: string; url?: string };
  type JsonItem = { author?: Author; authors?: Author[]; content_html?: string; content_text?: string };
  const feed = JSON.parse(json) as { version: string; author?: Author; authors?: Author[]; language?: string; items: JsonItem[] };
  feed.version = 'https://jsonfeed.org/version/1.1';
  feed.language = language;
  if (feed.author) feed.authors = [feed.author];
  for (const [index, item] of feed.items.entries()) {
    // The library keeps only the first author of an item; JSON Feed 1.1 lists them all.
    const bylines = entries[index]?.bylines ?? [];
    delete item.author;
    if (bylines.length > 0) item.authors = bylines.map((byline) => ({ name: byline.name, url: absoluteUrl(authorPath(byline.slug)) }));
    if (!fullContent) {
      item.content_text = item.content_html ?? '';
      delete item.content_html;
    }
  }
  return JSON.stringify(feed, null, 2);
}

/** The library declares the Dublin Core namespace only alongside full content; dc:creator needs it always. */
function withDublinCore(rss: string): string {
  return rss.includes('xmlns:dc=')
    ? rss
    : rss.replace('<rss version="2.0"', '<rss version="2.0" xmlns:dc="http://purl.org/dc/elements/1.1/"');
}

/** The site's feed, or one section's or author's, in the given format. Public articles only, newest first. */
export async function renderFeed(format: FeedFormat, scope: FeedScope | null, now: Date = new Date()): Promise<string> {
  const { siteName } = getSiteConfig();
  const { feedContent, language, timeZone } = await getSiteSettings();
  const fullContent = feedContent === 'full';
  const entries = await getFeedEntries({
    ...(scope?.kind === 'section' ? { sectionId: scope.section.id } : {}),
    ...(scope?.kind === 'author' ? { profileId: scope.author.id } : {}),
    limit: FEED_ITEM_COUNT,
    includeBody: fullContent,
    now,
  });
  const scopePath = scope ? feedScopePath(scope) : undefined;
  const homePath = scopePath ?? '/';
  const scopeName = scope?.kind === 'section' ? scope.section.name : scope?.author.name;
  const scopeDescription =
    scope?.kind === 'section'
      ? scope.section.description
      : scope?.kind === 'author'
        ? scope.author.bio || `Stories by ${scope.author.name}.`
        : '';
  const newest = entries.reduce<Date | null>((latest, entry) => (!latest || entry.modifiedAt > latest ? entry.modifiedAt : latest), null);

  const feed = new Feed({
    id: absoluteUrl(homePath),
    title: scopeName ? `${scopeName} — ${siteName}` : siteName,
    description: scopeDescription || `${siteName}: news, analysis and culture from an independent newsroom.`,
    link: absoluteUrl(homePath),
    language,
    // An empty feed has not changed since the epoch; "now" would tell readers it changes every poll.
    updated: newest ?? new Date(0),
    generator: siteName,
    image: absoluteUrl('/logo.png'),
    favicon: absoluteUrl('/favicon.svg'),
    copyright: `© ${wallTimeOf(now, timeZone).year} ${siteName}`,
    feedLinks: Object.fromEntries(feedFormats.map((each) => [each, absoluteUrl(feedPath(each, scopePath))])),
    ttl: 5,
  });
  for (const entry of entries) feed.addItem(toItem(entry, format, fullContent, { timeZone, language }));

  switch (format) {
    case 'rss':
      return withDublinCore(feed.rss2());
    case 'atom':
      return feed.atom1();
    case 'json':
      return asJsonFeed11(feed.json1(), language, fullContent, entries);
  }
}

/** Items in the corrections feed. */
export const CORRECTIONS_FEED_ITEM_COUNT = 30;

/** Every correction and clarification, newest first, as RSS: one item per note, linking to its story. */
export async function renderCorrectionsFeed(now: Date = new Date()): Promise<string> {
  const { siteName, siteUrl } = getSiteConfig();
  const [{ items }, { language, timeZone }] = await Promise.all([
    getCorrectionsPage(null, CORRECTIONS_FEED_ITEM_COUNT, now),
    getSiteSettings(),
  ]);
  const feed = new Feed({
    id: absoluteUrl(CORRECTIONS_PATH),
    title: `Corrections and clarifications — ${siteName}`,
    description: `Every correction and clarification ${siteName} has published, newest first.`,
    link: absoluteUrl(CORRECTIONS_PATH),
    language,
    updated: items[0]?.createdAt ?? new Date(0),
    generator: siteName,
    image: absoluteUrl('/logo.png'),
    favicon: absoluteUrl('/favicon.svg'),
    copyright: `© ${wallTimeOf(now, timeZone).year} ${siteName}`,
    feedLinks: { rss: absoluteUrl(CORRECTIONS_FEED_PATH) },
    ttl: 5,
  });
  for (const note of items) {
    const label = articleNoteKindLabels[note.kind];
    feed.addItem({
      id: `tag:${new URL(siteUrl).hostname},2026:note:${note.id}`,
      title: `${label}: ${note.articleTitle}`,
      link: absoluteUrl(articlePath({ sectionSlug: note.sectionSlug, slug: note.articleSlug })),
      date: note.createdAt,
      published: note.createdAt,
      description: escapeHtml(noteParagraphs(note.body).join(' ')),
    });
  }
  return feed.rss2();
}
