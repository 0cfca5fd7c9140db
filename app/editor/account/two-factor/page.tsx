import type { Metadata } from 'next';
import { ConfirmTwoFactorForm, DisableTwoFactorForm, StartTwoFactorForm } from '@/components/editor/account/two-factor-forms';
import { TWO_FACTOR_SETUP_PATH, requireStaff } from '@/web/session';
import { getSiteConfig } from '@/lib/site';
import { totpQrSvg, totpUri } from '@/lib/totp';
import { getTwoFactorStatus } from '@/db/two-factor';

export const metadata: Metadata = { title: 'Two-factor sign-in' };

interface TwoFactorPageProps {
  searchParams: Promise<{ required?: string | string[] }>;
}

/** "ABCD EFGH …": easier to type into an app by hand. */
function grouped(secret: string): string {
  return secret.replace(/(.{4})(?=.)/g, '$1 ');
}

export default async function TwoFactorPage({ searchParams }: TwoFactorPageProps) {
  const staff = await requireStaff(TWO_FACTOR_SETUP_PATH, { allowWithoutTwoFactor: true });
  const [status, params] = await Promise.all([getTwoFactorStatus(staff.id), searchParams]);
  const uri = status.pendingSecret ? totpUri(status.pendingSecret, staff.email, getSiteConfig().siteName) : null;
  const qrSvg = uri ? await totpQrSvg(uri) : null;

  return (
    <>
      <h1>Two-factor sign-in</h1>
      {params.required && !status.enabled && (
        <p className="form-error" role="alert" aria-label="Two-factor required">
          This site requires two-factor sign-in. Set it up to continue working in the editor.
        </p>
      )}
      <p className="muted">
        With two-factor sign-in, signing in takes your password and a 6-digit code from an authenticator app on your phone (any app that
        reads TOTP QR codes). Lost your phone? An administrator can reset it from the Users page.
      </p>

      {status.enabled ? (
        <section aria-labelledby="two-factor-on-heading">
          <h2 id="two-factor-on-heading">Two-factor sign-in is on</h2>
          {status.required ? (
            <p>This site requires it, so it cannot be turned off.</p>
          ) : (
            <>
              <p>To turn it off, enter a current code.</p>
              <DisableTwoFactorForm />
            </>
          )}
        </section>
      ) : qrSvg && status.pendingSecret ? (
        <section aria-labelledby="two-factor-setup-heading">
          <h2 id="two-factor-setup-heading">Scan this code with your authenticator app</h2>
          {/* SVG made on the server by the qrcode library: squares only, no text from any user. */}
          <div className="qr-code" role="img" aria-label="QR code for your authenticator app" dangerouslySetInnerHTML={{ __html: qrSvg }} />
          <p>
            Or enter this key by hand: <code data-testid="two-factor-secret">{grouped(status.pendingSecret)}</code>
          </p>
          <p>Then enter the code the app shows. You will be signed out, and sign in again with your password and a code.</p>
          <ConfirmTwoFactorForm />
        </section>
      ) : (
        <StartTwoFactorForm />
      )}
    </>
  );
}
