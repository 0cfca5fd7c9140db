import 'server-only';
import pLimit from 'p-limit';
import sharp, { type Metadata, type OutputInfo, type Sharp, type SharpOptions } from 'sharp';
import { detectImageType, MAX_IMAGE_PIXELS, type AllowedImageType } from './image-type';
import {
  CENTRE,
  cropHeight,
  cropRectangle,
  cropShapeNames,
  cropShapes,
  cropWidths,
  type CropShapeName,
  type FocalPoint,
} from './image-crops';

/**
 * The one place that decodes an uploaded image. It happens once per upload (or once for an upload from
 * before variants existed), one image at a time per process, never on a reader's request: readers get
 * the stored results.
 */

/** Bumped when the set of variants changes; rows with a lower `media.variants_version` get theirs made again once. 2: the crops. */
export const VARIANTS_VERSION = 2;

/** The display image's longest edge: twice the widest column an article shows, and what `/media/{key}` serves. */
export const DISPLAY_LONG_EDGE = 2400;

/** Widths of the resized WebP copies (srcset candidates); an image gets those narrower than itself, plus its own width up to the last. */
export const RESIZED_WIDTHS = [320, 640, 960, 1280, 1920] as const;

const RESIZED_FORMAT = 'image/webp';

/**
 * Every WebP copy and crop: effort 2 encodes in half the time of libwebp's default 4 for files about 5% larger
 * (a 1280-wide copy: 41 ms instead of 80), which keeps an upload, and the demo seed, quick. AVIF is not made:
 * at effort 2 it took 200 ms for the same copy, and every browser that reads AVIF reads WebP.
 */
const WEBP_OPTIONS = { quality: 80, effort: 2 } as const;

export interface EncodedImage {
  mimeType: string;
  width: number;
  height: number;
  data: Buffer;
}

/** A crop of the picture to one of the shapes at its focal point (lib/image-crops.ts), at one width. */
export interface EncodedCrop extends EncodedImage {
  shape: CropShapeName;
}

export interface ImageVariants {
  /** The upload's size as readers see it (after its EXIF orientation), before the display cap. */
  width: number;
  height: number;
  animated: boolean;
  display: EncodedImage;
  resized: EncodedImage[];
  /** Every shape's crops at the focal point they were made for (an animation's are of its first frame). */
  crops: EncodedCrop[];
}

/** Why an image was not made into variants: a reason the uploader can be told. */
export class ImageRejected extends Error {
  constructor(readonly reason: keyof typeof rejectionMessages) {
    super(rejectionMessages[reason]);
  }
}

const rejectionMessages = {
  'not-an-image': 'Only PNG, JPEG, GIF and WebP images can be uploaded.',
  unreadable: 'That file is not a readable image.',
  'too-many-pixels': `That image is too large in pixels: at most ${MAX_IMAGE_PIXELS / 1_000_000} megapixels.`,
};

/** The widths of the resized copies an image `width` pixels wide gets. */
export function resizedWidths(width: number): number[] {
  const largest = RESIZED_WIDTHS[RESIZED_WIDTHS.length - 1] ?? 0;
  return [...RESIZED_WIDTHS.filter((candidate) => candidate < width), ...(width <= largest ? [width] : [])];
}

/** The size an image of `width` × `height` is shown at once its longest edge is capped. */
export function displaySize(width: number, height: number): { width: number; height: number } {
  const scale = Math.min(1, DISPLAY_LONG_EDGE / Math.max(width, height));
  return { width: Math.max(1, Math.round(width * scale)), height: Math.max(1, Math.round(height * scale)) };
}

interface ImageHeader {
  mimeType: AllowedImageType;
  width: number;
  height: number;
  animated: boolean;
}

const decodeOptions: SharpOptions = { limitInputPixels: MAX_IMAGE_PIXELS, sequentialRead: true, failOn: 'error' };

/** Reads the header only: the type from the first bytes, the size from sharp's metadata (with the pixel limit, so nothing is decoded). */
async function readHeader(bytes: Uint8Array): Promise<ImageHeader> {
  const mimeType = detectImageType(bytes);
  if (!mimeType) throw new ImageRejected('not-an-image');
  let metadata: Metadata;
  try {
    metadata = await sharp(bytes, { limitInputPixels: MAX_IMAGE_PIXELS }).metadata();
  } catch (error) {
    throw new ImageRejected(error instanceof Error && /pixel limit/i.test(error.message) ? 'too-many-pixels' : 'unreadable');
  }
  const width = metadata.autoOrient?.width ?? metadata.width ?? 0;
  const height = metadata.autoOrient?.height ?? metadata.height ?? 0;
  const frames = Math.max(1, metadata.pages ?? 1);
  if (!width || !height) throw new ImageRejected('unreadable');
  // Every frame of an animation is decoded for its display copy, so all of them count.
  if (width * height * frames > MAX_IMAGE_PIXELS) throw new ImageRejected('too-many-pixels');
  return { mimeType, width, height, animated: frames > 1 && (mimeType === 'image/gif' || mimeType === 'image/webp') };
}

function encodeAs(pipeline: Sharp, mimeType: AllowedImageType): Sharp {
  switch (mimeType) {
    case 'image/png':
      return pipeline.png();
    case 'image/jpeg':
      return pipeline.jpeg({ quality: 85 });
    case 'image/gif':
      return pipeline.gif();
    case 'image/webp':
      return pipeline.webp({ quality: 85 });
  }
}

async function encoded(pipeline: Sharp, mimeType: string): Promise<EncodedImage> {
  const { data, info } = await pipeline.toBuffer({ resolveWithObject: true });
  // An animation's height is its frames stacked; the image's own height is one page.
  return { mimeType, width: info.width, height: info.pageHeight ?? info.height, data };
}

const withinDisplayBounds = { width: DISPLAY_LONG_EDGE, height: DISPLAY_LONG_EDGE, fit: 'inside', withoutEnlargement: true } as const;

interface StillPixels {
  data: Buffer;
  info: OutputInfo;
}

/** Decoded once, straight down to the display size (oriented, in sRGB, metadata dropped); every copy is made from these pixels. */
function decodeStill(bytes: Uint8Array): Promise<StillPixels> {
  return sharp(bytes, { ...decodeOptions, pages: 1 })
    .autoOrient()
    .resize(withinDisplayBounds)
    .toColourspace('srgb')
    .raw()
    .toBuffer({ resolveWithObject: true });
}

function pixelsOf(still: StillPixels): Sharp {
  return sharp(still.data, { raw: { width: still.info.width, height: still.info.height, channels: still.info.channels } });
}

async function cropsOf(still: StillPixels, focal: FocalPoint, resized: readonly EncodedImage[] = []): Promise<EncodedCrop[]> {
  const crops: EncodedCrop[] = [];
  for (const shape of cropShapeNames) {
    const region = cropRectangle(still.info.width, still.info.height, shape, focal);
    const whole = region.width === still.info.width && region.height === still.info.height;
    const { mimeType } = cropShapes[shape];
    for (const width of cropWidths(shape, region.width)) {
      // A picture already of the shape: its crop at a width is the resized copy of that width, made once.
      const same = whole
        ? resized.find((copy) => copy.mimeType === mimeType && copy.width === width && copy.height === cropHeight(shape, width))
        : undefined;
      if (same) {
        crops.push({ ...same, shape });
        continue;
      }
      const pipeline = pixelsOf(still)
        .extract(region)
        .resize({ width, height: cropHeight(shape, width), fit: 'fill' });
      const encodedCrop = await encoded(mimeType === 'image/jpeg' ? pipeline.jpeg({ quality: 82 }) : pipeline.webp(WEBP_OPTIONS), mimeType);
      crops.push({ ...encodedCrop, shape });
    }
  }
  return crops;
}

/** Sharp's own messages name no field the uploader knows: a body that does not match its header (truncated, corrupt) is unreadable. */
function asRejection(error: unknown): ImageRejected {
  if (error instanceof ImageRejected) return error;
  return new ImageRejected(error instanceof Error && /pixel limit/i.test(error.message) ? 'too-many-pixels' : 'unreadable');
}

async function decodeIntoVariants(bytes: Uint8Array, focal: FocalPoint): Promise<ImageVariants> {
  const header = await readHeader(bytes);
  try {
    const still = await decodeStill(bytes);
    const display = header.animated
      ? await encoded(
          encodeAs(sharp(bytes, { ...decodeOptions, animated: true }).resize(withinDisplayBounds), header.mimeType),
          header.mimeType,
        )
      : await encoded(encodeAs(pixelsOf(still), header.mimeType), header.mimeType);
    const resized: EncodedImage[] = [];
    for (const width of resizedWidths(still.info.width)) {
      const pipeline = width === still.info.width ? pixelsOf(still) : pixelsOf(still).resize({ width });
      resized.push(await encoded(pipeline.webp(WEBP_OPTIONS), RESIZED_FORMAT));
    }
    const crops = await cropsOf(still, focal, resized);
    return { width: header.width, height: header.height, animated: header.animated, display, resized, crops };
  } catch (error) {
    throw asRejection(error);
  }
}

// One decode at a time in this process: a burst of uploads (or of first reads of old uploads) queues
// instead of holding several full-size images in memory at once.
const oneImageAtATime = pLimit(1);

/**
 * Decodes an image (the bytes, or what `load` returns once this image's turn comes, so queued work holds
 * no bytes) into its display image, resized copies and crops at `focal`. Null when `load` finds nothing to do.
 * Throws ImageRejected for a file that is not an image we take or has more than MAX_IMAGE_PIXELS pixels.
 */
export function makeImageVariants(
  source: Uint8Array | (() => Promise<Uint8Array | null>),
  focal: FocalPoint = CENTRE,
): Promise<ImageVariants | null> {
  return oneImageAtATime(async () => {
    const bytes = typeof source === 'function' ? await source() : source;
    return bytes ? decodeIntoVariants(bytes, focal) : null;
  });
}

/** The crops alone, at a new focal point: the same decode as makeImageVariants, one image at a time. */
export function makeCrops(bytes: Uint8Array, focal: FocalPoint): Promise<EncodedCrop[]> {
  return oneImageAtATime(async () => {
    await readHeader(bytes);
    try {
      return await cropsOf(await decodeStill(bytes), focal);
    } catch (error) {
      throw asRejection(error);
    }
  });
}
