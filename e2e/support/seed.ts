import { eq } from 'drizzle-orm';
import { getDb } from '../../db';
import { articleSlugHistory, articles, categories, categorySlugHistory, users } from '../../db/schema';
import { indexMissingArticles } from '../../newsroom/search-index';
import { createAccountUnguarded } from '../../newsroom/accounts';
import { newestDemoArticle } from './demo';
import { FIXTURE_SECTION, oldAddressFixtures, sportArchiveFixtures } from './fixtures';
import { staff } from './staff';
import { creditOwners } from '../../tests/support/bylines';

const HOUR = 60 * 60 * 1000;

/** Runs in the e2e server process, through the data layer, before the server starts. */
export async function seedE2eFixtures(): Promise<void> {
  const db = getDb();
  const [section] = await db.select({ id: categories.id }).from(categories).where(eq(categories.slug, FIXTURE_SECTION));
  const [author] = await db.select({ id: users.id }).from(users).where(eq(users.slug, 'sofia-marchetti'));
  if (!section || !author) throw new Error('The demo newsroom must be seeded before the e2e fixtures');
  for (const account of Object.values(staff)) {
    await createAccountUnguarded(account, { via: 'cli' });
  }
  const now = Date.now();
  await db.insert(articles).values(
    sportArchiveFixtures.map((fixture) => ({
      slug: fixture.slug,
      title: fixture.title,
      summary: 'A fixture article for the end-to-end tests of section pagination.',
      body: '<p>Fixture body.</p>',
      status: 'published' as const,
      publishedAt: new Date(now - fixture.hoursAgo * HOUR),
      authorId: author.id,
      categoryId: section.id,
    })),
  );
  const [newest] = await db.select({ id: articles.id }).from(articles).where(eq(articles.slug, newestDemoArticle().slug));
  if (!newest) throw new Error('The newest demo article is missing');
  await db.insert(articleSlugHistory).values({ slug: oldAddressFixtures.articleSlug, articleId: newest.id });
  await db.insert(categorySlugHistory).values({ slug: oldAddressFixtures.sectionSlug, categoryId: section.id });
  // Fixtures are written after start-up indexing ran; index them so search sees the same site readers do.
  // The fixture stories are credited to their owner's byline, as every write through the editor is.
  await creditOwners();
  await indexMissingArticles();
}
