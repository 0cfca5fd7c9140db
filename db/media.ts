import 'server-only';
import crypto from 'node:crypto';
import { eq } from 'drizzle-orm';
import sharp from 'sharp';
import { z } from 'zod';
import { detectImageType, MAX_IMAGE_BYTES, MAX_IMAGE_PIXELS } from '@/lib/image-type';
import { getDb } from './index';
import { defineMutation, MutationError } from './mutation';
import { media } from './schema';

export const uploadImage = defineMutation({
  name: 'media.upload',
  input: z.object({
    bytes: z.instanceof(Uint8Array).refine((value) => value.byteLength > 0, 'Choose an image file.'),
  }),
  async run({ tx, actor, now }, input) {
    if (input.bytes.byteLength > MAX_IMAGE_BYTES) {
      throw new MutationError('invalid', `Images must be at most ${MAX_IMAGE_BYTES / 1024 / 1024} MB.`);
    }
    const mimeType = detectImageType(input.bytes);
    if (!mimeType) throw new MutationError('invalid', 'Only PNG, JPEG, GIF and WebP images can be uploaded.');
    let width = 0;
    let height = 0;
    try {
      const metadata = await sharp(input.bytes, { limitInputPixels: MAX_IMAGE_PIXELS }).metadata();
      width = metadata.width ?? 0;
      height = metadata.height ?? 0;
    } catch {
      throw new MutationError('invalid', 'That file is not a readable image, or it is too large in pixels.');
    }
    if (!width || !height || width * height > MAX_IMAGE_PIXELS) {
      throw new MutationError('invalid', 'That image is too large in pixels.');
    }
    // The stored name is a random key: the uploader's file name is never used as a path.
    const key = crypto.randomBytes(12).toString('base64url');
    const [row] = await tx
      .insert(media)
      .values({ key, mimeType, width, height, byteSize: input.bytes.byteLength, data: Buffer.from(input.bytes), uploadedBy: actor.id, createdAt: now })
      .returning({ id: media.id });
    if (!row) throw new Error('insert returned no row');
    return {
      result: { url: `/media/${key}`, width, height },
      audit: { action: 'media.upload', targetType: 'media', targetId: row.id, summary: `${mimeType} ${width}×${height}` },
      revalidate: [],
    };
  },
});

export async function getMediaByKey(key: string) {
  const [row] = await getDb()
    .select({ mimeType: media.mimeType, data: media.data, byteSize: media.byteSize })
    .from(media)
    .where(eq(media.key, key))
    .limit(1);
  return row ?? null;
}
