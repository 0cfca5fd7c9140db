'use client';

import { useActionState } from 'react';
import {
  changeUserRoleAction,
  createUserAction,
  resetUserPasswordAction,
  resetUserTwoFactorAction,
  setUserDisabledAction,
} from '@/actions/admin';
import { FieldError } from '@/components/editor/field-error';
import { describedBy, FormMessage, initialAdminState, shownValue, SubmitButton } from './form-parts';
import { type UserRole } from '@/lib/permissions';

// Spelled out here so the schema module stays out of the browser bundle; `satisfies` keeps it complete.
const roleLabels = { admin: 'Administrator', editor: 'Editor', author: 'Author', contributor: 'Contributor' } satisfies Record<
  UserRole,
  string
>;
const roles = Object.keys(roleLabels) as UserRole[];

function RoleOptions() {
  return roles.map((role) => (
    <option key={role} value={role}>
      {roleLabels[role]}
    </option>
  ));
}

export function CreateUserForm({ minPasswordLength }: { minPasswordLength: number }) {
  const [state, action] = useActionState(createUserAction, initialAdminState);
  const errors = state.fieldErrors;
  return (
    <form action={action} className="form-stack" noValidate>
      <FormMessage state={state} errorLabel="New user error" />
      <div className="field">
        <label htmlFor="new-user-name">Name</label>
        <input
          id="new-user-name"
          name="name"
          autoComplete="off"
          required
          maxLength={100}
          defaultValue={shownValue(state, 'name', '')}
          {...describedBy('new-user-name', errors.name)}
        />
        <FieldError id="new-user-name-error" message={errors.name} />
      </div>
      <div className="field">
        <label htmlFor="new-user-email">Email</label>
        <input
          id="new-user-email"
          name="email"
          type="email"
          autoComplete="off"
          required
          maxLength={254}
          defaultValue={shownValue(state, 'email', '')}
          {...describedBy('new-user-email', errors.email)}
        />
        <FieldError id="new-user-email-error" message={errors.email} />
      </div>
      <div className="field">
        <label htmlFor="new-user-role">Role</label>
        <select
          id="new-user-role"
          name="role"
          defaultValue={shownValue(state, 'role', 'contributor')}
          {...describedBy('new-user-role', errors.role, 'new-user-role-hint')}
        >
          <RoleOptions />
        </select>
        <p id="new-user-role-hint" className="field-hint">
          Contributors write drafts for review; authors also publish their own work; editors manage all articles, sections and tags;
          administrators also manage users.
        </p>
        <FieldError id="new-user-role-error" message={errors.role} />
      </div>
      <div className="field">
        <label htmlFor="new-user-password">Password</label>
        <input
          id="new-user-password"
          name="password"
          type="password"
          autoComplete="new-password"
          required
          minLength={minPasswordLength}
          {...describedBy('new-user-password', errors.password, 'new-user-password-hint')}
        />
        <p id="new-user-password-hint" className="field-hint">
          At least {minPasswordLength} characters. Share it with them privately.
        </p>
        <FieldError id="new-user-password-error" message={errors.password} />
      </div>
      <div>
        <SubmitButton className="button button-primary" pendingLabel="Creating…">
          Create user
        </SubmitButton>
      </div>
    </form>
  );
}

interface UserRef {
  id: number;
  name: string;
}

export function ChangeRoleForm({ user, role }: { user: UserRef; role: UserRole }) {
  const [state, action] = useActionState(changeUserRoleAction, initialAdminState);
  const selectId = `user-${user.id}-role`;
  return (
    <form action={action} className="form-stack" noValidate>
      <input type="hidden" name="userId" value={user.id} />
      <FormMessage state={state} errorLabel={`Change role of ${user.name} error`} />
      <div className="inline-form">
        <label htmlFor={selectId}>
          Role<span className="visually-hidden"> for {user.name}</span>
        </label>
        <select id={selectId} name="role" defaultValue={shownValue(state, 'role', role)} {...describedBy(selectId, state.fieldErrors.role)}>
          <RoleOptions />
        </select>
        <SubmitButton pendingLabel="Changing…">Change role</SubmitButton>
      </div>
      <FieldError id={`${selectId}-error`} message={state.fieldErrors.role} />
    </form>
  );
}

export function UserStatusForm({ user, disabled }: { user: UserRef; disabled: boolean }) {
  const [state, action] = useActionState(setUserDisabledAction, initialAdminState);
  return (
    <form action={action} className="form-stack">
      <input type="hidden" name="userId" value={user.id} />
      {/* The state to switch to, not the current one. */}
      <input type="hidden" name="disabled" value={disabled ? 'false' : 'true'} />
      <FormMessage state={state} errorLabel={`${disabled ? 'Enable' : 'Disable'} ${user.name} error`} />
      <div>
        <SubmitButton className={disabled ? 'button' : 'button button-danger'} pendingLabel={disabled ? 'Enabling…' : 'Disabling…'}>
          {disabled ? 'Enable' : 'Disable'}
          <span className="visually-hidden"> {user.name}</span>
        </SubmitButton>
      </div>
    </form>
  );
}

export function ResetPasswordForm({ user, minPasswordLength }: { user: UserRef; minPasswordLength: number }) {
  const [state, action] = useActionState(resetUserPasswordAction, initialAdminState);
  const inputId = `user-${user.id}-password`;
  return (
    <form action={action} className="form-stack" noValidate>
      <input type="hidden" name="userId" value={user.id} />
      <FormMessage state={state} errorLabel={`Reset password of ${user.name} error`} />
      <div className="inline-form">
        <label htmlFor={inputId}>
          New password<span className="visually-hidden"> for {user.name}</span>
        </label>
        <input
          id={inputId}
          name="password"
          type="password"
          autoComplete="new-password"
          required
          minLength={minPasswordLength}
          {...describedBy(inputId, state.fieldErrors.password)}
        />
        <SubmitButton pendingLabel="Resetting…">Reset password</SubmitButton>
      </div>
      <FieldError id={`${inputId}-error`} message={state.fieldErrors.password} />
    </form>
  );
}

/** Recovery for someone who lost their authenticator: clears it so they can sign in with the password. */
export function ResetTwoFactorForm({ user }: { user: UserRef }) {
  const [state, action] = useActionState(resetUserTwoFactorAction, initialAdminState);
  return (
    <form action={action} className="form-stack">
      <input type="hidden" name="userId" value={user.id} />
      <FormMessage state={state} errorLabel={`Reset two-factor of ${user.name} error`} />
      <div>
        <SubmitButton pendingLabel="Resetting…">
          Reset two-factor<span className="visually-hidden"> for {user.name}</span>
        </SubmitButton>
      </div>
    </form>
  );
}
