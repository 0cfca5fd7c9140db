'use client';

import { useActionState } from 'react';
import { useFormStatus } from 'react-dom';
import { signInAction, type SignInState } from '@/actions/sign-in';
import { loginPath } from '@/lib/paths';

function SubmitButton({ label, pendingLabel }: { label: string; pendingLabel: string }) {
  const { pending } = useFormStatus();
  return (
    <button type="submit" className="button button-primary" disabled={pending}>
      {pending ? pendingLabel : label}
    </button>
  );
}

const initialState: SignInState = { step: 'password', message: null, email: '' };

export function LoginForm({ next }: { next: string }) {
  const [state, action] = useActionState<SignInState, FormData>(signInAction, initialState);
  const error = state.message && (
    <p className="form-error" role="alert" aria-label="Sign-in error">
      {state.message}
    </p>
  );

  if (state.step === 'code') {
    return (
      <form action={action} className="form-stack" noValidate>
        <input type="hidden" name="next" value={next} />
        <input type="hidden" name="step" value="code" />
        {error}
        <p className="form-notice">Two-factor sign-in is on for this account. Open your authenticator app.</p>
        <div className="field">
          <label htmlFor="code">Authentication code</label>
          <input
            id="code"
            name="code"
            type="text"
            inputMode="numeric"
            autoComplete="one-time-code"
            pattern="[0-9 ]*"
            maxLength={8}
            required
            autoFocus
          />
          <p className="field-hint">
            The 6-digit code your app shows for this site. Lost your phone? Ask an administrator to reset two-factor sign-in.
          </p>
        </div>
        <SubmitButton label="Verify" pendingLabel="Checking…" />
        <p className="auth-hint">
          {/* A full page load, so the form starts over from the password. */}
          <a href={loginPath(next)}>Start again</a>
        </p>
      </form>
    );
  }

  return (
    <form action={action} className="form-stack" noValidate>
      <input type="hidden" name="next" value={next} />
      {error}
      <div className="field">
        <label htmlFor="email">Email</label>
        <input id="email" name="email" type="email" autoComplete="username" required defaultValue={state.email} />
      </div>
      <div className="field">
        <label htmlFor="password">Password</label>
        <input id="password" name="password" type="password" autoComplete="current-password" required />
      </div>
      <SubmitButton label="Sign in" pendingLabel="Signing in…" />
    </form>
  );
}
