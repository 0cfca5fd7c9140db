'use server';

import { AuthError } from 'next-auth';
import { redirect } from 'next/navigation';
import { signIn, signOut } from '@/lib/auth';
import { perform } from '@/lib/perform';
import { safeReturnPath } from '@/lib/session';
import { signOutEverywhere } from '@/db/users';

export interface SignInState {
  message: string | null;
  email: string;
}

const GENERIC_FAILURE = 'Email or password is incorrect.';

export async function signInAction(_previous: SignInState, formData: FormData): Promise<SignInState> {
  const email = String(formData.get('email') ?? '').slice(0, 254);
  const password = String(formData.get('password') ?? '');
  const next = safeReturnPath(formData.get('next'));
  if (!email || !password) return { message: 'Enter your email and password.', email };
  try {
    await signIn('credentials', { email, password, redirect: false });
  } catch (error) {
    // One message for every failure: never say whether the email exists.
    if (error instanceof AuthError) return { message: GENERIC_FAILURE, email };
    throw error;
  }
  redirect(next);
}

export async function signOutAction(): Promise<void> {
  await signOut({ redirectTo: '/login?signed-out=1' });
}

export async function signOutEverywhereAction(): Promise<void> {
  await perform(signOutEverywhere, {});
  await signOut({ redirectTo: '/login?signed-out=1' });
}
