/** URL builders, so every link to a page is spelled the same way everywhere. */
export const articlePath = (article: { sectionSlug: string; slug: string }) => `/${article.sectionSlug}/${article.slug}`;
export const sectionPath = (sectionSlug: string) => `/${sectionSlug}`;
export const tagPath = (tagSlug: string) => `/tag/${tagSlug}`;
export const authorPath = (authorSlug: string) => `/author/${authorSlug}`;
/** A static page (About, policies) lives at the first level, like a section. */
export const staticPagePath = (pageSlug: string) => `/${pageSlug}`;
/** Every correction and clarification, newest first, and its feed. */
export const CORRECTIONS_PATH = '/corrections';
export const CORRECTIONS_FEED_PATH = '/corrections/feed.xml';

/** The editor's pages of one article: the form, its revisions (optionally compared with one) and its preview. */
export const editorArticlePath = (id: number | string, page?: 'revisions' | 'preview') =>
  `/editor/articles/${encodeURIComponent(String(id))}${page ? `/${page}` : ''}`;

/** Deleted stories, restorable for a while (newsroom/articles.ts TRASH_DAYS). */
export const EDITOR_TRASH_PATH = '/editor/trash';

/** The editor's Profiles screen, and one byline profile's form there. */
export const editorProfilePath = (id?: number | 'new') => `/editor/profiles${id === undefined ? '' : `/${id}`}`;

/** Uploaded images: random keys, the display image at the key, resized WebP copies under it by width. */
export const MEDIA_KEY_PATTERN = /^[A-Za-z0-9_-]{8,64}$/;
export const mediaPath = (key: string) => `/media/${key}`;
export const mediaResizedPath = (key: string, width: number) => `/media/${key}/${width}.webp`;
/** The key of an uploaded image's address (`/media/{key}`), or null for any other value. */
export function mediaKeyOf(url: string): string | null {
  const key = url.startsWith('/media/') ? url.slice('/media/'.length) : '';
  return MEDIA_KEY_PATTERN.test(key) ? key : null;
}

/** Where `/` is served from (proxy.ts rewrites it), and so the address its cached page is kept under. */
export const HOME_PAGE_ROUTE = '/front-page/latest';

/**
 * Revalidation targets that are not one address. Every article page lists the latest stories, so a
 * change to one of those reaches all of them; the masthead's section list reaches every page.
 */
export const ALL_ARTICLE_PAGES = '/[category]/[slug]';
export const EVERY_READER_PAGE = '/[every-page]';

const RETURN_PATH_BASE = 'http://paradox.invalid';

/**
 * A `next=` address to return to after sign-in: only a path on this site (never `//host`, `/\host` or an
 * absolute URL), percent-encoded as a Location header must be (`/／／x` would otherwise break it).
 */
export function safeReturnPath(value: unknown, fallback = '/editor'): string {
  if (typeof value !== 'string' || !value.startsWith('/') || /[\u0000-\u001F\u007F]/.test(value)) return fallback;
  try {
    const url = new URL(value, RETURN_PATH_BASE);
    if (url.origin !== RETURN_PATH_BASE) return fallback;
    return `${url.pathname}${url.search}${url.hash}`;
  } catch {
    return fallback;
  }
}
