import { hash, verify } from '@node-rs/argon2';
import { dictionary } from '@zxcvbn-ts/language-common';
import firefoxAccountsPasswords from 'fxa-common-password-list';
import { z } from 'zod';

export const MIN_PASSWORD_LENGTH = 10;
export const MAX_PASSWORD_LENGTH = 256;

/**
 * The 49,000 most common passwords (ranked by how often they turned up in leaks), from the maintained
 * zxcvbn-ts project (MIT): @zxcvbn-ts/language-common. All lower case; a password is compared lower-cased.
 * Plus the long entries of this file's earlier, shorter list that it lacks.
 */
const commonPasswords = new Set([
  ...dictionary['passwords-common'].map((entry) => entry.toLowerCase()),
  'letmein1234',
  'passw0rd123',
  'changeme123',
  'abcdefghij',
  '0123456789',
]);

/**
 * Mozilla's list for Firefox Accounts (MPL-2.0, fxa-common-password-list): 113,000 leaked passwords of 8
 * characters or more, so it covers the long ones zxcvbn's list is thin on (1,557 of its entries reach the
 * 10-character minimum). Its entries are mostly lower case; both spellings are checked.
 */
const firefoxAccountsList: { test(password: string): boolean } = firefoxAccountsPasswords;

/** Whether a password is on a common-password list, whatever its letter case. */
export function isCommonPassword(password: string): boolean {
  const lowered = password.toLowerCase();
  return commonPasswords.has(lowered) || firefoxAccountsList.test(lowered) || firefoxAccountsList.test(password);
}

export const passwordSchema = z
  .string()
  .min(MIN_PASSWORD_LENGTH, `Use at least ${MIN_PASSWORD_LENGTH} characters.`)
  .max(MAX_PASSWORD_LENGTH, `Use at most ${MAX_PASSWORD_LENGTH} characters.`)
  .refine((value) => !isCommonPassword(value), 'That password is too common; choose another.');

/** argon2id with the library's defaults (19 MiB, 2 iterations): OWASP's recommended minimum. */
export function hashPassword(password: string): Promise<string> {
  return hash(password, { algorithm: 2 /* Argon2id */ });
}

export async function verifyPassword(passwordHash: string, password: string): Promise<boolean> {
  try {
    return await verify(passwordHash, password);
  } catch {
    return false;
  }
}

// Verifying against this when the email is unknown keeps the timing of both failures alike.
let dummyHash: Promise<string> | undefined;
export function dummyPasswordHash(): Promise<string> {
  dummyHash ??= hashPassword('not-a-real-password-for-timing-only');
  return dummyHash;
}
