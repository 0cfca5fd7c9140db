'use client';

import { useActionState } from 'react';
import { changeOwnPasswordAction } from '@/actions/account';
import { FieldError } from '@/components/editor/field-error';
import { describedBy, FormMessage, initialAdminState, SubmitButton } from '@/components/editor/admin/form-parts';
import { CodeField } from './two-factor-forms';

/** Changing one's own password: the current one (and a code with two-factor) first. */
export function ChangePasswordForm({ minPasswordLength, twoFactor }: { minPasswordLength: number; twoFactor: boolean }) {
  const [state, action] = useActionState(changeOwnPasswordAction, initialAdminState);
  const errors = state.fieldErrors;
  return (
    <form action={action} className="form-stack" noValidate>
      <FormMessage state={state} errorLabel="Change password error" />
      <div className="field">
        <label htmlFor="current-password">Current password</label>
        <input
          id="current-password"
          name="currentPassword"
          type="password"
          autoComplete="current-password"
          required
          {...describedBy('current-password', errors.currentPassword)}
        />
        <FieldError id="current-password-error" message={errors.currentPassword} />
      </div>
      <div className="field">
        <label htmlFor="new-password">New password</label>
        <input
          id="new-password"
          name="newPassword"
          type="password"
          autoComplete="new-password"
          required
          minLength={minPasswordLength}
          {...describedBy('new-password', errors.newPassword, 'new-password-hint')}
        />
        <p id="new-password-hint" className="field-hint">
          At least {minPasswordLength} characters, and not one of the passwords most often used.
        </p>
        <FieldError id="new-password-error" message={errors.newPassword} />
      </div>
      {twoFactor && <CodeField id="change-password-code" error={errors.code} />}
      <div>
        <SubmitButton className="button button-primary" pendingLabel="Changing…">
          Change password
        </SubmitButton>
      </div>
    </form>
  );
}
