import 'server-only';
import { and, asc, desc, eq, inArray, sql } from 'drizzle-orm';
import { correctionKinds, type ArticleNote } from '@/lib/article-notes';
import { encodeCursor, type ListingCursor, type Page } from '@/lib/pagination';
import { getDb } from './index';
import { articleNotes, articles, categories } from './schema';
import { isPubliclyVisible } from './visibility';

const noteColumns = { id: articleNotes.id, kind: articleNotes.kind, body: articleNotes.body, createdAt: articleNotes.createdAt };

/** The notes of each given article, oldest first, in one query. */
export async function getNotesForArticles(articleIds: readonly number[]): Promise<Map<number, ArticleNote[]>> {
  const byArticle = new Map<number, ArticleNote[]>();
  if (articleIds.length === 0) return byArticle;
  const rows = await getDb()
    .select({ ...noteColumns, articleId: articleNotes.articleId })
    .from(articleNotes)
    .where(inArray(articleNotes.articleId, [...articleIds]))
    .orderBy(asc(articleNotes.createdAt), asc(articleNotes.id));
  for (const { articleId, ...note } of rows) {
    const list = byArticle.get(articleId) ?? [];
    list.push(note);
    byArticle.set(articleId, list);
  }
  return byArticle;
}

export async function getNotesForArticle(articleId: number): Promise<ArticleNote[]> {
  return (await getNotesForArticles([articleId])).get(articleId) ?? [];
}

/** A correction or clarification as /corrections lists it, with the story it belongs to. */
export interface CorrectionEntry extends ArticleNote {
  articleId: number;
  articleTitle: string;
  articleSlug: string;
  sectionSlug: string;
}

/** Corrections and clarifications on public stories, newest first, keyset-paginated on (created_at, id). */
export async function getCorrectionsPage(
  cursor: ListingCursor | null,
  pageSize: number,
  now: Date = new Date(),
): Promise<Page<CorrectionEntry>> {
  const rows = await getDb()
    .select({
      ...noteColumns,
      articleId: articles.id,
      articleTitle: articles.title,
      articleSlug: articles.slug,
      sectionSlug: categories.slug,
    })
    .from(articleNotes)
    .innerJoin(articles, eq(articles.id, articleNotes.articleId))
    .innerJoin(categories, eq(categories.id, articles.categoryId))
    .where(
      and(
        cursor ? sql`(${articleNotes.createdAt}, ${articleNotes.id}) < (${cursor.publishedAt}, ${cursor.id})` : undefined,
        inArray(articleNotes.kind, [...correctionKinds]),
        isPubliclyVisible(now),
      ),
    )
    .orderBy(desc(articleNotes.createdAt), desc(articleNotes.id))
    .limit(pageSize + 1);
  const items = rows.slice(0, pageSize);
  const last = items.at(-1);
  const nextCursor = rows.length > pageSize && last ? encodeCursor({ publishedAt: last.createdAt.getTime(), id: last.id }) : null;
  return { items, nextCursor };
}
