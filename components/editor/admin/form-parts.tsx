'use client';

import { useActionState, type ReactNode } from 'react';
import { useFormStatus } from 'react-dom';
import type { AdminFormState } from '@/actions/admin';

export const initialAdminState: AdminFormState = { ok: false, message: null, fieldErrors: {}, values: {} };

/** What a field shows: what was typed when the last try failed, otherwise the saved value. */
export function shownValue(state: AdminFormState, field: string, saved: string): string {
  if (state.ok) return saved;
  return state.values[field] ?? saved;
}

/** Ties an input to its hint and its FieldError (`${id}-error`) so screen readers read them with the field. */
export function describedBy(id: string, error: string | undefined, hintId?: string) {
  const ids = [hintId, error ? `${id}-error` : undefined].filter(Boolean).join(' ');
  return { 'aria-invalid': error ? true : undefined, 'aria-describedby': ids || undefined };
}

export function SubmitButton({
  children,
  pendingLabel,
  className = 'button',
  name,
  value,
  disabled = false,
}: {
  children: ReactNode;
  pendingLabel: string;
  className?: string;
  name?: string;
  value?: string;
  disabled?: boolean;
}) {
  const { pending, data } = useFormStatus();
  // With two submit buttons in one form (Move up / Move down), only the pressed one says it is working.
  const pressed = pending && (name === undefined || data?.get(name) === value);
  return (
    <button type="submit" className={className} name={name} value={value} disabled={pending || disabled}>
      {pressed ? pendingLabel : children}
    </button>
  );
}

/** Success as a polite status, failure as an alert. `quietSuccess` announces without showing (the change is visible). */
export function FormMessage({
  state,
  errorLabel,
  quietSuccess = false,
}: {
  state: AdminFormState;
  errorLabel: string;
  quietSuccess?: boolean;
}) {
  if (!state.message) return null;
  if (state.ok) {
    return (
      <p className={quietSuccess ? 'visually-hidden' : 'form-notice'} role="status">
        {state.message}
      </p>
    );
  }
  return (
    <p className="form-error" role="alert" aria-label={errorLabel}>
      {state.message}
    </p>
  );
}

/** Move up / Move down for one row of an ordered list (sections, menu links), through the row's move action. */
export function MoveButtons({
  action,
  id,
  name,
  isFirst,
  isLast,
}: {
  action: (previous: AdminFormState, formData: FormData) => Promise<AdminFormState>;
  id: number;
  name: string;
  isFirst: boolean;
  isLast: boolean;
}) {
  const [state, formAction] = useActionState(action, initialAdminState);
  return (
    <form action={formAction} className="inline-form">
      <input type="hidden" name="id" value={id} />
      <SubmitButton className="button button-quiet" name="direction" value="up" pendingLabel="Moving…" disabled={isFirst}>
        Move up<span className="visually-hidden"> {name}</span>
      </SubmitButton>
      <SubmitButton className="button button-quiet" name="direction" value="down" pendingLabel="Moving…" disabled={isLast}>
        Move down<span className="visually-hidden"> {name}</span>
      </SubmitButton>
      <FormMessage state={state} errorLabel={`Move ${name} error`} quietSuccess />
    </form>
  );
}
