'use server';

import { AuthError } from 'next-auth';
import { cookies, headers } from 'next/headers';
import { redirect } from 'next/navigation';
import { signIn, signOut } from '@/web/auth';
import { clientAddressFrom } from '@/lib/client-address';
import { formValue, previousState } from '@/lib/form-data';
import { loadSiteConfig } from '@/lib/config';
import { perform } from '@/web/perform';
import { loginPath, safeReturnPath } from '@/lib/paths';
import { CODE_STEP_TTL_MS, checkCode, checkPassword, type SignInOutcome } from '@/newsroom/sign-in';
import { signOutEverywhere } from '@/newsroom/accounts';

export interface SignInState {
  /** Which form to show: the password, or the two-factor code that follows it. */
  step: 'password' | 'code';
  message: string | null;
  email: string;
}

const GENERIC_FAILURE = 'Email or password is incorrect.';
/** Holds the password step's signed ticket while the code is typed (never the password). */
const CODE_STEP_COOKIE = 'paradox-sign-in-step';
const MAX_PASSWORD_CHARS = 1024;

function lockedMessage(retryAt: Date | undefined): string {
  const minutes = retryAt ? Math.max(1, Math.ceil((retryAt.getTime() - Date.now()) / 60_000)) : 15;
  return `Too many failed sign-ins. Try again in ${minutes} minute${minutes === 1 ? '' : 's'}.`;
}

async function secureCookies(): Promise<boolean> {
  const requestHeaders = await headers();
  return requestHeaders.get('x-forwarded-proto') === 'https' || loadSiteConfig().siteUrl.startsWith('https://');
}

async function finish(outcome: SignInOutcome, email: string, next: string): Promise<SignInState> {
  const jar = await cookies();
  if (outcome.kind === 'code-needed') {
    jar.set(CODE_STEP_COOKIE, outcome.ticket, {
      httpOnly: true,
      sameSite: 'strict',
      secure: await secureCookies(),
      path: loginPath(),
      maxAge: CODE_STEP_TTL_MS / 1000,
    });
    return { step: 'code', message: null, email };
  }
  if (outcome.kind === 'refused') {
    switch (outcome.reason) {
      case 'invalid':
        return { step: 'password', message: GENERIC_FAILURE, email };
      case 'locked':
        jar.delete({ name: CODE_STEP_COOKIE, path: loginPath() });
        return { step: 'password', message: lockedMessage(outcome.retryAt), email };
      case 'wrong-code':
        return { step: 'code', message: 'That code is not right. Codes change every 30 seconds: try the current one.', email };
      case 'expired':
        jar.delete({ name: CODE_STEP_COOKIE, path: loginPath() });
        return { step: 'password', message: 'Your sign-in took too long. Please start again.', email };
    }
  }
  jar.delete({ name: CODE_STEP_COOKIE, path: loginPath() });
  try {
    await signIn('credentials', { ticket: outcome.ticket, redirect: false });
  } catch (error) {
    // The account changed between the checks and the session (disabled, password reset): start again.
    if (error instanceof AuthError) return { step: 'password', message: GENERIC_FAILURE, email };
    throw error;
  }
  redirect(next);
}

const initialSignInState: SignInState = { step: 'password', message: null, email: '' };

export async function signInAction(previousValue: SignInState, formData: FormData): Promise<SignInState> {
  const previous = previousState(previousValue, initialSignInState);
  const next = safeReturnPath(formValue(formData, 'next'));
  const clientAddress = clientAddressFrom(await headers());

  if (formValue(formData, 'step') === 'code') {
    const ticket = (await cookies()).get(CODE_STEP_COOKIE)?.value;
    if (!ticket) return { step: 'password', message: 'Your sign-in took too long. Please start again.', email: String(previous.email) };
    const code = formValue(formData, 'code').slice(0, 20);
    if (!code.trim())
      return { step: 'code', message: 'Enter the 6-digit code from your authenticator app.', email: String(previous.email) };
    return finish(await checkCode({ ticket, code, clientAddress }), String(previous.email), next);
  }

  const email = formValue(formData, 'email').slice(0, 254);
  // Longer than any password could be: checked (and failed, and counted) without hashing megabytes.
  const password = formValue(formData, 'password').slice(0, MAX_PASSWORD_CHARS + 1);
  if (!email || !password) return { step: 'password', message: 'Enter your email and password.', email };
  return finish(await checkPassword({ email, password, clientAddress }), email, next);
}

export async function signOutAction(): Promise<void> {
  await signOut({ redirectTo: '/login?signed-out=1' });
}

export async function signOutEverywhereAction(): Promise<void> {
  await perform(signOutEverywhere, {});
  await signOut({ redirectTo: '/login?signed-out=1' });
}
