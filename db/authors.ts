import 'server-only';
import { and, eq } from 'drizzle-orm';
import { getDb } from './index';
import { users } from './schema';
import { hasPubliclyVisibleStory } from './visibility';

export interface AuthorProfile {
  id: number;
  slug: string;
  name: string;
  bio: string;
}

/**
 * Public author profile: only what an author page shows, never email or credentials. Null for anyone
 * without a public story, so the staff roster is not a list of addresses (`/author/<any account>`).
 */
export async function getAuthorBySlug(slug: string, now: Date = new Date()): Promise<AuthorProfile | null> {
  const [row] = await getDb()
    .select({ id: users.id, slug: users.slug, name: users.name, bio: users.bio })
    .from(users)
    .where(and(eq(users.slug, slug), hasPubliclyVisibleStory(users.id, now)))
    .limit(1);
  return row ?? null;
}
