import { expect, type Page } from '@playwright/test';

/** Fills and sends the sign-in form; the caller checks what came back. */
export async function submitSignIn(page: Page, email: string, password: string) {
  await page.goto('/login');
  await page.getByLabel('Email').fill(email);
  await page.getByLabel('Password').fill(password);
  await page.getByRole('button', { name: 'Sign in' }).click();
}

export async function signIn(page: Page, account: { email: string; password: string }) {
  await submitSignIn(page, account.email, account.password);
  // Generous: argon2 and the throttle's transaction are slow on a busy machine.
  await expect(page).toHaveURL(/\/editor$/, { timeout: 20_000 });
}

export const signInError = (page: Page) => page.getByRole('alert', { name: 'Sign-in error' });
