'use server';

import { headers } from 'next/headers';
import { redirect } from 'next/navigation';
import { z } from 'zod';
import { MutationError } from '@/newsroom/guard';
import { createAccountUnguarded, newAccountSchema, SETUP_TOKEN_REFUSED } from '@/newsroom/accounts';
import { isSetupTokenValid } from '@/newsroom/setup-token';
import { signIn } from '@/web/auth';
import { clientAddressFrom } from '@/lib/client-address';
import { formValue } from '@/lib/form-data';
import { checkPassword } from '@/newsroom/sign-in';
import { isSetupOpen } from '@/db/users';
import { editorDashboardPath, loginPath } from '@/lib/paths';

export interface SetupState {
  message: string | null;
  fieldErrors: Record<string, string>;
  values: { email: string; name: string };
}

export async function createOwnerAction(_previous: SetupState, formData: FormData): Promise<SetupState> {
  const values = { email: formValue(formData, 'email'), name: formValue(formData, 'name') };
  const password = formValue(formData, 'password');
  const setupToken = formValue(formData, 'token');
  if (!(await isSetupOpen())) return { message: 'Setup has already been completed. Sign in instead.', fieldErrors: {}, values };
  // Checked again inside the transaction that creates the owner; here so a wrong address loses no typing to field errors.
  if (!(await isSetupTokenValid(setupToken))) return { message: SETUP_TOKEN_REFUSED, fieldErrors: {}, values };
  const parsed = newAccountSchema.safeParse({ ...values, password, role: 'admin' });
  if (!parsed.success) {
    return {
      message: 'Please correct the highlighted fields.',
      fieldErrors: Object.fromEntries(parsed.error.issues.map((issue) => [String(issue.path[0]), issue.message])),
      values,
    };
  }
  if (password !== formValue(formData, 'confirm')) {
    return { message: 'Please correct the highlighted fields.', fieldErrors: { confirm: 'The passwords do not match.' }, values };
  }
  try {
    await createAccountUnguarded(parsed.data, { via: 'setup', setupToken });
  } catch (error) {
    if (error instanceof MutationError) return { message: error.message, fieldErrors: error.fieldErrors, values };
    if (error instanceof z.ZodError) return { message: 'Please check the form.', fieldErrors: {}, values };
    throw error;
  }
  // The same checks as any sign-in (and its audit entry), then the session.
  const outcome = await checkPassword({ email: parsed.data.email, password, clientAddress: clientAddressFrom(await headers()) });
  if (outcome.kind === 'complete') await signIn('credentials', { ticket: outcome.ticket, redirect: false });
  redirect(outcome.kind === 'complete' ? editorDashboardPath() : loginPath());
}
