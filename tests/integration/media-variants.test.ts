import type SharpFunction from 'sharp';
import type { Sharp, SharpOptions } from 'sharp';
import { afterAll, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { useTemporaryDatabase } from '../support/temp-database';

/**
 * Uploads are decoded once, when they arrive, into stored variants; reading them decodes nothing. The
 * pixel limit is read from the header before any decode, counting every frame of an animation. Old
 * uploads without variants get them once, on their first read, one image at a time.
 */

// Every sharp call the application makes, and how many decodes of an original run at once.
const probe = vi.hoisted(() => ({ calls: 0, decodes: 0, decoding: 0, mostAtOnce: 0 }));

vi.mock('sharp', async (importOriginal) => {
  const { default: actual } = await importOriginal<{ default: typeof SharpFunction }>();
  function countedSharp(...args: unknown[]): Sharp {
    probe.calls++;
    const instance = (actual as unknown as (...input: unknown[]) => Sharp)(...args);
    const options = args[1] as SharpOptions | undefined;
    if (options?.sequentialRead && !options.raw) {
      probe.decodes++;
      const toBuffer = instance.toBuffer.bind(instance) as (...rest: unknown[]) => Promise<unknown>;
      instance.toBuffer = (async (...rest: unknown[]) => {
        probe.decoding++;
        probe.mostAtOnce = Math.max(probe.mostAtOnce, probe.decoding);
        try {
          return await toBuffer(...rest);
        } finally {
          probe.decoding--;
        }
      }) as Sharp['toBuffer'];
    }
    return instance;
  }
  return { default: Object.assign(countedSharp, actual) };
});

let cleanup: () => Promise<void>;
let db: ReturnType<typeof import('@/db').getDb>;
let schema: typeof import('@/db/schema');
let orm: typeof import('drizzle-orm');
let media: typeof import('../../newsroom/media');
let mediaReads: typeof import('@/db/media');
let variants: typeof import('@/lib/image-variants');
let displayRoute: typeof import('@/app/media/[key]/route');
let resizedRoute: typeof import('@/app/media/[key]/[variant]/route');
let sharp: typeof SharpFunction;
let editorId = 0;

beforeAll(async () => {
  ({ cleanup } = await useTemporaryDatabase());
  db = (await import('@/db')).getDb();
  schema = await import('@/db/schema');
  orm = await import('drizzle-orm');
  media = await import('../../newsroom/media');
  mediaReads = await import('@/db/media');
  variants = await import('@/lib/image-variants');
  displayRoute = await import('@/app/media/[key]/route');
  resizedRoute = await import('@/app/media/[key]/[variant]/route');
  sharp = (await vi.importActual<{ default: typeof SharpFunction }>('sharp')).default;
  const [editor] = await db
    .insert(schema.users)
    .values({ email: 'pictures@paradox.test', name: 'Picture Editor', slug: 'picture-editor', role: 'editor', passwordHash: 'x' })
    .returning();
  editorId = editor?.id ?? 0;
});

afterAll(() => cleanup());

beforeEach(() => {
  Object.assign(probe, { calls: 0, decodes: 0, decoding: 0, mostAtOnce: 0 });
});

/** A solid-colour PNG: many pixels in few bytes, the shape of the red-team's 39.7-megapixel, 128 KB file. */
function solidPng(width: number, height: number, colour = '#3a7d5c'): Promise<Buffer> {
  return sharp({ create: { width, height, channels: 3, background: colour } })
    .png()
    .toBuffer();
}

/** An animated GIF of 300 × 200 whose three frames differ. */
async function animatedGif(): Promise<Buffer> {
  const frames = await Promise.all(['#c00', '#0c0', '#00c'].map((colour) => solidPng(300, 200, colour)));
  return sharp(frames, { join: { animated: true } })
    .gif({ delay: 100, loop: 0 })
    .toBuffer();
}

/** A GIF of `frames` frames of width × height whose frames hold one pixel of data each: tiny in bytes, huge when decoded. */
function gifBomb(width: number, height: number, frames: number): Buffer {
  const u16 = (value: number) => [value & 0xff, value >> 8];
  const bytes = [...Buffer.from('GIF89a'), ...u16(width), ...u16(height), 0x80, 0, 0, 0, 0, 0, 0xff, 0xff, 0xff];
  for (let frame = 0; frame < frames; frame++)
    bytes.push(0x2c, ...u16(0), ...u16(0), ...u16(width), ...u16(height), 0, 0x02, 0x02, 0x44, 0x01, 0x00);
  bytes.push(0x3b);
  return Buffer.from(bytes);
}

async function upload(bytes: Buffer) {
  return media.uploadImage.execute(editorId, { bytes: new Uint8Array(bytes) });
}

async function uploaded(bytes: Buffer): Promise<string> {
  const result = await upload(bytes);
  if (!result.ok) throw new Error(result.message);
  return result.result.url.slice('/media/'.length);
}

function getDisplay(key: string) {
  return displayRoute.GET(new Request(`http://localhost/media/${key}`), { params: Promise.resolve({ key }) });
}

function getResized(key: string, variant: string) {
  return resizedRoute.GET(new Request(`http://localhost/media/${key}/${variant}`), { params: Promise.resolve({ key, variant }) });
}

async function storedVariants(key: string) {
  return (
    db
      .select({
        kind: schema.mediaVariants.kind,
        mimeType: schema.mediaVariants.mimeType,
        width: schema.mediaVariants.width,
        height: schema.mediaVariants.height,
        byteSize: schema.mediaVariants.byteSize,
      })
      .from(schema.mediaVariants)
      .innerJoin(schema.media, orm.eq(schema.media.id, schema.mediaVariants.mediaId))
      // The crops to card and social shapes are media-library.test.ts's.
      .where(orm.and(orm.eq(schema.media.key, key), orm.inArray(schema.mediaVariants.kind, ['display', 'resized'])))
      .orderBy(schema.mediaVariants.kind, schema.mediaVariants.width)
  );
}

async function metadataOf(response: Response) {
  return sharp(Buffer.from(await response.arrayBuffer())).metadata();
}

describe('uploading', () => {
  it('takes a 48-megapixel image of few bytes, decodes it once and stores a display image and WebP copies', async () => {
    const original = await solidPng(8000, 6000);
    expect(original.byteLength).toBeLessThan(1024 * 1024);
    const result = await upload(original);
    if (!result.ok) throw new Error(result.message);
    expect(result.result).toMatchObject({ width: 8000, height: 6000 });
    // One header read and one decode of the original; every copy is made from the decoded display-size pixels.
    expect(probe.decodes).toBe(1);
    const key = result.result.url.slice('/media/'.length);
    const [row] = await db.select().from(schema.media).where(orm.eq(schema.media.key, key));
    expect(row).toMatchObject({
      mimeType: 'image/png',
      width: 8000,
      height: 6000,
      byteSize: original.byteLength,
      variantsVersion: variants.VARIANTS_VERSION,
      animated: false,
    });
    // The newsroom keeps the original as it was sent, in a table of its own.
    const [kept] = await db
      .select()
      .from(schema.mediaOriginals)
      .where(orm.eq(schema.mediaOriginals.mediaId, row?.id ?? 0));
    expect(Buffer.compare(kept?.data ?? Buffer.alloc(0), original)).toBe(0);
    expect((await storedVariants(key)).map(({ kind, mimeType, width, height }) => ({ kind, mimeType, width, height }))).toEqual([
      { kind: 'display', mimeType: 'image/png', width: 2400, height: 1800 },
      { kind: 'resized', mimeType: 'image/webp', width: 320, height: 240 },
      { kind: 'resized', mimeType: 'image/webp', width: 640, height: 480 },
      { kind: 'resized', mimeType: 'image/webp', width: 960, height: 720 },
      { kind: 'resized', mimeType: 'image/webp', width: 1280, height: 960 },
      { kind: 'resized', mimeType: 'image/webp', width: 1920, height: 1440 },
    ]);

    const display = await getDisplay(key);
    expect(display.status).toBe(200);
    expect(display.headers.get('content-type')).toBe('image/png');
    expect(await metadataOf(display)).toMatchObject({ format: 'png', width: 2400, height: 1800 });
    const copy = await getResized(key, '640.webp');
    expect(copy.status).toBe(200);
    expect(copy.headers.get('content-type')).toBe('image/webp');
    expect(await metadataOf(copy)).toMatchObject({ format: 'webp', width: 640, height: 480 });
  });

  it('refuses 56 megapixels from the header, before decoding, and stores nothing', async () => {
    const before = await db.$count(schema.media);
    const result = await upload(await solidPng(8000, 7000));
    expect(result).toMatchObject({ ok: false, code: 'invalid', message: 'That image is too large in pixels: at most 50 megapixels.' });
    expect(probe.decodes).toBe(0);
    expect(await db.$count(schema.media)).toBe(before);
  });

  it('counts every frame of an animation against the pixel limit', async () => {
    // 13 frames of 2000 × 2000 = 52 megapixels decoded, in 200 bytes.
    const bomb = gifBomb(2000, 2000, 13);
    expect(bomb.byteLength).toBeLessThan(400);
    expect(await upload(bomb)).toMatchObject({
      ok: false,
      code: 'invalid',
      message: 'That image is too large in pixels: at most 50 megapixels.',
    });
    expect(probe.decodes).toBe(0);
  });

  it('keeps an animated GIF animated for display and makes still WebP copies of its first frame', async () => {
    const key = await uploaded(await animatedGif());
    const display = await getDisplay(key);
    expect(display.headers.get('content-type')).toBe('image/gif');
    expect(await metadataOf(display)).toMatchObject({ format: 'gif', width: 300, height: 200, pages: 3 });
    const still = Buffer.from(await (await getResized(key, '300.webp')).arrayBuffer());
    const stillMetadata = await sharp(still).metadata();
    expect(stillMetadata).toMatchObject({ format: 'webp', width: 300, height: 200 });
    expect(stillMetadata.pages ?? 1).toBe(1);
    // The first frame is the red one.
    const [red, green, blue] = (await sharp(still).raw().toBuffer()).subarray(0, 3);
    expect([red, green, blue].map((channel) => Math.round((channel ?? 0) / 32))).toEqual([6, 0, 0]);
    expect(await mediaReads.getResponsiveImageSource(`/media/${key}`)).toMatchObject({ animated: true, width: 300, height: 200 });
  });

  it('turns a photo by its EXIF orientation and drops its metadata', async () => {
    const photo = await sharp({ create: { width: 300, height: 200, channels: 3, background: '#888' } })
      .withMetadata({ orientation: 6 })
      .jpeg()
      .toBuffer();
    const result = await upload(photo);
    if (!result.ok) throw new Error(result.message);
    expect(result.result).toMatchObject({ width: 200, height: 300 });
    const display = await metadataOf(await getDisplay(result.result.url.slice('/media/'.length)));
    expect(display).toMatchObject({ format: 'jpeg', width: 200, height: 300 });
    expect(display.exif).toBeUndefined();
    expect(display.orientation).toBeUndefined();
  });

  it('decodes one image at a time, however many arrive at once', async () => {
    const images = await Promise.all(['#111', '#222', '#333'].map((colour) => solidPng(3000, 2000, colour)));
    const made = await Promise.all(images.map((bytes) => variants.makeImageVariants(bytes)));
    expect(made.map((result) => result?.display.width)).toEqual([2400, 2400, 2400]);
    expect(probe.decodes).toBe(3);
    expect(probe.mostAtOnce).toBe(1);
  });
});

describe('reading', () => {
  it('never decodes: the display image, every copy and the page’s image sizes are read as stored', async () => {
    const key = await uploaded(await solidPng(1000, 500));
    probe.calls = 0;
    const source = await mediaReads.getResponsiveImageSource(`/media/${key}`);
    expect(source).toEqual({
      src: `/media/${key}`,
      width: 1000,
      height: 500,
      animated: false,
      webp: [320, 640, 960, 1000].map((width) => ({ url: `/media/${key}/${width}.webp`, width })),
    });
    expect((await getDisplay(key)).status).toBe(200);
    for (const copy of source?.webp ?? []) {
      const response = await getResized(key, copy.url.split('/').at(-1) ?? '');
      expect(response.status).toBe(200);
      expect(response.headers.get('cache-control')).toBe('public, max-age=31536000, immutable');
      expect(response.headers.get('x-content-type-options')).toBe('nosniff');
      expect(response.headers.get('content-security-policy')).toBe("default-src 'none'; sandbox");
    }
    expect(probe.calls).toBe(0);
  });

  it('answers 404 to widths and names that were not made, and to unknown keys, without decoding', async () => {
    const key = await uploaded(await solidPng(1000, 500));
    probe.calls = 0;
    for (const variant of [
      '1280.webp',
      '641.webp',
      '640.png',
      '640.WEBP',
      '0640.webp',
      '640',
      '-640.webp',
      '99999.webp',
      '640.webp.png',
      '..%2f640.webp',
    ]) {
      expect((await getResized(key, variant)).status, variant).toBe(404);
    }
    expect((await getResized('NoSuchKey000', '640.webp')).status).toBe(404);
    expect((await getResized('../../data', '640.webp')).status).toBe(404);
    expect((await getDisplay('NoSuchKey000')).status).toBe(404);
    expect(probe.calls).toBe(0);
  });
});

describe('uploads from before variants', () => {
  async function storeOldUpload(bytes: Buffer, width: number, height: number): Promise<string> {
    const key = `old${Math.random().toString(36).slice(2, 14)}`;
    const [row] = await db
      .insert(schema.media)
      .values({ key, mimeType: 'image/png', width, height, byteSize: bytes.byteLength, uploadedBy: editorId })
      .returning({ id: schema.media.id });
    await db.insert(schema.mediaOriginals).values({ mediaId: row?.id ?? 0, data: bytes });
    return key;
  }

  it('get their variants on the first read, once, however many readers ask at once', async () => {
    const key = await storeOldUpload(await solidPng(1600, 900), 1600, 900);
    expect(await mediaReads.getResponsiveImageSource(`/media/${key}`)).toMatchObject({ width: 1600, height: 900, webp: [] });
    const responses = await Promise.all([
      getResized(key, '640.webp'),
      getDisplay(key),
      getResized(key, '640.webp'),
      getResized(key, '1600.webp'),
    ]);
    expect(responses.map((response) => response.status)).toEqual([200, 200, 200, 200]);
    expect(probe.decodes).toBe(1);
    expect(await metadataOf(responses[0] as Response)).toMatchObject({ format: 'webp', width: 640, height: 360 });
    expect((await storedVariants(key)).map((variant) => `${variant.kind} ${variant.width}`)).toEqual([
      'display 1600',
      'resized 320',
      'resized 640',
      'resized 960',
      'resized 1280',
      'resized 1600',
    ]);
    probe.calls = 0;
    expect((await getResized(key, '960.webp')).status).toBe(200);
    expect((await mediaReads.getResponsiveImageSource(`/media/${key}`))?.webp).toHaveLength(5);
    expect(probe.calls).toBe(0);
  });

  it('are never decoded past the pixel limit, and one that cannot be made is not tried again', async () => {
    // Stored by some older or outside tool: 56 megapixels, and bytes that are no image.
    const huge = await storeOldUpload(await solidPng(8000, 7000), 8000, 7000);
    const broken = await storeOldUpload(Buffer.from('\x89PNG\r\n\x1a\nnot really'), 10, 10);
    for (const key of [huge, broken]) {
      expect((await getDisplay(key)).status).toBe(404);
      expect((await getResized(key, '320.webp')).status).toBe(404);
    }
    expect(probe.decodes).toBe(0);
    probe.calls = 0;
    expect((await getDisplay(huge)).status).toBe(404);
    expect(probe.calls).toBe(0);
  });
});

describe('feeds', () => {
  it('describe a featured image by the display image /media/{key} serves', async () => {
    const key = await uploaded(await solidPng(3000, 1500));
    const [display] = (await storedVariants(key)).filter((variant) => variant.kind === 'display');
    const [section] = await db.insert(schema.categories).values({ slug: 'pictures', name: 'Pictures' }).returning();
    const now = new Date();
    await db.insert(schema.articles).values({
      slug: 'a-picture',
      title: 'A picture',
      body: '<p>Body</p>',
      status: 'published',
      publishedAt: new Date(now.getTime() - 60_000),
      authorId: editorId,
      categoryId: section?.id ?? 0,
      featuredImageUrl: `/media/${key}`,
    });
    const { getFeedEntries } = await import('@/db/syndication');
    const [entry] = await getFeedEntries({ limit: 5, includeBody: false, now });
    expect(entry).toMatchObject({
      featuredImageUrl: `/media/${key}`,
      featuredImageType: 'image/png',
      featuredImageBytes: display?.byteSize,
    });
  });
});
