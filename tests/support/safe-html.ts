import { DomUtils, parseDocument } from 'htmlparser2';

/**
 * What makes stored article HTML unsafe, independently of the sanitizer that produced it: tags or
 * attributes outside the article vocabulary, event handlers, and URLs whose scheme could run script.
 * Returns one line per problem (empty when safe). Browsers are the final judge; the e2e attack suite
 * renders the same HTML in Chromium.
 */
const allowedAttributes: Record<string, string[]> = {
  p: ['class'],
  h2: [],
  h3: [],
  h4: [],
  strong: [],
  em: [],
  b: [],
  i: [],
  u: [],
  s: [],
  sub: [],
  sup: [],
  a: ['href', 'title', 'rel'],
  ul: [],
  ol: [],
  li: [],
  blockquote: ['class'],
  cite: [],
  // Embed blocks (lib/sanitize.ts embedBlockHtml): checked below.
  figure: ['class', 'data-provider', 'data-embed-url', 'data-embed-title', 'data-embed-poster'],
  figcaption: [],
  img: ['src', 'alt', 'width', 'height'],
  br: [],
  hr: [],
  code: [],
  pre: [],
};

const urlAttributes = new Set(['href', 'src']);
const safeSchemes = new Set(['http', 'https', 'mailto']);

/** The scheme a browser would see: it ignores leading spaces and control characters, and tabs and newlines anywhere. */
export function urlScheme(value: string): string | null {
  const squeezed = value.replace(/^[\u0000-\u0020]+/, '').replace(/[\t\n\r]/g, '');
  const match = /^([a-z][a-z0-9+.-]*):/i.exec(squeezed);
  return match?.[1]?.toLowerCase() ?? null;
}

export function unsafeParts(html: string): string[] {
  const problems: string[] = [];
  const document = parseDocument(html, { decodeEntities: true, lowerCaseTags: true, lowerCaseAttributeNames: true });
  for (const element of DomUtils.findAll(() => true, document.children)) {
    const allowed = allowedAttributes[element.name];
    if (!allowed) {
      problems.push(`tag <${element.name}>`);
      continue;
    }
    for (const [name, value] of Object.entries(element.attribs)) {
      if (name.startsWith('on')) problems.push(`event handler ${name} on <${element.name}>`);
      else if (!allowed.includes(name)) problems.push(`attribute ${name} on <${element.name}>`);
      if (element.name === 'figure') {
        if (name === 'class' && value !== 'embed') problems.push(`class ${value} on <figure>`);
        if (name === 'data-provider' && !/^[a-z-]+$/.test(value)) problems.push(`provider ${value} on <figure>`);
        if (name === 'data-embed-url' && urlScheme(value) !== 'https' && urlScheme(value) !== 'http')
          problems.push(`embed address ${value}`);
        if (name === 'data-embed-poster' && !/^\/media\/[A-Za-z0-9_-]+$/.test(value)) problems.push(`embed poster ${value}`);
      }
      if (urlAttributes.has(name)) {
        const scheme = urlScheme(value);
        if (scheme && !safeSchemes.has(scheme)) problems.push(`${scheme}: URL in ${name} of <${element.name}>`);
        if (value.trim().startsWith('//')) problems.push(`protocol-relative URL in ${name} of <${element.name}>`);
      }
    }
  }
  // Comments and processing instructions are dropped by the sanitizer; their text must not come back as markup.
  if (/<!--|<\?|<!\[CDATA\[/i.test(html)) problems.push('comment, CDATA or processing instruction');
  return problems;
}
