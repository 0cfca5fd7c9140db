import fs from 'node:fs';
import { SaxesParser, type SaxesTagNS } from 'saxes';

/**
 * Streams a WordPress export (WXR 1.0, 1.1 or 1.2) and yields its parts one at a time: the authors,
 * categories, tags and items as each one closes. Memory does not grow with the file: only the element
 * being read is held, and each captured field is capped. Any XML error (a malformed or truncated file)
 * stops the stream with a WxrSyntaxError that names the line.
 */

export interface WxrChannel {
  title: string;
  link: string;
  wxrVersion: string;
  baseSiteUrl: string;
  baseBlogUrl: string;
}

export interface WxrAuthor {
  kind: 'author';
  line: number;
  login: string;
  email: string;
  displayName: string;
  firstName: string;
  lastName: string;
}

export interface WxrTerm {
  kind: 'category' | 'tag';
  line: number;
  termId: number | null;
  /** WordPress's slug ("nicename"), as exported (it may be percent-encoded). */
  slug: string;
  name: string;
  /** Slug of the parent category; empty for top-level categories and for tags. */
  parent: string;
  description: string;
}

export interface WxrItemTerm {
  /** `category`, `post_tag` (`tag` in WXR 1.0), `post_format`, `nav_menu` or a custom taxonomy. */
  domain: string;
  slug: string;
  name: string;
}

export interface WxrItem {
  kind: 'item';
  line: number;
  title: string;
  link: string;
  pubDate: string;
  creator: string;
  guid: string;
  content: string;
  /** True when content:encoded was longer than the cap and was cut (the item cannot be imported whole). */
  contentTooLong: boolean;
  excerpt: string;
  postId: string;
  postDate: string;
  postDateGmt: string;
  postModifiedGmt: string;
  postName: string;
  status: string;
  postParent: string;
  postType: string;
  postPassword: string;
  attachmentUrl: string;
  terms: WxrItemTerm[];
  /** Only the post meta the importer uses (see KEPT_META); oEmbed caches and the like are not held. */
  meta: Array<{ key: string; value: string }>;
  comments: number;
}

export type WxrEntry = WxrAuthor | WxrTerm | WxrItem;

export interface WxrProgress {
  bytesRead: number;
  totalBytes: number;
}

/** The file is not well-formed XML, is cut short, or is not a WordPress export. */
export class WxrSyntaxError extends Error {
  constructor(
    readonly line: number,
    readonly reason: string,
  ) {
    super(`line ${line}: ${reason}`);
    this.name = 'WxrSyntaxError';
  }
}

export const MAX_CONTENT_CHARS = 500_000;
const MAX_FIELD_CHARS = 20_000;
const KEPT_META = new Set([
  '_thumbnail_id',
  '_wp_attachment_image_alt',
  // The Media Credit plugin's photographer or agency, for an attachment's credit.
  '_media_credit',
  '_yoast_wpseo_primary_category',
  '_wp_old_slug',
  // Co-Authors Plus guest authors (post type guest-author).
  'cap-user_login',
  'cap-display_name',
  'cap-user_email',
  'cap-description',
  'cap-website',
]);

const namespaces: Array<[RegExp, string]> = [
  [/^https?:\/\/wordpress\.org\/export\/1\.\d+\/excerpt\/$/, 'excerpt'],
  [/^https?:\/\/wordpress\.org\/export\/1\.\d+\/$/, 'wp'],
  [/^http:\/\/purl\.org\/rss\/1\.0\/modules\/content\/$/, 'content'],
  [/^http:\/\/purl\.org\/dc\/elements\/1\.1\/$/, 'dc'],
];

/** A stable name for an element whatever prefix the file binds: `wp:post_id`, `content:encoded`, `title`. */
function canonicalName(tag: SaxesTagNS): string {
  if (!tag.uri) return tag.local;
  for (const [pattern, prefix] of namespaces) if (pattern.test(tag.uri)) return `${prefix}:${tag.local}`;
  return `{${tag.uri}}${tag.local}`;
}

const itemFields: Record<string, keyof WxrItem> = {
  title: 'title',
  link: 'link',
  pubDate: 'pubDate',
  'dc:creator': 'creator',
  guid: 'guid',
  'content:encoded': 'content',
  'excerpt:encoded': 'excerpt',
  'wp:post_id': 'postId',
  'wp:post_date': 'postDate',
  'wp:post_date_gmt': 'postDateGmt',
  'wp:post_modified_gmt': 'postModifiedGmt',
  'wp:post_name': 'postName',
  'wp:status': 'status',
  'wp:post_parent': 'postParent',
  'wp:post_type': 'postType',
  'wp:post_password': 'postPassword',
  'wp:attachment_url': 'attachmentUrl',
};

const authorFields: Record<string, keyof WxrAuthor> = {
  'wp:author_login': 'login',
  'wp:author_email': 'email',
  'wp:author_display_name': 'displayName',
  'wp:author_first_name': 'firstName',
  'wp:author_last_name': 'lastName',
};

type TermField = 'termId' | 'slug' | 'name' | 'parent' | 'description' | 'taxonomy';
const termFields: Record<string, TermField> = {
  'wp:term_id': 'termId',
  'wp:category_nicename': 'slug',
  'wp:cat_name': 'name',
  'wp:category_parent': 'parent',
  'wp:category_description': 'description',
  'wp:tag_slug': 'slug',
  'wp:tag_name': 'name',
  'wp:tag_description': 'description',
  'wp:term_slug': 'slug',
  'wp:term_name': 'name',
  'wp:term_parent': 'parent',
  'wp:term_description': 'description',
  'wp:term_taxonomy': 'taxonomy',
};

const channelFields: Record<string, keyof WxrChannel> = {
  title: 'title',
  link: 'link',
  'wp:wxr_version': 'wxrVersion',
  'wp:base_site_url': 'baseSiteUrl',
  'wp:base_blog_url': 'baseBlogUrl',
};

function emptyItem(line: number): WxrItem {
  return {
    kind: 'item',
    line,
    title: '',
    link: '',
    pubDate: '',
    creator: '',
    guid: '',
    content: '',
    contentTooLong: false,
    excerpt: '',
    postId: '',
    postDate: '',
    postDateGmt: '',
    postModifiedGmt: '',
    postName: '',
    status: '',
    postParent: '',
    postType: '',
    postPassword: '',
    attachmentUrl: '',
    terms: [],
    meta: [],
    comments: 0,
  };
}

/** Collects the text of one element, keeping at most `limit` characters. */
class TextCapture {
  private parts: string[] = [];
  private length = 0;
  overflow = false;
  constructor(private readonly limit: number) {}
  add(text: string) {
    if (this.overflow) return;
    if (this.length + text.length > this.limit) {
      this.overflow = true;
      this.parts = [];
      return;
    }
    this.parts.push(text);
    this.length += text.length;
  }
  value(): string {
    return this.parts.join('');
  }
}

type Building =
  | { kind: 'item'; item: WxrItem; metaKey: string | null; metaValue: string | null; term: WxrItemTerm | null }
  | { kind: 'author'; author: WxrAuthor }
  | { kind: 'term'; line: number; element: string; fields: Partial<Record<TermField, string>> };

/** The encoding named in the XML declaration (WordPress writes UTF-8; others are decoded too). */
function declaredEncoding(head: Buffer): string {
  if (head[0] === 0xef && head[1] === 0xbb && head[2] === 0xbf) return 'utf-8';
  const declaration = /^\s*<\?xml[^>]*encoding\s*=\s*["']([A-Za-z0-9._-]+)["']/.exec(head.toString('latin1'));
  return declaration?.[1]?.toLowerCase() ?? 'utf-8';
}

export interface ReadWxrOptions {
  onProgress?: (progress: WxrProgress) => void;
  /** Receives the channel's fields when the channel closes (the end of the file). */
  onChannel?: (channel: WxrChannel) => void;
}

export async function* readWxr(filePath: string, options: ReadWxrOptions = {}): AsyncGenerator<WxrEntry> {
  const totalBytes = (await fs.promises.stat(filePath)).size;
  const handle = await fs.promises.open(filePath, 'r');
  const head = Buffer.alloc(Math.min(512, totalBytes));
  await handle.read(head, 0, head.length, 0);
  await handle.close();
  let decoder: TextDecoder;
  try {
    decoder = new TextDecoder(declaredEncoding(head), { fatal: true });
  } catch {
    throw new WxrSyntaxError(1, `the file declares an encoding this importer cannot read (${declaredEncoding(head)})`);
  }

  const parser = new SaxesParser({ xmlns: true, position: true });
  const ready: WxrEntry[] = [];
  const stack: string[] = [];
  const channel: WxrChannel = { title: '', link: '', wxrVersion: '', baseSiteUrl: '', baseBlogUrl: '' };
  let building: Building | null = null;
  let capture: TextCapture | null = null;
  let sawWordPressNamespace = false;
  let failure: WxrSyntaxError | null = null;

  const fail = (reason: string, line = parser.line) => {
    failure ??= new WxrSyntaxError(line, reason);
  };

  parser.on('error', (error) => {
    // saxes prefixes "line:column: "; the line is reported separately.
    fail(error.message.replace(/^[^:]*:?\d+:\d+: /, ''));
  });

  parser.on('opentag', (tag) => {
    const name = canonicalName(tag);
    const depth = stack.length;
    stack.push(name);
    if (depth === 0) {
      if (name !== 'rss') fail(`not a WordPress export: the document is <${tag.name}>, not <rss>`);
      for (const attribute of Object.values(tag.attributes)) {
        if (attribute.prefix === 'xmlns' && /^https?:\/\/wordpress\.org\/export\/1\.\d+\/$/.test(attribute.value))
          sawWordPressNamespace = true;
      }
      if (!sawWordPressNamespace) fail('not a WordPress export: the wp: namespace (wordpress.org/export/1.x/) is not declared');
      return;
    }
    if (depth === 1) {
      if (name !== 'channel') fail(`not a WordPress export: <${tag.name}> where <channel> was expected`);
      return;
    }
    if (depth === 2) {
      if (name === 'item') building = { kind: 'item', item: emptyItem(parser.line), metaKey: null, metaValue: null, term: null };
      else if (name === 'wp:author')
        building = {
          kind: 'author',
          author: { kind: 'author', line: parser.line, login: '', email: '', displayName: '', firstName: '', lastName: '' },
        };
      else if (name === 'wp:category' || name === 'wp:tag' || name === 'wp:term')
        building = { kind: 'term', line: parser.line, element: name, fields: {} };
      else if (name in channelFields) capture = new TextCapture(MAX_FIELD_CHARS);
      return;
    }
    if (!building) return;
    if (building.kind === 'item') {
      if (depth === 3) {
        if (name === 'content:encoded') capture = new TextCapture(MAX_CONTENT_CHARS);
        else if (name in itemFields) capture = new TextCapture(MAX_FIELD_CHARS);
        else if (name === 'category') {
          const attribute = (local: string) =>
            Object.values(tag.attributes).find((value) => value.local === local && !value.uri)?.value ?? '';
          building.term = { domain: attribute('domain'), slug: attribute('nicename'), name: '' };
          capture = new TextCapture(MAX_FIELD_CHARS);
        } else if (name === 'wp:postmeta') {
          building.metaKey = null;
          building.metaValue = null;
        } else if (name === 'wp:comment') building.item.comments++;
      } else if (depth === 4 && stack[3] === 'wp:postmeta' && (name === 'wp:meta_key' || name === 'wp:meta_value')) {
        capture = new TextCapture(MAX_FIELD_CHARS);
      }
      return;
    }
    if (depth === 3) {
      const known = building.kind === 'author' ? name in authorFields : name in termFields;
      if (known) capture = new TextCapture(MAX_FIELD_CHARS);
    }
  });

  const onText = (text: string) => capture?.add(text);
  parser.on('text', onText);
  parser.on('cdata', onText);

  parser.on('closetag', () => {
    const name = stack.pop() ?? '';
    const depth = stack.length;
    const text = capture ? capture.value().trim() : '';
    const overflow = capture?.overflow ?? false;
    if (depth === 2 && building === null && capture && name in channelFields) {
      const field = channelFields[name];
      if (field) channel[field] = text;
    }
    capture = null;
    if (!building) return;

    if (building.kind === 'item') {
      const item = building.item;
      if (depth === 3) {
        if (name === 'content:encoded') {
          item.content = overflow ? '' : text;
          item.contentTooLong = overflow;
        } else if (name === 'category' && building.term) {
          building.term.name = text;
          item.terms.push(building.term);
          building.term = null;
        } else if (name === 'wp:postmeta') {
          if (building.metaKey !== null && KEPT_META.has(building.metaKey))
            item.meta.push({ key: building.metaKey, value: building.metaValue ?? '' });
        } else {
          const field = itemFields[name];
          if (field) (item as unknown as Record<string, string>)[field] = text;
        }
      } else if (depth === 4 && stack[3] === 'wp:postmeta') {
        if (name === 'wp:meta_key') building.metaKey = text;
        if (name === 'wp:meta_value') building.metaValue = text;
      } else if (depth === 2) {
        ready.push(item);
        building = null;
      }
      return;
    }
    if (building.kind === 'author') {
      if (depth === 3) {
        const field = authorFields[name];
        if (field) (building.author as unknown as Record<string, string>)[field] = text;
      } else if (depth === 2) {
        ready.push(building.author);
        building = null;
      }
      return;
    }
    if (depth === 3) {
      const field = termFields[name];
      if (field) building.fields[field] = text;
    } else if (depth === 2) {
      const { fields, element, line } = building;
      const taxonomy = element === 'wp:term' ? (fields.taxonomy ?? '') : element === 'wp:category' ? 'category' : 'post_tag';
      // Custom taxonomies (nav menus, post formats…) are not categories or tags: not imported.
      if (taxonomy === 'category' || taxonomy === 'post_tag') {
        const termId = Number(fields.termId);
        ready.push({
          kind: taxonomy === 'category' ? 'category' : 'tag',
          line,
          termId: fields.termId && Number.isInteger(termId) ? termId : null,
          slug: fields.slug ?? '',
          name: fields.name ?? '',
          parent: taxonomy === 'category' ? (fields.parent ?? '') : '',
          description: fields.description ?? '',
        });
      }
      building = null;
    }
  });

  const stream = fs.createReadStream(filePath, { highWaterMark: 64 * 1024 });
  let bytesRead = 0;
  try {
    for await (const chunk of stream as AsyncIterable<Buffer>) {
      bytesRead += chunk.length;
      let text: string;
      try {
        text = decoder.decode(chunk, { stream: true });
      } catch {
        throw new WxrSyntaxError(parser.line, `the bytes after this line are not valid ${decoder.encoding.toUpperCase()} text`);
      }
      parser.write(text);
      if (failure) throw failure;
      // Hand over what this chunk completed before reading on: the consumer's pace sets the reading pace.
      while (ready.length > 0) yield ready.shift() as WxrEntry;
      options.onProgress?.({ bytesRead, totalBytes });
    }
    try {
      parser.write(decoder.decode());
    } catch {
      throw new WxrSyntaxError(parser.line, `the file ends inside a character that is not valid ${decoder.encoding.toUpperCase()}`);
    }
    if (failure) throw failure;
    if (stack.length > 0) {
      throw new WxrSyntaxError(parser.line, `the file ends before <${stack.at(-1)}> is closed: it is cut short (truncated)`);
    }
    parser.close();
    if (failure) throw failure;
    if (!sawWordPressNamespace) throw new WxrSyntaxError(parser.line, 'the file is empty or not a WordPress export');
    while (ready.length > 0) yield ready.shift() as WxrEntry;
    options.onChannel?.(channel);
  } finally {
    stream.destroy();
  }
}

/** Whether a file looks like a WordPress export rather than JSON Lines: by extension, then by its first bytes. */
export async function looksLikeWxr(filePath: string): Promise<boolean> {
  if (/\.(xml|wxr)$/i.test(filePath)) return true;
  if (/\.(jsonl|ndjson|json)$/i.test(filePath)) return false;
  const handle = await fs.promises.open(filePath, 'r');
  try {
    const head = Buffer.alloc(256);
    const { bytesRead } = await handle.read(head, 0, head.length, 0);
    return /^(\uFEFF)?\s*</.test(head.subarray(0, bytesRead).toString('utf8'));
  } finally {
    await handle.close();
  }
}
