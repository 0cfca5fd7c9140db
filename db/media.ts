import 'server-only';
import { and, asc, desc, eq, inArray, or, sql, type Column, type SQL } from 'drizzle-orm';
import { displaySize, VARIANTS_VERSION, type ImageVariants } from '@/lib/image-variants';
import { focalPercent, type FocalPoint } from '@/lib/image-crops';
import { articlePath, authorPath, mediaKeyOf, mediaPath, mediaResizedPath, staticPagePath } from '@/lib/paths';
import { encodeCursor, type ListingCursor, type Page } from '@/lib/pagination';
import type { ArticleStatus } from '@/lib/permissions';
import { getDb, type Database, type Transaction } from './index';
import { articleMedia, articles, bylineProfiles, categories, media, mediaOriginals, mediaVariants, pages, users } from './schema';

/**
 * Reads of the library's pictures for pages and the editor (never their bytes), and the rows a stored
 * picture is made of. Checking, decoding and serving are newsroom/media.ts.
 */

/** The format of every resized copy. */
export const RESIZED_TYPE = 'image/webp';

/** What a page needs to show an uploaded image responsively (components/media/responsive-image.tsx). */
export interface ResponsiveImageSource {
  /** The display image (its longest edge capped): the fallback `src`, and an animation's only source. */
  src: string;
  width: number;
  height: number;
  animated: boolean;
  /** Resized WebP copies, narrowest first; empty for an old upload until its first read makes them. */
  webp: Array<{ url: string; width: number }>;
}

/** A library picture as reader pages show it: its sizes and copies, where to crop it, and what to say under it. */
export interface LibraryPicture extends ResponsiveImageSource {
  id: number;
  key: string;
  focal: FocalPoint;
  altText: string;
  caption: string;
  credit: string;
}

const pictureColumns = {
  id: media.id,
  key: media.key,
  width: media.width,
  height: media.height,
  animated: media.animated,
  focalX: media.focalX,
  focalY: media.focalY,
  altText: media.altText,
  caption: media.caption,
  credit: media.credit,
  kind: mediaVariants.kind,
  mimeType: mediaVariants.mimeType,
  variantWidth: mediaVariants.width,
  variantHeight: mediaVariants.height,
};

function selectPictures(keys: string[]) {
  return (
    getDb()
      .select(pictureColumns)
      .from(media)
      // Only the display image and the resized copies: crops are addressed by their shape and focal point (lib/paths.ts).
      .leftJoin(mediaVariants, and(eq(mediaVariants.mediaId, media.id), inArray(mediaVariants.kind, ['display', 'resized'])))
      .where(inArray(media.key, keys))
  );
}

type PictureRow = Awaited<ReturnType<typeof selectPictures>>[number];

function toPicture(rows: PictureRow[]): LibraryPicture | null {
  const [first] = rows;
  if (!first) return null;
  const display = rows.find((row) => row.kind === 'display');
  const size =
    display?.variantWidth && display.variantHeight
      ? { width: display.variantWidth, height: display.variantHeight }
      : displaySize(first.width, first.height);
  const webp = rows
    .flatMap((row) =>
      row.kind === 'resized' && row.mimeType === RESIZED_TYPE && row.variantWidth
        ? [{ url: mediaResizedPath(first.key, row.variantWidth), width: row.variantWidth }]
        : [],
    )
    .sort((a, b) => a.width - b.width);
  return {
    id: first.id,
    key: first.key,
    src: mediaPath(first.key),
    ...size,
    animated: first.animated,
    webp,
    focal: { x: focalPercent(first.focalX), y: focalPercent(first.focalY) },
    altText: first.altText,
    caption: first.caption,
    credit: first.credit,
  };
}

/**
 * The library pictures at these addresses (`/media/{key}`), by address, in one query: sizes, copies, focal
 * point, alt text, caption and credit. Other addresses, and pictures since deleted, are left out.
 */
/** Each story's featured picture, looked up for all of them in one query: `pictureOf(story)`. */
export async function getFeaturedPictures(
  stories: readonly ({ featuredImageUrl: string | null } | null | undefined)[],
): Promise<(story: { featuredImageUrl: string | null }) => LibraryPicture | undefined> {
  const pictures = await getPictures(stories.map((story) => story?.featuredImageUrl));
  return (story) => (story.featuredImageUrl ? pictures.get(story.featuredImageUrl) : undefined);
}

export async function getPictures(urls: readonly (string | null | undefined)[]): Promise<Map<string, LibraryPicture>> {
  const keys = [...new Set(urls.flatMap((url) => (url ? [mediaKeyOf(url)] : [])).filter((key): key is string => key !== null))];
  if (keys.length === 0) return new Map();
  const rows = await selectPictures(keys);
  const byKey = new Map<string, PictureRow[]>();
  for (const row of rows) byKey.set(row.key, [...(byKey.get(row.key) ?? []), row]);
  const pictures = new Map<string, LibraryPicture>();
  for (const [key, pictureRows] of byKey) {
    const picture = toPicture(pictureRows);
    if (picture) pictures.set(mediaPath(key), picture);
  }
  return pictures;
}

/** What the editor shows of a picture it uses (the article form's featured image): a small copy, its words and its id. */
export interface PicturePreview {
  id: number;
  url: string;
  thumbnailUrl: string;
  width: number;
  height: number;
  altText: string;
  caption: string;
  credit: string;
}

export function picturePreview(picture: LibraryPicture): PicturePreview {
  const { id, src, width, height, altText, caption, credit, webp } = picture;
  return { id, url: src, thumbnailUrl: webp.find((copy) => copy.width >= 320)?.url ?? src, width, height, altText, caption, credit };
}

/** The library picture at an address (`/media/{key}`), or null when it is no upload. Reads sizes only, never image bytes. */
export async function getPicture(url: string): Promise<LibraryPicture | null> {
  return (await getPictures([url])).get(url) ?? null;
}

/** The stored variants of an uploaded image's address (`/media/{key}`), or null when it is no upload. */
export async function getResponsiveImageSource(url: string): Promise<ResponsiveImageSource | null> {
  const picture = await getPicture(url);
  if (!picture) return null;
  const { src, width, height, animated, webp } = picture;
  return { src, width, height, animated, webp };
}

// ── The library, for the editor ─────────────────────────────────────────────────────────────────

export const LIBRARY_PAGE_SIZE = 24;

/** One picture in the library's grid and picker. */
export interface LibraryItem {
  id: number;
  key: string;
  url: string;
  width: number;
  height: number;
  animated: boolean;
  altText: string;
  caption: string;
  credit: string;
  description: string;
  focal: FocalPoint;
  uploadedBy: { id: number; name: string };
  createdAt: Date;
  /** A small copy for the grid: the narrowest resized WebP, or the display image of an old upload. */
  thumbnailUrl: string;
}

const libraryColumns = {
  id: media.id,
  key: media.key,
  width: media.width,
  height: media.height,
  animated: media.animated,
  variantsVersion: media.variantsVersion,
  altText: media.altText,
  caption: media.caption,
  credit: media.credit,
  description: media.description,
  focalX: media.focalX,
  focalY: media.focalY,
  uploaderId: media.uploadedBy,
  uploaderName: users.name,
  createdAt: media.createdAt,
};

type LibraryRow = Awaited<ReturnType<typeof selectLibraryRows>>[number];

function selectLibraryRows(where: SQL | undefined, limit: number) {
  return getDb()
    .select(libraryColumns)
    .from(media)
    .innerJoin(users, eq(users.id, media.uploadedBy))
    .where(where)
    .orderBy(desc(media.createdAt), desc(media.id))
    .limit(limit);
}

function toLibraryItem(row: LibraryRow): LibraryItem {
  const shown = displaySize(row.width, row.height);
  return {
    id: row.id,
    key: row.key,
    url: mediaPath(row.key),
    width: row.width,
    height: row.height,
    animated: row.animated,
    altText: row.altText,
    caption: row.caption,
    credit: row.credit,
    description: row.description,
    focal: { x: focalPercent(row.focalX), y: focalPercent(row.focalY) },
    uploadedBy: { id: row.uploaderId, name: row.uploaderName },
    createdAt: row.createdAt,
    // Every upload with variants has a 320-wide copy, or one of its own width when narrower; an animation shows itself.
    thumbnailUrl: row.variantsVersion > 0 && !row.animated ? mediaResizedPath(row.key, Math.min(320, shown.width)) : mediaPath(row.key),
  };
}

/** A LIKE pattern for text containing these characters: `%` and `_` are searched for, not wildcards. */
function containing(text: string): string {
  return `%${text.replace(/[\\%_]/g, (character) => `\\${character}`)}%`;
}

const contains = (column: Column, text: string) => sql`${column} LIKE ${containing(text)} ESCAPE '\\'`;

export interface LibraryQuery {
  /** Words from the description, caption, credit or alt text. */
  text?: string;
  uploaderId?: number;
  cursor?: ListingCursor | null;
  pageSize?: number;
}

/** The library newest first, optionally searched and for one uploader, a page at a time (a keyset cursor over the upload time and id). */
export async function listLibrary({ text = '', uploaderId, cursor = null, pageSize = LIBRARY_PAGE_SIZE }: LibraryQuery = {}): Promise<
  Page<LibraryItem>
> {
  const words = text.trim().split(/\s+/).filter(Boolean).slice(0, 8);
  const conditions: Array<SQL | undefined> = [
    cursor ? sql`(${media.createdAt}, ${media.id}) < (${cursor.publishedAt}, ${cursor.id})` : undefined,
    uploaderId === undefined ? undefined : eq(media.uploadedBy, uploaderId),
    ...words.map((word) =>
      or(contains(media.description, word), contains(media.caption, word), contains(media.credit, word), contains(media.altText, word)),
    ),
  ];
  const rows = await selectLibraryRows(and(...conditions), pageSize + 1);
  const items = rows.slice(0, pageSize).map(toLibraryItem);
  const last = items.at(-1);
  return {
    items,
    nextCursor: rows.length > pageSize && last ? encodeCursor({ publishedAt: last.createdAt.getTime(), id: last.id }) : null,
  };
}

/** Everyone who has uploaded a picture, for the library's filter. */
export async function listUploaders(): Promise<Array<{ id: number; name: string }>> {
  return getDb()
    .selectDistinct({ id: users.id, name: users.name })
    .from(media)
    .innerJoin(users, eq(users.id, media.uploadedBy))
    .orderBy(asc(users.name));
}

interface PictureUseBase {
  id: number;
  title: string;
  /** Its address for readers. */
  path: string;
}

/** A story, static page or byline profile that shows a picture, and who owns it (for permission checks). */
export type PictureUse =
  | (PictureUseBase & { kind: 'article'; place: 'featured' | 'body'; status: ArticleStatus; ownerId: number })
  | (PictureUseBase & { kind: 'page'; place: 'body'; status: string; ownerId: null })
  | (PictureUseBase & { kind: 'profile'; place: 'photo'; ownerId: number | null });

/** Every story, page and byline profile that uses a picture. */
export async function getPictureUses(db: Database | Transaction, mediaId: number, key: string): Promise<PictureUse[]> {
  const [articleRows, pageRows, profileRows] = await Promise.all([
    db
      .select({
        id: articles.id,
        title: articles.title,
        slug: articles.slug,
        status: articles.status,
        authorId: articles.authorId,
        sectionSlug: categories.slug,
        place: articleMedia.place,
      })
      .from(articleMedia)
      .innerJoin(articles, eq(articles.id, articleMedia.articleId))
      .innerJoin(categories, eq(categories.id, articles.categoryId))
      .where(eq(articleMedia.mediaId, mediaId))
      .orderBy(desc(articles.updatedAt), asc(articleMedia.place)),
    // Static pages are few: their bodies are searched for the address.
    db
      .select({ id: pages.id, title: pages.title, slug: pages.slug, status: pages.status })
      .from(pages)
      .where(contains(pages.body, mediaPath(key))),
    db
      .select({ id: bylineProfiles.id, name: bylineProfiles.name, slug: bylineProfiles.slug, userId: bylineProfiles.userId })
      .from(bylineProfiles)
      .where(eq(bylineProfiles.photoMediaId, mediaId)),
  ]);
  return [
    ...articleRows.map((row): PictureUse => ({
      kind: 'article',
      id: row.id,
      title: row.title,
      place: row.place,
      status: row.status,
      ownerId: row.authorId,
      path: articlePath(row),
    })),
    ...pageRows.map((row): PictureUse => ({
      kind: 'page',
      id: row.id,
      title: row.title,
      place: 'body',
      status: row.status,
      ownerId: null,
      path: staticPagePath(row.slug),
    })),
    ...profileRows.map((row): PictureUse => ({
      kind: 'profile',
      id: row.id,
      title: row.name,
      place: 'photo',
      ownerId: row.userId,
      path: authorPath(row.slug),
    })),
  ];
}

export interface LibraryItemDetail extends LibraryItem {
  mimeType: string;
  byteSize: number;
  uses: PictureUse[];
}

/** One picture with where it is used, for its page in the library; null for an id that is no picture. */
export async function getLibraryItem(id: number): Promise<LibraryItemDetail | null> {
  const db = getDb();
  const [row] = await db
    .select({ ...libraryColumns, mimeType: media.mimeType, byteSize: media.byteSize })
    .from(media)
    .innerJoin(users, eq(users.id, media.uploadedBy))
    .where(eq(media.id, id))
    .limit(1);
  if (!row) return null;
  return { ...toLibraryItem(row), mimeType: row.mimeType, byteSize: row.byteSize, uses: await getPictureUses(db, row.id, row.key) };
}

// ── The rows a stored picture is made of ────────────────────────────────────────────────────────

/** What a new picture's row says besides its bytes and sizes. */
export interface NewPictureRow {
  key: string;
  uploadedBy: number;
  createdAt: Date;
  byteSize: number;
  altText?: string;
  caption?: string;
  credit?: string;
  description?: string;
  focal?: FocalPoint;
  sourceUrl?: string | null;
}

/**
 * Writes a decoded picture: its row, its original and its variants, in the caller's transaction. The one
 * writer of new `media` rows, for newsroom/media.ts (which checks and decodes) and the demo seed.
 */
export async function insertPicture(tx: Transaction, row: NewPictureRow, original: Uint8Array, variants: ImageVariants): Promise<number> {
  const focal = row.focal ?? { x: 50, y: 50 };
  const [inserted] = await tx
    .insert(media)
    .values({
      key: row.key,
      mimeType: variants.display.mimeType,
      width: variants.width,
      height: variants.height,
      byteSize: row.byteSize,
      uploadedBy: row.uploadedBy,
      altText: row.altText ?? '',
      caption: row.caption ?? '',
      credit: row.credit ?? '',
      description: row.description ?? '',
      focalX: focal.x / 100,
      focalY: focal.y / 100,
      sourceUrl: row.sourceUrl ?? null,
      createdAt: row.createdAt,
    })
    .returning({ id: media.id });
  if (!inserted) throw new Error('insert returned no row');
  await tx.insert(mediaOriginals).values({ mediaId: inserted.id, data: Buffer.from(original) });
  await replaceVariants(tx, inserted.id, variants);
  return inserted.id;
}

/** Replaces a picture's variants with these, and records which set it now has. */
export async function replaceVariants(tx: Transaction | Database, mediaId: number, variants: ImageVariants): Promise<void> {
  const rows = [
    { kind: 'display' as const, ...variants.display },
    ...variants.resized.map((resized) => ({ kind: 'resized' as const, ...resized })),
    ...variants.crops.map((crop) => ({ ...crop, kind: crop.shape })),
  ].map(({ kind, mimeType, width, height, data }) => ({ mediaId, kind, mimeType, width, height, byteSize: data.byteLength, data }));
  await tx.delete(mediaVariants).where(eq(mediaVariants.mediaId, mediaId));
  await tx.insert(mediaVariants).values(rows);
  await tx
    .update(media)
    .set({ width: variants.width, height: variants.height, animated: variants.animated, variantsVersion: VARIANTS_VERSION })
    .where(eq(media.id, mediaId));
}
