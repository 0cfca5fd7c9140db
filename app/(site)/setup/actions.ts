'use server';

import { redirect } from 'next/navigation';
import { z } from 'zod';
import { MutationError } from '@/db/mutation';
import { createAccountUnguarded, isSetupOpen, newAccountSchema } from '@/db/users';
import { signIn } from '@/lib/auth';

export interface SetupState {
  message: string | null;
  fieldErrors: Record<string, string>;
  values: { email: string; name: string };
}

export async function createOwnerAction(_previous: SetupState, formData: FormData): Promise<SetupState> {
  const values = { email: String(formData.get('email') ?? ''), name: String(formData.get('name') ?? '') };
  const password = String(formData.get('password') ?? '');
  if (!(await isSetupOpen())) return { message: 'Setup has already been completed. Sign in instead.', fieldErrors: {}, values };
  const parsed = newAccountSchema.safeParse({ ...values, password, role: 'admin' });
  if (!parsed.success) {
    return { message: 'Please correct the highlighted fields.', fieldErrors: Object.fromEntries(parsed.error.issues.map((issue) => [String(issue.path[0]), issue.message])), values };
  }
  if (password !== String(formData.get('confirm') ?? '')) {
    return { message: 'Please correct the highlighted fields.', fieldErrors: { confirm: 'The passwords do not match.' }, values };
  }
  try {
    await createAccountUnguarded(parsed.data, { via: 'setup' });
  } catch (error) {
    if (error instanceof MutationError) return { message: error.message, fieldErrors: error.fieldErrors, values };
    if (error instanceof z.ZodError) return { message: 'Please check the form.', fieldErrors: {}, values };
    throw error;
  }
  await signIn('credentials', { email: parsed.data.email, password, redirect: false });
  redirect('/editor');
}
