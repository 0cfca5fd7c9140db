import 'server-only';
import fs from 'node:fs';
import path from 'node:path';
import { eq } from 'drizzle-orm';
import { hashOneTimeToken, newOneTimeToken, sameTokenHash } from '@/lib/one-time-token';
import { getDb, type Transaction } from '@/db';
import { siteSettings } from '@/db/schema';
import { isSetupOpen } from '@/db/users';

/** The site setting holding the SHA-256 of the setup token; removed when the owner is created. */
export const SETUP_TOKEN_HASH = 'setup_token_sha256';
/** The token file's name, in the data directory (beside the database file). */
export const SETUP_TOKEN_FILE = 'setup-token';

/** A token given in SETUP_TOKEN (a container or a libSQL server, where no file is read) must be this long. */
const MIN_GIVEN_TOKEN_LENGTH = 32;

function givenToken(): string | null {
  const given = process.env.SETUP_TOKEN?.trim();
  return given && given.length >= MIN_GIVEN_TOKEN_LENGTH ? given : null;
}

/** Reads the token file, or creates it (readable only by this user); instances starting at once share one. */
function readOrCreateTokenFile(file: string): string {
  try {
    const stored = fs.readFileSync(file, 'utf8').trim();
    if (stored.length >= MIN_GIVEN_TOKEN_LENGTH) return stored;
    fs.rmSync(file, { force: true });
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw error;
  }
  fs.mkdirSync(path.dirname(file), { recursive: true });
  const token = newOneTimeToken();
  try {
    fs.writeFileSync(file, `${token}\n`, { mode: 0o600, flag: 'wx' });
    return token;
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'EEXIST') return fs.readFileSync(file, 'utf8').trim();
    throw error;
  }
}

/**
 * While the site has no owner: the setup token (SETUP_TOKEN, or the token file in `dataDirectory`, made on
 * the first start) with its hash stored for the server to check. Once an owner exists, removes the file
 * and returns null. Without SETUP_TOKEN or a data directory (a libSQL server), returns null: setup stays shut.
 */
export async function ensureSetupToken(dataDirectory: string | null): Promise<{ token: string; file: string | null } | null> {
  const file = dataDirectory ? path.join(dataDirectory, SETUP_TOKEN_FILE) : null;
  if (!(await isSetupOpen())) {
    if (file) fs.rmSync(file, { force: true });
    return null;
  }
  const given = givenToken();
  const token = given ?? (file ? readOrCreateTokenFile(file) : null);
  if (!token) return null;
  await getDb()
    .insert(siteSettings)
    .values({ key: SETUP_TOKEN_HASH, value: hashOneTimeToken(token) })
    .onConflictDoUpdate({ target: siteSettings.key, set: { value: hashOneTimeToken(token), updatedAt: new Date() } });
  return { token, file: given ? null : file };
}

/** Whether `token` opens first-run setup: it matches the stored hash, or SETUP_TOKEN itself. */
export async function isSetupTokenValid(token: string | undefined | null, tx?: Transaction): Promise<boolean> {
  if (!token || token.length > 200) return false;
  const given = givenToken();
  if (given && sameTokenHash(hashOneTimeToken(given), hashOneTimeToken(token))) return true;
  const [stored] = await (tx ?? getDb())
    .select({ value: siteSettings.value })
    .from(siteSettings)
    .where(eq(siteSettings.key, SETUP_TOKEN_HASH))
    .limit(1);
  return stored ? sameTokenHash(stored.value, hashOneTimeToken(token)) : false;
}
