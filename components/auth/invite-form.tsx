'use client';

import { useActionState } from 'react';
import { useFormStatus } from 'react-dom';
import { acceptInviteAction, type AcceptInviteState } from '@/actions/invites';
import { FieldError } from '@/components/editor/field-error';

function SubmitButton() {
  const { pending } = useFormStatus();
  return (
    <button type="submit" className="button button-primary" disabled={pending}>
      {pending ? 'Creating…' : 'Create my account'}
    </button>
  );
}

export function InviteForm({ token, email, minPasswordLength }: { token: string; email: string; minPasswordLength: number }) {
  const [state, action] = useActionState<AcceptInviteState, FormData>(acceptInviteAction, {
    message: null,
    fieldErrors: {},
    values: { name: '' },
  });
  const errors = state.fieldErrors;
  return (
    <form action={action} className="form-stack" noValidate>
      <input type="hidden" name="token" value={token} />
      {state.message && (
        <p className="form-error" role="alert" aria-label="Invitation error">
          {state.message}
        </p>
      )}
      <div className="field">
        <label htmlFor="invite-email">Email</label>
        {/* Shown for the password manager; the invitation decides it. */}
        <input id="invite-email" type="email" autoComplete="username" value={email} readOnly />
      </div>
      <div className="field">
        <label htmlFor="name">Your name</label>
        <input
          id="name"
          name="name"
          autoComplete="name"
          required
          maxLength={100}
          defaultValue={state.values.name}
          aria-invalid={errors.name ? true : undefined}
          aria-describedby={errors.name ? 'name-error' : undefined}
        />
        <FieldError id="name-error" message={errors.name} />
      </div>
      <div className="field">
        <label htmlFor="password">Password</label>
        <input
          id="password"
          name="password"
          type="password"
          autoComplete="new-password"
          required
          minLength={minPasswordLength}
          aria-invalid={errors.password ? true : undefined}
          aria-describedby={errors.password ? 'password-hint password-error' : 'password-hint'}
        />
        <p id="password-hint" className="field-hint">
          At least {minPasswordLength} characters; a few unrelated words make a good one.
        </p>
        <FieldError id="password-error" message={errors.password} />
      </div>
      <div className="field">
        <label htmlFor="confirm">Confirm password</label>
        <input
          id="confirm"
          name="confirm"
          type="password"
          autoComplete="new-password"
          required
          aria-invalid={errors.confirm ? true : undefined}
          aria-describedby={errors.confirm ? 'confirm-error' : undefined}
        />
        <FieldError id="confirm-error" message={errors.confirm} />
      </div>
      <SubmitButton />
    </form>
  );
}
