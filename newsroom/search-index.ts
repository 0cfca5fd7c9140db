import { inArray, sql } from 'drizzle-orm';
import { articleBodyText } from '@/lib/text';
import { getDb, type Database, type Transaction } from '@/db';
import { forgetArticleTerms, storeArticleTerms } from './related';
import { articles } from '@/db/schema';

type Executor = Database | Transaction;

/**
 * Keeps the FTS5 index (`article_search`, rowid = article id) in step with articles. Every write path
 * (editor saves, the importer, the seed) calls this in the same transaction as the article write.
 * Bodies are indexed as plain text so tag names and attributes never match a search.
 */
export async function indexArticles(executor: Executor, articleIds: number[]): Promise<void> {
  if (articleIds.length === 0) return;
  const rows = await executor
    .select({ id: articles.id, title: articles.title, summary: articles.summary, body: articles.body })
    .from(articles)
    .where(inArray(articles.id, articleIds));
  forgetArticleTerms(articleIds);
  for (const id of articleIds) await executor.run(sql`delete from article_search where rowid = ${id}`);
  const indexed = rows.map((row) => ({ id: row.id, title: row.title, summary: row.summary, body: articleBodyText(row.body) }));
  for (const row of indexed) {
    await executor.run(
      sql`insert into article_search (rowid, title, summary, body) values (${row.id}, ${row.title}, ${row.summary}, ${row.body})`,
    );
  }
  // The related ranking's term counts, from the same plain text the index holds.
  await storeArticleTerms(executor, indexed);
}

export async function removeFromIndex(executor: Executor, articleId: number): Promise<void> {
  forgetArticleTerms([articleId]);
  await executor.run(sql`delete from article_search where rowid = ${articleId}`);
  await executor.run(sql`delete from article_terms where article_id = ${articleId}`);
}

/**
 * Indexes every article the index lacks but those in the trash (after an upgrade, or a database written by
 * other tools), and takes out trashed stories it still holds.
 */
export async function indexMissingArticles(onProgress?: (done: number, total: number) => void): Promise<number> {
  const db = getDb();
  // Before 2026-12-07 every start indexed trashed stories again: they leave it as trashing them does.
  const trashedInIndex = await db.all<{ id: number }>(
    sql`select id from articles where status = 'trashed' and id in (select rowid from article_search)`,
  );
  if (trashedInIndex.length > 0)
    await db.transaction(async (tx) => {
      for (const { id } of trashedInIndex) await removeFromIndex(tx, id);
    });
  // A trashed story left the index when it was trashed (removeFromIndex) and comes back only when restored.
  const missingQuery = sql`select id from articles where status != 'trashed' and id not in (select rowid from article_search) order by id`;
  const total = (await db.all<{ id: number }>(missingQuery)).length;
  let done = 0;
  for (;;) {
    // Each batch is chosen inside its write transaction, so two instances starting at once never index
    // the same article twice.
    const indexed = await db.transaction(async (tx) => {
      const batch = (await tx.all<{ id: number }>(sql`${missingQuery} limit 200`)).map((row) => row.id);
      if (batch.length > 0) await indexArticles(tx, batch);
      return batch.length;
    });
    if (indexed === 0) break;
    done += indexed;
    onProgress?.(Math.min(done, total), Math.max(done, total));
  }
  return done;
}
