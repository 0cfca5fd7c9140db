import crypto from 'node:crypto';
import { count, eq } from 'drizzle-orm';
import { articlePath, mediaPath } from '@/lib/paths';
import { slugify } from '@/lib/slug';
import { sanitizeArticleHtml } from '@/lib/sanitize';
import { getDb } from '@/db';
import { makeImageVariants, type ImageVariants } from '@/lib/image-variants';
import { insertPicture } from '@/db/media';
import {
  articleBylines,
  revisions,
  articleMedia,
  articleNotes,
  articleTags,
  articles,
  bylineProfiles,
  categories,
  frontPageSlots,
  menuItems,
  pageRevisions,
  pages,
  tags,
  users,
} from '@/db/schema';
import { demoCorrection, demoFooter, demoHeaderSections, demoPages } from './demo-pages';
import { DEMO_FRONT_PAGE_LEAD, demoArticles, type DemoArticle, type DemoAuthorSlug, type DemoSectionSlug } from './demo-articles';
import { demoMarkupToHtml } from './markup';
import { demoIllustration } from './illustrations';
import { type UserRole } from '@/lib/permissions';

const DAY = 24 * 60 * 60 * 1000;

export const demoSections: ReadonlyArray<{ slug: DemoSectionSlug; name: string; description: string }> = [
  { slug: 'world', name: 'World', description: 'Reporting from across the Meridian Union and beyond.' },
  { slug: 'politics', name: 'Politics', description: 'Parliament, parties, policy and the people who make it.' },
  { slug: 'business', name: 'Business', description: 'Markets, companies, trade and the working economy.' },
  { slug: 'technology', name: 'Technology', description: 'Chips, code, networks and the rules that govern them.' },
  { slug: 'sport', name: 'Sport', description: 'Results, title races and the stories behind the scores.' },
  { slug: 'culture', name: 'Culture', description: 'Film, books, music, art and the life of the city.' },
];

export const demoAuthors: ReadonlyArray<{ slug: DemoAuthorSlug; name: string; role: UserRole; title: string; bio: string }> = [
  {
    slug: 'amara-okafor',
    name: 'Amara Okafor',
    role: 'editor',
    title: 'Politics editor',
    bio: 'Politics editor. Covers parliament and the budget.',
  },
  {
    slug: 'daniel-reyes',
    name: 'Daniel Reyes',
    role: 'author',
    title: 'Business correspondent',
    bio: 'Business correspondent, formerly on the ports and shipping beat.',
  },
  {
    slug: 'helen-lindqvist',
    name: 'Helen Lindqvist',
    role: 'author',
    title: 'World and climate reporter',
    bio: 'World affairs and climate reporter.',
  },
  {
    slug: 'kenji-watanabe',
    name: 'Kenji Watanabe',
    role: 'author',
    title: 'Technology reporter',
    bio: 'Technology reporter writing about chips, AI and regulation.',
  },
  { slug: 'sofia-marchetti', name: 'Sofia Marchetti', role: 'author', title: 'Sport and culture writer', bio: 'Sport and culture writer.' },
];

/** A guest contributor: a byline and an author page, no account. Original text. */
export const demoGuest = {
  slug: 'ines-valcourt',
  name: 'Inès Valcourt',
  title: 'Hydrologist, University of Halden',
  bio: 'Inès Valcourt studies how rivers recover after drought. She has measured the Orrin’s flow at the same twelve gauges every summer since 2014, and writes for the Ledger when the water runs low.',
  websiteUrl: 'https://hydrology.halden.example/valcourt',
  socialLinks: ['https://mastodon.example/@ivalcourt'],
};

/**
 * Stories credited to more than one byline, in order (profile slugs; the first is the writer). Two staff
 * co-bylines and one story with the guest contributor.
 */
export const demoCoBylines: Record<string, string[]> = {
  'port-strike-leaves-ships-waiting-as-exporters-count-the-cost': ['sofia-marchetti', 'daniel-reyes'],
  'hallberg-government-under-pressure-to-intervene-in-port-stoppage': ['amara-okafor', 'daniel-reyes', 'helen-lindqvist'],
  'first-rain-in-eleven-weeks-brings-little-relief-to-orrin-vale': ['helen-lindqvist', 'ines-valcourt'],
};

/** The guest's portrait, drawn in code (a head and shoulders on a coloured ground): no photo is copied. */
function demoPortrait(): string {
  return `<svg xmlns="http://www.w3.org/2000/svg" width="480" height="480" viewBox="0 0 480 480">
    <defs><linearGradient id="g" x1="0" y1="0" x2="1" y2="1"><stop offset="0" stop-color="#2f6f73"/><stop offset="1" stop-color="#16393b"/></linearGradient></defs>
    <rect width="480" height="480" fill="url(#g)"/>
    <circle cx="240" cy="190" r="92" fill="#e9c9a8"/>
    <path d="M148 160 Q150 80 240 78 Q332 80 334 170 Q300 120 240 122 Q180 122 148 160Z" fill="#3b2a20"/>
    <path d="M70 480 Q80 330 240 318 Q400 330 410 480Z" fill="#d9e4dc"/>
  </svg>`;
}

/** A picture drawn for the demo, decoded into its variants before the seed's transaction so that holds the database briefly. */
interface PreparedPicture {
  original: Uint8Array;
  variants: ImageVariants;
  altText: string;
  caption?: string;
  credit: string;
  description: string;
  focal: { x: number; y: number };
}

async function preparePicture(svg: string, details: Omit<PreparedPicture, 'original' | 'variants'>): Promise<PreparedPicture> {
  const { default: sharp } = await import('sharp');
  const original = new Uint8Array(await sharp(Buffer.from(svg)).jpeg({ quality: 88 }).toBuffer());
  const variants = await makeImageVariants(original, details.focal);
  if (!variants) throw new Error('a demo picture made no variants');
  return { original, variants, ...details };
}

/** Every demo story readers will see gets its illustration; drafts have none. */
async function prepareDemoPictures(): Promise<Map<string, PreparedPicture>> {
  const sectionNames = new Map(demoSections.map((section) => [section.slug, section.name]));
  const pictures = new Map<string, PreparedPicture>();
  for (const article of demoArticles) {
    if (article.status === 'draft') continue;
    const drawn = demoIllustration({ ...article, sectionName: sectionNames.get(article.section) ?? article.section });
    pictures.set(
      article.slug,
      await preparePicture(drawn.svg, {
        altText: drawn.altText,
        credit: 'Illustration: Paradox demo',
        description: `Demo illustration: ${article.title}`,
        focal: drawn.focal,
      }),
    );
  }
  return pictures;
}

export function demoArticlePublishedAt(article: DemoArticle, now: number): Date | null {
  if (article.status === 'draft') return null;
  return new Date(now - article.publishedDaysAgo * DAY);
}

export async function isDatabaseEmpty(): Promise<boolean> {
  const db = getDb();
  const [articleCount] = await db.select({ value: count() }).from(articles);
  const [categoryCount] = await db.select({ value: count() }).from(categories);
  return (articleCount?.value ?? 0) === 0 && (categoryCount?.value ?? 0) === 0;
}

/**
 * Writes the demo newsroom in one transaction: sections, staff (who cannot sign in), tags and articles.
 * Writes nothing (and reports 0 articles) when the database already has content.
 */
export async function seedDemoNewsroom(now: number = Date.now()): Promise<{ articles: number }> {
  const db = getDb();
  const sectionBySlug = new Map(demoSections.map((section) => [section.slug, section]));
  const articleBySlug = new Map(demoArticles.map((article) => [article.slug, article]));

  if (!(await isDatabaseEmpty())) return { articles: 0 };
  // Drawn and decoded first, outside the transaction: other instances starting at once wait on it.
  const [portrait, pictures] = await Promise.all([
    preparePicture(demoPortrait(), {
      altText: `Portrait of ${demoGuest.name}, drawn for the demo`,
      credit: 'Illustration: Paradox demo',
      description: `Byline photo: ${demoGuest.name}`,
      focal: { x: 50, y: 40 },
    }),
    prepareDemoPictures(),
  ]);

  let seeded = false;
  await db.transaction(async (tx) => {
    // Checked again inside the write transaction, so instances starting at once on a new database seed once.
    const [articleCount] = await tx.select({ value: count() }).from(articles);
    const [categoryCount] = await tx.select({ value: count() }).from(categories);
    if ((articleCount?.value ?? 0) > 0 || (categoryCount?.value ?? 0) > 0) return;
    seeded = true;
    const sectionIds = new Map<string, number>();
    for (const [position, section] of demoSections.entries()) {
      const [row] = await tx
        .insert(categories)
        .values({ slug: section.slug, name: section.name, description: section.description, position })
        .returning({ id: categories.id });
      if (row) sectionIds.set(section.slug, row.id);
    }

    const authorIds = new Map<string, number>();
    for (const author of demoAuthors) {
      const [row] = await tx
        .insert(users)
        .values({
          email: `${author.slug.replace('-', '.')}@demo.paradox.invalid`,
          name: author.name,
          slug: author.slug,
          role: author.role,
          bio: author.bio,
          passwordHash: null,
        })
        .returning({ id: users.id });
      if (row) authorIds.set(author.slug, row.id);
    }

    // Every account's byline profile under its author slug, and the guest's with a portrait.
    const profileIds = new Map<string, number>();
    for (const author of demoAuthors) {
      const [row] = await tx
        .insert(bylineProfiles)
        .values({ slug: author.slug, name: author.name, title: author.title, bio: author.bio, userId: authorIds.get(author.slug) ?? null })
        .returning({ id: bylineProfiles.id });
      if (row) profileIds.set(author.slug, row.id);
    }
    const uploader = authorIds.get('amara-okafor');
    if (!uploader) throw new Error('The demo newsroom needs its editor');
    const storePicture = async (picture: PreparedPicture, createdAt: Date) => {
      const key = crypto.randomBytes(12).toString('base64url');
      const { original, variants, ...details } = picture;
      const id = await insertPicture(
        tx,
        { key, uploadedBy: uploader, createdAt, byteSize: original.byteLength, ...details },
        original,
        variants,
      );
      return { id, url: mediaPath(key) };
    };
    const { id: photoMediaId } = await storePicture(portrait, new Date(now - 30 * DAY));
    const { socialLinks, ...guest } = demoGuest;
    const [guestRow] = await tx
      .insert(bylineProfiles)
      .values({ ...guest, socialLinks: JSON.stringify(socialLinks), photoMediaId })
      .returning({ id: bylineProfiles.id });
    if (guestRow) profileIds.set(demoGuest.slug, guestRow.id);

    const tagIds = new Map<string, number>();
    for (const name of new Set(demoArticles.flatMap((article) => article.tags))) {
      const [row] = await tx
        .insert(tags)
        .values({ slug: slugify(name), name })
        .returning({ id: tags.id });
      if (row) tagIds.set(name, row.id);
    }

    const articleIds = new Map<string, number>();
    for (const article of demoArticles) {
      const body = demoMarkupToHtml(article.body, (slug) => {
        const target = articleBySlug.get(slug);
        if (!target) throw new Error(`Demo article ${article.slug} links to unknown article ${slug}`);
        return { href: articlePath({ sectionSlug: target.section, slug: target.slug }), title: target.title };
      });
      const publishedAt = demoArticlePublishedAt(article, now);
      const status = article.status ?? 'published';
      const sectionId = sectionIds.get(article.section);
      const authorId = authorIds.get(article.author);
      if (!sectionId || !authorId || !sectionBySlug.has(article.section)) {
        throw new Error(`Demo article ${article.slug} has an unknown section or author`);
      }
      const stamp = publishedAt ?? new Date(now);
      const safeBody = sanitizeArticleHtml(body);
      const prepared = pictures.get(article.slug);
      const picture = prepared ? await storePicture(prepared, new Date(stamp.getTime() - 60 * 60 * 1000)) : null;
      const [row] = await tx
        .insert(articles)
        .values({
          slug: article.slug,
          title: article.title,
          summary: article.summary,
          body: safeBody,
          status,
          publishedAt,
          authorId,
          categoryId: sectionId,
          featuredImageUrl: picture?.url ?? null,
          createdAt: stamp,
          updatedAt: stamp,
        })
        .returning({ id: articles.id });
      if (!row) continue;
      articleIds.set(article.slug, row.id);
      if (picture) await tx.insert(articleMedia).values({ articleId: row.id, mediaId: picture.id, place: 'featured' });
      const articleTagRows = article.tags.flatMap((name) => {
        const tagId = tagIds.get(name);
        return tagId ? [{ articleId: row.id, tagId }] : [];
      });
      if (articleTagRows.length > 0) await tx.insert(articleTags).values(articleTagRows);
      const bylineSlugs = demoCoBylines[article.slug] ?? [article.author];
      const bylineProfileIds = bylineSlugs.map((slug) => {
        const profileId = profileIds.get(slug);
        if (!profileId) throw new Error(`Demo article ${article.slug} credits unknown profile ${slug}`);
        return profileId;
      });
      await tx.insert(articleBylines).values(bylineProfileIds.map((profileId, position) => ({ articleId: row.id, profileId, position })));
      // Version 1 as its writer saved it, so the revisions page and comparisons start from something.
      await tx.insert(revisions).values({
        articleId: row.id,
        version: 1,
        title: article.title,
        slug: article.slug,
        summary: article.summary,
        body: safeBody,
        status,
        categoryId: sectionId,
        tagNames: JSON.stringify(article.tags),
        bylineProfileIds: JSON.stringify(bylineProfileIds),
        savedBy: authorId,
        createdAt: stamp,
      });
      if (article.slug === demoCorrection.articleSlug && publishedAt) {
        const editorId = authorIds.get('amara-okafor') ?? authorId;
        const noteAt = new Date(publishedAt.getTime() + demoCorrection.hoursAfterPublishing * 60 * 60 * 1000);
        await tx
          .insert(articleNotes)
          .values({ articleId: row.id, kind: 'correction', body: demoCorrection.body, createdBy: editorId, createdAt: noteAt });
        await tx.update(articles).set({ updatedAt: noteAt }).where(eq(articles.id, row.id));
      }
    }

    const editorId = authorIds.get('amara-okafor');
    if (!editorId) throw new Error('The demo newsroom needs its editor');
    const pageIds = new Map<string, number>();
    for (const page of demoPages) {
      const body = sanitizeArticleHtml(
        demoMarkupToHtml(page.body, () => {
          throw new Error(`Demo page ${page.slug} cannot use READ MORE`);
        }),
      );
      const stamp = new Date(now - 30 * DAY);
      const [row] = await tx
        .insert(pages)
        .values({ slug: page.slug, title: page.title, body, status: 'published', createdAt: stamp, updatedAt: stamp })
        .returning({ id: pages.id });
      if (!row) continue;
      pageIds.set(page.slug, row.id);
      await tx.insert(pageRevisions).values({
        pageId: row.id,
        version: 1,
        title: page.title,
        slug: page.slug,
        body,
        status: 'published',
        savedBy: editorId,
        createdAt: stamp,
      });
    }
    let position = 0;
    for (const slug of demoHeaderSections) {
      await tx.insert(menuItems).values({ menu: 'header', position: position++, kind: 'section', sectionId: sectionIds.get(slug) ?? null });
    }
    position = 0;
    for (const { column, links } of demoFooter) {
      for (const link of links) {
        const target =
          'section' in link
            ? { kind: 'section' as const, sectionId: sectionIds.get(link.section) ?? null }
            : 'page' in link
              ? { kind: 'page' as const, pageId: pageIds.get(link.page) ?? null }
              : { kind: link.kind, url: link.url, label: link.label };
        await tx.insert(menuItems).values({ menu: 'footer', columnLabel: column, position: position++, ...target });
      }
    }

    // A curated front page: the strike's end leads although a smaller story is newer. Pinned until
    // unpinned, so the demo never depends on the day it was seeded; the top stories follow the newest.
    const leadId = articleIds.get(DEMO_FRONT_PAGE_LEAD);
    if (!leadId) throw new Error(`The demo front page's lead ${DEMO_FRONT_PAGE_LEAD} is not a demo article`);
    await tx
      .insert(frontPageSlots)
      .values({ slot: 'lead', position: 0, articleId: leadId, pinnedUntil: null, setBy: null, setAt: new Date(now) });
  });

  return { articles: seeded ? demoArticles.length : 0 };
}
