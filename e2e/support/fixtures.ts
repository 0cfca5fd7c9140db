import { eq } from 'drizzle-orm';
import { getDb } from '../../db';
import { articles, categories, users } from '../../db/schema';

const HOUR = 60 * 60 * 1000;

/** Extra Sport stories, older than all demo ones, so the Sport index has several pages. */
export const sportArchiveFixtures = Array.from({ length: 14 }, (_, index) => ({
  slug: `fixture-sport-archive-${index + 1}`,
  title: `Archive fixture: Calder Rovers match report ${index + 1}`,
  hoursAgo: 24 * 60 + index * 6,
}));

export const FIXTURE_SECTION = 'sport';

export async function seedE2eFixtures(): Promise<void> {
  const db = getDb();
  const [section] = await db.select({ id: categories.id }).from(categories).where(eq(categories.slug, FIXTURE_SECTION));
  const [author] = await db.select({ id: users.id }).from(users).where(eq(users.slug, 'sofia-marchetti'));
  if (!section || !author) throw new Error('The demo newsroom must be seeded before the e2e fixtures');
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
}
