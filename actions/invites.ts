'use server';

import { refresh } from 'next/cache';
import { headers } from 'next/headers';
import { redirect } from 'next/navigation';
import { z } from 'zod';
import { acceptInvite, createInvite, revokeInvite } from '@/newsroom/accounts';
import { MutationError } from '@/newsroom/guard';
import { checkPassword } from '@/newsroom/sign-in';
import { getSiteClock } from '@/db/settings';
import { signIn } from '@/web/auth';
import { perform } from '@/web/perform';
import { clientAddressFrom } from '@/lib/client-address';
import { formValue } from '@/lib/form-data';
import { editorDashboardPath, invitePath, loginPath } from '@/lib/paths';
import { absoluteUrl } from '@/lib/site';
import { formatSiteDateTime } from '@/lib/site-time';
import type { AdminFormState } from './admin';

/** The Users page's invite form: on success, the one-time link to send (shown once, never stored). */
export interface InviteFormState extends AdminFormState {
  link: string | null;
}

export async function createInviteAction(_previous: InviteFormState, formData: FormData): Promise<InviteFormState> {
  const values = { email: formValue(formData, 'email'), role: formValue(formData, 'role') };
  const result = await perform(createInvite, values);
  if (!result.ok) {
    const hidden = Object.keys(result.fieldErrors).some((key) => !['email', 'role'].includes(key));
    const message = hidden ? 'This form is out of date. Reload the page and try again.' : result.message;
    return { ok: false, message, fieldErrors: result.fieldErrors, values, link: null };
  }
  refresh();
  const until = formatSiteDateTime(result.result.expiresAt, await getSiteClock());
  return {
    ok: true,
    message: `Invitation for ${result.result.email} made. Send them this link; it works once, until ${until}.`,
    fieldErrors: {},
    values: {},
    link: absoluteUrl(invitePath(result.result.token)),
  };
}

export async function revokeInviteAction(_previous: AdminFormState, formData: FormData): Promise<AdminFormState> {
  const result = await perform(revokeInvite, { inviteId: formValue(formData, 'inviteId') });
  if (!result.ok) return { ok: false, message: result.message, fieldErrors: {}, values: {} };
  refresh();
  return { ok: true, message: 'Invitation withdrawn: its link no longer works.', fieldErrors: {}, values: {} };
}

export interface AcceptInviteState {
  message: string | null;
  fieldErrors: Record<string, string>;
  values: { name: string };
}

/** The invitee (no session) sets name and password; then signs in as any sign-in does. */
export async function acceptInviteAction(_previous: AcceptInviteState, formData: FormData): Promise<AcceptInviteState> {
  const token = formValue(formData, 'token');
  const values = { name: formValue(formData, 'name') };
  const password = formValue(formData, 'password');
  if (password !== formValue(formData, 'confirm')) {
    return { message: 'Please correct the highlighted fields.', fieldErrors: { confirm: 'The passwords do not match.' }, values };
  }
  let email: string;
  try {
    ({ email } = await acceptInvite(token, { name: values.name, password }));
  } catch (error) {
    if (error instanceof MutationError) return { message: error.message, fieldErrors: error.fieldErrors, values };
    if (error instanceof z.ZodError) {
      const fieldErrors: Record<string, string> = {};
      for (const issue of error.issues) fieldErrors[String(issue.path[0])] ??= issue.message;
      return { message: 'Please correct the highlighted fields.', fieldErrors, values };
    }
    throw error;
  }
  const outcome = await checkPassword({ email, password, clientAddress: clientAddressFrom(await headers()) });
  if (outcome.kind === 'complete') await signIn('credentials', { ticket: outcome.ticket, redirect: false });
  redirect(outcome.kind === 'complete' ? editorDashboardPath() : loginPath());
}
