import 'server-only';
import { eq } from 'drizzle-orm';
import { decryptSecret } from '@/lib/totp';
import { getDb, type Database, type Transaction } from './index';
import { siteSettings, users } from './schema';

/** Reads of two-factor sign-in: an account's state and the site-wide requirement. Changed by newsroom/two-factor.ts. */

/** Site setting (in site_settings): staff must set up two-factor before changing anything. */
export const REQUIRE_TWO_FACTOR_SETTING = 'requireTwoFactor';

export async function isTwoFactorRequired(tx: Transaction | Database): Promise<boolean> {
  const [row] = await tx
    .select({ value: siteSettings.value })
    .from(siteSettings)
    .where(eq(siteSettings.key, REQUIRE_TWO_FACTOR_SETTING))
    .limit(1);
  return row?.value === '1';
}

export interface TwoFactorStatus {
  enabled: boolean;
  /** The secret being set up, shown as a QR code until it is confirmed. */
  pendingSecret: string | null;
  required: boolean;
}

export async function getTwoFactorStatus(userId: number): Promise<TwoFactorStatus> {
  const db = getDb();
  const [row] = await db
    .select({ secret: users.totpSecret, pending: users.totpPendingSecret })
    .from(users)
    .where(eq(users.id, userId))
    .limit(1);
  return {
    enabled: Boolean(row?.secret),
    pendingSecret: row?.pending ? decryptSecret(row.pending) : null,
    required: await isTwoFactorRequired(db),
  };
}

export async function getTwoFactorRequired(): Promise<boolean> {
  return isTwoFactorRequired(getDb());
}
