'use server';

import { redirect } from 'next/navigation';
import {
  purgeArticle,
  restoreArticleFromTrash,
  restoreRevision,
  saveArticle,
  setRelatedPin,
  trashArticle,
  unpublishArticle,
  type SaveIntent,
} from '@/newsroom/articles';
import { searchPublishedTitles, unpublishedStoryPaths } from '@/db/editor';
import { formValue } from '@/lib/form-data';
import { perform } from '@/web/perform';
import { getCurrentStaff } from '@/web/session';
import { EDITOR_TRASH_PATH, editorArticlePath } from '@/lib/paths';
import { getSiteClock } from '@/db/settings';
import { formatSiteMoment } from '@/lib/site-time';

/** The answer to one save of the article form. */
export type ArticleSaveReply =
  | {
      ok: true;
      message: string;
      id: number;
      version: number;
      status: string;
      /** The section it is filed in (an autosaved new draft gets the first until one is chosen). */
      categoryId: number;
    }
  | { ok: false; message: string; fieldErrors: Record<string, string>; conflict: boolean; signedOut: boolean };

function articleInputFrom(formData: FormData, intent: SaveIntent) {
  const text = (name: string) => formValue(formData, name);
  const id = text('id');
  const version = text('expectedVersion');
  return {
    id: id || undefined,
    expectedVersion: version || undefined,
    title: text('title'),
    slug: text('slug'),
    summary: text('summary'),
    body: text('body'),
    categoryId: text('categoryId'),
    tagNames: text('tags')
      .split(',')
      .map((tag) => tag.trim())
      .filter(Boolean),
    featuredImageUrl: text('featuredImageUrl'),
    featuredImageAlt: text('featuredImageAlt'),
    publishAt: text('publishAt'),
    publishAtChoice: text('publishAtChoice'),
    intent,
    significantUpdate: text('significantUpdate') === 'on',
    // The byline picker marks that it was on the form; without it (a contributor's form) bylines stay as they are.
    ...(formValue(formData, 'bylinesShown')
      ? { bylineProfileIds: formData.getAll('bylineProfileIds').filter((value) => typeof value === 'string') }
      : {}),
  };
}

const confirmations: Record<SaveIntent, string> = {
  save: 'Saved.',
  autosave: 'Saved.',
  submit: 'Submitted for review. An editor will take it from here.',
  publish: 'Published. It is live on the site now.',
  schedule: 'Scheduled. It will go live by itself at the chosen time.',
};

/**
 * Called by the article form itself (not as a form action), one save at a time: it answers every refusal
 * as a reply, so the form keeps the text and says why; only an unreachable or failing server throws, and
 * the form retries then.
 */
export async function saveArticleAction(formData: FormData): Promise<ArticleSaveReply> {
  const rawIntent = formValue(formData, 'intent') || 'save';
  const intent: SaveIntent =
    (['save', 'autosave', 'submit', 'publish', 'schedule'] as const).find((value) => value === rawIntent) ?? 'save';
  const result = await perform(saveArticle, articleInputFrom(formData, intent));
  if (!result.ok) {
    return {
      ok: false,
      message: result.message,
      fieldErrors: result.fieldErrors,
      conflict: result.code === 'conflict',
      signedOut: result.code === 'unauthenticated',
    };
  }
  const scheduledAt = intent === 'schedule' ? result.result.publishedAt : null;
  return {
    ok: true,
    message: scheduledAt
      ? `Scheduled for ${formatSiteMoment(scheduledAt, await getSiteClock())}. It will go live by itself then.`
      : confirmations[intent],
    id: result.result.id,
    version: result.result.version,
    status: result.result.status,
    categoryId: result.result.categoryId,
  };
}

export async function unpublishArticleAction(formData: FormData): Promise<void> {
  const id = formValue(formData, 'id');
  const result = await perform(unpublishArticle, { id, expectedVersion: formValue(formData, 'expectedVersion') || undefined });
  redirect(
    `${editorArticlePath(id)}?${result.ok ? `saved=unpublish&v=${result.result.version}` : `error=${encodeURIComponent(result.message)}`}`,
  );
}

/** Delete moves to the trash; the dashboard then says so and offers Undo. */
export async function trashArticleAction(formData: FormData): Promise<void> {
  const id = formValue(formData, 'id');
  const result = await perform(trashArticle, { id });
  if (!result.ok) redirect(`${editorArticlePath(id)}?error=${encodeURIComponent(result.message)}`);
  redirect(`/editor?trashed=${result.result.id}`);
}

/** Where a trash form may send the editor back to: the dashboard or the trash. */
function trashReturnPath(formData: FormData): string {
  return formValue(formData, 'returnTo') === 'trash' ? EDITOR_TRASH_PATH : '/editor';
}

export async function restoreFromTrashAction(formData: FormData): Promise<void> {
  const result = await perform(restoreArticleFromTrash, { id: formValue(formData, 'id') });
  const back = trashReturnPath(formData);
  redirect(`${back}?${result.ok ? `restored=${result.result.id}` : `error=${encodeURIComponent(result.message)}`}`);
}

export async function purgeArticleAction(formData: FormData): Promise<void> {
  const result = await perform(purgeArticle, { id: formValue(formData, 'id') });
  redirect(
    `${EDITOR_TRASH_PATH}?${result.ok ? `purged=${encodeURIComponent(result.result.title.slice(0, 200))}` : `error=${encodeURIComponent(result.message)}`}`,
  );
}

/** The publishing checklist asks which of the body's links lead to stories readers cannot see. */
export async function findUnpublishedLinks(paths: string[]): Promise<string[]> {
  if (!(await getCurrentStaff()) || !Array.isArray(paths)) return [];
  return unpublishedStoryPaths(paths.filter((path): path is string => typeof path === 'string' && path.length <= 300).slice(0, 100));
}

export async function restoreRevisionAction(formData: FormData): Promise<void> {
  const articleId = formValue(formData, 'articleId');
  const result = await perform(restoreRevision, {
    articleId,
    revisionId: formValue(formData, 'revisionId'),
    expectedVersion: formValue(formData, 'expectedVersion') || undefined,
  });
  redirect(
    `${editorArticlePath(articleId)}${result.ok ? `?saved=restore&v=${result.result.version}` : `/revisions?error=${encodeURIComponent(result.message)}`}`,
  );
}

export async function searchReadMoreTargets(query: string): Promise<Array<{ title: string; href: string }>> {
  if (!(await getCurrentStaff())) return [];
  return searchPublishedTitles(String(query));
}

export async function pinRelatedAction(formData: FormData): Promise<void> {
  const articleId = formValue(formData, 'articleId');
  const result = await perform(setRelatedPin, {
    articleId,
    relatedPath: formValue(formData, 'relatedPath'),
    pinned: formValue(formData, 'pinned') === 'true',
  });
  const outcome = result.ok ? 'saved=pin' : `error=${encodeURIComponent(Object.values(result.fieldErrors)[0] ?? result.message)}`;
  redirect(`${editorArticlePath(articleId)}?${outcome}#related-reasons-heading`);
}
