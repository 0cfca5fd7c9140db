'use server';

import { refresh } from 'next/cache';
import { headers } from 'next/headers';
import { signOut } from '@/web/auth';
import { clientAddressFrom } from '@/lib/client-address';
import { formValue } from '@/lib/form-data';
import { perform } from '@/web/perform';
import { getCurrentSessionId } from '@/web/session';
import { confirmTwoFactorEnrolment, disableOwnTwoFactor, startTwoFactorEnrolment } from '@/newsroom/two-factor';
import { changeOwnPassword, renameOwnAccount } from '@/newsroom/accounts';
import type { AdminFormState } from './admin';

function code(formData: FormData): string {
  return formValue(formData, 'code');
}

export async function startTwoFactorAction(_previous: AdminFormState): Promise<AdminFormState> {
  const result = await perform(startTwoFactorEnrolment, {});
  if (!result.ok) return { ok: false, message: result.message, fieldErrors: result.fieldErrors, values: {} };
  refresh();
  return { ok: true, message: null, fieldErrors: {}, values: {} };
}

export async function confirmTwoFactorAction(_previous: AdminFormState, formData: FormData): Promise<AdminFormState> {
  const result = await perform(confirmTwoFactorEnrolment, { code: code(formData) });
  if (!result.ok) return { ok: false, message: result.message, fieldErrors: result.fieldErrors, values: {} };
  // Turning it on ended every session of the account, this one included: sign in again with a code.
  await signOut({ redirectTo: '/login?two-factor=on' });
  return { ok: true, message: null, fieldErrors: {}, values: {} };
}

export async function disableTwoFactorAction(_previous: AdminFormState, formData: FormData): Promise<AdminFormState> {
  const result = await perform(disableOwnTwoFactor, { code: code(formData) });
  if (!result.ok) return { ok: false, message: result.message, fieldErrors: result.fieldErrors, values: {} };
  refresh();
  return { ok: true, message: 'Two-factor sign-in is off. You sign in with your password alone.', fieldErrors: {}, values: {} };
}

export async function changeOwnPasswordAction(_previous: AdminFormState, formData: FormData): Promise<AdminFormState> {
  const result = await perform(changeOwnPassword, {
    currentPassword: formValue(formData, 'currentPassword'),
    newPassword: formValue(formData, 'newPassword'),
    code: formValue(formData, 'code') || undefined,
    // This browser stays signed in; every other session of the account ends.
    keepSessionId: (await getCurrentSessionId()) ?? undefined,
    clientAddress: clientAddressFrom(await headers()),
  });
  // Passwords are never echoed back.
  if (!result.ok) return { ok: false, message: result.message, fieldErrors: result.fieldErrors, values: {} };
  return {
    ok: true,
    message: 'Password changed. You are still signed in here; every other session has ended.',
    fieldErrors: {},
    values: {},
  };
}

export async function renameOwnAccountAction(_previous: AdminFormState, formData: FormData): Promise<AdminFormState> {
  const values = { name: formValue(formData, 'name') };
  const result = await perform(renameOwnAccount, values);
  if (!result.ok) return { ok: false, message: result.message, fieldErrors: result.fieldErrors, values };
  refresh();
  return { ok: true, message: `Your name is now ${result.result.name}.`, fieldErrors: {}, values: {} };
}
