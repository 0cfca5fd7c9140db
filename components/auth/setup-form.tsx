'use client';

import { useActionState } from 'react';
import { useFormStatus } from 'react-dom';
import { createOwnerAction, type SetupState } from '@/actions/setup';
import { FieldError } from '@/components/editor/field-error';

function SubmitButton() {
  const { pending } = useFormStatus();
  return (
    <button type="submit" className="button button-primary" disabled={pending}>
      {pending ? 'Creating…' : 'Create owner account'}
    </button>
  );
}

export function SetupForm({ token }: { token: string }) {
  const [state, action] = useActionState<SetupState, FormData>(createOwnerAction, {
    message: null,
    fieldErrors: {},
    values: { email: '', name: '' },
  });
  return (
    <form action={action} className="form-stack" noValidate>
      <input type="hidden" name="token" value={token} />
      {state.message && (
        <p className="form-error" role="alert" aria-label="Setup error">
          {state.message}
        </p>
      )}
      <div className="field">
        <label htmlFor="name">Name</label>
        <input id="name" name="name" autoComplete="name" required defaultValue={state.values.name} />
        <FieldError id="name-error" message={state.fieldErrors.name} />
      </div>
      <div className="field">
        <label htmlFor="email">Email</label>
        <input id="email" name="email" type="email" autoComplete="username" required defaultValue={state.values.email} />
        <FieldError id="email-error" message={state.fieldErrors.email} />
      </div>
      <div className="field">
        <label htmlFor="password">Password</label>
        <input id="password" name="password" type="password" autoComplete="new-password" required minLength={10} />
        <FieldError id="password-error" message={state.fieldErrors.password} />
      </div>
      <div className="field">
        <label htmlFor="confirm">Confirm password</label>
        <input id="confirm" name="confirm" type="password" autoComplete="new-password" required />
        <FieldError id="confirm-error" message={state.fieldErrors.confirm} />
      </div>
      <SubmitButton />
    </form>
  );
}
