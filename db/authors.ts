import 'server-only';
import { eq } from 'drizzle-orm';
import { getDb } from './index';
import { users } from './schema';

export interface AuthorProfile {
  id: number;
  slug: string;
  name: string;
  bio: string;
}

/** Public author profile: only what an author page shows, never email or credentials. */
export async function getAuthorBySlug(slug: string): Promise<AuthorProfile | null> {
  const [row] = await getDb()
    .select({ id: users.id, slug: users.slug, name: users.name, bio: users.bio })
    .from(users)
    .where(eq(users.slug, slug))
    .limit(1);
  return row ?? null;
}
