'use server';

import { refresh } from 'next/cache';
import { redirect } from 'next/navigation';
import { deletePicture, updatePicture, uploadImage } from '@/newsroom/media';
import { listLibrary, type LibraryItem } from '@/db/media';
import { decodeCursor } from '@/lib/pagination';
import { formFile, formValue } from '@/lib/form-data';
import { editorMediaPath } from '@/lib/paths';
import { perform } from '@/web/perform';
import { getCurrentStaff } from '@/web/session';
import type { AdminFormState } from './admin';

const detailNames = ['altText', 'caption', 'credit', 'description'] as const;

function details(formData: FormData): Record<(typeof detailNames)[number], string> {
  return Object.fromEntries(detailNames.map((name) => [name, formValue(formData, name)])) as Record<(typeof detailNames)[number], string>;
}

/** What the article form and the rich-text editor get back from an upload: the library item, or why not. */
export type UploadAnswer = { ok: true; item: UploadedPicture } | { ok: false; message: string; fieldErrors: Record<string, string> };

export interface UploadedPicture {
  id: number;
  url: string;
  width: number;
  height: number;
  altText: string;
  caption: string;
  credit: string;
}

/** An upload into the library, with its words: from the library page, the article form or the rich-text editor. */
export async function uploadPictureAction(formData: FormData): Promise<UploadAnswer> {
  const file = formFile(formData, 'file');
  if (!file || file.size === 0) return { ok: false, message: 'Choose an image file.', fieldErrors: { file: 'Choose an image file.' } };
  const words = details(formData);
  // The file's name describes it in the library until an editor says more; it is never a path.
  const description = words.description || file.name.replace(/\.[a-z0-9]{1,5}$/i, '').slice(0, 300);
  const result = await perform(uploadImage, { bytes: new Uint8Array(await file.arrayBuffer()), ...words, description });
  if (!result.ok) return { ok: false, message: result.message, fieldErrors: result.fieldErrors };
  const { id, url, width, height, altText, caption, credit } = result.result;
  return { ok: true, item: { id, url, width, height, altText, caption, credit } };
}

/** The library page's upload form: on success, the new picture's page, to set its focal point. */
export async function uploadToLibraryAction(_previous: AdminFormState, formData: FormData): Promise<AdminFormState> {
  const answer = await uploadPictureAction(formData);
  if (!answer.ok) return { ok: false, message: answer.message, fieldErrors: answer.fieldErrors, values: details(formData) };
  redirect(`${editorMediaPath(answer.item.id)}?uploaded=1`);
}

export async function updatePictureAction(_previous: AdminFormState, formData: FormData): Promise<AdminFormState> {
  const values = { ...details(formData), focalX: formValue(formData, 'focalX'), focalY: formValue(formData, 'focalY') };
  const result = await perform(updatePicture, { id: formValue(formData, 'id'), ...values });
  if (!result.ok) return { ok: false, message: result.message, fieldErrors: result.fieldErrors, values };
  // The picture's page shows the new crops: read again, not from the router's copy.
  refresh();
  return { ok: true, message: 'Saved. Every story that uses this picture shows the change.', fieldErrors: {}, values: {} };
}

export async function deletePictureAction(_previous: AdminFormState, formData: FormData): Promise<AdminFormState> {
  const id = formValue(formData, 'id');
  const removeFromStories = formValue(formData, 'removeFromStories') === 'on';
  const result = await perform(deletePicture, { id, removeFromStories });
  if (!result.ok) return { ok: false, message: result.message, fieldErrors: result.fieldErrors, values: {} };
  redirect(`${editorMediaPath()}?deleted=${result.result.removedFrom > 0 ? 'removed' : '1'}`);
}

/** A page of the library for the pickers in the article form and the rich-text editor; nothing for a visitor who is not signed in. */
export async function browseLibraryAction(query: {
  text?: unknown;
  cursor?: unknown;
}): Promise<{ items: LibraryItem[]; nextCursor: string | null }> {
  if (!(await getCurrentStaff())) return { items: [], nextCursor: null };
  const text = typeof query.text === 'string' ? query.text.slice(0, 200) : '';
  const cursor = typeof query.cursor === 'string' ? decodeCursor(query.cursor) : null;
  return listLibrary({ text, cursor, pageSize: 12 });
}
