'use server';

import { redirect } from 'next/navigation';
import { deleteArticle, restoreRevision, saveArticle, setRelatedPin, unpublishArticle, type SaveIntent } from '@/newsroom/articles';
import { searchPublishedTitles } from '@/db/editor';
import { formValue, previousState } from '@/lib/form-data';
import { perform } from '@/web/perform';
import { getCurrentStaff } from '@/web/session';
import { editorArticlePath } from '@/lib/paths';
import { getSiteClock } from '@/db/settings';
import { formatSiteMoment } from '@/lib/site-time';

export interface ArticleFormState {
  ok: boolean;
  message: string | null;
  fieldErrors: Record<string, string>;
  conflict: boolean;
  id: number | null;
  version: number | null;
  status: string | null;
  /** Increments on every answer, so the form can react to each one. */
  seq: number;
}

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

const initialFormState: ArticleFormState = {
  ok: false,
  message: null,
  fieldErrors: {},
  conflict: false,
  id: null,
  version: null,
  status: null,
  seq: 0,
};

export async function saveArticleAction(previousValue: ArticleFormState, formData: FormData): Promise<ArticleFormState> {
  const previous = previousState(previousValue, initialFormState);
  const rawIntent = formValue(formData, 'intent') || 'save';
  const intent: SaveIntent =
    (['save', 'autosave', 'submit', 'publish', 'schedule'] as const).find((value) => value === rawIntent) ?? 'save';
  const input = articleInputFrom(formData, intent);
  const result = await perform(saveArticle, input);
  const seq = (Number(previous.seq) || 0) + 1;
  if (!result.ok) {
    return {
      ok: false,
      message: result.message,
      fieldErrors: result.fieldErrors,
      conflict: result.code === 'conflict',
      id: previous.id,
      version: previous.version,
      status: previous.status,
      seq,
    };
  }
  if (!input.id && intent !== 'autosave') redirect(`${editorArticlePath(result.result.id)}?saved=${intent}`);
  const scheduledAt = intent === 'schedule' ? result.result.publishedAt : null;
  return {
    ok: true,
    message: scheduledAt
      ? `Scheduled for ${formatSiteMoment(scheduledAt, await getSiteClock())}. It will go live by itself then.`
      : confirmations[intent],
    fieldErrors: {},
    conflict: false,
    id: result.result.id,
    version: result.result.version,
    status: result.result.status,
    seq,
  };
}

export async function unpublishArticleAction(formData: FormData): Promise<void> {
  const id = formValue(formData, 'id');
  const result = await perform(unpublishArticle, { id, expectedVersion: formValue(formData, 'expectedVersion') || undefined });
  redirect(
    `${editorArticlePath(id)}?${result.ok ? `saved=unpublish&v=${result.result.version}` : `error=${encodeURIComponent(result.message)}`}`,
  );
}

export async function deleteArticleAction(formData: FormData): Promise<void> {
  const id = formValue(formData, 'id');
  const result = await perform(deleteArticle, { id });
  if (!result.ok) redirect(`${editorArticlePath(id)}?error=${encodeURIComponent(result.message)}`);
  redirect('/editor?deleted=1');
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
