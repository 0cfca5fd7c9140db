'use server';

import { refresh } from 'next/cache';
import { redirect } from 'next/navigation';
import type { AdminFormState } from '@/actions/admin';
import { uploadImage } from '@/newsroom/media';
import { createGuestProfile, updateProfile } from '@/newsroom/profiles';
import { formFile, formValue } from '@/lib/form-data';
import { editorProfilePath } from '@/lib/paths';
import { perform } from '@/web/perform';

const profileTextFields = ['name', 'title', 'bio', 'websiteUrl', 'publicEmail', 'socialLinks', 'photoUrl'] as const;

/** The profile form's fields as the mutation takes them; social addresses one per line. */
async function profileInputFrom(
  formData: FormData,
): Promise<{ values: Record<string, string>; input: Record<string, unknown>; error: string | null }> {
  const values = Object.fromEntries(profileTextFields.map((name) => [name, formValue(formData, name)])) as Record<string, string>;
  let photoUrl = formValue(formData, 'removePhoto') ? '' : (values.photoUrl ?? '');
  const photo = formFile(formData, 'photo');
  if (photo && photo.size > 0) {
    // The photo is uploaded like any image, then the profile points at it.
    const uploaded = await perform(uploadImage, { bytes: new Uint8Array(await photo.arrayBuffer()) });
    if (!uploaded.ok) return { values, input: {}, error: uploaded.message };
    photoUrl = uploaded.result.url;
    values.photoUrl = photoUrl;
  }
  const socialLinks = (values.socialLinks ?? '')
    .split(/\r?\n/)
    .map((line) => line.trim())
    .filter(Boolean);
  return { values, input: { ...values, socialLinks, photoUrl }, error: null };
}

function failure(message: string, fieldErrors: Record<string, string>, values: Record<string, string>): AdminFormState {
  // Zod names a bad social address by its line (socialLinks.2); the form has one field for them all.
  const errors = Object.fromEntries(Object.entries(fieldErrors).map(([key, value]) => [key.split('.')[0] ?? key, value]));
  return { ok: false, message, fieldErrors: errors, values };
}

export async function createGuestProfileAction(_previous: AdminFormState, formData: FormData): Promise<AdminFormState> {
  const { values, input, error } = await profileInputFrom(formData);
  if (error) return failure(error, { photo: error }, values);
  const result = await perform(createGuestProfile, input);
  if (!result.ok) return failure(result.message, result.fieldErrors, values);
  redirect(`${editorProfilePath(result.result.id)}?saved=created`);
}

export async function updateProfileAction(_previous: AdminFormState, formData: FormData): Promise<AdminFormState> {
  const { values, input, error } = await profileInputFrom(formData);
  if (error) return failure(error, { photo: error }, values);
  const result = await perform(updateProfile, { id: formValue(formData, 'id'), ...input });
  if (!result.ok) return failure(result.message, result.fieldErrors, values);
  refresh();
  return { ok: true, message: 'Profile saved.', fieldErrors: {}, values: {} };
}
