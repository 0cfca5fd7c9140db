import crypto from 'node:crypto';

/** Invitation links stay valid this long. */
export const INVITE_TTL_MS = 48 * 60 * 60 * 1000;

/** A random token for a one-time link (256 bits, base64url): only its hash is stored. */
export function newOneTimeToken(): string {
  return crypto.randomBytes(32).toString('base64url');
}

/** What the database keeps of a one-time token: enough to recognise it, never to rebuild it. */
export function hashOneTimeToken(token: string): string {
  return crypto.createHash('sha256').update(token, 'utf8').digest('hex');
}

/** Compares two hashes in constant time. */
export function sameTokenHash(a: string, b: string): boolean {
  const left = Buffer.from(a, 'utf8');
  const right = Buffer.from(b, 'utf8');
  return left.length === right.length && crypto.timingSafeEqual(left, right);
}
