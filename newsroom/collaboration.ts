import 'server-only';
import { and, eq, gt, inArray, isNull, lt, ne } from 'drizzle-orm';
import { z } from 'zod';
import { findMentions, MAX_COMMENT_CHARS, PRESENCE_WINDOW_MS, type NotificationKind } from '@/lib/collaboration';
import { atLeast, canOnArticle, canOnSite, canSeeArticle, type UserRole } from '@/lib/permissions';
import { joinNames } from '@/lib/text';
import { type Transaction } from '@/db';
import { articleBylines, articleComments, articlePresence, articles, bylineProfiles, notifications, users } from '@/db/schema';
import { defineMutation, forbidden, MutationError } from './guard';
import { plainTextField } from './notes';

/** An active account, as notifications and mentions need it. */
interface StaffMember {
  id: number;
  name: string;
  slug: string;
  role: UserRole;
}

async function activeStaff(tx: Transaction, ids?: readonly number[]): Promise<StaffMember[]> {
  if (ids && ids.length === 0) return [];
  return tx
    .select({ id: users.id, name: users.name, slug: users.slug, role: users.role })
    .from(users)
    .where(and(eq(users.disabled, false), ids ? inArray(users.id, [...ids]) : undefined));
}

/** Writes one notification per recipient (never to the one who acted), in the caller's transaction. */
export async function notify(
  tx: Transaction,
  event: { kind: NotificationKind; articleId: number; actorId: number; recipientIds: readonly number[]; commentId?: number; now: Date },
): Promise<void> {
  const recipients = [...new Set(event.recipientIds)].filter((id) => id !== event.actorId);
  if (recipients.length === 0) return;
  await tx.insert(notifications).values(
    recipients.map((recipientId) => ({
      recipientId,
      kind: event.kind,
      articleId: event.articleId,
      actorId: event.actorId,
      commentId: event.commentId ?? null,
      createdAt: event.now,
    })),
  );
}

/** Everyone who reviews submissions: the active editors and admins. */
export async function reviewerIds(tx: Transaction): Promise<number[]> {
  return (await activeStaff(tx)).filter((person) => atLeast(person, 'editor')).map((person) => person.id);
}

/**
 * A story's writers: its owner and the accounts on its byline, those of them who can open it in the editor
 * (a co-author who is not an editor would only meet a 404 there).
 */
export async function writerIds(tx: Transaction, article: { id: number; authorId: number }): Promise<number[]> {
  const bylined = await tx
    .select({ userId: bylineProfiles.userId })
    .from(articleBylines)
    .innerJoin(bylineProfiles, eq(bylineProfiles.id, articleBylines.profileId))
    .where(eq(articleBylines.articleId, article.id));
  const candidates = [article.authorId, ...bylined.flatMap((row) => (row.userId === null ? [] : [row.userId]))];
  return (await activeStaff(tx, [...new Set(candidates)])).filter((person) => canSeeArticle(person, article)).map((person) => person.id);
}

async function loadArticle(tx: Transaction, id: number) {
  const [row] = await tx
    .select({ id: articles.id, title: articles.title, status: articles.status, authorId: articles.authorId })
    .from(articles)
    .where(eq(articles.id, id))
    .limit(1);
  if (!row) throw new MutationError('not_found', 'That article no longer exists.');
  return row;
}

const articleId = z.coerce.number().int().positive();

/** An editor returns a submission to its writer as a draft, saying why; the note stays in the story's comments. */
export const sendBackArticle = defineMutation({
  name: 'article.sendBack',
  input: z.object({ articleId, note: plainTextField('Say what needs to change before it can run.', 'The note', MAX_COMMENT_CHARS) }),
  async run({ tx, actor, now }, input) {
    if (!canOnSite(actor, 'reviewQueue')) forbidden('Only editors and administrators review submissions.');
    const article = await loadArticle(tx, input.articleId);
    if (article.status !== 'pending') {
      throw new MutationError('invalid', 'Only a story waiting for review can be sent back.');
    }
    const [comment] = await tx
      .insert(articleComments)
      .values({ articleId: article.id, authorId: actor.id, kind: 'send_back', body: input.note, createdAt: now })
      .returning({ id: articleComments.id });
    if (!comment) throw new Error('comment insert returned no row');
    // A change of hands, not of the text: no new version, so a writer's open form stays current.
    await tx.update(articles).set({ status: 'draft', updatedAt: now }).where(eq(articles.id, article.id));
    const writers = await writerIds(tx, article);
    await notify(tx, { kind: 'sent_back', articleId: article.id, actorId: actor.id, recipientIds: writers, commentId: comment.id, now });
    return {
      result: { id: article.id, commentId: comment.id },
      audit: { action: 'article.sendBack', targetType: 'article', targetId: article.id, summary: `${article.title}: ${input.note}` },
      revalidate: [],
    };
  },
});

/** Staff who may open a story comment on it; "@Name" or "@slug" notifies a colleague who can open it too. */
export const addArticleComment = defineMutation({
  name: 'article.comment',
  input: z.object({ articleId, body: plainTextField('Write a comment first.', 'A comment', MAX_COMMENT_CHARS) }),
  async run({ tx, actor, now }, input) {
    const article = await loadArticle(tx, input.articleId);
    if (!canSeeArticle(actor, article)) forbidden('You can only comment on stories you can open.');
    if (article.status === 'trashed') throw new MutationError('invalid', 'This story is in the trash. Restore it to comment on it.');
    const [comment] = await tx
      .insert(articleComments)
      .values({ articleId: article.id, authorId: actor.id, kind: 'comment', body: input.body, createdAt: now })
      .returning({ id: articleComments.id });
    if (!comment) throw new Error('comment insert returned no row');
    const staff = await activeStaff(tx);
    const mentionedIds = findMentions(input.body, staff).filter((id) => id !== actor.id);
    const mentioned = mentionedIds.flatMap((id) => staff.filter((person) => person.id === id));
    const reachable = mentioned.filter((person) => canSeeArticle(person, article));
    const unreachable = mentioned.filter((person) => !canSeeArticle(person, article));
    await notify(tx, {
      kind: 'mentioned',
      articleId: article.id,
      actorId: actor.id,
      recipientIds: reachable.map((person) => person.id),
      commentId: comment.id,
      now,
    });
    return {
      result: { id: comment.id, notified: reachable.map((person) => person.name), notNotified: unreachable.map((person) => person.name) },
      audit: {
        action: 'article.comment',
        targetType: 'article',
        targetId: article.id,
        summary: `${article.title}${reachable.length ? ` (mentions ${joinNames(reachable.map((person) => person.name))})` : ''}`,
      },
      // Never on a reader page; the action refreshes the editor's own.
      revalidate: [],
    };
  },
});

/** Marks one's own notifications read: the given ones, or every one. Bookkeeping: not audited. */
export const markNotificationsRead = defineMutation({
  name: 'notifications.markRead',
  input: z.union([z.object({ ids: z.array(z.coerce.number().int().positive()).min(1).max(200) }), z.object({ all: z.literal(true) })]),
  async run({ tx, actor, now }, input) {
    const marked = await tx
      .update(notifications)
      .set({ readAt: now })
      .where(
        and(
          eq(notifications.recipientId, actor.id),
          isNull(notifications.readAt),
          'ids' in input ? inArray(notifications.id, input.ids) : undefined,
        ),
      )
      .returning({ id: notifications.id, articleId: notifications.articleId });
    return { result: { marked: marked.length }, audit: null, revalidate: [] };
  },
});

/**
 * The article form's heartbeat: records that the actor has the story open, and answers with who else has
 * (their last heartbeat younger than PRESENCE_WINDOW_MS). Kept in the database, so every instance sees it.
 */
export const recordPresence = defineMutation({
  name: 'article.presence',
  input: z.object({ articleId }),
  async run({ tx, actor, now }, input) {
    const article = await loadArticle(tx, input.articleId);
    if (!canOnArticle(actor, 'edit', article)) forbidden('You cannot edit this article.');
    await tx
      .insert(articlePresence)
      .values({ articleId: article.id, userId: actor.id, seenAt: now })
      .onConflictDoUpdate({ target: [articlePresence.articleId, articlePresence.userId], set: { seenAt: now } });
    // Long-gone visitors of this story leave no rows behind.
    await tx
      .delete(articlePresence)
      .where(and(eq(articlePresence.articleId, article.id), lt(articlePresence.seenAt, new Date(now.getTime() - 86_400_000))));
    const others = await tx
      .select({ name: users.name })
      .from(articlePresence)
      .innerJoin(users, eq(users.id, articlePresence.userId))
      .where(
        and(
          eq(articlePresence.articleId, article.id),
          ne(articlePresence.userId, actor.id),
          gt(articlePresence.seenAt, new Date(now.getTime() - PRESENCE_WINDOW_MS)),
        ),
      )
      .orderBy(users.name);
    return { result: { others: others.map((row) => row.name) }, audit: null, revalidate: [] };
  },
});
