import { sql } from 'drizzle-orm';

/**
 * For fixtures inserted straight into the tables: gives every account without a profile one (under its
 * author slug) and every article without a byline its owner's, as the bylines migration does.
 */
export async function creditOwners(): Promise<void> {
  const { getDb } = await import('../../db');
  const db = getDb();
  await db.run(sql`insert into byline_profiles (slug, name, bio, user_id)
    select u.slug, u.name, u.bio, u.id from users u
    where not exists (select 1 from byline_profiles p where p.user_id = u.id)`);
  await db.run(sql`insert into article_bylines (article_id, profile_id, position)
    select a.id, p.id, 0 from articles a join byline_profiles p on p.user_id = a.author_id
    where not exists (select 1 from article_bylines b where b.article_id = a.id)`);
}
