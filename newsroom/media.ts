import 'server-only';
import crypto from 'node:crypto';
import { and, eq } from 'drizzle-orm';
import { z } from 'zod';
import { MAX_IMAGE_BYTES } from '@/lib/image-type';
import { ImageRejected, makeImageVariants, VARIANTS_VERSION, type EncodedImage, type ImageVariants } from '@/lib/image-variants';
import { mediaPath } from '@/lib/paths';
import { getDb, syncReplica, type Database, type Transaction } from '@/db';
import { defineMutation, MutationError } from './guard';
import { media, mediaVariants } from '@/db/schema';
import { RESIZED_TYPE } from '@/db/media';

/** Replaces a media row's variants with these, and records which set it now has. */
async function storeVariants(tx: Transaction | Database, mediaId: number, variants: ImageVariants): Promise<void> {
  const rows = [
    { kind: 'display' as const, ...variants.display },
    ...variants.resized.map((resized) => ({ kind: 'resized' as const, ...resized })),
  ].map(({ kind, mimeType, width, height, data }) => ({ mediaId, kind, mimeType, width, height, byteSize: data.byteLength, data }));
  await tx.delete(mediaVariants).where(eq(mediaVariants.mediaId, mediaId));
  await tx.insert(mediaVariants).values(rows);
  await tx
    .update(media)
    .set({ width: variants.width, height: variants.height, animated: variants.animated, variantsVersion: VARIANTS_VERSION })
    .where(eq(media.id, mediaId));
}

/** What the library keeps with a picture besides its bytes; every field may be edited later. */
export interface LibraryImageDetails {
  altText?: string;
  caption?: string;
  credit?: string;
  /** The file's description in the library: its original name, or an importer's words. */
  description?: string;
  /** Where an imported picture came from, so a re-run finds it. */
  sourceUrl?: string | null;
}

export interface StoredLibraryImage {
  id: number;
  key: string;
  url: string;
  mimeType: string;
  width: number;
  height: number;
}

/**
 * The one way a picture enters the library, for uploads and importers alike: checks and decodes it once
 * into its variants, and stores it with its details inside the caller's transaction.
 * Throws MutationError('invalid') for anything that is not an image within the limits.
 */
export async function storeLibraryImage(
  tx: Transaction,
  uploadedBy: number,
  now: Date,
  bytes: Uint8Array,
  details: LibraryImageDetails = {},
): Promise<StoredLibraryImage> {
  if (bytes.byteLength === 0) throw new MutationError('invalid', 'Choose an image file.');
  if (bytes.byteLength > MAX_IMAGE_BYTES) {
    throw new MutationError('invalid', `Images must be at most ${MAX_IMAGE_BYTES / 1024 / 1024} MB.`);
  }
  let variants: ImageVariants | null;
  try {
    // The type from the first bytes, the pixels from the header, then one decode into everything readers get.
    variants = await makeImageVariants(bytes);
  } catch (error) {
    if (error instanceof ImageRejected) throw new MutationError('invalid', error.message);
    throw error;
  }
  if (!variants) throw new Error('an upload with bytes made no variants');
  // The stored name is a random key: the uploader's file name is never used as a path.
  const key = crypto.randomBytes(12).toString('base64url');
  const { width, height } = variants;
  const [row] = await tx
    .insert(media)
    .values({
      key,
      mimeType: variants.display.mimeType,
      width,
      height,
      byteSize: bytes.byteLength,
      data: Buffer.from(bytes),
      uploadedBy,
      altText: details.altText ?? '',
      caption: details.caption ?? '',
      credit: details.credit ?? '',
      description: details.description ?? '',
      sourceUrl: details.sourceUrl ?? null,
      createdAt: now,
    })
    .returning({ id: media.id });
  if (!row) throw new Error('insert returned no row');
  await storeVariants(tx, row.id, variants);
  return { id: row.id, key, url: mediaPath(key), mimeType: variants.display.mimeType, width, height };
}

export const uploadImage = defineMutation({
  name: 'media.upload',
  input: z.object({
    bytes: z.instanceof(Uint8Array).refine((value) => value.byteLength > 0, 'Choose an image file.'),
  }),
  async run({ tx, actor, now }, input) {
    const stored = await storeLibraryImage(tx, actor.id, now, input.bytes);
    return {
      result: { url: stored.url, width: stored.width, height: stored.height },
      audit: {
        action: 'media.upload',
        targetType: 'media',
        targetId: stored.id,
        summary: `${stored.mimeType} ${stored.width}×${stored.height}`,
      },
      revalidate: [],
    };
  },
});

/** What `/media/…` serves: the display image, or the resized WebP copy of one width. */
export type MediaVariantRequest = { kind: 'display' } | { kind: 'resized'; width: number };

export interface StoredImage {
  mimeType: string;
  byteSize: number;
  data: Buffer;
}

async function readVariant(key: string, request: MediaVariantRequest): Promise<StoredImage | null> {
  const [row] = await getDb()
    .select({ mimeType: mediaVariants.mimeType, byteSize: mediaVariants.byteSize, data: mediaVariants.data })
    .from(media)
    .innerJoin(mediaVariants, eq(mediaVariants.mediaId, media.id))
    .where(
      and(
        eq(media.key, key),
        eq(mediaVariants.kind, request.kind),
        request.kind === 'resized' ? and(eq(mediaVariants.mimeType, RESIZED_TYPE), eq(mediaVariants.width, request.width)) : undefined,
      ),
    )
    .limit(1);
  return row ?? null;
}

function pick(variants: ImageVariants, request: MediaVariantRequest): StoredImage | null {
  const image: EncodedImage | undefined =
    request.kind === 'display'
      ? variants.display
      : variants.resized.find((resized) => resized.mimeType === RESIZED_TYPE && resized.width === request.width);
  return image ? { mimeType: image.mimeType, byteSize: image.data.byteLength, data: image.data } : null;
}

/**
 * A stored image for `/media/…`, or null (a 404). An upload with its variants is only read, never
 * decoded; one from before variants existed has them made once, on its first read (one image at a time).
 */
export async function getMediaVariant(key: string, request: MediaVariantRequest): Promise<StoredImage | null> {
  const stored = await readVariant(key, request);
  if (stored) return stored;
  const [row] = await getDb().select({ variantsVersion: media.variantsVersion }).from(media).where(eq(media.key, key)).limit(1);
  // No such upload, or its variants are made and this one is not among them: nothing is decoded or queued.
  if (!row || row.variantsVersion >= VARIANTS_VERSION) return null;
  const made = await makeMissingVariants(key);
  return made ? pick(made, request) : await readVariant(key, request);
}

// Readers asking for the same old upload at once wait for one decode.
const makingVariants = new Map<string, Promise<ImageVariants | null>>();

function makeMissingVariants(key: string): Promise<ImageVariants | null> {
  let pending = makingVariants.get(key);
  if (!pending) {
    pending = makeVariantsOfOldUpload(key).finally(() => makingVariants.delete(key));
    makingVariants.set(key, pending);
  }
  return pending;
}

async function makeVariantsOfOldUpload(key: string): Promise<ImageVariants | null> {
  const db = getDb();
  const found: { id?: number } = {};
  let variants: ImageVariants | null;
  try {
    // The original is read only when this image's turn to be decoded comes, and only if still needed.
    variants = await makeImageVariants(async () => {
      const [row] = await db
        .select({ id: media.id, data: media.data, variantsVersion: media.variantsVersion })
        .from(media)
        .where(eq(media.key, key))
        .limit(1);
      if (!row || row.variantsVersion >= VARIANTS_VERSION) return null;
      found.id = row.id;
      return row.data;
    });
  } catch (error) {
    if (!(error instanceof ImageRejected) || found.id === undefined) throw error;
    // Never tried again: an old upload that cannot be decoded within the limits answers 404 from now on.
    console.warn(`media ${key}: no variants could be made (${error.reason}); it is no longer served`);
    await db.update(media).set({ variantsVersion: VARIANTS_VERSION }).where(eq(media.id, found.id));
    await syncReplica();
    return null;
  }
  const mediaId = found.id;
  if (!variants || mediaId === undefined) return null;
  const stored = await db.transaction(async (tx) => {
    // Another instance may have made them while this one decoded.
    const [current] = await tx.select({ variantsVersion: media.variantsVersion }).from(media).where(eq(media.id, mediaId)).limit(1);
    if (!current || current.variantsVersion >= VARIANTS_VERSION) return false;
    await storeVariants(tx, mediaId, variants);
    return true;
  });
  await syncReplica();
  return stored ? variants : null;
}
