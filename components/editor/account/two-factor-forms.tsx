'use client';

import { useActionState } from 'react';
import { confirmTwoFactorAction, disableTwoFactorAction, startTwoFactorAction } from '@/actions/account';
import { FieldError } from '@/components/editor/field-error';
import { describedBy, FormMessage, initialAdminState, SubmitButton } from '@/components/editor/admin/form-parts';

export function StartTwoFactorForm() {
  const [state, action] = useActionState(startTwoFactorAction, initialAdminState);
  return (
    <form action={action} className="form-stack">
      <FormMessage state={state} errorLabel="Two-factor error" />
      <div>
        <SubmitButton className="button button-primary" pendingLabel="Preparing…">
          Set up two-factor sign-in
        </SubmitButton>
      </div>
    </form>
  );
}

/** The 6-digit code from an authenticator app, with its error. */
export function CodeField({ id, error }: { id: string; error: string | undefined }) {
  return (
    <div className="field">
      <label htmlFor={id}>Code from your app</label>
      <input
        id={id}
        name="code"
        type="text"
        inputMode="numeric"
        autoComplete="one-time-code"
        maxLength={8}
        required
        style={{ maxWidth: '10rem' }}
        {...describedBy(id, error)}
      />
      <FieldError id={`${id}-error`} message={error} />
    </div>
  );
}

export function ConfirmTwoFactorForm() {
  const [state, action] = useActionState(confirmTwoFactorAction, initialAdminState);
  return (
    <form action={action} className="form-stack" noValidate>
      <FormMessage state={state} errorLabel="Two-factor error" />
      <CodeField id="two-factor-confirm-code" error={state.fieldErrors.code} />
      <div>
        <SubmitButton className="button button-primary" pendingLabel="Checking…">
          Turn on two-factor sign-in
        </SubmitButton>
      </div>
    </form>
  );
}

export function DisableTwoFactorForm() {
  const [state, action] = useActionState(disableTwoFactorAction, initialAdminState);
  return (
    <form action={action} className="form-stack" noValidate>
      <FormMessage state={state} errorLabel="Two-factor error" />
      <CodeField id="two-factor-disable-code" error={state.fieldErrors.code} />
      <div>
        <SubmitButton className="button button-danger" pendingLabel="Turning off…">
          Turn off two-factor sign-in
        </SubmitButton>
      </div>
    </form>
  );
}
