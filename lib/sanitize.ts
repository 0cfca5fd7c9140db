import { DomUtils, parseDocument } from 'htmlparser2';
import sanitizeHtml from 'sanitize-html';
import { cleanEmbedDetails, embedLinkText, recogniseEmbed, type Embed, type EmbedDetails } from './embeds';

/**
 * The one allow-list for stored article HTML. Everything a user, the importer or the seed writes passes
 * through here on the server before it is saved, so nothing executable ever reaches a reader.
 */
const options: sanitizeHtml.IOptions = {
  allowedTags: [
    'p',
    'h2',
    'h3',
    'h4',
    'strong',
    'em',
    'b',
    'i',
    'u',
    's',
    'sub',
    'sup',
    'a',
    'ul',
    'ol',
    'li',
    'blockquote',
    'cite',
    'figure',
    'figcaption',
    'img',
    'br',
    'hr',
    'code',
    'pre',
  ],
  allowedAttributes: {
    a: ['href', 'title'],
    img: ['src', 'alt', 'width', 'height'],
    p: ['class'],
    blockquote: ['class'],
    figure: ['class', 'data-provider', 'data-embed-url', 'data-embed-title', 'data-embed-poster'],
  },
  allowedClasses: { p: ['read-more', 'attribution'], blockquote: ['pull-quote'], figure: ['embed'] },
  allowedSchemes: ['http', 'https', 'mailto'],
  allowedSchemesByTag: { img: ['http', 'https'] },
  allowProtocolRelative: false,
  disallowedTagsMode: 'discard',
  transformTags: {
    // Headline levels below the page's h1 only.
    h1: 'h2',
    a: (tagName, attribs) => {
      const href = attribs.href ?? '';
      const external = /^https?:\/\//i.test(href);
      return {
        tagName,
        attribs: external ? { ...attribs, rel: 'noopener noreferrer nofollow' } : attribs,
      };
    },
    // An embed block keeps its attributes only as rebuilt from a recognised address; any other figure keeps none.
    figure: (tagName, attribs) => ({ tagName, attribs: embedAttributes(attribs) ?? {} }),
  },
};

// `rel` is added by the transform above, never taken from input.
options.allowedAttributes = { ...options.allowedAttributes, a: ['href', 'title', 'rel'] };

export function sanitizeArticleHtml(html: string): string {
  return sanitizeHtml(normaliseEmbeds(html), options).trim().replace(EMBED_IN_PARAGRAPH, '$1');
}

// ---------------------------------------------------------------------------------------------------
// Embeds (lib/embeds.ts). Stored as a block the allow-list can check, never as a provider's iframe:
//   <figure class="embed" data-provider="youtube" data-embed-url="https://www.youtube.com/watch?v=…"
//     data-embed-title="…" data-embed-poster="/media/…"><a href="…">YouTube: …</a><figcaption>…</figcaption></figure>
// The reader page turns it into a click-to-load placeholder (lib/embed-placeholders.ts).

const hasClass = (attribs: Record<string, string>, name: string) => (attribs.class ?? '').split(/\s+/).includes(name);

/** The attributes of an embed block as stored, rebuilt from its address, or null when the address is not a supported embed. */
function embedAttributes(attribs: Record<string, string>): Record<string, string> | null {
  if (!hasClass(attribs, 'embed')) return null;
  const embed = recogniseEmbed(attribs['data-embed-url'] ?? '');
  if (!embed) return null;
  const { title, poster } = cleanEmbedDetails({ title: attribs['data-embed-title'], poster: attribs['data-embed-poster'] });
  return {
    class: 'embed',
    'data-provider': embed.provider,
    'data-embed-url': embed.url,
    ...(title ? { 'data-embed-title': title } : {}),
    ...(poster ? { 'data-embed-poster': poster } : {}),
  };
}

/** An embed block as stored: the one shape the editor, the importers and the sanitizer write. */
export function embedBlockHtml(embed: Embed, details: EmbedDetails = {}): string {
  const clean = cleanEmbedDetails(details);
  const attributes = Object.entries({ 'data-embed-url': embed.url, 'data-embed-title': clean.title, 'data-embed-poster': clean.poster })
    .filter(([, value]) => value !== '')
    .map(([name, value]) => ` ${name}="${escapeHtml(value)}"`)
    .join('');
  const caption = clean.caption ? `<figcaption>${escapeHtml(clean.caption)}</figcaption>` : '';
  return `<figure class="embed" data-provider="${embed.provider}"${attributes}><a href="${escapeHtml(embed.url)}">${escapeHtml(embedLinkText(embed, clean.title))}</a>${caption}</figure>`;
}

// A block pasted inside a paragraph splits it (as browsers do): the empty halves it leaves go.
const EMBED_IN_PARAGRAPH = /(?:<p>\s*<\/p>\s*)?(<figure class="embed"[^>]*>(?:(?!<\/figure>)[\s\S])*<\/figure>)(?:\s*<p>\s*<\/p>)?/g;

/**
 * Every iframe becomes an embed block when it shows a supported provider's player, and goes otherwise;
 * every embed block is rebuilt from its address, title, poster and caption, so nothing else rides inside
 * it. Only those elements' own source is replaced: the rest of the HTML reaches the allow-list untouched.
 */
function normaliseEmbeds(html: string): string {
  if (!/<(?:iframe|figure)\b/i.test(html)) return html;
  // Parsed as sanitize-html parses (the same htmlparser2, entities decoded), so both see the same elements.
  const document = parseDocument(html, { decodeEntities: true, withStartIndices: true, withEndIndices: true });
  const replacements: Array<{ start: number; end: number; html: string }> = [];
  const visit = (nodes: ReturnType<typeof parseDocument>['children']) => {
    for (const node of nodes) {
      if (!DomUtils.isTag(node)) continue;
      const start = node.startIndex;
      const end = node.endIndex;
      if (node.name === 'iframe' && start !== null && end !== null) {
        const embed = recogniseEmbed(node.attribs.src ?? '');
        replacements.push({ start, end, html: embed ? embedBlockHtml(embed, { title: node.attribs.title }) : '' });
        continue;
      }
      const embed = node.name === 'figure' && hasClass(node.attribs, 'embed') ? recogniseEmbed(node.attribs['data-embed-url'] ?? '') : null;
      if (embed && start !== null && end !== null) {
        const caption = DomUtils.findOne((child) => child.name === 'figcaption', node.children, false);
        const details = { title: node.attribs['data-embed-title'], poster: node.attribs['data-embed-poster'] };
        replacements.push({
          start,
          end,
          html: embedBlockHtml(embed, { ...details, caption: caption ? DomUtils.textContent(caption) : '' }),
        });
        continue;
      }
      // Anything else (an ordinary figure, or one whose address is not supported) is left to the allow-list.
      visit(node.children);
    }
  };
  visit(document.children);
  let result = html;
  for (const { start, end, html: replacement } of replacements.reverse()) {
    result = `${result.slice(0, start)}${replacement}${result.slice(end + 1)}`;
  }
  return result;
}

/** Escapes text for inclusion in HTML built by our own code. */
export function escapeHtml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;').replace(/'/g, '&#39;');
}

/**
 * Stored article HTML with its site-relative links and images made absolute, for places read away
 * from the site (feed readers). The HTML was sanitized when written; this only rewrites two attributes.
 */
export function withAbsoluteUrls(html: string, origin: string): string {
  const absolute = (value: string | undefined) => (value && value.startsWith('/') && !value.startsWith('//') ? `${origin}${value}` : value);
  return sanitizeHtml(html, {
    allowedTags: false,
    allowedAttributes: false,
    allowVulnerableTags: false,
    transformTags: {
      a: (tagName, attribs) => ({ tagName, attribs: { ...attribs, ...(attribs.href ? { href: absolute(attribs.href) ?? '' } : {}) } }),
      img: (tagName, attribs) => ({ tagName, attribs: { ...attribs, ...(attribs.src ? { src: absolute(attribs.src) ?? '' } : {}) } }),
    },
  }).trim();
}

/** The addresses of the images in stored article HTML, each once, in order of appearance. */
export function imageSources(html: string): string[] {
  const sources = new Set<string>();
  // Reads only: nothing it returns is HTML.
  sanitizeHtml(html, {
    allowedTags: false,
    allowedAttributes: false,
    allowVulnerableTags: true,
    transformTags: {
      img: (tagName, attribs) => {
        if (attribs.src) sources.add(attribs.src);
        return { tagName, attribs };
      },
    },
  });
  return [...sources];
}

/**
 * Stored article HTML with some images moved to new addresses (an import's copies in the media library):
 * each `<img>` whose address `moved` knows, and each link straight to such a file, gets the new address;
 * an image without alt text gets the library's. Sanitized again, as on every write.
 */
export function withImagesMoved(html: string, moved: (address: string) => { url: string; alt: string } | undefined): string {
  // Only two attributes change here; the allow-list runs on the result below.
  const rewritten = sanitizeHtml(html, {
    allowedTags: false,
    allowedAttributes: false,
    allowVulnerableTags: true,
    transformTags: {
      img: (tagName, attribs) => {
        const target = attribs.src ? moved(attribs.src) : undefined;
        if (!target) return { tagName, attribs };
        return { tagName, attribs: { ...attribs, src: target.url, alt: attribs.alt?.trim() ? attribs.alt : target.alt } };
      },
      a: (tagName, attribs) => {
        const target = attribs.href ? moved(attribs.href) : undefined;
        if (!target) return { tagName, attribs };
        // Now a link within the site: the external-link rel no longer applies.
        const { rel: _rel, ...rest } = attribs;
        return { tagName, attribs: { ...rest, href: target.url } };
      },
    },
  });
  return sanitizeArticleHtml(rewritten);
}
