import crypto from 'node:crypto';
import * as OTPAuth from 'otpauth';
import QRCode from 'qrcode';

/**
 * Time-based one-time passwords (RFC 6238: 6 digits, 30 seconds, SHA-1, what every authenticator app
 * speaks) and the encryption of their secrets at rest. The secrets are encrypted with a key derived
 * from AUTH_SECRET, so a copy of the database alone cannot mint codes; changing AUTH_SECRET means
 * resetting everyone's two-factor.
 */

const PERIOD_SECONDS = 30;
const DIGITS = 6;
/** One step either side: a phone clock up to 30 s off still works. */
const WINDOW = 1;

function keyFor(purpose: string): Buffer {
  const secret = process.env.AUTH_SECRET;
  if (!secret) throw new Error('AUTH_SECRET is not set: two-factor secrets and sign-in tickets need it');
  return Buffer.from(crypto.hkdfSync('sha256', secret, 'paradox', purpose, 32));
}

/** A new random TOTP secret (160 bits, base32 as authenticator apps expect). */
export function generateTotpSecret(): string {
  return new OTPAuth.Secret({ size: 20 }).base32;
}

function totpFor(secretBase32: string, account: string, issuer: string): OTPAuth.TOTP {
  return new OTPAuth.TOTP({
    issuer,
    label: account,
    algorithm: 'SHA1',
    digits: DIGITS,
    period: PERIOD_SECONDS,
    secret: OTPAuth.Secret.fromBase32(secretBase32),
  });
}

/** The `otpauth://` address an authenticator app reads from the QR code. */
export function totpUri(secretBase32: string, account: string, issuer: string): string {
  return totpFor(secretBase32, account, issuer).toString();
}

/** The QR code of an `otpauth://` address, as an SVG document (no user text is drawn in it). */
export function totpQrSvg(uri: string): Promise<string> {
  return QRCode.toString(uri, { type: 'svg', errorCorrectionLevel: 'M', margin: 2 });
}

/** Digits only, spaces and dashes as people type them allowed. */
export function normaliseCode(code: string): string | null {
  const digits = code.replace(/[\s-]/g, '');
  return /^\d{6}$/.test(digits) ? digits : null;
}

/**
 * The time step a code belongs to, or null when it is wrong. Callers store the step and refuse any
 * code whose step is not newer, so a code is never accepted twice.
 */
export function matchTotpStep(secretBase32: string, code: string, now: Date = new Date()): number | null {
  const token = normaliseCode(code);
  if (!token) return null;
  const delta = OTPAuth.TOTP.validate({
    token,
    secret: OTPAuth.Secret.fromBase32(secretBase32),
    algorithm: 'SHA1',
    digits: DIGITS,
    period: PERIOD_SECONDS,
    timestamp: now.getTime(),
    window: WINDOW,
  });
  if (delta === null) return null;
  return Math.floor(now.getTime() / 1000 / PERIOD_SECONDS) + delta;
}

/** The current code for a secret (tests, and nothing else, need to compute one). */
export function currentTotpCode(secretBase32: string, now: Date = new Date()): string {
  return OTPAuth.TOTP.generate({
    secret: OTPAuth.Secret.fromBase32(secretBase32),
    algorithm: 'SHA1',
    digits: DIGITS,
    period: PERIOD_SECONDS,
    timestamp: now.getTime(),
  });
}

/** AES-256-GCM under a key derived from AUTH_SECRET: `v1.<iv>.<ciphertext+tag>`, base64url. */
export function encryptSecret(plain: string): string {
  const iv = crypto.randomBytes(12);
  const cipher = crypto.createCipheriv('aes-256-gcm', keyFor('totp-secret'), iv);
  const sealed = Buffer.concat([cipher.update(plain, 'utf8'), cipher.final(), cipher.getAuthTag()]);
  return `v1.${iv.toString('base64url')}.${sealed.toString('base64url')}`;
}

/** The plain secret, or null when it cannot be opened (another AUTH_SECRET, or tampered). */
export function decryptSecret(stored: string): string | null {
  const [version, ivText, sealedText] = stored.split('.');
  if (version !== 'v1' || !ivText || !sealedText) return null;
  try {
    const sealed = Buffer.from(sealedText, 'base64url');
    const decipher = crypto.createDecipheriv('aes-256-gcm', keyFor('totp-secret'), Buffer.from(ivText, 'base64url'));
    decipher.setAuthTag(sealed.subarray(sealed.length - 16));
    return Buffer.concat([decipher.update(sealed.subarray(0, sealed.length - 16)), decipher.final()]).toString('utf8');
  } catch {
    return null;
  }
}

/** HMAC-signed, expiring tokens (sign-in tickets): `<payload>.<mac>`, both base64url. */
export function signToken(payload: object): string {
  const body = Buffer.from(JSON.stringify(payload)).toString('base64url');
  const mac = crypto.createHmac('sha256', keyFor('sign-in-ticket')).update(body).digest('base64url');
  return `${body}.${mac}`;
}

export function verifyToken(token: string): unknown {
  const [body, mac] = token.split('.');
  if (!body || !mac || token.length > 2000) return null;
  const expected = crypto.createHmac('sha256', keyFor('sign-in-ticket')).update(body).digest();
  const given = Buffer.from(mac, 'base64url');
  if (given.length !== expected.length || !crypto.timingSafeEqual(given, expected)) return null;
  try {
    return JSON.parse(Buffer.from(body, 'base64url').toString('utf8'));
  } catch {
    return null;
  }
}
