'use server';

import { refresh } from 'next/cache';
import { redirect } from 'next/navigation';
import type { AdminFormState } from '@/actions/admin';
import { addArticleComment, markNotificationsRead, recordPresence, sendBackArticle } from '@/newsroom/collaboration';
import { getOwnNotification } from '@/db/collaboration';
import { formValue } from '@/lib/form-data';
import { EDITOR_NOTIFICATIONS_PATH, editorArticleCommentsPath, editorArticlePath } from '@/lib/paths';
import { joinNames } from '@/lib/text';
import { perform } from '@/web/perform';
import { getCurrentStaff } from '@/web/session';

/** Sends a submission back to its writer with a note; on success the form reopens as the draft it now is. */
export async function sendBackAction(_previous: AdminFormState, formData: FormData): Promise<AdminFormState> {
  const articleId = formValue(formData, 'articleId');
  const note = formValue(formData, 'note');
  const result = await perform(sendBackArticle, { articleId, note });
  if (!result.ok)
    return { ok: false, message: result.fieldErrors.note ?? result.message, fieldErrors: result.fieldErrors, values: { note } };
  redirect(`${editorArticlePath(articleId)}?saved=sendback&v=sent-${result.result.commentId}`);
}

export async function addCommentAction(_previous: AdminFormState, formData: FormData): Promise<AdminFormState> {
  const body = formValue(formData, 'body');
  const result = await perform(addArticleComment, { articleId: formValue(formData, 'articleId'), body });
  if (!result.ok)
    return { ok: false, message: result.fieldErrors.body ?? result.message, fieldErrors: result.fieldErrors, values: { body } };
  const { notified, notNotified } = result.result;
  const parts = [
    'Comment added.',
    notified.length ? `${joinNames(notified)} ${notified.length === 1 ? 'was' : 'were'} notified.` : '',
    notNotified.length
      ? `${joinNames(notNotified)} cannot open this story, so ${notNotified.length === 1 ? 'was' : 'were'} not notified.`
      : '',
  ];
  refresh();
  return { ok: true, message: parts.filter(Boolean).join(' '), fieldErrors: {}, values: {} };
}

/** Opening a notification marks it read and goes to the story (to its comments, for a note or a mention). */
export async function openNotificationAction(formData: FormData): Promise<void> {
  const staff = await getCurrentStaff();
  const id = Number(formValue(formData, 'id'));
  const notification = staff && Number.isSafeInteger(id) && id > 0 ? await getOwnNotification(staff.id, id) : null;
  if (!notification) redirect(EDITOR_NOTIFICATIONS_PATH);
  await perform(markNotificationsRead, { ids: [id] });
  // The header's badge is in the editor's layout, which a plain redirect would keep as it was.
  refresh();
  redirect(notification.commentId ? editorArticleCommentsPath(notification.articleId) : editorArticlePath(notification.articleId));
}

export async function markAllNotificationsReadAction(): Promise<void> {
  await perform(markNotificationsRead, { all: true });
  refresh();
  redirect(`${EDITOR_NOTIFICATIONS_PATH}?read=all`);
}

/** The article form's heartbeat; answers who else has the story open, or null when it cannot say (signed out, no access). */
export async function presenceHeartbeatAction(articleId: number): Promise<string[] | null> {
  const result = await perform(recordPresence, { articleId });
  return result.ok ? result.result.others : null;
}
