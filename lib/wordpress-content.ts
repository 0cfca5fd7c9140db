import { autop } from '@wordpress/autop';
import { replace as replaceShortcode } from '@wordpress/shortcode';
import { recogniseEmbed } from './embeds';
import { embedBlockHtml, escapeHtml, sanitizeArticleHtml } from './sanitize';
import { htmlToPlainText } from './text';

/**
 * WordPress post content to the HTML Paradox stores: block comments dropped, the common shortcodes turned
 * into plain HTML (figures, links), WordPress's auto-paragraph convention applied to classic posts, and
 * everything sanitized with the site's one allow-list (lib/sanitize.ts). Embeds in any of WordPress's
 * forms (the block editor's embed blocks, `[embed]`, an address alone on its line) of a supported
 * provider (lib/embeds.ts) become the site's embed blocks; other addresses become links.
 */

export interface AttachmentInfo {
  url: string;
  alt: string;
}

export interface ContentContext {
  /** An attachment of the export by its post id. */
  attachment: (id: number) => AttachmentInfo | undefined;
  /** Attachments whose parent is the post (a `[gallery]` without ids shows these). */
  childAttachments: () => AttachmentInfo[];
}

export interface ConvertedContent {
  html: string;
  warnings: string[];
}

// Gutenberg serialises blocks as HTML comments: <!-- wp:paragraph {"x":1} --> … <!-- /wp:paragraph -->.
const blockComment = /<!--\s*\/?wp:[\s\S]*?-->/g;
const hasBlocks = /<!--\s*wp:/;

const isHttpUrl = (value: string) => /^https?:\/\/[^\s"'<>]+$/i.test(value);

function figure(images: AttachmentInfo[], caption: string): string {
  const imgs = images.map((image) => `<img src="${escapeHtml(image.url)}" alt="${escapeHtml(image.alt)}">`).join('');
  return `\n\n<figure>${imgs}${caption ? `<figcaption>${caption}</figcaption>` : ''}</figure>\n\n`;
}

function mediaLink(url: string, label: string): string {
  return `\n\n<p><a href="${escapeHtml(url)}">${escapeHtml(label)}</a></p>\n\n`;
}

/** An address WordPress would embed: the site's embed block when the provider is supported, else a link. */
function embedOrLink(url: string, caption = ''): string {
  const embed = recogniseEmbed(url);
  if (!embed) return `${mediaLink(url, url)}${caption ? `<p>${escapeHtml(caption)}</p>\n\n` : ''}`;
  return `\n\n${embedBlockHtml(embed, { caption })}\n\n`;
}

// The block editor's embeds: <!-- wp:embed {"url":"…",…} --><figure class="wp-block-embed …"><div …>URL</div>
// <figcaption>…</figcaption></figure><!-- /wp:embed -->, and before WordPress 5.6 wp:core-embed/youtube and the like.
const embedBlock =
  /<!--\s*wp:(?:core-)?embed(?:\/[a-z0-9-]+)?(\s+\{[\s\S]*?\})?\s*-->([\s\S]*?)<!--\s*\/wp:(?:core-)?embed(?:\/[a-z0-9-]+)?\s*-->/g;

function convertEmbedBlocks(content: string): string {
  return content.replace(embedBlock, (whole, json: string | undefined, inner: string) => {
    let url = '';
    try {
      const attributes: unknown = json ? JSON.parse(json) : null;
      if (attributes && typeof attributes === 'object' && 'url' in attributes && typeof attributes.url === 'string')
        url = attributes.url.trim();
    } catch {
      // The address is in the block's markup too.
    }
    url ||= /https?:\/\/[^\s"'<>]+/.exec(inner.replace(/<figcaption[\s\S]*?<\/figcaption>/gi, ''))?.[0] ?? '';
    if (!isHttpUrl(url)) return whole;
    const caption = htmlToPlainText(/<figcaption[^>]*>([\s\S]*?)<\/figcaption>/i.exec(inner)?.[1] ?? '');
    return embedOrLink(url, caption);
  });
}

/** File name of a URL, for a link's text. */
function fileName(url: string): string {
  try {
    return decodeURIComponent(new URL(url).pathname.split('/').filter(Boolean).at(-1) ?? url);
  } catch {
    return url;
  }
}

/** Shortcodes WordPress core registers (plus [wp_caption]); others are left as text and reported. */
const coreShortcodes = ['caption', 'wp_caption', 'gallery', 'embed', 'audio', 'video', 'playlist'];

function convertShortcodes(content: string, context: ContentContext, warnings: string[]): string {
  let text = content;
  for (const tag of ['caption', 'wp_caption']) {
    text = replaceShortcode(tag, text, (shortcode) => {
      const inner = shortcode.content ?? '';
      // Old-style captions carry the text in the caption attribute; newer ones after the image.
      const imageMatch = /<img\b[^>]*>/i.exec(inner);
      const src = imageMatch ? (/\bsrc\s*=\s*["']([^"']+)["']/i.exec(imageMatch[0])?.[1] ?? '') : '';
      const alt = imageMatch ? (/\balt\s*=\s*["']([^"']*)["']/i.exec(imageMatch[0])?.[1] ?? '') : '';
      const captionText = shortcode.attrs.named.caption ?? inner.replace(/<a\b[^>]*>\s*<img\b[^>]*>\s*<\/a>|<img\b[^>]*>/i, '').trim();
      if (!src) return captionText ? `<p>${captionText}</p>` : '';
      return figure([{ url: src, alt }], captionText);
    });
  }
  text = replaceShortcode('gallery', text, (shortcode) => {
    const ids = (shortcode.attrs.named.ids ?? shortcode.attrs.named.include ?? '')
      .split(',')
      .map((id) => Number(id.trim()))
      .filter((id) => Number.isInteger(id) && id > 0);
    const images = ids.length > 0 ? ids.flatMap((id) => context.attachment(id) ?? []) : context.childAttachments();
    if (images.length < ids.length)
      warnings.push(`gallery: ${ids.length - images.length} of its images are not in the export and were left out`);
    return images.length > 0 ? figure(images, '') : '';
  });
  text = replaceShortcode('embed', text, (shortcode) => {
    const url = (shortcode.content ?? '').trim();
    return isHttpUrl(url) ? embedOrLink(url) : '';
  });
  for (const tag of ['audio', 'video']) {
    text = replaceShortcode(tag, text, (shortcode) => {
      const named = shortcode.attrs.named;
      const url = [named.src, named.mp3, named.m4a, named.ogg, named.wav, named.mp4, named.m4v, named.webm, named.ogv, named.flv].find(
        (value) => value && isHttpUrl(value),
      );
      if (!url) {
        warnings.push(`[${tag}] without a file address was removed`);
        return '';
      }
      return mediaLink(url, `${tag === 'audio' ? 'Listen' : 'Watch'}: ${fileName(url)}`);
    });
  }
  text = replaceShortcode('playlist', text, () => {
    warnings.push('[playlist] was removed (playlists are not supported)');
    return '';
  });

  // Anything else that looks like a shortcode is kept as text, and reported so an editor can look.
  const unknown = new Set<string>();
  for (const match of text.matchAll(/\[([a-z][a-z0-9_-]*)(\s[^\]]*)?\][\s\S]*?\[\/\1\]|\[([a-z][a-z0-9_-]*)\s+[a-z_-]+=[^\]]*\]/gi)) {
    const name = (match[1] ?? match[3] ?? '').toLowerCase();
    if (name && !coreShortcodes.includes(name)) unknown.add(name);
  }
  for (const name of unknown) warnings.push(`shortcode [${name}] is not supported and was kept as text`);
  return text;
}

/**
 * An address alone on its own line or in its own paragraph is an oEmbed in WordPress: here, an embed block
 * when the provider is supported, otherwise a link.
 */
function linkBareUrls(html: string): string {
  const embedded = html.replace(/<p>\s*(https?:\/\/[^\s<>"]+)\s*<\/p>/gi, (paragraph, url: string) =>
    recogniseEmbed(url) ? embedOrLink(url) : paragraph,
  );
  return embedded.replace(
    /(<p>|<figure[^>]*>|<div[^>]*>|^)\s*(https?:\/\/[^\s<>"]+)\s*(?=<\/p>|<\/figure>|<\/div>|$)/gim,
    (_match, open: string, url: string) => {
      return `${open}<a href="${escapeHtml(url)}">${escapeHtml(url)}</a>`;
    },
  );
}

export function wordpressContentToHtml(content: string, context: ContentContext): ConvertedContent {
  const warnings: string[] = [];
  const isBlockContent = hasBlocks.test(content);
  let html = convertEmbedBlocks(content.replace(/\r\n?/g, '\n')).replace(blockComment, '');
  html = convertShortcodes(html, context, warnings);
  // Classic posts are stored without <p>: WordPress adds them on display (wpautop). Block posts have them.
  if (!isBlockContent) html = autop(html);
  html = linkBareUrls(html);
  return { html: sanitizeArticleHtml(html).replace(/\n{3,}/g, '\n\n'), warnings };
}

/** A title as plain text: WordPress allows markup and entities in titles; Paradox headlines are text. */
export function wordpressTitleToText(title: string): string {
  return htmlToPlainText(title).slice(0, 200).trim();
}

/** The excerpt as a plain-text summary. */
export function wordpressExcerptToText(excerptHtml: string): string {
  return htmlToPlainText(excerptHtml.replace(blockComment, ''));
}
