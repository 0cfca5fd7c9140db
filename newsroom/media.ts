import 'server-only';
import crypto from 'node:crypto';
import { and, eq, inArray } from 'drizzle-orm';
import { z } from 'zod';
import { MAX_IMAGE_BYTES } from '@/lib/image-type';
import { ImageRejected, makeCrops, makeImageVariants, VARIANTS_VERSION, type EncodedImage, type ImageVariants } from '@/lib/image-variants';
import { cropShapeNames, focalPercent, type CropShapeName, type FocalPoint } from '@/lib/image-crops';
import { mediaCropPath, mediaPath } from '@/lib/paths';
import { canChangePicture, type PictureUseOwnership } from '@/lib/permissions';
import { cleanText } from '@/lib/text';
import { getDb, syncReplica, type Transaction } from '@/db';
import { getPictureUses, insertPicture, replaceVariants, RESIZED_TYPE, type PictureUse } from '@/db/media';
import { media, mediaOriginals, mediaVariants } from '@/db/schema';
import { defineMutation, forbidden, MutationError } from './guard';
import { pagesShowingPublicArticle, removePictureFromArticle } from './articles';

/** What the library keeps with a picture besides its bytes; every field may be edited later. */
export interface LibraryImageDetails {
  altText?: string;
  caption?: string;
  credit?: string;
  /** The file's description in the library: its original name, or an importer's words. */
  description?: string;
  /** Where an imported picture came from, so a re-run finds it. */
  sourceUrl?: string | null;
  /** The point to keep when it is cropped; the centre when not given. */
  focal?: FocalPoint;
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
 * into its variants and crops, and stores it with its details inside the caller's transaction.
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
    variants = await makeImageVariants(bytes, details.focal);
  } catch (error) {
    if (error instanceof ImageRejected) throw new MutationError('invalid', error.message);
    throw error;
  }
  if (!variants) throw new Error('an upload with bytes made no variants');
  // The stored name is a random key: the uploader's file name is never used as a path.
  const key = crypto.randomBytes(12).toString('base64url');
  const id = await insertPicture(tx, { key, uploadedBy, createdAt: now, byteSize: bytes.byteLength, ...details }, bytes, variants);
  const { width, height } = variants;
  return { id, key, url: mediaPath(key), mimeType: variants.display.mimeType, width, height };
}

// Controls and hidden characters have no place in a caption; every field is plain text, shown escaped.
const detailText = (max: number, label: string) =>
  z
    .string()
    .transform(cleanText)
    .pipe(z.string().max(max, `${label} must be at most ${max} characters.`))
    .default('');

/** A picture's words: what it shows (alt text), the line under it, who made it, and the library's description. */
const detailFields = {
  altText: detailText(300, 'Alt text'),
  caption: detailText(500, 'The caption'),
  credit: detailText(200, 'The credit'),
  description: detailText(300, 'The description'),
};

/** A focal coordinate in whole percent. */
const focalCoordinate = z.coerce
  .number({ message: 'Choose the focal point on the picture.' })
  .int('Choose the focal point on the picture.')
  .min(0, 'Choose the focal point on the picture.')
  .max(100, 'Choose the focal point on the picture.');

export const uploadImage = defineMutation({
  name: 'media.upload',
  input: z.object({
    bytes: z.instanceof(Uint8Array).refine((value) => value.byteLength > 0, 'Choose an image file.'),
    ...detailFields,
  }),
  async run({ tx, actor, now }, { bytes, ...details }) {
    const stored = await storeLibraryImage(tx, actor.id, now, bytes, details);
    return {
      result: { id: stored.id, url: stored.url, width: stored.width, height: stored.height, ...details },
      audit: {
        action: 'media.upload',
        targetType: 'media',
        targetId: stored.id,
        summary: `${stored.mimeType} ${stored.width}×${stored.height}${details.description ? ` ${details.description}` : ''}`,
      },
      revalidate: [],
    };
  },
});

interface PictureRow {
  id: number;
  key: string;
  uploadedBy: number;
  focal: FocalPoint;
  variantsVersion: number;
  description: string;
}

async function loadPicture(tx: Transaction, id: number): Promise<PictureRow> {
  const [row] = await tx
    .select({
      id: media.id,
      key: media.key,
      uploadedBy: media.uploadedBy,
      focalX: media.focalX,
      focalY: media.focalY,
      variantsVersion: media.variantsVersion,
      description: media.description,
    })
    .from(media)
    .where(eq(media.id, id))
    .limit(1);
  if (!row) throw new MutationError('not_found', 'That picture is no longer in the library.');
  return { ...row, focal: { x: focalPercent(row.focalX), y: focalPercent(row.focalY) } };
}

function ownershipOf(use: PictureUse): PictureUseOwnership {
  if (use.kind === 'article') return { kind: 'article', authorId: use.ownerId, status: use.status };
  if (use.kind === 'profile') return { kind: 'profile', userId: use.ownerId };
  return { kind: 'page' };
}

/** The reader pages that show a picture: every public story using it (wherever the story appears), pages and author pages. */
async function pagesShowingPicture(tx: Transaction, uses: PictureUse[], now: Date): Promise<string[]> {
  const paths: string[] = [];
  const articleIds = [...new Set(uses.flatMap((use) => (use.kind === 'article' ? [use.id] : [])))];
  for (const articleId of articleIds) paths.push(...(await pagesShowingPublicArticle(tx, articleId, now)));
  for (const use of uses) {
    if (use.kind === 'page') paths.push(use.path);
    if (use.kind === 'profile') paths.push(use.path);
  }
  return paths;
}

/** Makes the crops again at a new focal point, from the original, and stores them in place of the old ones. */
async function recrop(tx: Transaction, picture: PictureRow, focal: FocalPoint): Promise<void> {
  const [original] = await tx
    .select({ data: mediaOriginals.data })
    .from(mediaOriginals)
    .where(eq(mediaOriginals.mediaId, picture.id))
    .limit(1);
  if (!original) throw new Error(`media ${picture.id} has no original`);
  let crops: Awaited<ReturnType<typeof makeCrops>>;
  try {
    crops = await makeCrops(original.data, focal);
  } catch (error) {
    if (error instanceof ImageRejected) throw new MutationError('invalid', error.message);
    throw error;
  }
  await tx.delete(mediaVariants).where(and(eq(mediaVariants.mediaId, picture.id), inArray(mediaVariants.kind, cropShapeNames)));
  await tx.insert(mediaVariants).values(
    crops.map(({ shape, mimeType, width, height, data }) => ({
      mediaId: picture.id,
      kind: shape,
      mimeType,
      width,
      height,
      byteSize: data.byteLength,
      data,
    })),
  );
}

export const updatePicture = defineMutation({
  name: 'media.update',
  input: z.object({
    id: z.coerce.number().int().positive(),
    ...detailFields,
    focalX: focalCoordinate,
    focalY: focalCoordinate,
  }),
  async run({ tx, actor, now }, { id, focalX, focalY, ...details }) {
    const picture = await loadPicture(tx, id);
    const uses = await getPictureUses(tx, picture.id, picture.key);
    if (!canChangePicture(actor, picture, uses.map(ownershipOf))) {
      forbidden(
        picture.uploadedBy === actor.id
          ? 'A story you cannot edit uses this picture: ask an editor to change it.'
          : 'Only editors can change pictures others uploaded.',
      );
    }
    const focal = { x: focalX, y: focalY };
    const focalMoved = focal.x !== picture.focal.x || focal.y !== picture.focal.y;
    // An upload from before crops gets them, at this point, when first asked for (getMediaVariant).
    if (focalMoved && picture.variantsVersion >= VARIANTS_VERSION) await recrop(tx, picture, focal);
    await tx
      .update(media)
      .set({ ...details, focalX: focal.x / 100, focalY: focal.y / 100 })
      .where(eq(media.id, picture.id));
    return {
      result: { id: picture.id, focal },
      audit: {
        action: 'media.update',
        targetType: 'media',
        targetId: picture.id,
        summary: `${details.description || picture.key}${focalMoved ? `, focal point ${focal.x}% ${focal.y}%` : ''}`,
      },
      revalidate: await pagesShowingPicture(tx, uses, now),
    };
  },
});

export const deletePicture = defineMutation({
  name: 'media.delete',
  input: z.object({
    id: z.coerce.number().int().positive(),
    /** Confirmed: the picture is taken out of every story that uses it (a new version of each), then deleted. */
    removeFromStories: z.boolean().default(false),
  }),
  async run({ tx, actor, now }, { id, removeFromStories }) {
    const picture = await loadPicture(tx, id);
    const uses = await getPictureUses(tx, picture.id, picture.key);
    if (!canChangePicture(actor, picture, uses.map(ownershipOf))) {
      forbidden(
        picture.uploadedBy === actor.id
          ? 'A story you cannot edit uses this picture: ask an editor to remove it.'
          : 'Only editors can delete pictures others uploaded.',
      );
    }
    const page = uses.find((use) => use.kind === 'page');
    if (page) {
      throw new MutationError('conflict', `The page “${page.title}” shows this picture: remove it from the page first, then delete it.`);
    }
    const articleIds = [...new Set(uses.flatMap((use) => (use.kind === 'article' ? [use.id] : [])))];
    if (articleIds.length > 0 && !removeFromStories) {
      throw new MutationError(
        'conflict',
        `${articleIds.length === 1 ? 'A story uses' : `${articleIds.length} stories use`} this picture. Confirm that it should be removed from ${articleIds.length === 1 ? 'it' : 'them'}, then delete it.`,
      );
    }
    const revalidate: string[] = [];
    for (const articleId of articleIds)
      revalidate.push(...(await removePictureFromArticle(tx, articleId, mediaPath(picture.key), actor.id, now)));
    // A byline photo is cleared by the foreign key; the author page shows the byline without it.
    revalidate.push(...uses.flatMap((use) => (use.kind === 'profile' ? [use.path] : [])));
    await tx.delete(media).where(eq(media.id, picture.id));
    return {
      result: { id: picture.id, removedFrom: articleIds.length },
      audit: {
        action: 'media.delete',
        targetType: 'media',
        targetId: picture.id,
        summary: `${picture.description || picture.key}${articleIds.length > 0 ? `, removed from ${articleIds.length} ${articleIds.length === 1 ? 'story' : 'stories'}` : ''}`,
      },
      revalidate,
    };
  },
});

// ── Serving ─────────────────────────────────────────────────────────────────────────────────────

/** What `/media/…` serves: the display image, a resized WebP copy of one width, or a crop of one shape and width. */
export type MediaVariantRequest =
  { kind: 'display' } | { kind: 'resized'; width: number } | { kind: 'crop'; shape: CropShapeName; focal: FocalPoint; width: number };

export interface StoredImage {
  mimeType: string;
  byteSize: number;
  data: Buffer;
}

/** A crop asked for at a focal point the picture no longer has: the address of the crop at the current one. */
export interface MovedCrop {
  movedTo: string;
}

function variantCondition(request: MediaVariantRequest) {
  switch (request.kind) {
    case 'display':
      return eq(mediaVariants.kind, 'display');
    case 'resized':
      return and(eq(mediaVariants.kind, 'resized'), eq(mediaVariants.mimeType, RESIZED_TYPE), eq(mediaVariants.width, request.width));
    case 'crop':
      return and(eq(mediaVariants.kind, request.shape), eq(mediaVariants.width, request.width));
  }
}

async function readVariant(key: string, request: MediaVariantRequest): Promise<StoredImage | null> {
  const [row] = await getDb()
    .select({ mimeType: mediaVariants.mimeType, byteSize: mediaVariants.byteSize, data: mediaVariants.data })
    .from(media)
    .innerJoin(mediaVariants, eq(mediaVariants.mediaId, media.id))
    .where(and(eq(media.key, key), variantCondition(request)))
    .limit(1);
  return row ?? null;
}

function pick(variants: ImageVariants, request: MediaVariantRequest): StoredImage | null {
  let image: EncodedImage | undefined;
  if (request.kind === 'display') image = variants.display;
  else if (request.kind === 'resized')
    image = variants.resized.find((resized) => resized.mimeType === RESIZED_TYPE && resized.width === request.width);
  else image = variants.crops.find((crop) => crop.shape === request.shape && crop.width === request.width);
  return image ? { mimeType: image.mimeType, byteSize: image.data.byteLength, data: image.data } : null;
}

/**
 * A stored image for `/media/…`, or null (a 404). An upload with its variants is only read, never
 * decoded; one from before its variants existed has them made once, on its first read (one image at a
 * time). A crop at a focal point since moved answers with the address of the current one.
 */
export async function getMediaVariant(key: string, request: MediaVariantRequest): Promise<StoredImage | MovedCrop | null> {
  if (request.kind === 'crop') {
    const [row] = await getDb().select({ focalX: media.focalX, focalY: media.focalY }).from(media).where(eq(media.key, key)).limit(1);
    if (!row) return null;
    const focal = { x: focalPercent(row.focalX), y: focalPercent(row.focalY) };
    if (focal.x !== request.focal.x || focal.y !== request.focal.y)
      return { movedTo: mediaCropPath(key, request.shape, focal, request.width) };
  }
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
  const [row] = await db
    .select({ id: media.id, focalX: media.focalX, focalY: media.focalY, variantsVersion: media.variantsVersion })
    .from(media)
    .where(eq(media.key, key))
    .limit(1);
  if (!row || row.variantsVersion >= VARIANTS_VERSION) return null;
  const mediaId = row.id;
  const focal = { x: focalPercent(row.focalX), y: focalPercent(row.focalY) };
  let variants: ImageVariants | null;
  try {
    // The original is read only when this image's turn to be decoded comes, and only if still needed.
    variants = await makeImageVariants(async () => {
      const [current] = await db
        .select({ data: mediaOriginals.data, variantsVersion: media.variantsVersion })
        .from(media)
        .innerJoin(mediaOriginals, eq(mediaOriginals.mediaId, media.id))
        .where(eq(media.id, mediaId))
        .limit(1);
      if (!current || current.variantsVersion >= VARIANTS_VERSION) return null;
      return current.data;
    }, focal);
  } catch (error) {
    if (!(error instanceof ImageRejected)) throw error;
    // Never tried again: an old upload that cannot be decoded within the limits answers 404 from now on.
    console.warn(`media ${key}: no variants could be made (${error.reason}); it is no longer served`);
    await db.update(media).set({ variantsVersion: VARIANTS_VERSION }).where(eq(media.id, mediaId));
    await syncReplica();
    return null;
  }
  if (!variants) return null;
  const made = variants;
  const stored = await db.transaction(async (tx) => {
    // Another instance may have made them while this one decoded, or an editor moved the focal point.
    const [current] = await tx
      .select({ variantsVersion: media.variantsVersion, focalX: media.focalX, focalY: media.focalY })
      .from(media)
      .where(eq(media.id, mediaId))
      .limit(1);
    if (!current || current.variantsVersion >= VARIANTS_VERSION) return false;
    if (focalPercent(current.focalX) !== focal.x || focalPercent(current.focalY) !== focal.y) return false;
    await replaceVariants(tx, mediaId, made);
    return true;
  });
  await syncReplica();
  return stored ? variants : null;
}
