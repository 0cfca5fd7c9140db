'use client';

import { useActionState } from 'react';
import { renameOwnAccountAction } from '@/actions/account';
import { FieldError } from '@/components/editor/field-error';
import { describedBy, FormMessage, initialAdminState, shownValue, SubmitButton } from '@/components/editor/admin/form-parts';

/** One's own account name: what colleagues see in the editor and the audit log. */
export function RenameAccountForm({ name }: { name: string }) {
  const [state, action] = useActionState(renameOwnAccountAction, initialAdminState);
  return (
    <form action={action} className="form-stack" noValidate>
      <FormMessage state={state} errorLabel="Name error" />
      <div className="field">
        <label htmlFor="account-name">Name</label>
        <input
          id="account-name"
          name="name"
          autoComplete="name"
          required
          maxLength={100}
          defaultValue={shownValue(state, 'name', name)}
          {...describedBy('account-name', state.fieldErrors.name)}
        />
        <FieldError id="account-name-error" message={state.fieldErrors.name} />
      </div>
      <div>
        <SubmitButton pendingLabel="Saving…">Save name</SubmitButton>
      </div>
    </form>
  );
}
