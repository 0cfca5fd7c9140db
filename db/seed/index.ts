import { count, eq } from 'drizzle-orm';
import { articlePath } from '@/lib/paths';
import { slugify } from '@/lib/slug';
import { sanitizeArticleHtml } from '@/lib/sanitize';
import { getDb } from '@/db';
import { articleNotes, articleTags, articles, categories, frontPageSlots, menuItems, pageRevisions, pages, tags, users } from '@/db/schema';
import { demoCorrection, demoFooter, demoHeaderSections, demoPages } from './demo-pages';
import { DEMO_FRONT_PAGE_LEAD, demoArticles, type DemoArticle, type DemoAuthorSlug, type DemoSectionSlug } from './demo-articles';
import { demoMarkupToHtml } from './markup';
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

export const demoAuthors: ReadonlyArray<{ slug: DemoAuthorSlug; name: string; role: UserRole; bio: string }> = [
  { slug: 'amara-okafor', name: 'Amara Okafor', role: 'editor', bio: 'Politics editor. Covers parliament and the budget.' },
  { slug: 'daniel-reyes', name: 'Daniel Reyes', role: 'author', bio: 'Business correspondent, formerly on the ports and shipping beat.' },
  { slug: 'helen-lindqvist', name: 'Helen Lindqvist', role: 'author', bio: 'World affairs and climate reporter.' },
  { slug: 'kenji-watanabe', name: 'Kenji Watanabe', role: 'author', bio: 'Technology reporter writing about chips, AI and regulation.' },
  { slug: 'sofia-marchetti', name: 'Sofia Marchetti', role: 'author', bio: 'Sport and culture writer.' },
];

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
      const [row] = await tx
        .insert(articles)
        .values({
          slug: article.slug,
          title: article.title,
          summary: article.summary,
          body: sanitizeArticleHtml(body),
          status,
          publishedAt,
          authorId,
          categoryId: sectionId,
          createdAt: stamp,
          updatedAt: stamp,
        })
        .returning({ id: articles.id });
      if (!row) continue;
      articleIds.set(article.slug, row.id);
      const articleTagRows = article.tags.flatMap((name) => {
        const tagId = tagIds.get(name);
        return tagId ? [{ articleId: row.id, tagId }] : [];
      });
      if (articleTagRows.length > 0) await tx.insert(articleTags).values(articleTagRows);
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
