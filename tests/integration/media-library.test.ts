import type SharpFunction from 'sharp';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { useTemporaryDatabase } from '../support/temp-database';

/**
 * The media library: every upload is an item with its words and a focal point; crops to the card and
 * social shapes are made at upload and again when the focal point moves, each at an address that names the
 * point; stories record which pictures they use, so the library shows where and refuses to delete one in use
 * unless it is taken out of them. Reader pages read sizes only.
 */

let cleanup: () => Promise<void>;
let db: ReturnType<typeof import('@/db').getDb>;
let schema: typeof import('@/db/schema');
let orm: typeof import('drizzle-orm');
let media: typeof import('../../newsroom/media');
let articles: typeof import('../../newsroom/articles');
let reads: typeof import('@/db/media');
let paths: typeof import('@/lib/paths');
let cropRoute: typeof import('@/app/media/[key]/[variant]/route');
let sharp: typeof SharpFunction;
let editorId = 0;
let authorId = 0;
let sectionId = 0;

beforeAll(async () => {
  ({ cleanup } = await useTemporaryDatabase());
  db = (await import('@/db')).getDb();
  schema = await import('@/db/schema');
  orm = await import('drizzle-orm');
  media = await import('../../newsroom/media');
  articles = await import('../../newsroom/articles');
  reads = await import('@/db/media');
  paths = await import('@/lib/paths');
  cropRoute = await import('@/app/media/[key]/[variant]/route');
  sharp = (await import('sharp')).default;
  const [editor, author] = await db
    .insert(schema.users)
    .values([
      { email: 'desk@library.test', name: 'Desk Editor', slug: 'desk-editor', role: 'editor', passwordHash: 'x' },
      { email: 'writer@library.test', name: 'Staff Writer', slug: 'staff-writer', role: 'author', passwordHash: 'x' },
    ])
    .returning();
  editorId = editor?.id ?? 0;
  authorId = author?.id ?? 0;
  const [section] = await db.insert(schema.categories).values({ slug: 'news', name: 'News' }).returning();
  sectionId = section?.id ?? 0;
});

afterAll(() => cleanup());

/** A 2400 × 800 picture: red on its left fifth, blue on its right fifth, grey between. */
function bandedPicture(): Promise<Buffer> {
  const band = (colour: string) => ({ create: { width: 480, height: 800, channels: 3 as const, background: colour } });
  return sharp({ create: { width: 2400, height: 800, channels: 3, background: '#808080' } })
    .composite([
      { input: { ...band('#ff0000') }, left: 0, top: 0 },
      { input: { ...band('#0000ff') }, left: 1920, top: 0 },
    ])
    .png()
    .toBuffer();
}

async function upload(bytes: Buffer, actor = editorId, details: Record<string, string> = {}) {
  const result = await media.uploadImage.execute(actor, { bytes: new Uint8Array(bytes), ...details });
  if (!result.ok) throw new Error(result.message);
  return result.result;
}

function getVariant(key: string, variant: string) {
  return cropRoute.GET(new Request(`http://localhost/media/${key}/${variant}`), { params: Promise.resolve({ key, variant }) });
}

/** The mean colour of a served image, rounded to the nearest 64. */
async function meanColour(response: Response): Promise<[number, number, number]> {
  const stats = await sharp(Buffer.from(await response.arrayBuffer())).stats();
  const [red, green, blue] = stats.channels.map((channel) => Math.round(channel.mean / 64) * 64);
  return [red ?? 0, green ?? 0, blue ?? 0];
}

async function variantsOf(key: string, kind: 'card' | 'social') {
  return db
    .select({ mimeType: schema.mediaVariants.mimeType, width: schema.mediaVariants.width, height: schema.mediaVariants.height })
    .from(schema.mediaVariants)
    .innerJoin(schema.media, orm.eq(schema.media.id, schema.mediaVariants.mediaId))
    .where(orm.and(orm.eq(schema.media.key, key), orm.eq(schema.mediaVariants.kind, kind)))
    .orderBy(schema.mediaVariants.width);
}

const keyOf = (url: string) => url.slice('/media/'.length);

describe('crops at the focal point', () => {
  it('are made at upload for every card width and the social size, and served at the addresses pages give', async () => {
    const uploaded = await upload(await bandedPicture(), editorId, {
      caption: 'Harbour',
      credit: 'Mira Falk / Harbour Press',
      altText: 'Cranes',
    });
    const key = keyOf(uploaded.url);
    expect(await variantsOf(key, 'card')).toEqual(
      [320, 480, 640, 960, 1280].map((width) => ({ mimeType: 'image/webp', width, height: Math.round((width * 9) / 16) })),
    );
    expect(await variantsOf(key, 'social')).toEqual([{ mimeType: 'image/jpeg', width: 1200, height: 630 }]);

    const picture = await reads.getPicture(uploaded.url);
    expect(picture).toMatchObject({
      key,
      width: 2400,
      height: 800,
      focal: { x: 50, y: 50 },
      caption: 'Harbour',
      credit: 'Mira Falk / Harbour Press',
      altText: 'Cranes',
    });
    const cards = paths.mediaCropSources(picture!, 'card');
    expect(cards.map((crop) => crop.url)).toEqual([320, 480, 640, 960, 1280].map((width) => `/media/${key}/card-x50-y50-w${width}.webp`));
    for (const crop of [...cards, ...paths.mediaCropSources(picture!, 'social')]) {
      const response = await getVariant(key, crop.url.split('/').at(-1) ?? '');
      expect(response.status, crop.url).toBe(200);
      expect(response.headers.get('cache-control')).toBe('public, max-age=31536000, immutable');
      const metadata = await sharp(Buffer.from(await response.arrayBuffer())).metadata();
      expect([metadata.width, metadata.height]).toEqual([crop.width, crop.height]);
    }
    // Centred, the card keeps the grey middle: neither band.
    expect(await meanColour(await getVariant(key, 'card-x50-y50-w640.webp'))).toEqual([128, 128, 128]);
  });

  it('move with the focal point: new crops at new addresses, the old addresses sent on to them', async () => {
    const uploaded = await upload(await bandedPicture());
    const key = keyOf(uploaded.url);
    const moved = await media.updatePicture.execute(editorId, { id: uploaded.id, focalX: 0, focalY: 50, caption: 'Left' });
    expect(moved).toMatchObject({ ok: true, result: { focal: { x: 0, y: 50 } } });
    // The crop now starts at the left edge, where the red band is: 480 of its 1422 columns.
    const left = await getVariant(key, 'card-x0-y50-w640.webp');
    expect(left.status).toBe(200);
    const [red, , blue] = await meanColour(left);
    expect(red).toBeGreaterThan(blue);
    const oldAddress = await getVariant(key, 'card-x50-y50-w640.webp');
    expect(oldAddress.status).toBe(307);
    expect(oldAddress.headers.get('location')).toBe(`/media/${key}/card-x0-y50-w640.webp`);
    expect(oldAddress.headers.get('cache-control')).not.toContain('immutable');

    await media.updatePicture.execute(editorId, { id: uploaded.id, focalX: 100, focalY: 50 });
    const [redRight, , blueRight] = await meanColour(await getVariant(key, 'card-x100-y50-w640.webp'));
    expect(blueRight).toBeGreaterThan(redRight);
    expect((await getVariant(key, 'social-x100-y50-w1200.jpg')).status).toBe(200);
    // Still 404 for a width that was never made, at the current point.
    expect((await getVariant(key, 'card-x100-y50-w641.webp')).status).toBe(404);
  });

  it('refuses a focal point off the picture, and words that are too long, saying which', async () => {
    const uploaded = await upload(await bandedPicture());
    expect(await media.updatePicture.execute(editorId, { id: uploaded.id, focalX: 101, focalY: 50 })).toMatchObject({
      ok: false,
      code: 'invalid',
      fieldErrors: { focalX: 'Choose the focal point on the picture.' },
    });
    expect(
      await media.updatePicture.execute(editorId, { id: uploaded.id, focalX: 50, focalY: 50, caption: 'x'.repeat(501) }),
    ).toMatchObject({
      ok: false,
      fieldErrors: { caption: 'The caption must be at most 500 characters.' },
    });
    expect(await media.updatePicture.execute(editorId, { id: 999_999, focalX: 50, focalY: 50 })).toMatchObject({
      ok: false,
      code: 'not_found',
    });
  });
});

describe('the library', () => {
  it('lists newest first a page at a time, searches its words and filters by uploader', async () => {
    const before = await db.$count(schema.media);
    const bytes = await sharp({ create: { width: 400, height: 300, channels: 3, background: '#336699' } })
      .png()
      .toBuffer();
    await upload(bytes, authorId, { description: 'Lighthouse at Averly point' });
    await upload(bytes, editorId, { description: 'Ferry terminal', credit: 'Averly Port Authority' });
    await upload(bytes, editorId, { description: 'Budget 50%_off sign' });
    const first = await reads.listLibrary({ pageSize: 2 });
    expect(first.items.map((item) => item.description)).toEqual(['Budget 50%_off sign', 'Ferry terminal']);
    const second = await reads.listLibrary({ pageSize: 2, cursor: (await import('@/lib/pagination')).decodeCursor(first.nextCursor) });
    expect(second.items.map((item) => item.description)).toEqual(['Lighthouse at Averly point', expect.any(String)]);
    expect((await reads.listLibrary({ pageSize: 100 })).items).toHaveLength(before + 3);

    expect((await reads.listLibrary({ text: 'averly' })).items.map((item) => item.description)).toEqual([
      'Ferry terminal',
      'Lighthouse at Averly point',
    ]);
    expect((await reads.listLibrary({ text: 'averly ferry' })).items.map((item) => item.description)).toEqual(['Ferry terminal']);
    // LIKE's wildcards are searched for as they are.
    expect((await reads.listLibrary({ text: '50%_' })).items.map((item) => item.description)).toEqual(['Budget 50%_off sign']);
    expect((await reads.listLibrary({ text: '5_%' })).items).toEqual([]);
    expect((await reads.listLibrary({ uploaderId: authorId })).items.map((item) => item.description)).toEqual([
      'Lighthouse at Averly point',
    ]);
    expect(await reads.listUploaders()).toEqual([
      { id: editorId, name: 'Desk Editor' },
      { id: authorId, name: 'Staff Writer' },
    ]);
  });
});

describe('where a picture is used', () => {
  async function story(actor: number, fields: { featuredImageUrl?: string; body?: string; intent?: 'publish' | 'save' }) {
    const result = await articles.saveArticle.execute(actor, {
      title: `Story ${Math.random().toString(36).slice(2, 8)}`,
      categoryId: sectionId,
      body: fields.body ?? '<p>Text.</p>',
      featuredImageUrl: fields.featuredImageUrl ?? '',
      intent: fields.intent ?? 'save',
    });
    if (!result.ok) throw new Error(result.message);
    return result.result;
  }

  it('is recorded with every save: featured and in the body, and forgotten when a story drops it', async () => {
    const picture = await upload(await bandedPicture());
    const featuring = await story(editorId, { featuredImageUrl: picture.url, intent: 'publish' });
    const inBody = await story(authorId, { body: `<p>Look.</p><img src="${picture.url}" alt="The port" width="2400" height="800" />` });
    const uses = await reads.getPictureUses(db, picture.id, keyOf(picture.url));
    expect(uses.map((use) => [use.kind, use.id, use.place])).toEqual(
      expect.arrayContaining([
        ['article', featuring.id, 'featured'],
        ['article', inBody.id, 'body'],
      ]),
    );
    expect((await reads.getLibraryItem(picture.id))?.uses).toHaveLength(2);

    await articles.saveArticle.execute(authorId, { id: inBody.id, title: 'Without it', categoryId: sectionId, body: '<p>Gone.</p>' });
    expect((await reads.getPictureUses(db, picture.id, keyOf(picture.url))).map((use) => use.id)).toEqual([featuring.id]);
  });

  it('keeps a picture in use from being deleted until it is taken out of those stories, in new versions', async () => {
    const picture = await upload(await bandedPicture());
    const featuring = await story(editorId, { featuredImageUrl: picture.url, intent: 'publish' });
    const inBody = await story(editorId, { body: `<p>Keep me.</p><p><img src="${picture.url}" alt="The port" /></p>` });
    const refused = await media.deletePicture.execute(editorId, { id: picture.id });
    expect(refused).toMatchObject({ ok: false, code: 'conflict' });
    expect(refused.ok ? '' : refused.message).toContain('2 stories use this picture');
    expect(await db.$count(schema.media, orm.eq(schema.media.id, picture.id))).toBe(1);

    const deleted = await media.deletePicture.execute(editorId, { id: picture.id, removeFromStories: true });
    expect(deleted).toMatchObject({ ok: true, result: { removedFrom: 2 } });
    // The live story's pages are refreshed.
    expect(deleted.ok && deleted.revalidate).toEqual(expect.arrayContaining(['/', '/news']));
    const [featuredNow] = await db.select().from(schema.articles).where(orm.eq(schema.articles.id, featuring.id));
    expect(featuredNow).toMatchObject({ featuredImageUrl: null, version: featuring.version + 1 });
    const [bodyNow] = await db.select().from(schema.articles).where(orm.eq(schema.articles.id, inBody.id));
    expect(bodyNow?.body).toBe('<p>Keep me.</p>');
    // Nothing of it is left: row, original, variants, uses.
    expect(await db.$count(schema.media, orm.eq(schema.media.id, picture.id))).toBe(0);
    expect(await db.$count(schema.mediaOriginals, orm.eq(schema.mediaOriginals.mediaId, picture.id))).toBe(0);
    expect(await db.$count(schema.mediaVariants, orm.eq(schema.mediaVariants.mediaId, picture.id))).toBe(0);
    expect(await db.$count(schema.articleMedia, orm.eq(schema.articleMedia.mediaId, picture.id))).toBe(0);
  });

  it('refuses a featured image that is no longer in the library', async () => {
    const result = await articles.saveArticle.execute(editorId, {
      title: 'A missing picture',
      categoryId: sectionId,
      featuredImageUrl: '/media/NoSuchPicture000',
    });
    expect(result).toMatchObject({
      ok: false,
      code: 'invalid',
      fieldErrors: { featuredImageUrl: 'That picture is no longer in the library. Choose another one.' },
    });
  });

  it('refreshes the pages of the live stories that show it when its words or focal point change', async () => {
    const picture = await upload(await bandedPicture());
    const live = await story(editorId, { featuredImageUrl: picture.url, intent: 'publish' });
    await story(editorId, { featuredImageUrl: picture.url });
    const changed = await media.updatePicture.execute(editorId, { id: picture.id, focalX: 30, focalY: 50, credit: 'New credit' });
    expect(changed.ok && changed.revalidate).toEqual(expect.arrayContaining(['/', '/news', `/news/${live.slug}`]));
    expect((await reads.getPicture(picture.url))?.credit).toBe('New credit');
  });
});
