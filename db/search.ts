import 'server-only';
import { and, eq, sql, type SQL } from 'drizzle-orm';
import { SNIPPET_CLOSE, SNIPPET_OPEN, buildFtsQuery, highlightSnippet } from '../lib/search-query';
import type { ArticleCard } from './articles';
import { getDb } from './index';
import { articles, categories, users } from './schema';
import { isPubliclyVisible } from './visibility';

/** Search result pages are shallow: nobody reads page 51, and OFFSET gets slower the deeper it goes. */
export const MAX_SEARCH_PAGE = 50;
export const MAX_SEARCH_PAGE_SIZE = 50;
/** Counting stops here; the page then says "more than 1,000 results". */
export const SEARCH_COUNT_CAP = 1000;

export interface SearchOptions {
  query: string;
  /** Only stories in this section (by slug). */
  sectionSlug?: string | null;
  /** 1-based; clamped to 1…MAX_SEARCH_PAGE. */
  page: number;
  pageSize: number;
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

/** Ranking: bm25 with a title match worth 10 body matches and a summary match 4; lower is better. */
const rank = sql`bm25(article_search, 10.0, 4.0, 1.0)`;

function snippetOf(column: number, tokens: number): SQL<string> {
  return sql<string>`snippet(article_search, ${sql.raw(String(column))}, ${SNIPPET_OPEN}, ${SNIPPET_CLOSE}, '…', ${sql.raw(String(tokens))})`;
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
  if (match === null) return EMPTY;
  const pageSize = clampInteger(options.pageSize, 1, MAX_SEARCH_PAGE_SIZE);
  const page = clampInteger(options.page, 1, MAX_SEARCH_PAGE);

  const where = and(
    sql`article_search MATCH ${match}`,
    eq(articles.id, sql`article_search.rowid`),
    isPubliclyVisible(now),
    options.sectionSlug ? eq(categories.slug, options.sectionSlug) : undefined,
  );

  try {
    const db = getDb();
    // The FTS table drives both queries (a CROSS JOIN keeps SQLite from reordering it): the MATCH finds
    // the candidate rowids, and every other table is reached by primary key from there.
    const rowsQuery = db
      .select({
        id: articles.id,
        slug: articles.slug,
        title: articles.title,
        summary: articles.summary,
        publishedAt: articles.publishedAt,
        sectionSlug: categories.slug,
        sectionName: categories.name,
        authorName: users.name,
        authorSlug: users.slug,
        featuredImageUrl: articles.featuredImageUrl,
        featuredImageAlt: articles.featuredImageAlt,
        bodySnippet: snippetOf(BODY_COLUMN, 24),
        summarySnippet: snippetOf(SUMMARY_COLUMN, 64),
      })
      .from(sql`article_search`)
      .crossJoin(articles)
      .innerJoin(categories, eq(categories.id, articles.categoryId))
      .innerJoin(users, eq(users.id, articles.authorId))
      .where(where)
      .orderBy(rank, sql`${articles.publishedAt} desc`, sql`${articles.id} desc`)
      .limit(pageSize)
      .offset((page - 1) * pageSize);

    const countQuery = db
      .select({ value: sql<number>`count(*)` })
      .from(
        db
          .select({ one: sql`1`.as('one') })
          .from(sql`article_search`)
          .crossJoin(articles)
          .innerJoin(categories, eq(categories.id, articles.categoryId))
          .where(where)
          .limit(SEARCH_COUNT_CAP + 1)
          .as('matches'),
      );

    const [rows, counted] = await Promise.all([rowsQuery, countQuery]);
    const found = Number(counted[0]?.value ?? 0);

    const items = rows.map(({ bodySnippet, summarySnippet, ...card }): SearchResultItem => {
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
