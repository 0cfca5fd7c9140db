import sanitizeHtml from 'sanitize-html';

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
  },
  allowedClasses: { p: ['read-more', 'attribution'], blockquote: ['pull-quote'] },
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
  },
};

// `rel` is added by the transform above, never taken from input.
options.allowedAttributes = { ...options.allowedAttributes, a: ['href', 'title', 'rel'] };

export function sanitizeArticleHtml(html: string): string {
  return sanitizeHtml(html, options).trim();
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
