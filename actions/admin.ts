'use server';

import { refresh } from 'next/cache';
import { redirect } from 'next/navigation';
import type { MutationResult } from '@/newsroom/guard';
import { createSection, createTag, deleteSection, deleteTag, moveSection, updateSection, updateTag } from '@/newsroom/taxonomy';
import { changeUserRole, createStaffUser, resetUserPassword, setUserDisabled } from '@/newsroom/accounts';
import { updateSiteSettings } from '@/newsroom/settings';
import { resetUserTwoFactor, setTwoFactorRequirement } from '@/newsroom/two-factor';
import { addArticleNote } from '@/newsroom/notes';
import { deletePage, restorePageRevision, savePage } from '@/newsroom/pages';
import { addMenuItem, moveMenuItem, removeMenuItem } from '@/newsroom/menus';
import { formValue } from '@/lib/form-data';
import { perform } from '@/web/perform';
import { editorScreenPath, editorStaticPagePath } from '@/lib/paths';

/** The answer every admin form gets back from useActionState. */
export interface AdminFormState {
  ok: boolean;
  message: string | null;
  fieldErrors: Record<string, string>;
  /** What was typed, echoed back on failure so nothing is lost. Never holds passwords. */
  values: Record<string, string>;
}

type Failure = Extract<MutationResult<unknown>, { ok: false }>;

function text(formData: FormData, name: string): string {
  return formValue(formData, name);
}

function pick<K extends string>(formData: FormData, names: readonly K[]): Record<K, string> {
  return Object.fromEntries(names.map((name) => [name, text(formData, name)])) as Record<K, string>;
}

function failed(result: Failure, values: Record<string, string>, visibleFields: readonly string[]): AdminFormState {
  // An error on a hidden field (a stale or tampered id) would otherwise be highlighted nowhere.
  const hiddenError = Object.keys(result.fieldErrors).some((key) => !visibleFields.includes(key));
  const message = hiddenError ? 'This form is out of date. Reload the page and try again.' : result.message;
  return { ok: false, message, fieldErrors: result.fieldErrors, values };
}

function succeeded(message: string): AdminFormState {
  // Some mutations revalidate only reader pages; refresh so the editor lists show the change at once.
  refresh();
  return { ok: true, message, fieldErrors: {}, values: {} };
}

/* Sections */

const sectionFields = ['name', 'slug', 'description'] as const;

export async function createSectionAction(_previous: AdminFormState, formData: FormData): Promise<AdminFormState> {
  const values = pick(formData, sectionFields);
  const result = await perform(createSection, values);
  if (!result.ok) return failed(result, values, sectionFields);
  return succeeded(`Section “${values.name.trim()}” created at /${result.result.slug}.`);
}

export async function updateSectionAction(_previous: AdminFormState, formData: FormData): Promise<AdminFormState> {
  const values = pick(formData, sectionFields);
  const result = await perform(updateSection, { id: text(formData, 'id'), ...values });
  if (!result.ok) return failed(result, values, sectionFields);
  if (result.result.slug !== text(formData, 'currentSlug')) {
    return succeeded(`Section renamed. Its address is now /${result.result.slug}; old links redirect to the new address.`);
  }
  return succeeded('Section saved.');
}

export async function moveSectionAction(_previous: AdminFormState, formData: FormData): Promise<AdminFormState> {
  const direction = text(formData, 'direction');
  const result = await perform(moveSection, { id: text(formData, 'id'), direction });
  if (!result.ok) return failed(result, {}, []);
  return succeeded(direction === 'up' ? 'Moved up.' : 'Moved down.');
}

export async function deleteSectionAction(_previous: AdminFormState, formData: FormData): Promise<AdminFormState> {
  const values = pick(formData, ['reassignTo']);
  const result = await perform(deleteSection, { id: text(formData, 'id'), reassignTo: values.reassignTo || undefined });
  if (!result.ok) return failed(result, values, ['reassignTo']);
  // The row disappears with its form, so the confirmation travels in the address instead.
  redirect(editorScreenPath('sections', { deleted: values.reassignTo ? 'moved' : '1' }));
}

/* Tags */

const tagFields = ['name', 'slug'] as const;

export async function createTagAction(_previous: AdminFormState, formData: FormData): Promise<AdminFormState> {
  const values = pick(formData, tagFields);
  const result = await perform(createTag, values);
  if (!result.ok) return failed(result, values, tagFields);
  return succeeded(`Tag “${values.name.trim()}” created at /tag/${result.result.slug}.`);
}

export async function updateTagAction(_previous: AdminFormState, formData: FormData): Promise<AdminFormState> {
  const values = pick(formData, tagFields);
  const result = await perform(updateTag, { id: text(formData, 'id'), ...values });
  if (!result.ok) return failed(result, values, tagFields);
  if (result.result.slug !== text(formData, 'currentSlug')) {
    return succeeded(`Tag renamed. Its address is now /tag/${result.result.slug}; old links redirect to the new address.`);
  }
  return succeeded('Tag saved.');
}

export async function deleteTagAction(_previous: AdminFormState, formData: FormData): Promise<AdminFormState> {
  const result = await perform(deleteTag, { id: text(formData, 'id') });
  if (!result.ok) return failed(result, {}, []);
  redirect(editorScreenPath('tags', { deleted: '1' }));
}

/* Users */

const newUserFields = ['name', 'email', 'role'] as const;

export async function createUserAction(_previous: AdminFormState, formData: FormData): Promise<AdminFormState> {
  const values = pick(formData, newUserFields);
  const result = await perform(createStaffUser, { ...values, password: text(formData, 'password') });
  if (!result.ok) return failed(result, values, [...newUserFields, 'password']);
  return succeeded(`Account created for ${values.name.trim()}. They can sign in with this email and the password you chose.`);
}

export async function changeUserRoleAction(_previous: AdminFormState, formData: FormData): Promise<AdminFormState> {
  const values = pick(formData, ['role']);
  const result = await perform(changeUserRole, { userId: text(formData, 'userId'), ...values });
  if (!result.ok) return failed(result, values, ['role']);
  return succeeded(`Role changed to ${values.role}.`);
}

export async function setUserDisabledAction(_previous: AdminFormState, formData: FormData): Promise<AdminFormState> {
  // A real boolean: the schema's coercion would read the string "false" as true.
  const disabled = text(formData, 'disabled') === 'true';
  const result = await perform(setUserDisabled, { userId: text(formData, 'userId'), disabled });
  if (!result.ok) return failed(result, {}, []);
  return succeeded(disabled ? 'Account disabled. Their sessions have ended.' : 'Account enabled. They can sign in again.');
}

export async function resetUserPasswordAction(_previous: AdminFormState, formData: FormData): Promise<AdminFormState> {
  const result = await perform(resetUserPassword, { userId: text(formData, 'userId'), password: text(formData, 'password') });
  if (!result.ok) return failed(result, {}, ['password']);
  return succeeded('Password reset. Their existing sessions have ended; they sign in with the new password.');
}

export async function resetUserTwoFactorAction(_previous: AdminFormState, formData: FormData): Promise<AdminFormState> {
  const result = await perform(resetUserTwoFactor, { userId: text(formData, 'userId') });
  if (!result.ok) return failed(result, {}, []);
  return succeeded('Two-factor sign-in reset. Their sessions have ended; they sign in with their password and set it up again.');
}

/* Site settings */

const settingsFields = ['relatedStoriesCount', 'recentPostsCount', 'feedContent', 'timeZone', 'language'] as const;

export async function updateSiteSettingsAction(_previous: AdminFormState, formData: FormData): Promise<AdminFormState> {
  const values = pick(formData, settingsFields);
  const result = await perform(updateSiteSettings, values);
  if (!result.ok) return failed(result, values, settingsFields);
  return succeeded('Settings saved. Reader pages use them from now on.');
}

export async function setTwoFactorRequirementAction(_previous: AdminFormState, formData: FormData): Promise<AdminFormState> {
  const required = text(formData, 'required') === 'true';
  const result = await perform(setTwoFactorRequirement, { required });
  if (!result.ok) return failed(result, {}, []);
  return succeeded(
    required
      ? 'Two-factor sign-in is now required: staff without it are asked to set it up before anything else.'
      : 'Two-factor sign-in is now optional.',
  );
}

/* Corrections and notes on a published story */

const noteFields = ['kind', 'body'] as const;

export async function addArticleNoteAction(_previous: AdminFormState, formData: FormData): Promise<AdminFormState> {
  const values = pick(formData, noteFields);
  const result = await perform(addArticleNote, { articleId: text(formData, 'articleId'), ...values });
  if (!result.ok) return failed(result, values, noteFields);
  return succeeded('Note published. It shows on the story now.');
}

/* Static pages */

const pageFields = ['title', 'slug', 'body', 'status'] as const;

export async function savePageAction(_previous: AdminFormState, formData: FormData): Promise<AdminFormState> {
  const values = pick(formData, pageFields);
  const id = text(formData, 'id');
  const result = await perform(savePage, {
    ...values,
    id: id || undefined,
    expectedVersion: text(formData, 'expectedVersion') || undefined,
  });
  if (!result.ok) {
    if (result.code === 'conflict') return { ok: false, message: result.message, fieldErrors: {}, values };
    return failed(result, values, pageFields);
  }
  // The form reloads with the saved version, so the next save is checked against it.
  redirect(`${editorStaticPagePath(result.result.id)}?saved=${values.status === 'published' ? 'published' : 'draft'}`);
}

/** Restores an earlier version from the page's revision list; the page reloads saying what happened. */
export async function restorePageRevisionAction(formData: FormData): Promise<void> {
  const pageId = text(formData, 'pageId');
  const result = await perform(restorePageRevision, {
    pageId,
    revisionId: text(formData, 'revisionId'),
    expectedVersion: text(formData, 'expectedVersion') || undefined,
  });
  if (!/^[1-9]\d{0,15}$/.test(pageId)) redirect(editorScreenPath('pages'));
  redirect(
    `${editorStaticPagePath(pageId)}?saved=${result.ok ? 'restored' : result.code === 'conflict' ? 'restore-conflict' : 'restore-failed'}`,
  );
}

export async function deletePageAction(_previous: AdminFormState, formData: FormData): Promise<AdminFormState> {
  const result = await perform(deletePage, { id: text(formData, 'id') });
  if (!result.ok) return failed(result, {}, []);
  redirect(editorScreenPath('pages', { deleted: '1' }));
}

/* Menus */

const menuItemFields = ['menu', 'columnLabel', 'kind', 'sectionId', 'pageId', 'url', 'label'] as const;

export async function addMenuItemAction(_previous: AdminFormState, formData: FormData): Promise<AdminFormState> {
  const values = pick(formData, menuItemFields);
  const result = await perform(addMenuItem, values);
  if (!result.ok) return failed(result, values, menuItemFields);
  return succeeded('Link added. Every reader page shows it now.');
}

export async function removeMenuItemAction(_previous: AdminFormState, formData: FormData): Promise<AdminFormState> {
  const result = await perform(removeMenuItem, { id: text(formData, 'id') });
  if (!result.ok) return failed(result, {}, []);
  return succeeded('Link removed.');
}

export async function moveMenuItemAction(_previous: AdminFormState, formData: FormData): Promise<AdminFormState> {
  const direction = text(formData, 'direction');
  const result = await perform(moveMenuItem, { id: text(formData, 'id'), direction });
  if (!result.ok) return failed(result, {}, []);
  return succeeded(direction === 'up' ? 'Moved up.' : 'Moved down.');
}
