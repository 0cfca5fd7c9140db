import { cropHeight, cropRectangle, cropShapeNames, cropShapes, cropWidths, type CropShapeName, type FocalPoint } from './image-crops';

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

/** An article form's comments panel, where a send-back note or a mention leads. */
export const editorArticleCommentsPath = (id: number | string) => `${editorArticlePath(id)}#comments`;

/** The editor's notifications list (the header's badge leads there). */
export const EDITOR_NOTIFICATIONS_PATH = '/editor/notifications';

/** The editor's dashboard, optionally with its filters' query string (without the `?`). */
export const editorDashboardPath = (query = '') => (query ? `/editor?${query}` : '/editor');

/** The editor's screens that are one page each, optionally with a query (`{ deleted: '1' }`). */
export type EditorScreen = 'sections' | 'tags' | 'pages' | 'menus' | 'users' | 'audit' | 'settings' | 'front-page' | 'account';
export function editorScreenPath(screen: EditorScreen, query?: Record<string, string | number>): string {
  const search = query ? new URLSearchParams(Object.entries(query).map(([key, value]) => [key, String(value)])).toString() : '';
  return `/editor/${screen}${search ? `?${search}` : ''}`;
}

/** A new article's form; a static page's form (or a new one's). */
export const EDITOR_NEW_ARTICLE_PATH = '/editor/articles/new';
export const editorStaticPagePath = (id: number | string | 'new') => `/editor/pages/${encodeURIComponent(String(id))}`;

/** First-run setup, opened with the one-time token `npm start` prints; an invitation's one-time page. */
export const setupPath = (token?: string) => (token ? `/setup?token=${encodeURIComponent(token)}` : '/setup');
export const invitePath = (token: string) => `/invite/${encodeURIComponent(token)}`;

/** The sign-in page, optionally with the address to return to. */
export const loginPath = (next?: string) => (next ? `/login?next=${encodeURIComponent(next)}` : '/login');

/** The site's feeds by format; a section's or an author's feed is the same file name under its page. */
export const FEED_FILE_NAMES = { rss: 'feed.xml', atom: 'atom.xml', json: 'feed.json' } as const;
export type FeedFormat = keyof typeof FEED_FILE_NAMES;
export const feedPath = (format: FeedFormat, scopePath?: string) => `${scopePath ?? ''}/${FEED_FILE_NAMES[format]}`;

/** Deleted stories, restorable for a while (newsroom/articles.ts TRASH_DAYS). */
export const EDITOR_TRASH_PATH = '/editor/trash';

/** The editor's Profiles screen, and one byline profile's form there. */
export const editorProfilePath = (id?: number | 'new') => `/editor/profiles${id === undefined ? '' : `/${id}`}`;

/** Uploaded images: random keys, the display image at the key, resized WebP copies under it by width. */
export const MEDIA_KEY_PATTERN = /^[A-Za-z0-9_-]{8,64}$/;
export const mediaPath = (key: string) => `/media/${key}`;
export const mediaResizedPath = (key: string, width: number) => `/media/${key}/${width}.webp`;

/**
 * A crop of an uploaded image to a shape (lib/image-crops.ts) at its focal point, one width:
 * `/media/{key}/card-x30-y45-w640.webp`. The focal point is in the address, so moving it gives every crop a
 * new address and the year-long cache of the old one never shows the old crop.
 */
export const mediaCropPath = (key: string, shape: CropShapeName, focal: FocalPoint, width: number) =>
  `/media/${key}/${shape}-x${focal.x}-y${focal.y}-w${width}.${cropShapes[shape].extension}`;

/**
 * Every crop of a picture in a shape, narrowest first: the widths its size and focal point give, as made when
 * it was uploaded or its focal point last moved (lib/image-variants.ts). `width` and `height` are the display
 * image's (its longest edge capped).
 */
export function mediaCropSources(
  picture: { key: string; width: number; height: number; focal: FocalPoint },
  shape: CropShapeName,
): Array<{ url: string; width: number; height: number }> {
  const region = cropRectangle(picture.width, picture.height, shape, picture.focal);
  return cropWidths(shape, region.width).map((width) => ({
    url: mediaCropPath(picture.key, shape, picture.focal, width),
    width,
    height: cropHeight(shape, width),
  }));
}

/** The parts of a crop's file name (`card-x30-y45-w640.webp`), or null for any other name. */
export function readMediaCropName(name: string): { shape: CropShapeName; focal: FocalPoint; width: number } | null {
  const match = /^([a-z]+)-x(0|[1-9][0-9]?|100)-y(0|[1-9][0-9]?|100)-w([1-9][0-9]{0,3})\.([a-z]+)$/.exec(name);
  if (!match) return null;
  const [, shapeName = '', x = '', y = '', width = '', extension = ''] = match;
  const shape = cropShapeNames.find((candidate) => candidate === shapeName);
  if (!shape || cropShapes[shape].extension !== extension) return null;
  return { shape, focal: { x: Number(x), y: Number(y) }, width: Number(width) };
}

/** The library's screens: every picture, and one picture's details. */
export const editorMediaPath = (id?: number) => `/editor/media${id === undefined ? '' : `/${id}`}`;
/** The key of an uploaded image's address (`/media/{key}`), or null for any other value. */
export function mediaKeyOf(url: string): string | null {
  const key = url.startsWith('/media/') ? url.slice('/media/'.length) : '';
  return MEDIA_KEY_PATTERN.test(key) ? key : null;
}

/** Where `/` is served from (proxy.ts rewrites it), and so the address its cached page is kept under. */
export const HOME_PAGE_ROUTE = '/front-page/latest';
/** Next's own not-found route: the proxy rewrites an address that names nothing public to it, so the 404 page is rendered on the server. */
export const NOT_FOUND_ROUTE = '/_not-found';

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
