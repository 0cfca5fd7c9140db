import 'server-only';
import { and, asc, count, desc, eq, gt, isNull, ne } from 'drizzle-orm';
import { alias } from 'drizzle-orm/sqlite-core';
import { PRESENCE_WINDOW_MS, type ArticleCommentKind, type NotificationKind } from '@/lib/collaboration';
import { getDb } from './index';
import { articleComments, articlePresence, articles, notifications, revisions, users } from './schema';

/** The badge in the editor's header. */
export async function countUnreadNotifications(userId: number): Promise<number> {
  const [row] = await getDb()
    .select({ unread: count() })
    .from(notifications)
    .where(and(eq(notifications.recipientId, userId), isNull(notifications.readAt)));
  return row?.unread ?? 0;
}

export interface NotificationView {
  id: number;
  kind: NotificationKind;
  articleId: number;
  articleTitle: string;
  actorName: string | null;
  /** The send-back note or the comment that mentions the reader. */
  commentBody: string | null;
  createdAt: Date;
  readAt: Date | null;
}

/** One person's notifications, newest first. */
export function listNotifications(userId: number, limit = 100): Promise<NotificationView[]> {
  const actor = alias(users, 'actor');
  return getDb()
    .select({
      id: notifications.id,
      kind: notifications.kind,
      articleId: notifications.articleId,
      articleTitle: articles.title,
      actorName: actor.name,
      commentBody: articleComments.body,
      createdAt: notifications.createdAt,
      readAt: notifications.readAt,
    })
    .from(notifications)
    .innerJoin(articles, eq(articles.id, notifications.articleId))
    .leftJoin(actor, eq(actor.id, notifications.actorId))
    .leftJoin(articleComments, eq(articleComments.id, notifications.commentId))
    .where(eq(notifications.recipientId, userId))
    .orderBy(desc(notifications.id))
    .limit(limit);
}

/** Whether a notification is the reader's own, and which story it is about (opening it marks it read). */
export async function getOwnNotification(userId: number, id: number): Promise<{ articleId: number; commentId: number | null } | null> {
  const [row] = await getDb()
    .select({ articleId: notifications.articleId, commentId: notifications.commentId })
    .from(notifications)
    .where(and(eq(notifications.id, id), eq(notifications.recipientId, userId)))
    .limit(1);
  return row ?? null;
}

export interface ArticleCommentView {
  id: number;
  kind: ArticleCommentKind;
  body: string;
  authorName: string;
  createdAt: Date;
}

/** A story's comments and send-back notes, oldest first. */
export function listArticleComments(articleId: number): Promise<ArticleCommentView[]> {
  return getDb()
    .select({
      id: articleComments.id,
      kind: articleComments.kind,
      body: articleComments.body,
      authorName: users.name,
      createdAt: articleComments.createdAt,
    })
    .from(articleComments)
    .innerJoin(users, eq(users.id, articleComments.authorId))
    .where(eq(articleComments.articleId, articleId))
    .orderBy(asc(articleComments.id));
}

/**
 * The note a draft was last sent back with, while it still stands: the story is a draft and has not been
 * submitted or published since (an unpublished story's old send-back is history, not news).
 */
export async function standingSendBack(article: { id: number; status: string }): Promise<ArticleCommentView | null> {
  if (article.status !== 'draft') return null;
  const [note] = await getDb()
    .select({
      id: articleComments.id,
      kind: articleComments.kind,
      body: articleComments.body,
      authorName: users.name,
      createdAt: articleComments.createdAt,
    })
    .from(articleComments)
    .innerJoin(users, eq(users.id, articleComments.authorId))
    .where(and(eq(articleComments.articleId, article.id), eq(articleComments.kind, 'send_back')))
    .orderBy(desc(articleComments.id))
    .limit(1);
  if (!note) return null;
  const [later] = await getDb()
    .select({ id: revisions.id })
    .from(revisions)
    .where(and(eq(revisions.articleId, article.id), ne(revisions.status, 'draft'), gt(revisions.createdAt, note.createdAt)))
    .limit(1);
  return later ? null : note;
}

/** Who else has the story's form open now (a heartbeat younger than PRESENCE_WINDOW_MS), by name. */
export async function othersEditing(articleId: number, userId: number, now = new Date()): Promise<string[]> {
  const rows = await getDb()
    .select({ name: users.name })
    .from(articlePresence)
    .innerJoin(users, eq(users.id, articlePresence.userId))
    .where(
      and(
        eq(articlePresence.articleId, articleId),
        ne(articlePresence.userId, userId),
        gt(articlePresence.seenAt, new Date(now.getTime() - PRESENCE_WINDOW_MS)),
      ),
    )
    .orderBy(asc(users.name));
  return rows.map((row) => row.name);
}
