import { sql } from 'drizzle-orm';
import type { IndexedArticle } from '@/lib/related-index';
import type { Database, Transaction } from './index';
import { statusIsOrWillBePublic } from './visibility';

/**
 * What `npm run related:rebuild` ranks from, read once: every indexed article's term counts and its row
 * length in the full-text index, the index's averages, and each article's section, publish time,
 * visibility and tags. Read a page at a time, so the rows are never all in memory at once. Also the
 * indexed text of articles whose term counts are not stored yet, to count them from.
 */

const PAGE = 5_000;

/** Reads SQLite varints (FTS5's docsize and averages records): 7 bits a byte, the ninth byte whole. */
export function decodeVarints(bytes: Uint8Array): number[] {
  const values: number[] = [];
  let offset = 0;
  while (offset < bytes.length) {
    let value = 0;
    let index = 0;
    for (; index < 8 && offset < bytes.length; index++) {
      const byte = bytes[offset++] ?? 0;
      value = value * 128 + (byte & 0x7f);
      if ((byte & 0x80) === 0) break;
    }
    if (index === 8 && offset < bytes.length) value = value * 256 + (bytes[offset++] ?? 0);
    values.push(value);
  }
  return values;
}

/** The sum of a docsize record's column sizes: the row's token count. */
export function tokenCount(docsize: Uint8Array): number {
  return decodeVarints(docsize).reduce((sum, size) => sum + size, 0);
}

/** The full-text index's row count and average row length (all columns), from FTS5's averages record. */
export async function readSearchIndexAverages(db: Database): Promise<{ rows: number; averageTokens: number }> {
  // FTS5 keeps them in its data table's row 1: the row count, then each column's token total.
  const [record] = await db.all<{ block: ArrayBuffer | Uint8Array | null }>(sql`select block from article_search_data where id = 1`);
  const [rows = 0, ...columns] = record?.block ? decodeVarints(new Uint8Array(record.block)) : [];
  const tokens = columns.reduce((sum, size) => sum + size, 0);
  return { rows, averageTokens: rows > 0 ? tokens / rows : 1 };
}

/**
 * Each term's idf as FTS5's bm25() computes it (fts5_aux.c), computed by SQLite: its ln() is the C
 * library's log(), which bm25() calls, while JavaScript's Math.log differs in the last bit for about
 * one term in thirty. `rows` is the index's row count.
 */
export async function readBm25Idfs(db: Database, rows: number): Promise<Map<string, number>> {
  const idfs = await db.all<{ term: string; idf: number }>(sql`
    select term, case when v <= 0 then 1e-6 else v end as idf
    from (select term, ln((${rows} - doc + 0.5) / (doc + 0.5)) as v from article_search_terms)`);
  return new Map(idfs.map((row) => [row.term, row.idf]));
}

/** Every article in the full-text index, in id order, with its stored term counts ('' if it has none). */
export async function forEachIndexedArticle(db: Database, visit: (article: IndexedArticle) => void): Promise<void> {
  let after = 0;
  for (;;) {
    const rows = await db.all<{ id: number; sz: ArrayBuffer | Uint8Array; terms: string | null }>(sql`
      select d.id as id, d.sz as sz, t.terms as terms from article_search_docsize d
      left join article_terms t on t.article_id = d.id
      where d.id > ${after} order by d.id limit ${PAGE}`);
    for (const row of rows) visit({ id: row.id, terms: row.terms ?? '', tokens: tokenCount(new Uint8Array(row.sz)) });
    const last = rows.at(-1);
    if (!last || rows.length < PAGE) return;
    after = last.id;
  }
}

/** What a ranking reads of each candidate besides its text. */
export interface CandidateFacts {
  categoryId: number;
  /** Milliseconds, as the ranking's candidate query reads them. */
  publishedAt: number | null;
  /** Public, or scheduled to be: what may be related (isOrWillBePublic). */
  relatable: boolean;
  /** Its tags by id, as the ranking's tag query returns them. */
  tags: Array<{ id: number; name: string }>;
}

/** Every article's facts a ranking reads, by id. */
export async function readCandidateFacts(db: Database): Promise<Map<number, CandidateFacts>> {
  const facts = new Map<number, CandidateFacts>();
  let after = 0;
  for (;;) {
    const rows = await db.all<{ id: number; categoryId: number; publishedAt: number | null; status: string }>(sql`
      select id, category_id as categoryId, published_at as publishedAt, status from articles
      where id > ${after} order by id limit ${PAGE * 4}`);
    for (const row of rows)
      facts.set(row.id, {
        categoryId: row.categoryId,
        publishedAt: row.publishedAt,
        relatable: statusIsOrWillBePublic(row.status),
        tags: [],
      });
    const last = rows.at(-1);
    if (!last || rows.length < PAGE * 4) break;
    after = last.id;
  }
  const tagRows = await db.all<{ articleId: number; id: number; name: string }>(sql`
    select article_tags.article_id as articleId, tags.id as id, tags.name as name
    from article_tags inner join tags on tags.id = article_tags.tag_id
    order by article_tags.article_id, article_tags.tag_id`);
  for (const row of tagRows) facts.get(row.articleId)?.tags.push({ id: row.id, name: row.name });
  return facts;
}

/** Title, summary and body as the search index holds them, for the given article ids. */
export async function readIndexedTexts(
  executor: Database | Transaction,
  ids: readonly number[],
): Promise<Array<{ id: number; title: string; summary: string; body: string }>> {
  if (ids.length === 0) return [];
  return executor.all<{ id: number; title: string; summary: string; body: string }>(
    sql`select rowid as id, title, summary, body from article_search where rowid in (${sql.join(
      ids.map((id) => sql`${id}`),
      sql`, `,
    )})`,
  );
}

/** Articles the search index holds whose term counts are not stored; an article it lacks has no text to count yet. */
export async function readIndexedArticleIdsWithoutTerms(db: Database): Promise<number[]> {
  const rows = await db.all<{ id: number }>(
    sql`select id from articles where id in (select rowid from article_search) and id not in (select article_id from article_terms) order by id`,
  );
  return rows.map((row) => row.id);
}
