import 'server-only';
import crypto from 'node:crypto';
import fs from 'node:fs';
import { and, eq, isNull, or } from 'drizzle-orm';
import { z } from 'zod';
import { legacyQueryKey, normaliseLegacyPath } from '@/lib/legacy-path';
import { isReservedSectionSlug, isValidSlug, slugify } from '@/lib/slug';
import { cleanText, excerpt, htmlToPlainText } from '@/lib/text';
import { wordpressContentToHtml, wordpressExcerptToText, wordpressTitleToText, type AttachmentInfo } from '@/lib/wordpress-content';
import { readWxr, WxrSyntaxError, type WxrChannel, type WxrItem } from '@/lib/wxr-reader';
import { IMPORT_ACTOR, ImportRecordError, createSection, findSection, newSectionSlug, sectionNameFor } from './support';
import { fetchPictures, pictureLimiter, storePictures, type FetchedPicture, type WantedPicture } from './images';
import { imageSources, withImagesMoved } from '@/lib/sanitize';
import type { LibraryImageDetails } from '@/newsroom/media';
import type { Fetch } from '@/newsroom/remote-images';
import { getDb, type Transaction } from '@/db';
import { recordLegacyUrls, type LegacyTarget } from '@/db/legacy-urls';
import { recordAudit } from '@/newsroom/guard';
import { articleSlugHistory, articles, bylineProfiles, users, wordpressPosts } from '@/db/schema';
import { ensureOwnProfile, insertGuestProfile } from '@/newsroom/profiles';
import { writeArticleVersion } from '@/newsroom/article-versions';
import { createAccountWithoutPassword } from '@/newsroom/accounts';
import { type ArticleStatus } from '@/lib/permissions';
import { findTags } from '@/newsroom/tags';
import { turnEventLoop } from '@/lib/event-loop';

/** An import never puts a story in the trash (WordPress's trash is skipped). */
type ImportedStatus = Exclude<ArticleStatus, 'trashed'>;

const IMPORTED_UPDATE_THRESHOLD_MS = 5 * 60 * 1000;

/**
 * Import of a WordPress export (WXR 1.0–1.2) in two streaming passes:
 *
 * 1. Check: the whole file is parsed and its authors, categories, tags and attachments collected (small
 *    maps; post content is never kept). A malformed or truncated file stops here, naming the line, and
 *    nothing has been written.
 * 2. Import: the file is read again and each post written in its own transaction (article, tags,
 *    revision, search index, audit entry, old addresses, and its WordPress identity), so memory stays
 *    flat and the site keeps serving while a large archive comes in.
 *
 * A post's identity is its WordPress post id on its site: a re-run updates changed posts, leaves
 * unchanged ones alone (keeping edits made here since), and never duplicates.
 *
 * Pictures: the images a post shows and its featured image are copied into the media library
 * (./images.ts) and the post points at the copies; `keepRemoteImages` leaves them where they are.
 */

export type WordPressStaffRole = 'author' | 'contributor';

export interface WordPressImportOptions {
  /** Check everything and report what would happen, without writing. */
  dryRun?: boolean;
  /** Import pages as articles too. */
  includePages?: boolean;
  /** Further post types to import as articles (a newsroom's custom "story" type, say). */
  includeTypes?: string[];
  /** Role of the staff accounts created for the export's authors. */
  authorRole?: WordPressStaffRole;
  /** Section for posts without a category (and for pages). Default "Uncategorized". */
  defaultSection?: string;
  now?: Date;
  onProgress?: (progress: { phase: 'checking' | 'importing'; bytesRead: number; totalBytes: number }) => void;
  /** Stops between two posts (a post's transaction is never cut in half). */
  signal?: AbortSignal;
  /** Leave pictures at their old addresses instead of copying them (then list their origins in REMOTE_IMAGE_ORIGINS). */
  keepRemoteImages?: boolean;
  /** How pictures are downloaded; the global fetch unless a test answers from a local server. */
  fetch?: Fetch;
}

export interface WordPressImageReport {
  /** Copied into the media library in this run (a dry run: would be). */
  copied: number;
  /** Already in the library: copied by an earlier post or run, not fetched again. */
  present: number;
  /** Left at their address on purpose (`keepRemoteImages`). */
  kept: number;
  /** Could not be copied: left at their address, with the reason. */
  failed: Array<{ line: number; postId: number; url: string; reason: string }>;
  /** Origins of the pictures left at their old address (kept or failed), for REMOTE_IMAGE_ORIGINS. */
  remoteOrigins: string[];
}

export interface WordPressImportWarning {
  line: number;
  postId: number | null;
  title: string;
  message: string;
}

export interface WordPressImportReport {
  site: string;
  wxrVersion: string;
  imported: number;
  updated: number;
  unchanged: number;
  /** Items not imported, grouped by reason, with the lines of the first few. */
  skipped: Array<{ reason: string; count: number; lines: number[] }>;
  warnings: WordPressImportWarning[];
  /** Statuses of the imported, updated and unchanged articles. */
  statuses: Record<ImportedStatus, number>;
  /** `guests`: Co-Authors Plus guest authors made guest profiles. */
  created: { authors: number; guests: number; sections: number; tags: number };
  /** Old addresses recorded (new or changed rows). */
  redirects: number;
  /** Featured images left at their original address (kept on purpose, or not copied). */
  featuredImagesKept: number;
  images: WordPressImageReport;
  /** Comments in the file (Paradox has no comments: not imported). */
  comments: number;
  /** Articles imported or updated (empty in a dry run). */
  articleIds: number[];
}

/** The file cannot be imported (malformed, truncated, not a WordPress export) or the import stopped. */
export class WordPressImportError extends Error {
  constructor(
    message: string,
    readonly line: number,
    readonly report: WordPressImportReport,
    readonly aborted: boolean = false,
    options?: { cause?: unknown },
  ) {
    super(message, options);
    this.name = 'WordPressImportError';
  }
}

// Bumped when the conversion changes, so a re-run rewrites posts whose source did not change.
// 2: embeds became embed blocks, pictures copied into the media library.
const CONVERSION_VERSION = 2;
// Stored instead of the plain hash when a picture failed for a passing reason, so the next run tries the post again.
const RETRY_PICTURES = 'retry-pictures:';
const SUMMARY_EXCERPT_CHARS = 200;
const MAX_SUMMARY_CHARS = 400;
const NAME_CHARS = 60;
const EDITOR_TAG_LIMIT = 20;
const SKIP_LINES_KEPT = 20;
const DEFAULT_SECTION = 'Uncategorized';

// ---------------------------------------------------------------------------------------------------
// Pass 1: what the file holds

interface CategoryInfo {
  slug: string;
  name: string;
  parent: string;
  termId: number | null;
  description: string;
}

interface GuestAuthor {
  name: string;
  email: string;
  bio: string;
  website: string;
}

interface FileIndex {
  channel: WxrChannel;
  site: string;
  basePath: string;
  host: string;
  authors: Map<string, { email: string; name: string }>;
  /** Co-Authors Plus guest authors, by login: they become guest byline profiles. */
  guestAuthors: Map<string, GuestAuthor>;
  categories: Map<string, CategoryInfo>;
  categoryByTermId: Map<number, string>;
  categoryByName: Map<string, string>;
  tags: Map<string, string>;
  attachments: Map<number, AttachmentInfo>;
  attachmentsByParent: Map<number, number[]>;
  /** What the export says about each attachment's file, by its address: for its copy in the media library. */
  attachmentDetails: Map<string, LibraryImageDetails>;
  /** Categories that are the top of some imported post's primary category: these become sections. */
  sectionCategories: Set<string>;
  itemCount: number;
}

/** WordPress slugs may be percent-encoded (`%e6%9d%b1`); they are compared decoded and in lower case. */
function wordpressSlug(value: string): string {
  let decoded = value;
  try {
    decoded = decodeURIComponent(value);
  } catch {
    // Kept as exported.
  }
  return decoded.normalize('NFC').trim().toLowerCase();
}

function positiveInteger(value: string): number | null {
  const number = Number(value);
  return /^\d{1,12}$/.test(value.trim()) && number > 0 ? number : null;
}

interface ItemPlan {
  postId: number;
  status: ImportedStatus;
  /** Why the status differs from WordPress's, for the report. */
  statusNote: string | null;
}

function isImportedType(type: string, options: WordPressImportOptions): boolean {
  return type === 'post' || (type === 'page' && options.includePages === true) || (options.includeTypes ?? []).includes(type);
}

/** Whether and how an item is imported; a string is the reason it is skipped. */
function planItem(item: WxrItem, options: WordPressImportOptions): ItemPlan | string {
  const type = item.postType;
  if (!type) return 'no wp:post_type';
  if (type === 'guest-author') return 'Co-Authors Plus guest author (a guest profile, made when a post credits them)';
  if (!isImportedType(type, options)) {
    if (type === 'page') return 'page (pass --include-pages to import pages)';
    if (type === 'attachment') return 'attachment (copied into the media library when an imported post shows it)';
    if (type === 'nav_menu_item') return 'navigation menu item';
    if (type === 'revision') return 'revision';
    return `post type “${type}” (pass --include-type ${type} to import it)`;
  }
  const postId = positiveInteger(item.postId);
  if (postId === null) return 'no valid wp:post_id';
  if (item.contentTooLong) return 'content longer than 500,000 characters';
  const protectedByPassword = item.postPassword !== '';
  switch (item.status) {
    case 'publish':
      return protectedByPassword
        ? { postId, status: 'draft', statusNote: 'password-protected in WordPress: imported as a draft, never public' }
        : { postId, status: 'published', statusNote: null };
    case 'future':
      return protectedByPassword
        ? { postId, status: 'draft', statusNote: 'password-protected in WordPress: imported as a draft, never public' }
        : { postId, status: 'scheduled', statusNote: null };
    case 'draft':
      return { postId, status: 'draft', statusNote: null };
    case 'pending':
      return { postId, status: 'pending', statusNote: null };
    case 'private':
      return { postId, status: 'draft', statusNote: 'private in WordPress: imported as a draft, never public' };
    case 'auto-draft':
      return 'auto-draft';
    case 'trash':
      return 'in the trash';
    case 'inherit':
      return 'revision (status inherit)';
    default:
      return `unknown status “${item.status}”`;
  }
}

interface ItemTerms {
  categories: string[];
  /** Co-Authors Plus bylines, in order: logins (the `cap-` nicename without its prefix). */
  coAuthors: string[];
  tags: Array<{ slug: string; name: string }>;
}

function termsOf(item: WxrItem, index: Pick<FileIndex, 'categories' | 'categoryByName' | 'tags'>): ItemTerms {
  const categories: string[] = [];
  const coAuthors: string[] = [];
  const tags = new Map<string, string>();
  for (const term of item.terms) {
    if (term.domain === 'author') {
      const login = wordpressSlug(term.slug).replace(/^cap-/, '') || wordpressSlug(term.name);
      if (login && !coAuthors.includes(login)) coAuthors.push(login);
    }
    if (term.domain === 'category') {
      // WXR 1.0 lists each category twice, once without a slug: find it by name.
      const slug = term.slug ? wordpressSlug(term.slug) : (index.categoryByName.get(term.name.toLowerCase()) ?? slugify(term.name));
      if (slug && !categories.includes(slug)) categories.push(slug);
    } else if (term.domain === 'post_tag' || term.domain === 'tag') {
      const slug = term.slug ? wordpressSlug(term.slug) : slugify(term.name);
      // The channel's definition names the tag; an item's copy of the name can be stale.
      if (slug && !tags.has(slug)) tags.set(slug, index.tags.get(slug) || term.name || slug);
    }
  }
  return { categories, coAuthors, tags: [...tags].map(([slug, name]) => ({ slug, name })) };
}

/** A category and its ancestors, nearest first. */
function lineage(slug: string, categories: Map<string, CategoryInfo>): string[] {
  const chain = [slug];
  let current = categories.get(slug);
  while (current?.parent && chain.length < 20) {
    const parent = wordpressSlug(current.parent);
    if (chain.includes(parent)) break;
    chain.push(parent);
    current = categories.get(parent);
  }
  return chain;
}

/**
 * The post's main category, as WordPress picks it for `%category%` permalinks: Yoast's primary category
 * when set, else the lowest term id; "Uncategorized" only when there is nothing else.
 */
function primaryCategory(item: WxrItem, categorySlugs: string[], index: Pick<FileIndex, 'categories' | 'categoryByTermId'>): string | null {
  const yoast = positiveInteger(item.meta.find((meta) => meta.key === '_yoast_wpseo_primary_category')?.value ?? '');
  const fromYoast = yoast !== null ? index.categoryByTermId.get(yoast) : undefined;
  if (fromYoast && categorySlugs.includes(fromYoast)) return fromYoast;
  const candidates = categorySlugs.length > 1 ? categorySlugs.filter((slug) => slug !== 'uncategorized') : categorySlugs;
  let best: string | null = null;
  let bestId = Infinity;
  for (const slug of candidates) {
    const termId = index.categories.get(slug)?.termId ?? null;
    if (termId === null) return best ?? slug;
    if (termId < bestId) {
      best = slug;
      bestId = termId;
    }
  }
  return best;
}

function siteOf(channel: WxrChannel): { site: string; basePath: string; host: string } | null {
  for (const candidate of [channel.baseBlogUrl, channel.baseSiteUrl, channel.link]) {
    try {
      const url = new URL(candidate);
      if (url.protocol !== 'http:' && url.protocol !== 'https:') continue;
      const basePath = url.pathname.replace(/\/+$/, '') || '/';
      return { site: `${url.host.toLowerCase()}${basePath === '/' ? '' : basePath}`, basePath, host: url.hostname.toLowerCase() };
    } catch {
      // Try the next one.
    }
  }
  return null;
}

async function indexFile(filePath: string, options: WordPressImportOptions, report: WordPressImportReport): Promise<FileIndex> {
  const authors = new Map<string, { email: string; name: string }>();
  const guestAuthors = new Map<string, GuestAuthor>();
  const categories = new Map<string, CategoryInfo>();
  const categoryByTermId = new Map<number, string>();
  const categoryByName = new Map<string, string>();
  const tags = new Map<string, string>();
  const attachments = new Map<number, AttachmentInfo>();
  const attachmentsByParent = new Map<number, number[]>();
  const attachmentDetails = new Map<string, LibraryImageDetails>();
  // Per imported post, only its categories' slugs and Yoast choice, to decide the sections at the end.
  const postCategories: Array<{ categories: string[]; item: Pick<WxrItem, 'meta'> }> = [];
  let channel: WxrChannel | null = null;
  let itemCount = 0;

  for await (const entry of readWxr(filePath, {
    onProgress: ({ bytesRead, totalBytes }) => options.onProgress?.({ phase: 'checking', bytesRead, totalBytes }),
    onChannel: (value) => {
      channel = value;
    },
  })) {
    if (entry.kind === 'author') {
      if (entry.login) {
        const name = entry.displayName || [entry.firstName, entry.lastName].filter(Boolean).join(' ') || entry.login;
        authors.set(entry.login, { email: entry.email, name });
      }
    } else if (entry.kind === 'category') {
      const slug = wordpressSlug(entry.slug);
      if (!slug) continue;
      categories.set(slug, { slug, name: entry.name || slug, parent: entry.parent, termId: entry.termId, description: entry.description });
      if (entry.termId !== null) categoryByTermId.set(entry.termId, slug);
      if (entry.name) categoryByName.set(entry.name.toLowerCase(), slug);
    } else if (entry.kind === 'tag') {
      const slug = wordpressSlug(entry.slug);
      if (slug) tags.set(slug, entry.name || slug);
    } else if (entry.kind === 'item') {
      report.comments += entry.comments;
      if (entry.postType === 'guest-author') {
        const meta = (key: string) => entry.meta.find((each) => each.key === key)?.value ?? '';
        const login = wordpressSlug(meta('cap-user_login') || entry.postName.replace(/^cap-/, ''));
        if (login) {
          guestAuthors.set(login, {
            name: meta('cap-display_name') || entry.title || login,
            email: meta('cap-user_email'),
            bio: meta('cap-description'),
            website: meta('cap-website'),
          });
        }
      }
      if (entry.postType === 'attachment') {
        const id = positiveInteger(entry.postId);
        const url = entry.attachmentUrl || entry.guid;
        if (id !== null && /^https?:\/\//i.test(url)) {
          const alt = entry.meta.find((meta) => meta.key === '_wp_attachment_image_alt')?.value ?? '';
          attachments.set(id, { url, alt: cleanText(alt).slice(0, 300) });
          // WordPress keeps an attachment's caption in its excerpt and its description in its content.
          attachmentDetails.set(url, {
            altText: cleanText(alt).slice(0, 300),
            caption: cleanText(htmlToPlainText(entry.excerpt)).slice(0, 500),
            credit: cleanText(htmlToPlainText(entry.meta.find((meta) => meta.key === '_media_credit')?.value ?? '')).slice(0, 200),
            description: cleanText(htmlToPlainText(entry.title || entry.content)).slice(0, 300),
          });
          const parent = positiveInteger(entry.postParent);
          if (parent !== null) attachmentsByParent.set(parent, [...(attachmentsByParent.get(parent) ?? []), id]);
        }
      }
      if (typeof planItem(entry, options) !== 'string') {
        itemCount++;
        postCategories.push({
          categories: termsOf(entry, { categories, categoryByName, tags }).categories,
          item: { meta: entry.meta.filter((meta) => meta.key === '_yoast_wpseo_primary_category') },
        });
      }
    }
  }
  const found = channel as WxrChannel | null;
  if (!found) throw new WxrSyntaxError(1, 'no <channel> in the file');
  const site = siteOf(found);
  if (!site) throw new WxrSyntaxError(1, 'the export names no site address (wp:base_site_url, wp:base_blog_url or the channel <link>)');
  report.site = site.site;
  report.wxrVersion = found.wxrVersion;

  const sectionCategories = new Set<string>();
  for (const post of postCategories) {
    const primary = primaryCategory(post.item as WxrItem, post.categories, { categories, categoryByTermId });
    if (primary) sectionCategories.add(lineage(primary, categories).at(-1) ?? primary);
  }
  return {
    channel: found,
    ...site,
    authors,
    guestAuthors,
    categories,
    categoryByTermId,
    categoryByName,
    tags,
    attachments,
    attachmentsByParent,
    attachmentDetails,
    sectionCategories,
    itemCount,
  };
}

// ---------------------------------------------------------------------------------------------------
// Pass 2: one post

interface RunState {
  index: FileIndex;
  options: WordPressImportOptions;
  now: Date;
  report: WordPressImportReport;
  /** Article slugs handed out in this run (a dry run writes nothing, so the database cannot tell). */
  claimedSlugs: Map<string, number>;
  created: { authors: Set<string>; guests: Set<string>; sections: Set<string>; tags: Set<string> };
  remoteOrigins: Set<string>;
  pictureLimit: ReturnType<typeof pictureLimiter>;
}

type PostOutcome = { kind: 'imported' | 'updated' | 'unchanged'; id: number; redirects: number };

/** A Paradox slug for a WordPress slug: kept when valid here, else transliterated from it or the name. */
function paradoxSlug(wpSlug: string, name: string): string {
  if (isValidSlug(wpSlug)) return wpSlug;
  return slugify(wpSlug) || slugify(name);
}

/** "2019-03-04 09:30:00" as UTC; null for WordPress's empty date (0000-00-00 00:00:00). */
function parseWordPressDate(value: string): Date | null {
  const match = /^(\d{4})-(\d{2})-(\d{2})[ T](\d{2}):(\d{2}):(\d{2})$/.exec(value.trim());
  if (!match || match[1] === '0000') return null;
  const date = new Date(`${match[1]}-${match[2]}-${match[3]}T${match[4]}:${match[5]}:${match[6]}Z`);
  return Number.isNaN(date.getTime()) ? null : date;
}

const emailSchema = z.email();

async function ensureAuthor(tx: Transaction, creator: string, state: RunState, warn: (message: string) => void): Promise<number> {
  let login = creator;
  // Some exports carry stray characters around the login in dc:creator (">editor").
  const known = state.index.authors.get(login) ?? state.index.authors.get(login.replace(/^[^\p{L}\p{N}]+|[^\p{L}\p{N}]+$/gu, ''));
  if (known && !state.index.authors.has(login)) login = login.replace(/^[^\p{L}\p{N}]+|[^\p{L}\p{N}]+$/gu, '');
  const name = cleanText(known?.name || login || 'WordPress author').slice(0, 100);
  const given = (known?.email ?? '').trim().toLowerCase();
  const localPart = slugify(login) || 'author';
  // Accounts need a unique email: an author without a usable one gets a placeholder that cannot receive mail.
  const email = emailSchema.safeParse(given).success ? given : `${localPart}@${state.index.host}.invalid`;
  const [existing] = await tx.select({ id: users.id }).from(users).where(eq(users.email, email)).limit(1);
  if (existing) return existing.id;
  const role = state.options.authorRole ?? 'author';
  const created = await createAccountWithoutPassword(tx, { email, name, role }, { via: 'WordPress import' }, state.now);
  if (!state.created.authors.has(login)) {
    state.created.authors.add(login);
    if (email !== given) warn(`author “${login}” has no usable email; the account uses ${email} until an admin changes it`);
  }
  await recordLegacyUrls(tx, [
    { path: normaliseLegacyPath(`${state.index.basePath}/author/${localPart}`), target: { userId: created.id }, replace: false },
  ]);
  return created.id;
}

/**
 * A post's Co-Authors Plus bylines as profiles, in order: an export author's is their account's profile, a
 * guest author's a guest profile (found again on a re-run by its slug or name). Unknown logins are left off.
 */
async function coAuthorProfiles(tx: Transaction, logins: string[], state: RunState, warn: (message: string) => void): Promise<number[]> {
  const profileIds: number[] = [];
  for (const login of logins) {
    const staffLogin = [...state.index.authors.keys()].find((each) => each.toLowerCase() === login);
    const guest = state.index.guestAuthors.get(login);
    let profileId: number | null = null;
    if (staffLogin !== undefined) {
      profileId = await ensureOwnProfile(tx, await ensureAuthor(tx, staffLogin, state, warn), state.now);
    } else if (guest) {
      const name = cleanText(htmlToPlainText(guest.name)).slice(0, 100) || login;
      const slug = slugify(login) || slugify(name);
      const [found] = await tx
        .select({ id: bylineProfiles.id })
        .from(bylineProfiles)
        .where(and(isNull(bylineProfiles.userId), or(eq(bylineProfiles.slug, slug), eq(bylineProfiles.name, name))))
        .limit(1);
      if (found) profileId = found.id;
      else {
        const email = guest.email.trim().toLowerCase();
        const website = /^https?:\/\/[^\s"'<>]+\.[^\s"'<>]+$/i.test(guest.website.trim()) ? guest.website.trim() : '';
        const created = await insertGuestProfile(
          tx,
          {
            slug,
            name,
            title: '',
            bio: cleanText(htmlToPlainText(guest.bio)).slice(0, 1000),
            websiteUrl: website.slice(0, 300),
            publicEmail: emailSchema.safeParse(email).success ? email : '',
            socialLinks: [],
            photoUrl: '',
          },
          state.now,
        );
        profileId = created.id;
        state.created.guests.add(login);
      }
    } else {
      warn(`co-author “${login}” is neither an author nor a guest author in the export: left off the byline`);
    }
    if (profileId !== null && !profileIds.includes(profileId)) profileIds.push(profileId);
  }
  return profileIds;
}

/** The section for a top-level category (found by slug, name or former slug, else created). */
async function ensureSection(tx: Transaction, wpSlug: string, state: RunState, warn: (message: string) => void): Promise<number> {
  const category = state.index.categories.get(wpSlug);
  const name = cleanText(htmlToPlainText(category?.name ?? wpSlug)).slice(0, NAME_CHARS) || wpSlug;
  let slug = paradoxSlug(wpSlug, name);
  if (!slug) throw new ImportRecordError(`category “${name}” has no letters or digits to make a section address from`);
  const found = (await findSection(tx, slug)) ?? (await findSection(tx, name));
  if (found) return found.id;
  if (isReservedSectionSlug(slug)) {
    const replacement = `${slug}-section`;
    if (!state.created.sections.has(slug))
      warn(`category “${name}”: /${slug} is one of the site's own pages, so the section is at /${replacement}`);
    slug = replacement;
    const renamed = await findSection(tx, slug);
    if (renamed) return renamed.id;
  }
  state.created.sections.add(slug);
  return createSection(
    tx,
    { name, slug, description: htmlToPlainText(category?.description ?? '').slice(0, 300) },
    'created by WordPress import',
    state.now,
  );
}

async function ensureDefaultSection(tx: Transaction, state: RunState): Promise<number> {
  const value = cleanText(state.options.defaultSection ?? DEFAULT_SECTION);
  const found = await findSection(tx, value);
  if (found) return found.id;
  const slug = newSectionSlug(value);
  state.created.sections.add(slug);
  return createSection(tx, { name: sectionNameFor(value, slug), slug }, 'created by WordPress import', state.now);
}

/** A slug no other article has (now, before, or earlier in this run). */
async function uniqueArticleSlug(tx: Transaction, base: string, postId: number, state: RunState): Promise<string> {
  for (let n = 1; ; n++) {
    const suffix = n === 1 ? '' : `-${n}`;
    const candidate = `${base.slice(0, 80 - suffix.length).replace(/-+$/, '')}${suffix}`;
    const claimedBy = state.claimedSlugs.get(candidate);
    if (claimedBy !== undefined && claimedBy !== postId) continue;
    const [current] = await tx.select({ id: articles.id }).from(articles).where(eq(articles.slug, candidate)).limit(1);
    if (current) continue;
    const [former] = await tx
      .select({ id: articleSlugHistory.articleId })
      .from(articleSlugHistory)
      .where(eq(articleSlugHistory.slug, candidate))
      .limit(1);
    if (former) continue;
    return candidate;
  }
}

function dateParts(date: Date): { year: string; month: string; day: string } {
  const iso = date.toISOString();
  return { year: iso.slice(0, 4), month: iso.slice(5, 7), day: iso.slice(8, 10) };
}

/** The post's old addresses: its own link and `?p=`, and the other usual permalink structures. */
function articleAddresses(item: WxrItem, plan: ItemPlan, state: RunState): Array<{ path: string; replace: boolean }> {
  const { basePath } = state.index;
  const addresses: Array<{ path: string; replace: boolean }> = [];
  addresses.push({ path: legacyQueryKey(basePath, 'p', plan.postId), replace: true });
  if (item.postType === 'page') addresses.push({ path: legacyQueryKey(basePath, 'page_id', plan.postId), replace: true });
  try {
    const link = new URL(item.link);
    const p = link.searchParams.get('p') ?? link.searchParams.get('page_id');
    if (!p && link.pathname !== '/' && link.pathname !== basePath)
      addresses.push({ path: normaliseLegacyPath(link.pathname), replace: true });
  } catch {
    // No usable link: the derived addresses below still work.
  }
  // Permalink dates are the site's local date, as WordPress builds them.
  const date = parseWordPressDate(item.postDate) ?? parseWordPressDate(item.postDateGmt);
  const slugs = [item.postName, ...item.meta.filter((meta) => meta.key === '_wp_old_slug').map((meta) => meta.value)]
    .map(wordpressSlug)
    .filter((slug) => slug && !slug.includes('/'));
  for (const slug of new Set(slugs)) {
    if (date) {
      const { year, month, day } = dateParts(date);
      addresses.push({ path: normaliseLegacyPath(`${basePath}/${year}/${month}/${day}/${slug}`), replace: false });
      addresses.push({ path: normaliseLegacyPath(`${basePath}/${year}/${month}/${slug}`), replace: false });
    }
    if (!isReservedSectionSlug(slug)) addresses.push({ path: normaliseLegacyPath(`${basePath}/${slug}`), replace: false });
  }
  return addresses;
}

function sourceHash(item: WxrItem, extra: unknown): string {
  const { line: _line, kind: _kind, comments: _comments, ...source } = item;
  return crypto
    .createHash('sha256')
    .update(JSON.stringify([CONVERSION_VERSION, source, extra]))
    .digest('hex');
}

/** A post's parts that need no database, worked out before its transaction so its pictures can be fetched first. */
interface PreparedPost {
  terms: ItemTerms;
  sectionCategory: string | null;
  categoryFamily: string[];
  wantedTags: Array<{ slug: string; name: string; wpSlug: string }>;
  thumbnailId: number | null;
  thumbnail: AttachmentInfo | undefined;
  hash: string;
  body: string;
  conversionWarnings: string[];
  pictures: WantedPicture[];
}

// A size WordPress made of an upload: photo-1024x683.jpg of photo.jpg (or of photo-scaled.jpg, WordPress 5.3+).
const RESIZED_COPY = /-\d{1,5}x\d{1,5}(?=\.[a-z0-9]{2,5}$)/i;

/** Where to copy a picture the post shows from, and what the export says about it. */
function wantedPicture(address: string, index: FileIndex): WantedPicture | null {
  let source = address;
  if (address.startsWith('/') && !address.startsWith('//')) {
    // A site-relative address in the old site's content is on the old site.
    if (address.startsWith('/media/')) return null;
    try {
      source = new URL(address, index.channel.baseSiteUrl || index.channel.link).href;
    } catch {
      return null;
    }
  }
  if (!/^https?:\/\//i.test(source)) return null;
  const exact = index.attachmentDetails.get(source);
  if (exact) return { address, source, details: exact };
  if (!source.includes('?') && RESIZED_COPY.test(source)) {
    const original = source.replace(RESIZED_COPY, '');
    for (const candidate of [original, original.replace(/(\.[a-z0-9]+)$/i, '-scaled$1')]) {
      const details = index.attachmentDetails.get(candidate);
      if (details) return { address, source: candidate, details };
    }
  }
  const name = decodeURIComponent(source.split(/[?#]/)[0]?.split('/').at(-1) ?? '').slice(0, 300);
  return { address, source, details: { description: cleanText(name) } };
}

function preparePost(item: WxrItem, plan: ItemPlan, state: RunState): PreparedPost {
  const { index } = state;
  const terms = termsOf(item, index);

  // Section: the top of the primary category's family. Every other category (and its ancestors) becomes a tag.
  const primary = primaryCategory(item, terms.categories, index);
  const sectionCategory = primary ? (lineage(primary, index.categories).at(-1) ?? primary) : null;
  const categoryFamily = [...new Set(terms.categories.flatMap((slug) => lineage(slug, index.categories)))];
  // WordPress's default category says nothing about a post: it is never a tag.
  const categoryTags = categoryFamily
    .filter((slug) => slug !== sectionCategory && slug !== 'uncategorized')
    .map((slug) => ({ wpSlug: slug, name: index.categories.get(slug)?.name ?? slug }));
  const wantedTags = [...terms.tags.map((tag) => ({ wpSlug: tag.slug, name: tag.name })), ...categoryTags].flatMap(({ wpSlug, name }) => {
    const text = cleanText(htmlToPlainText(name)).slice(0, NAME_CHARS) || wpSlug;
    const slug = paradoxSlug(wpSlug, text);
    return slug ? [{ slug, name: text, wpSlug }] : [];
  });

  const thumbnailId = positiveInteger(item.meta.find((meta) => meta.key === '_thumbnail_id')?.value ?? '');
  const thumbnail = thumbnailId !== null ? index.attachments.get(thumbnailId) : undefined;

  const hash = sourceHash(item, {
    plan,
    sectionCategory,
    categoryTags,
    thumbnail,
    defaultSection: state.options.defaultSection ?? null,
    role: state.options.authorRole ?? null,
    keepRemoteImages: state.options.keepRemoteImages ?? false,
  });

  const { html: body, warnings: conversionWarnings } = wordpressContentToHtml(item.content, {
    attachment: (id) => index.attachments.get(id),
    childAttachments: () => (index.attachmentsByParent.get(plan.postId) ?? []).flatMap((id) => index.attachments.get(id) ?? []),
  });
  const addresses = [...imageSources(body), ...(thumbnail ? [thumbnail.url] : [])];
  const pictures = [...new Set(addresses)].flatMap((address) => wantedPicture(address, index) ?? []);
  return { terms, sectionCategory, categoryFamily, wantedTags, thumbnailId, thumbnail, hash, body, conversionWarnings, pictures };
}

/** The source hash recorded for a post by an earlier run, if any. */
async function recordedHash(site: string, postId: number): Promise<string | null> {
  const [row] = await getDb()
    .select({ sourceHash: wordpressPosts.sourceHash })
    .from(wordpressPosts)
    .where(and(eq(wordpressPosts.site, site), eq(wordpressPosts.postId, postId)))
    .limit(1);
  return row?.sourceHash ?? null;
}

const originOf = (address: string) => {
  try {
    return new URL(address).origin;
  } catch {
    return null;
  }
};

async function importPost(
  tx: Transaction,
  item: WxrItem,
  plan: ItemPlan,
  state: RunState,
  warn: (message: string) => void,
  prepared: PreparedPost,
  fetched: FetchedPicture[],
): Promise<PostOutcome> {
  const { index, now } = state;
  const { terms, sectionCategory, categoryFamily, wantedTags, thumbnailId, thumbnail, hash } = prepared;
  const [known] = await tx
    .select({
      articleId: wordpressPosts.articleId,
      sourceHash: wordpressPosts.sourceHash,
      slug: articles.slug,
      version: articles.version,
      status: articles.status,
    })
    .from(wordpressPosts)
    .innerJoin(articles, eq(articles.id, wordpressPosts.articleId))
    .where(and(eq(wordpressPosts.site, index.site), eq(wordpressPosts.postId, plan.postId)))
    .limit(1);
  if (known && known.sourceHash === hash) return { kind: 'unchanged', id: known.articleId, redirects: 0 };

  if (plan.statusNote) warn(plan.statusNote);
  if (thumbnailId !== null && !thumbnail) warn(`featured image (attachment ${thumbnailId}) is not in the export`);
  if (wantedTags.length > EDITOR_TAG_LIMIT)
    warn(`${wantedTags.length} tags: all kept, but the editor will ask to trim them to ${EDITOR_TAG_LIMIT} on the next save`);

  let title = cleanText(wordpressTitleToText(item.title));
  if (htmlToPlainText(item.title).length > 200) warn('title longer than 200 characters: cut');
  if (!title) {
    const fromSlug = wordpressSlug(item.postName);
    title = fromSlug ? sectionNameFor(fromSlug, fromSlug).slice(0, 200) : `Untitled (WordPress post ${plan.postId})`;
    warn(`no title: “${title}” was used`);
  }

  for (const message of prepared.conversionWarnings) warn(message);
  if (htmlToPlainText(prepared.body) === '' && !/<img\b/i.test(prepared.body)) warn('no content: imported with an empty body');
  const excerptText = wordpressExcerptToText(item.excerpt);
  const summary = excerptText
    ? excerpt(cleanText(excerptText), MAX_SUMMARY_CHARS)
    : excerpt(cleanText(htmlToPlainText(prepared.body)), SUMMARY_EXCERPT_CHARS);

  let publishedAt = parseWordPressDate(item.postDateGmt);
  if (!publishedAt && (plan.status === 'published' || plan.status === 'scheduled')) {
    const fromPubDate = item.pubDate ? new Date(item.pubDate) : null;
    publishedAt =
      fromPubDate && !Number.isNaN(fromPubDate.getTime()) && fromPubDate.getUTCFullYear() > 1970
        ? fromPubDate
        : parseWordPressDate(item.postDate);
    if (publishedAt) warn('no GMT publish date: used the RSS date or the local date as UTC');
    else {
      publishedAt = now;
      warn('no publish date at all: published as of the import');
    }
  }

  // The story's own last change, not the import: an old story is not announced as updated today.
  const modifiedAt = parseWordPressDate(item.postModifiedGmt);
  const updatedAt =
    modifiedAt && (!publishedAt || modifiedAt >= publishedAt) ? modifiedAt : (publishedAt ?? parseWordPressDate(item.postDate) ?? now);
  // The old site announced its last change as "Updated"; an edit within minutes of publishing was part of publishing.
  const significantUpdateAt =
    publishedAt && updatedAt.getTime() - publishedAt.getTime() > IMPORTED_UPDATE_THRESHOLD_MS ? updatedAt : undefined;

  const authorId = await ensureAuthor(tx, item.creator, state, warn);

  // Pictures: stored with the post, so the two are saved together; the post then points at the copies.
  const pictures = await storePictures(tx, fetched, authorId, now, (mediaId, source) =>
    recordAudit(
      tx,
      IMPORT_ACTOR,
      { action: 'media.import', targetType: 'media', targetId: mediaId, summary: `Copied ${source} for WordPress post ${plan.postId}` },
      now,
    ),
  );
  const images = state.report.images;
  images.copied += pictures.copied + fetched.filter((picture) => picture.state === 'would-copy').length;
  images.present += pictures.present;
  images.kept += fetched.filter((picture) => picture.state === 'kept').length;
  for (const picture of fetched) if (picture.state === 'kept') state.remoteOrigins.add(originOf(picture.source) ?? '');
  for (const picture of pictures.failed) {
    if (picture.state !== 'failed') continue;
    images.failed.push({ line: item.line, postId: plan.postId, url: picture.address, reason: picture.reason });
    state.remoteOrigins.add(originOf(picture.source) ?? '');
    warn(`picture not copied (${picture.reason}), left at ${picture.address}`);
  }
  const body = pictures.moved.size > 0 ? withImagesMoved(prepared.body, (address) => pictures.moved.get(address)) : prepared.body;
  const featured = thumbnail ? pictures.moved.get(thumbnail.url) : undefined;
  if (thumbnail && !featured) {
    state.report.featuredImagesKept++;
    if (state.options.keepRemoteImages) warn(`featured image kept at its original address: ${thumbnail.url}`);
  }
  // A picture that may copy next time (no answer, a server error) brings the post back on the next run.
  const storedHash = pictures.failed.some((picture) => picture.state === 'failed' && picture.retry) ? `${RETRY_PICTURES}${hash}` : hash;

  // Co-Authors Plus names every byline; without it the post's author is the byline.
  const bylineProfileIds = terms.coAuthors.length > 0 ? await coAuthorProfiles(tx, terms.coAuthors, state, warn) : [];
  const categoryId = sectionCategory ? await ensureSection(tx, sectionCategory, state, warn) : await ensureDefaultSection(tx, state);
  const plannedTags = await findTags(tx, wantedTags);
  for (const tag of plannedTags) if (tag.id === null) state.created.tags.add(tag.slug);

  const values = {
    title,
    summary,
    body,
    status: plan.status,
    publishedAt,
    categoryId,
    featuredImageUrl: featured?.url ?? thumbnail?.url ?? null,
    featuredImageAlt: thumbnail?.alt || featured?.alt || '',
    updatedAt,
    ...(significantUpdateAt ? { significantUpdateAt } : {}),
  };
  // The slug stays on an update: an article renamed here keeps its new address.
  let slug = known?.slug ?? '';
  if (!known) {
    const base = paradoxSlug(wordpressSlug(item.postName), title) || `post-${plan.postId}`;
    slug = await uniqueArticleSlug(tx, base, plan.postId, state);
    if (slug !== base) warn(`the address “${base}” is taken here: the article is at “${slug}”`);
  }
  const {
    id,
    version,
    tags: tagRows,
  } = await writeArticleVersion(tx, {
    current: known ? { id: known.articleId, slug: known.slug, version: known.version } : null,
    fields: { ...values, slug, authorId, ...(known ? {} : { createdAt: publishedAt ?? now }) },
    tags: plannedTags,
    ...(bylineProfileIds.length > 0 ? { bylineProfileIds } : {}),
    savedBy: authorId,
    now,
    // Refreshed once for the whole run (refreshRelatedAfterImport).
    related: 'later',
  });
  state.claimedSlugs.set(slug, plan.postId);

  await tx
    .insert(wordpressPosts)
    .values({ site: index.site, postId: plan.postId, articleId: id, sourceHash: storedHash })
    .onConflictDoUpdate({ target: [wordpressPosts.site, wordpressPosts.postId], set: { articleId: id, sourceHash: storedHash } });

  // Old addresses: the post's, then its categories' and tags' archives.
  const tagIdBySlug = new Map(plannedTags.map((tag, position) => [tag.slug, tagRows[position]?.id]));
  const legacy: Array<{ path: string; target: LegacyTarget; replace: boolean }> = articleAddresses(item, plan, state).map((address) => ({
    ...address,
    target: { articleId: id },
  }));
  for (const slugOfCategory of categoryFamily) {
    const chain = lineage(slugOfCategory, index.categories).reverse();
    let target: LegacyTarget | null = null;
    if (index.sectionCategories.has(slugOfCategory)) {
      target = slugOfCategory === sectionCategory ? { categoryId } : { categoryId: await ensureSection(tx, slugOfCategory, state, warn) };
    } else {
      const tagSlug = wantedTags.find((tag) => tag.wpSlug === slugOfCategory)?.slug;
      const tagId = tagSlug ? tagIdBySlug.get(tagSlug) : undefined;
      if (tagId !== undefined) target = { tagId };
    }
    if (!target) continue;
    for (const path of new Set([`/category/${slugOfCategory}`, `/category/${chain.join('/')}`])) {
      legacy.push({ path: normaliseLegacyPath(`${index.basePath}${path}`), target, replace: index.sectionCategories.has(slugOfCategory) });
    }
  }
  for (const tag of terms.tags) {
    const tagSlug = wantedTags.find((wanted) => wanted.wpSlug === tag.slug)?.slug;
    const tagId = tagSlug ? tagIdBySlug.get(tagSlug) : undefined;
    if (tagId !== undefined)
      legacy.push({ path: normaliseLegacyPath(`${index.basePath}/tag/${tag.slug}`), target: { tagId }, replace: false });
  }
  const redirects = await recordLegacyUrls(tx, legacy);

  await recordAudit(
    tx,
    IMPORT_ACTOR,
    {
      action: 'article.import',
      targetType: 'article',
      targetId: id,
      summary: `${known ? 'Updated' : 'Imported'} ${title} (${plan.status}, v${version}) from WordPress post ${plan.postId}, line ${item.line}`,
    },
    now,
  );
  return { kind: known ? 'updated' : 'imported', id, redirects };
}

/** Thrown to roll back a dry run's post after it was fully carried out, so its counts are exact. */
class DryRunRollback extends Error {
  constructor(readonly outcome: PostOutcome) {
    super('dry run');
  }
}

// ---------------------------------------------------------------------------------------------------

function emptyReport(): WordPressImportReport {
  return {
    site: '',
    wxrVersion: '',
    imported: 0,
    updated: 0,
    unchanged: 0,
    skipped: [],
    warnings: [],
    statuses: { draft: 0, pending: 0, scheduled: 0, published: 0, archived: 0 },
    created: { authors: 0, guests: 0, sections: 0, tags: 0 },
    redirects: 0,
    featuredImagesKept: 0,
    images: { copied: 0, present: 0, kept: 0, failed: [], remoteOrigins: [] },
    comments: 0,
    articleIds: [],
  };
}

function addSkip(report: WordPressImportReport, reason: string, line: number) {
  let group = report.skipped.find((entry) => entry.reason === reason);
  if (!group) {
    group = { reason, count: 0, lines: [] };
    report.skipped.push(group);
  }
  group.count++;
  if (group.lines.length < SKIP_LINES_KEPT) group.lines.push(line);
}

/**
 * Imports a WordPress export file. Throws WordPressImportError when the file is malformed, truncated or
 * not an export (nothing written), or when the import stops (the posts before it are saved).
 */
export async function importWordPress(filePath: string, options: WordPressImportOptions = {}): Promise<WordPressImportReport> {
  const now = options.now ?? new Date();
  const dryRun = options.dryRun ?? false;
  const report = emptyReport();

  const stat = await fs.promises.stat(filePath).catch((error: NodeJS.ErrnoException) => {
    throw new WordPressImportError(
      error.code === 'ENOENT' ? `File not found: ${filePath}` : `Cannot read ${filePath}: ${error.message}`,
      0,
      report,
    );
  });
  if (!stat.isFile()) throw new WordPressImportError(`Not a file: ${filePath}`, 0, report);
  if (options.defaultSection !== undefined) {
    try {
      const found = await findSection(getDb(), cleanText(options.defaultSection));
      if (!found) newSectionSlug(cleanText(options.defaultSection));
    } catch (error) {
      throw new WordPressImportError(`Default section: ${error instanceof Error ? error.message : String(error)}`, 0, report);
    }
  }

  let index: FileIndex;
  try {
    index = await indexFile(filePath, options, report);
  } catch (error) {
    if (error instanceof WxrSyntaxError) {
      throw new WordPressImportError(
        `${filePath} cannot be imported: line ${error.line}: ${error.reason}. Nothing was imported.`,
        error.line,
        report,
        false,
        { cause: error },
      );
    }
    throw error;
  }

  const state: RunState = {
    index,
    options,
    now,
    report,
    claimedSlugs: new Map(),
    created: { authors: new Set(), guests: new Set(), sections: new Set(), tags: new Set() },
    remoteOrigins: new Set(),
    pictureLimit: pictureLimiter(),
  };
  const seenPosts = new Map<number, number>();
  let line = 0;
  let handled = 0;
  try {
    for await (const entry of readWxr(filePath, {
      onProgress: ({ bytesRead, totalBytes }) => options.onProgress?.({ phase: 'importing', bytesRead, totalBytes }),
    })) {
      if (entry.kind !== 'item') continue;
      line = entry.line;
      if (options.signal?.aborted) throw new WordPressImportError(`Stopped before the post on line ${line}.`, line, report, true);
      if (++handled % 16 === 0) await turnEventLoop();
      const plan = planItem(entry, options);
      if (typeof plan === 'string') {
        addSkip(report, plan, line);
        continue;
      }
      const earlier = seenPosts.get(plan.postId);
      if (earlier !== undefined) {
        addSkip(report, 'the same post id appears twice (the first is imported)', line);
        continue;
      }
      seenPosts.set(plan.postId, line);
      const warnings: WordPressImportWarning[] = [];
      const title = wordpressTitleToText(entry.title) || entry.postName;
      const warn = (message: string) => warnings.push({ line, postId: plan.postId, title, message });
      try {
        const prepared = preparePost(entry, plan, state);
        // An unchanged post fetches nothing; any other first gets its pictures, outside the transaction.
        const unchanged = (await recordedHash(index.site, plan.postId)) === prepared.hash;
        const pictures = unchanged
          ? []
          : await fetchPictures(
              prepared.pictures,
              { fetch: options.fetch, keepRemote: options.keepRemoteImages ?? false, dryRun },
              state.pictureLimit,
            );
        const outcome = await getDb()
          .transaction(async (tx) => {
            const result = await importPost(tx, entry, plan, state, warn, prepared, pictures);
            if (dryRun) throw new DryRunRollback(result);
            return result;
          })
          .catch((error: unknown) => {
            if (error instanceof DryRunRollback) return error.outcome;
            throw error;
          });
        report[outcome.kind]++;
        report.statuses[plan.status]++;
        report.redirects += outcome.redirects;
        report.warnings.push(...warnings);
        if (!dryRun && outcome.kind !== 'unchanged') report.articleIds.push(outcome.id);
      } catch (error) {
        if (!(error instanceof ImportRecordError)) throw error;
        addSkip(report, error.message, line);
      }
    }
  } catch (error) {
    if (error instanceof WordPressImportError) throw error;
    const message =
      error instanceof WxrSyntaxError ? `line ${error.line}: ${error.reason}` : error instanceof Error ? error.message : String(error);
    throw new WordPressImportError(`Import stopped at line ${line}: ${message}`, line, report, false, { cause: error });
  } finally {
    report.images.remoteOrigins = [...state.remoteOrigins].filter(Boolean).sort();
    report.created = {
      authors: state.created.authors.size,
      guests: state.created.guests.size,
      sections: state.created.sections.size,
      tags: state.created.tags.size,
    };
  }
  return report;
}
