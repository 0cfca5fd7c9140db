import { escapeHtml } from './sanitize';
import { mediaKeyOf, mediaPath } from './paths';

/**
 * Library pictures in stored article HTML. The HTML was sanitized when it was written (lib/sanitize.ts), so
 * its tags are well formed and its attribute values double-quoted and escaped: these functions read and
 * rewrite that HTML's `<img>` tags only, never arbitrary input.
 */

const IMG_TAG = /<img\b[^>]*>/g;

function attribute(tag: string, name: string): string | null {
  const match = new RegExp(`\\s${name}="([^"]*)"`).exec(tag);
  return match ? (match[1] ?? '') : null;
}

/** The library addresses (`/media/{key}`) of the pictures a body shows, each once, in order. */
export function libraryImagesIn(html: string): string[] {
  const found = new Set<string>();
  for (const [tag] of html.matchAll(IMG_TAG)) {
    const key = mediaKeyOf(attribute(tag, 'src') ?? '');
    if (key) found.add(mediaPath(key));
  }
  return [...found];
}

/** The body without a picture: a figure holding it goes whole, with its caption, and a paragraph it leaves empty goes too. */
export function withoutImage(html: string, url: string): string {
  const shows = (tag: string) => attribute(tag, 'src') === url;
  return html
    .replace(/<figure\b[^>]*>[\s\S]*?<\/figure>/g, (figure) => ([...figure.matchAll(IMG_TAG)].some(([tag]) => shows(tag)) ? '' : figure))
    .replace(IMG_TAG, (tag) => (shows(tag) ? '' : tag))
    .replace(/<p>\s*(?:<br \/>\s*)*<\/p>/g, '')
    .trim();
}

/** What the reader page knows of a body's picture (db/media.ts LibraryPicture). */
export interface BodyPicture {
  width: number;
  height: number;
  animated: boolean;
  webp: Array<{ url: string; width: number }>;
  altText: string;
  caption: string;
  credit: string;
}

/** The body column is at most 720 px wide, the whole screen less its margins on a phone. */
export const BODY_IMAGE_SIZES = '(max-width: 760px) calc(100vw - 2rem), 720px';

/** A caption and credit as a figcaption, or nothing when there are neither. */
export function figcaptionHtml(caption: string, credit: string): string {
  if (!caption && !credit) return '';
  const parts = [caption ? escapeHtml(caption) : '', credit ? `<span class="image-credit">${escapeHtml(credit)}</span>` : ''];
  return `<figcaption>${parts.filter(Boolean).join(' ')}</figcaption>`;
}

function pictureHtml(tag: string, picture: BodyPicture): string {
  // The alt text stays as the story has it (already escaped); an image the story left without one takes the library's.
  const storyAlt = attribute(tag, 'alt') ?? '';
  const alt = storyAlt || escapeHtml(picture.altText);
  const src = attribute(tag, 'src') ?? '';
  const img = `<img src="${src}" alt="${alt}" width="${picture.width}" height="${picture.height}" loading="lazy" decoding="async" />`;
  if (picture.animated || picture.webp.length === 0) return img;
  const srcset = picture.webp.map((copy) => `${copy.url} ${copy.width}w`).join(', ');
  return `<picture><source type="image/webp" srcset="${srcset}" sizes="${BODY_IMAGE_SIZES}" />${img}</picture>`;
}

const VOID_TAGS = new Set(['img', 'br', 'hr']);
/** Where a figure may stand: at the top level of the body or in a block that holds flow content. */
const FLOW_PARENTS = new Set([undefined, 'blockquote', 'li']);

/**
 * The body as the reader page shows it: each library picture with its size (so nothing moves as it
 * loads), its WebP copies for the browser to choose from, lazy loading, and — where it stands as a block of
 * its own — in a figure with its caption and credit from the library. A picture since deleted from the
 * library is left out rather than shown broken; other images are left as they are.
 */
export function withLibraryPictures(html: string, pictures: ReadonlyMap<string, BodyPicture>): string {
  // A paragraph holding nothing but a picture is the picture (imported bodies wrap them so).
  const unwrapped = html.replace(/<p>\s*(<img\b[^>]*>)\s*<\/p>/g, '$1');
  const open: string[] = [];
  return unwrapped.replace(/<(\/?)([a-z][a-z0-9]*)\b[^>]*>/g, (tag, closing: string, name: string) => {
    if (closing) {
      open.pop();
      return tag;
    }
    if (name !== 'img') {
      if (!VOID_TAGS.has(name)) open.push(name);
      return tag;
    }
    const url = attribute(tag, 'src') ?? '';
    const key = mediaKeyOf(url);
    if (!key) return tag;
    const picture = pictures.get(mediaPath(key));
    if (!picture) return '';
    const parent = open.at(-1);
    if (!FLOW_PARENTS.has(parent)) return pictureHtml(tag, picture);
    return `<figure class="body-image">${pictureHtml(tag, picture)}${figcaptionHtml(picture.caption, picture.credit)}</figure>`;
  });
}
