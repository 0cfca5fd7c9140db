import 'server-only';
import { and, eq, inArray, sql, type SQL } from 'drizzle-orm';
import { SNIPPET_CLOSE, SNIPPET_OPEN, buildFtsQuery, buildTitleFtsQueries, highlightSnippet } from '@/lib/search-query';
import { cardColumns, type ArticleCard } from './articles';
import { getDb } from './index';
import { articles, categories } from './schema';
import { withBylines } from './authors';
import { isPubliclyVisible } from './visibility';

/** Search result pages are shallow: nobody reads page 51, and OFFSET gets slower the deeper it goes. */
export const MAX_SEARCH_PAGE = 50;
export const MAX_SEARCH_PAGE_SIZE = 50;
/** Counting stops here (as many as 50 pages show); the page then says "more than 500 results". */
export const SEARCH_COUNT_CAP = 500;

export interface SearchOptions {
  query: string;
  /** Only stories in this section (by slug). */
  sectionSlug?: string | null;
  /** 1-based; clamped to 1…MAX_SEARCH_PAGE. */
  page: number;
  pageSize: number;
  /** Ranks only this many newest matches on the fast path; RANKED_MATCH_LIMIT unless a test says less. */
  rankedMatchLimit?: number;
}

export type SearchResultItem = ArticleCard & {
  /** HTML: the escaped excerpt with matches wrapped in <mark>. Safe to insert as HTML. */
  snippetHtml: string;
};

export interface SearchResults {
  /** Matching public stories, counted up to SEARCH_COUNT_CAP. */
  total: number;
  /** True when there are more than `total` matches. */
  totalCapped: boolean;
  items: SearchResultItem[];
}

const EMPTY: SearchResults = { total: 0, totalCapped: false, items: [] };

// FTS5 column numbers of article_search(title, summary, body).
const SUMMARY_COLUMN = 1;
const BODY_COLUMN = 2;

/**
 * A word in most stories ("said", a section name) matches tens of thousands of rows, and BM25 has to
 * score every one of them: about 1 µs each, so 100 ms at 100,000 stories. When a query matches more than
 * this many stories, only the most recently added this-many are ranked. For a news search that is what a
 * reader wants anyway: such a word says little about relevance, and recent stories come first.
 */
export const RANKED_MATCH_LIMIT = 5000;

/**
 * Ranking, lower is better: first the stories whose title holds the words as a phrase, then those whose
 * title holds every word, then the rest; within each, bm25 with a title match worth 10 body matches and a
 * summary match 4. The tiers matter because bm25 alone barely weighs a word found in most stories (its
 * IDF falls to nothing), so in a newsroom that writes about the port all week, "port strike" would
 * otherwise rank a poll that mentions the strike above the headline "Port Averly strike ends".
 */
function rankOf(titleQueries: { allWords: string; phrase: string }, rowid: SQL = sql`rowid`): SQL<number> {
  const inTitle = (query: string) => sql`${rowid} in (select rowid from article_search where article_search match ${query})`;
  return sql<number>`(bm25(article_search, 10.0, 4.0, 1.0)
    - case when ${inTitle(titleQueries.phrase)} then ${TITLE_PHRASE_BONUS} when ${inTitle(titleQueries.allWords)} then ${TITLE_WORDS_BONUS} else 0 end)`;
}

/** Far beyond any bm25 score (a few tens at most), so each tier ranks wholly above the next. */
const TITLE_WORDS_BONUS = 1000;
const TITLE_PHRASE_BONUS = 2000;

function snippetOf(column: number, tokens: number): SQL<string> {
  return sql<string>`snippet(article_search, ${sql.raw(String(column))}, ${SNIPPET_OPEN}, ${SNIPPET_CLOSE}, '…', ${sql.raw(String(tokens))})`;
}

/**
 * Ids of the best public matches, ranked by FTS5 on its own (no joins while ranking): the page and a
 * margin beyond it. Only when hidden stories or a section filter leave the page short does the caller
 * run the full query instead.
 */
async function topMatchIds(
  match: string,
  titleQueries: { allWords: string; phrase: string },
  limit: number,
  floor: number,
  sectionSlug: string | null | undefined,
  now: Date,
): Promise<number[]> {
  // FTS5 ranks alone inside the subquery; CROSS JOIN keeps that order of work, so only the winners are
  // looked up in articles (by primary key) for visibility.
  const rows = await getDb().all<{ id: number }>(sql`
    select ${articles.id} as id
    from (select rowid, ${rankOf(titleQueries)} as score from article_search
          where article_search match ${match} and rowid >= ${floor} order by score limit ${limit + 50}) as m
    cross join ${articles} on ${articles.id} = m.rowid
    join ${categories} on ${categories.id} = ${articles.categoryId}
    where ${isPubliclyVisible(now)}
      ${sectionSlug ? sql`and ${categories.slug} = ${sectionSlug}` : sql``}
    order by m.score, ${articles.publishedAt} desc, ${articles.id} desc`);
  return rows.map((row) => row.id);
}

/**
 * The lowest rowid worth ranking: 0 when the query matches at most `limit` stories, else the rowid of
 * the `limit`-th newest match. FTS5 walks its doclist newest first for this, which is
 * cheap, and then seeks straight to the floor when ranking.
 */
async function rankingFloor(match: string, limit: number): Promise<number> {
  const [row] = await getDb().all<{ id: number }>(sql`
    select rowid as id from article_search where article_search match ${match}
    order by rowid desc limit 1 offset ${Math.max(0, limit - 1)}`);
  return row?.id ?? 0;
}

/** The page's cards by id (primary key), with snippets from FTS5 for just those rows. */
async function pageRowsByIds(match: string, ids: number[]) {
  const db = getDb();
  const [cards, snippets] = await Promise.all([
    db.select(cardColumns).from(articles).innerJoin(categories, eq(categories.id, articles.categoryId)).where(inArray(articles.id, ids)),
    db.all<{ id: number; bodySnippet: string; summarySnippet: string }>(sql`
      select rowid as id, ${snippetOf(BODY_COLUMN, 24)} as bodySnippet, ${snippetOf(SUMMARY_COLUMN, 64)} as summarySnippet
      from article_search where article_search match ${match} and rowid in (${sql.join(
        ids.map((id) => sql`${id}`),
        sql`, `,
      )})`),
  ]);
  const snippetById = new Map(snippets.map((row) => [row.id, row]));
  return cards.map((card) => ({
    ...card,
    bodySnippet: snippetById.get(card.id)?.bodySnippet ?? '',
    summarySnippet: snippetById.get(card.id)?.summarySnippet ?? '',
  }));
}

/** Public matches among the first SEARCH_COUNT_CAP + 1 the index lists; visibility checked by key. */
async function countPublicMatches(match: string, sectionSlug: string | null | undefined, now: Date): Promise<number> {
  const db = getDb();
  const [row] = await db.all<{ value: number }>(sql`
    select count(*) as value
    from (select rowid from article_search where article_search match ${match} limit ${SEARCH_COUNT_CAP + 1}) as m
    cross join ${articles} on ${articles.id} = m.rowid
    join ${categories} on ${categories.id} = ${articles.categoryId}
    where ${isPubliclyVisible(now)}
      ${sectionSlug ? sql`and ${categories.slug} = ${sectionSlug}` : sql``}`);
  return Number(row?.value ?? 0);
}

function clampInteger(value: number, min: number, max: number): number {
  if (!Number.isFinite(value)) return min;
  return Math.min(max, Math.max(min, Math.trunc(value)));
}

/**
 * Full-text search over public stories: drafts and articles scheduled for later never match. Results are
 * ranked by relevance (title matches count most), then newest first, and paged with LIMIT/OFFSET.
 * Input of any shape is safe: it is reduced to quoted words by buildFtsQuery, and an input with no words
 * returns no results without touching the database.
 */
export async function searchPublishedArticles(options: SearchOptions, now: Date = new Date()): Promise<SearchResults> {
  const match = buildFtsQuery(options.query);
  const titleQueries = buildTitleFtsQueries(options.query);
  if (match === null || titleQueries === null) return EMPTY;
  const pageSize = clampInteger(options.pageSize, 1, MAX_SEARCH_PAGE_SIZE);
  const page = clampInteger(options.page, 1, MAX_SEARCH_PAGE);

  try {
    const floor = await rankingFloor(match, options.rankedMatchLimit ?? RANKED_MATCH_LIMIT);
    // The fallback below ranks every match: it runs only when the newest matches cannot fill the page
    // (a section filter on a small or old section, or many hidden stories), and must then find the rest.
    const where = and(
      sql`article_search MATCH ${match}`,
      eq(articles.id, sql`article_search.rowid`),
      isPubliclyVisible(now),
      options.sectionSlug ? eq(categories.slug, options.sectionSlug) : undefined,
    );
    const db = getDb();
    // The FTS table drives both queries (a CROSS JOIN keeps SQLite from reordering it): the MATCH finds
    // the candidate rowids, and every other table is reached by primary key from there.
    const rowsQuery = (onlyIds: number[] | null) =>
      db
        .select({
          ...cardColumns,
          bodySnippet: snippetOf(BODY_COLUMN, 24),
          summarySnippet: snippetOf(SUMMARY_COLUMN, 64),
        })
        .from(sql`article_search`)
        .crossJoin(articles)
        .innerJoin(categories, eq(categories.id, articles.categoryId))
        .where(and(where, onlyIds ? inArray(articles.id, onlyIds) : undefined))
        .orderBy(rankOf(titleQueries, sql`article_search.rowid`), sql`${articles.publishedAt} desc`, sql`${articles.id} desc`)
        .$dynamic();

    const countQuery = countPublicMatches(match, options.sectionSlug, now);

    const want = page * pageSize;
    const ids = await topMatchIds(match, titleQueries, want, floor, options.sectionSlug, now);
    const pageIds = ids.length >= want ? ids.slice(want - pageSize, want) : null;
    const order = new Map((pageIds ?? []).map((id, index) => [id, index]));
    const [rows, counted] = await Promise.all([
      // Snippets only for the page's rows; the full ranked query only when the fast path fell short.
      pageIds
        ? pageRowsByIds(match, pageIds).then((found) => found.sort((a, b) => (order.get(a.id) ?? 0) - (order.get(b.id) ?? 0)))
        : rowsQuery(null)
            .limit(pageSize)
            .offset((page - 1) * pageSize),
      countQuery,
    ]);
    const found = counted;

    const items = (await withBylines(rows)).map(({ bodySnippet, summarySnippet, ...card }): SearchResultItem => {
      const body = highlightSnippet(bodySnippet ?? '', SNIPPET_OPEN, SNIPPET_CLOSE);
      const summary = highlightSnippet(summarySnippet ?? '', SNIPPET_OPEN, SNIPPET_CLOSE);
      // The body excerpt around the match; else the summary (highlighted where it matched); a title-only
      // match shows the summary as it is.
      const snippetHtml = body.includes('<mark>') ? body : summary || body;
      return { ...card, publishedAt: card.publishedAt ?? new Date(0), snippetHtml };
    });
    return { total: Math.min(found, SEARCH_COUNT_CAP), totalCapped: found > SEARCH_COUNT_CAP, items };
  } catch (error) {
    // buildFtsQuery only produces quoted strings, so an FTS5 syntax error should be impossible; if one
    // ever happens the reader gets "no results", not a server error.
    // A missing table (migrations not run) or a busy database is a real fault and surfaces as one.
    const message = sqliteErrorMessage(error);
    if (message !== null && !/no such (table|module|function)/i.test(message)) {
      console.error(`Search: SQLite rejected the query ${JSON.stringify(match)}: ${message}`);
      return EMPTY;
    }
    throw error;
  }
}

/**
 * The message of an SQLITE_ERROR (drizzle wraps the driver's error in `cause`), or null for any other
 * error. FTS5 reports a bad MATCH expression as a plain SQLITE_ERROR ("fts5: syntax error near …",
 * "unterminated string", "no such column"), so the code is the only reliable sign.
 */
function sqliteErrorMessage(error: unknown): string | null {
  for (let current = error, depth = 0; current && typeof current === 'object' && depth < 5; depth++) {
    const { code, message, cause } = current as { code?: unknown; message?: unknown; cause?: unknown };
    if (code === 'SQLITE_ERROR') return typeof message === 'string' ? message : '';
    current = cause;
  }
  return null;
}
